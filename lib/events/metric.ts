/**
 * Metric events: what an orchestrator reports through `2l metric` or the bash
 * logger's `log_2l_metric` / `2l_time`. One `metric` event per measurement,
 * `payload: {name, value, unit?, labels?}`. Pure: validation only, so the CLI,
 * the readers (summary, Prometheus, OTLP) and the tests agree on one shape.
 *
 * Names are Prometheus-style as written, so they need no rewriting anywhere
 * (two names can never collapse into one series). On `/metrics` a name is a
 * label value, never part of a metric name: whatever an orchestrator calls its
 * metric (`build_ms`, `buildTime`), the exposition stays promtool-clean.
 */

export const METRIC_EVENT_TYPE = 'metric';

export const METRIC_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const METRIC_UNIT_RE = /^[A-Za-z%/][A-Za-z0-9_%/.]{0,15}$/;
export const LABEL_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
/** Labels Prometheus gives a meaning (`le`, `quantile`, `job`, `instance`) or that we add ourselves (`name`, `unit`). */
const RESERVED_LABELS = new Set(['le', 'quantile', 'name', 'unit', 'job', 'instance']);
export const MAX_LABELS = 8;
export const MAX_LABEL_VALUE = 128;
/** From this on a float has no integer precision left: an orchestrator reporting it made a mistake. */
export const MAX_ABS_VALUE = 1e15;
/** A plain decimal number, optionally with an exponent: no hex, no `Infinity`, no spaces. */
const NUMBER_RE = /^-?(\d{1,20}(\.\d{1,20})?|\.\d{1,20})([eE][-+]?\d{1,3})?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export interface MetricPayload {
  name: string;
  value: number;
  unit?: string;
  labels?: Record<string, string>;
}

/** Why `name` is not a metric name, or undefined when it is one. */
export function metricNameProblem(name: string): string | undefined {
  if (!METRIC_NAME_RE.test(name))
    return `\`${printable(name)}\` is not a metric name (a letter or _, then letters, digits or _; up to 64)`;
  return undefined;
}

/** The number `text` spells, or a reason; only plain decimals below 1e15 in magnitude. */
export function parseMetricValue(text: string): number | string {
  if (!NUMBER_RE.test(text)) return `\`${printable(text)}\` is not a number (plain decimal, e.g. 12 or 0.35)`;
  const v = Number(text);
  if (!Number.isFinite(v) || Math.abs(v) >= MAX_ABS_VALUE)
    return `\`${printable(text)}\` is out of range (|value| < 1e15)`;
  return Object.is(v, -0) ? 0 : v;
}

/** `k=v` → [k, v], or a reason. */
export function parseLabel(text: string): [string, string] | string {
  const eq = text.indexOf('=');
  if (eq <= 0) return `\`--label ${printable(text)}\` must be key=value`;
  const key = text.slice(0, eq);
  const value = text.slice(eq + 1);
  if (!LABEL_KEY_RE.test(key) || key.startsWith('__'))
    return `\`${printable(key)}\` is not a label name (a letter or _, then letters, digits or _; up to 32; not __…)`;
  if (RESERVED_LABELS.has(key)) return `label \`${key}\` is reserved`;
  if (value.length > MAX_LABEL_VALUE) return `label \`${key}\` is longer than ${MAX_LABEL_VALUE} characters`;
  if (CONTROL_RE.test(value)) return `label \`${key}\` holds a control character`;
  return [key, value];
}

/**
 * The payload for a metric, or the first problem with it. Labels come sorted
 * by key so one series always has one identity.
 */
export function buildMetricPayload(
  name: string,
  valueText: string,
  unit: string | undefined,
  labelTexts: readonly string[],
): MetricPayload | string {
  const nameProblem = metricNameProblem(name);
  if (nameProblem) return nameProblem;
  const value = parseMetricValue(valueText);
  if (typeof value === 'string') return value;
  const payload: MetricPayload = { name, value };
  if (unit !== undefined) {
    if (!METRIC_UNIT_RE.test(unit)) return `\`${printable(unit)}\` is not a unit (e.g. ms, s, bytes, %, tasks/h)`;
    payload.unit = unit;
  }
  if (labelTexts.length > MAX_LABELS) return `at most ${MAX_LABELS} labels`;
  const labels: Record<string, string> = {};
  for (const text of labelTexts) {
    const parsed = parseLabel(text);
    if (typeof parsed === 'string') return parsed;
    if (Object.hasOwn(labels, parsed[0])) return `label \`${parsed[0]}\` given twice`;
    labels[parsed[0]] = parsed[1];
  }
  const keys = Object.keys(labels).sort();
  if (keys.length > 0) payload.labels = Object.fromEntries(keys.map((k) => [k, labels[k]!]));
  return payload;
}

/**
 * A metric event's payload read back from the log (which anyone could have
 * written): the same rules as when writing, or undefined.
 */
export function readMetricPayload(payload: unknown): MetricPayload | undefined {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const p = payload as Record<string, unknown>;
  if (typeof p.name !== 'string' || metricNameProblem(p.name)) return undefined;
  if (typeof p.value !== 'number' || !Number.isFinite(p.value) || Math.abs(p.value) >= MAX_ABS_VALUE) return undefined;
  const out: MetricPayload = { name: p.name, value: p.value };
  if (typeof p.unit === 'string' && METRIC_UNIT_RE.test(p.unit)) out.unit = p.unit;
  if (p.labels && typeof p.labels === 'object' && !Array.isArray(p.labels)) {
    const entries = Object.entries(p.labels as Record<string, unknown>)
      .filter(
        (kv): kv is [string, string] => typeof kv[1] === 'string' && Array.isArray(parseLabel(`${kv[0]}=${kv[1]}`)),
      )
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (entries.length > MAX_LABELS) return undefined;
    if (entries.length > 0) out.labels = Object.fromEntries(entries);
  }
  return out;
}

/** A series' identity: name and sorted labels. */
export function seriesKey(m: Pick<MetricPayload, 'name' | 'labels'>): string {
  return JSON.stringify([m.name, m.labels ?? {}]);
}

/** Text for an error message: control characters shown as `?`, cut to 80. */
function printable(s: string): string {
  return s.replace(new RegExp(CONTROL_RE.source, 'g'), '?').slice(0, 80);
}
