import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  checkHealthy,
  csvField,
  renderCsv,
  renderJson,
  renderTable,
  table,
  toCsv,
} from '../../lib/monitor/status-render.ts';
import { newEvent } from '../../lib/events/format.ts';
import { defaultPerfConfig } from '../../lib/monitor/config.ts';
import type { StatusReport } from '../../lib/monitor/status-collect.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { at, hookEvent, toolCall } from '../util/perf-fixtures.ts';

function report(events: Parameters<Summary['add']>[0][], extra: Partial<StatusReport> = {}): StatusReport {
  const s = new Summary();
  for (const e of events) s.add(e);
  const c = defaultPerfConfig();
  return {
    generated: at(100).toISOString(),
    project: '/p',
    filter: {},
    log: {
      files: 1,
      bytes: 2048,
      lines: events.length,
      malformed: 0,
      truncated: 0,
      oversized: 0,
      events_read: events.length,
    },
    processing: { ms: 3, per_event_ms: 0.01 },
    summary: s.snapshot(at(100)),
    config: { file: '/p/.2L/config.yaml', found: false, errors: [], targets: c.targets, alerts: c.alerts },
    performance: [],
    resources: null,
    kpis: s.snapshot(at(100)).kpis,
    alerts: { active: [], begun: [], resolved: [], measured: [] },
    ...extra,
  };
}

const csv = suite('status-report: CSV (RFC 4180)');
const fields: Array<[unknown, string]> = [
  ['plain', 'plain'],
  [12.5, '12.5'],
  [undefined, ''],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['line1\nline2', '"line1\nline2"'],
  ['cr\r', '"cr\r"'],
  ['', ''],
  // formula-looking text is neutralised; numbers are not
  ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ['+1+1', "'+1+1"],
  ['-cmd', "'-cmd"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tx', "'\tx"],
  [-1, '-1'],
];
for (const [v, want] of fields) csv(`field ${JSON.stringify(v)}`, () => assert.is(csvField(v), want));
csv('rows end in CRLF, including the last', () =>
  assert.is(
    toCsv([
      ['a', 'b'],
      [1, 'x,y'],
    ]),
    'a,b\r\n1,"x,y"\r\n',
  ),
);
csv('hostile tool names stay inside their field', () => {
  const text = renderCsv(report([toolCall('mcp__x__"evil",\r\nname', 5, 1)]));
  assert.ok(text.includes('\r\ntool,"mcp__x__""evil"",\r\nname",calls,1\r\n'));
});
csv('header and tool rows', () => {
  const text = renderCsv(report([toolCall('Read', 5, 1), toolCall('Read', 7, 2)]));
  assert.ok(text.startsWith('section,name,metric,value\r\nlog,events,count,2\r\n'));
  assert.ok(text.includes('\r\ntool,Read,calls,2\r\n'));
  assert.ok(text.includes('\r\ntool,Read,p95_ms,7\r\n'));
});
csv.run();

const tbl = suite('status-report: table');
tbl('aligned columns; right-aligned numbers', () => {
  assert.equal(
    table(
      [
        ['a', 'n'],
        ['long', '10'],
      ],
      new Set([1]),
    ),
    ['a      n', 'long  10'],
  );
});
tbl('no ANSI codes unless colour is asked for', () => {
  const events = [...Array.from({ length: 25 }, (_, i) => toolCall('Grep', 5000, i))];
  const plain = renderTable(report(events));
  assert.not.match(plain, /\u001b\[/);
  assert.match(plain, /Grep\s+25\s+0 %\s+5\.00 s\s+5\.00 s/);
  const colour = renderTable(report(events), { color: true });
  assert.match(colour, /\u001b\[31m5\.00 s\u001b\[39m/, 'p95 over the 2 s Grep target in red');
});
tbl('control characters in log text never reach the terminal', () => {
  const evil = hookEvent('tool_error', 1, { tool_name: 'Bash\u001b[2J', data: 'x\u001b]0;title\u0007', error: 'e' });
  const out = renderTable(report([evil]));
  assert.not.match(out, /\u001b/);
  assert.not.match(out, /\u0007/);
});
tbl('empty log says so', () => {
  const out = renderTable(report([]));
  assert.match(out, /No events yet/);
  assert.match(out, /none active/);
});
tbl('config problems and active alerts are shown', () => {
  const out = renderTable(
    report([], {
      config: { ...report([]).config, errors: ['.2L/config.yaml:3: bad'] },
      alerts: {
        active: [
          { key: 'hook_ms.p95', label: 'hook p95', since: at(40).toISOString(), value: 300, target: 200, unit: 'ms' },
        ],
        begun: [],
        resolved: [],
        measured: [],
      },
    }),
  );
  assert.match(out, /Config: \.2L\/config\.yaml:3: bad/);
  assert.match(out, /● hook p95 300 ms > target 200 ms \(warning, since 1m 00s ago\)/);
});
tbl.run();

const health = suite('status-report: health from the last checks');
const checks: Array<[object, boolean]> = [
  [{}, true],
  [{ error: 'boom' }, false],
  [{ payload: { outcome: 'ok' } }, true],
  [{ payload: { outcome: 'auth_failed' } }, false],
  [{ payload: { ok: 2, failed: 0 } }, true],
  [{ payload: { ok: 1, failed: 1 } }, false],
];
for (const [e, want] of checks) health(`${JSON.stringify(e)} -> ${want}`, () => assert.is(checkHealthy(e), want));
health('an unhealthy MCP check is red in colour, plain otherwise; CSV says healthy false', () => {
  const mcp = newEvent(
    'mcp_check',
    'MCP check: 2 servers, 1 ok, 1 failed (db: timeout)',
    { payload: { ok: 1, failed: 1 } },
    at(40),
  );
  const r = report([mcp]);
  assert.match(renderTable(r), /  MCP: MCP check: 2 servers, 1 ok, 1 failed \(db: timeout\) \(1m 00s ago\)/);
  assert.match(renderTable(r, { color: true }), /\u001b\[31mMCP check: 2 servers/);
  assert.ok(renderCsv(r).includes('\r\nhealth,mcp,healthy,false\r\n'));
  assert.match(renderTable(r), /  database: never checked/);
});
health.run();

const json = suite('status-report: JSON');
json('round-trips', () => {
  const r = report([toolCall('Read', 5, 1)]);
  assert.equal(JSON.parse(renderJson(r)), JSON.parse(JSON.stringify(r)));
});
json.run();
