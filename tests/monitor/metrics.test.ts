// Orchestrator metrics read from the log (lib/monitor/metrics.ts) and where they go: /metrics and OTLP.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { MetricsTracker } from '../../lib/monitor/metrics.ts';
import { renderPrometheus } from '../../lib/monitor/prometheus.ts';
import { Summary } from '../../lib/monitor/summary.ts';
import { OtelModel } from '../../lib/monitor/otel-model.ts';
import { runSync } from '../util/run.ts';

const T0 = Date.parse('2026-11-20T12:00:00.000Z');
const metric = (sec: number, payload: unknown): TwoLEvent =>
  newEvent('metric', 'm', { payload }, new Date(T0 + sec * 1000));

const tracker = suite('MetricsTracker: one series per name and label set');
tracker('last, count, sum, min, max, quantiles; labels in any order are one series', () => {
  const t = new MetricsTracker();
  [5, 1, 3, 9, 2].forEach((v, i) =>
    t.add(
      metric(i, { name: 'build_ms', value: v, unit: 'ms', labels: i % 2 ? { a: '1', b: '2' } : { b: '2', a: '1' } }),
    ),
  );
  t.add(metric(10, { name: 'build_ms', value: 100 }));
  const [labelled, bare] = t
    .snapshot()
    .series.sort((x, y) => Object.keys(y.labels).length - Object.keys(x.labels).length);
  assert.equal(
    [
      labelled!.last,
      labelled!.count,
      labelled!.sum,
      labelled!.min,
      labelled!.max,
      labelled!.p50,
      labelled!.p95,
      labelled!.unit,
    ],
    [2, 5, 20, 1, 9, 3, 9, 'ms'],
  );
  assert.equal([bare!.last, bare!.count, bare!.labels], [100, 1, {}]);
});
tracker('the newest value by timestamp is "last", whatever the order events are read in', () => {
  const t = new MetricsTracker();
  t.add(metric(5, { name: 'x', value: 2 }));
  t.add(metric(1, { name: 'x', value: 1 }));
  assert.is(t.snapshot().series[0]!.last, 2);
});
tracker('bounded: series past the cap are counted, not kept; values past keepValues leave the quantiles', () => {
  const t = new MetricsTracker(3, 4);
  for (let i = 0; i < 10; i++) t.add(metric(i, { name: `m${i}`, value: 1 }));
  for (let i = 0; i < 100; i++) t.add(metric(i, { name: 'm0', value: i }));
  const s = t.snapshot();
  assert.equal([s.series.length, s.dropped_series], [3, 7]);
  const m0 = s.series.find((x) => x.name === 'm0')!;
  assert.equal([m0.count, m0.p50, m0.max], [101, 97, 99]);
});
tracker('payloads that break the rules are counted as invalid and ignored', () => {
  const t = new MetricsTracker();
  t.add(metric(0, { name: 'bad name', value: 1 }));
  t.add(metric(0, { name: 'x', value: 'NaN' }));
  t.add(metric(0, 'x=1'));
  t.add(newEvent('phase_change', 'not a metric'));
  assert.equal(t.snapshot(), { series: [], dropped_series: 0, invalid: 3 });
});
tracker.run();

function promtool(text: string): { code: number | null; out: string } {
  const r = runSync('promtool', ['check', 'metrics'], { input: text });
  return { code: r.code, out: `${r.stdout}${r.stderr}`.trim() };
}

const prom = suite('/metrics: metric_value and metric_observations, the name a label');
prom('names promtool would lint as metric names are clean as labels; figures match', () => {
  const s = new Summary();
  s.add(metric(0, { name: 'build_ms', value: 812.5, unit: 'ms', labels: { stage: 'lint' } }));
  s.add(metric(1, { name: 'buildTime', value: 3 }));
  s.add(metric(2, { name: 'buildTime', value: 5 }));
  s.add(metric(3, { name: 'x', value: 1, labels: { q: 'quote " back \\ slash' } }));
  const text = renderPrometheus(s, new Date(T0 + 60_000));
  assert.equal(promtool(text), { code: 0, out: '' });
  assert.ok(text.includes('twol_metric_value{name="build_ms",stage="lint",unit="ms"} 812.5'));
  assert.ok(text.includes('twol_metric_value{name="buildTime"} 5'));
  assert.ok(text.includes('twol_metric_observations{name="buildTime",quantile="0.95"} 5'));
  assert.ok(text.includes('twol_metric_observations_sum{name="buildTime"} 8'));
  assert.ok(text.includes('twol_metric_observations_count{name="buildTime"} 2'));
  assert.ok(text.includes('twol_metric_value{name="x",q="quote \\" back \\\\ slash"} 1'));
});
prom('a hand-written log line cannot inject a sample: a newline in a label makes the event invalid', () => {
  const s = new Summary();
  s.add(metric(0, { name: 'x', value: 1, labels: { a: '1"}\ntwol_evil 1\n#' } }));
  const text = renderPrometheus(s, new Date(T0 + 60_000));
  assert.not.ok(text.includes('twol_evil'));
  assert.equal(promtool(text), { code: 0, out: '' });
});
prom('no metrics, no families', () => {
  assert.not.ok(renderPrometheus(new Summary(), new Date(T0)).includes('twol_metric'));
});
prom.run();

const otel = suite("OTLP: a metric event's log record carries typed figures");
otel('name, numeric value, unit, labels', () => {
  const m = new OtelModel();
  const ops = m.add(metric(0, { name: 'build_ms', value: 812.5, unit: 'ms', labels: { stage: 'lint' } }));
  const log = ops.find((o) => o.op === 'log');
  assert.ok(log && log.op === 'log');
  if (log?.op !== 'log') return;
  assert.equal(
    [
      log.attributes['2l.metric.name'],
      log.attributes['2l.metric.value'],
      log.attributes['2l.metric.unit'],
      log.attributes['2l.metric.label.stage'],
    ],
    ['build_ms', 812.5, 'ms', 'lint'],
  );
});
otel('an invalid metric payload adds no metric attributes', () => {
  const ops = new OtelModel().add(metric(0, { name: 'a b', value: 1 }));
  const log = ops.find((o) => o.op === 'log');
  assert.ok(log?.op === 'log' && !('2l.metric.name' in log.attributes));
});
otel.run();
