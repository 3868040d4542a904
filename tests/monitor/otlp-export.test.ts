import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { basicAuth, describeFailure, otlpUrls } from '../../lib/monitor/otlp-export.ts';

const urls = suite('otlpUrls');
const good: Array<[string, string]> = [
  ['http://localhost:4318', 'http://localhost:4318/v1/%s'],
  ['http://localhost:4318/', 'http://localhost:4318/v1/%s'],
  ['https://otel.example.com/otlp', 'https://otel.example.com/otlp/v1/%s'],
  ['http://h:4318/v1/traces', 'http://h:4318/v1/%s'],
  ['http://h:4318/v1/logs/', 'http://h:4318/v1/%s'],
  ['http://h:4318/v1/metrics', 'http://h:4318/v1/%s'],
  ['http://me:secret@h:4318?tenant=a', 'http://h:4318/v1/%s?tenant=a'],
];
for (const [input, pattern] of good)
  urls(input, () =>
    assert.equal(otlpUrls(input), {
      traces: pattern.replace('%s', 'traces'),
      logs: pattern.replace('%s', 'logs'),
      metrics: pattern.replace('%s', 'metrics'),
    }),
  );
const bad: Array<[string, RegExp]> = [
  ['grpc://h:4317', /got `grpc:`/],
  ['file:///etc/passwd', /got `file:`/],
  ['', /got ``/],
  ['h:4318', /got `h:`/],
];
for (const [input, message] of bad)
  urls(`refuses ${JSON.stringify(input)}`, () => assert.throws(() => otlpUrls(input), message));
urls('credentials in the URL become a Basic header', () => {
  assert.equal(basicAuth('http://me:p%40ss@h'), {
    Authorization: `Basic ${Buffer.from('me:p@ss').toString('base64')}`,
  });
  assert.equal(basicAuth('http://h'), {});
});
urls.run();

const failures = suite('describeFailure');
failures('HTTP status, timeout, network error; credentials masked', () => {
  const http = Object.assign(new Error('Bad Request'), { code: 400 });
  assert.is(
    describeFailure(http, 'http://h/v1/traces', 1000),
    'could not send to `http://h/v1/traces`: the receiver answered HTTP 400 (Bad Request)',
  );
  assert.is(
    describeFailure(new Error('Request timed out'), 'http://h/v1/logs', 1500),
    'could not send to `http://h/v1/logs`: no answer within 1500 ms (raise `--timeout`?)',
  );
  assert.is(
    describeFailure(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
      'http://u:pw@h/v1/traces',
      1,
    ),
    'could not send to `http://u:[REDACTED]@h/v1/traces`: connect ECONNREFUSED 127.0.0.1:9',
  );
});
failures.run();
