/**
 * The parts of `performance:` in `.2L/config.yaml` that shape alerts beyond a
 * plain number per target: critical thresholds, targets on custom metrics
 * (`metric` events written by `2l metric`) and the alert lifecycle (pending
 * time, hysteresis). The file is the repository's to write: every name and
 * number is checked and bounded, a bad entry is reported with its line and
 * ignored. config.ts calls these for the keys it does not handle itself.
 *
 * ```yaml
 * performance:
 *   targets:
 *     critical: { hook_ms: 1000, tool_failure_rate: 0.5 }
 *     metrics:
 *       build_time: { max: 30000, critical: 60000, unit: ms, stat: p95 }
 *       success_rate: { min: 0.9, stat: mean, unit: ratio }
 *   alerts:
 *     pending: 30s
 *     hysteresis: 0.1
 * ```
 */
import { METRIC_NAME_RE } from '../events/metric.ts';
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';

export type MetricStat = 'p95' | 'mean' | 'last' | 'max' | 'min';

export interface MetricTarget {
  /** Breach above `max` (or below `min`); exactly one is set. */
  max?: number;
  min?: number;
  critical?: number;
  stat: MetricStat;
  unit: string;
  min_samples: number;
}

/** A repository may declare many; past this many the rest are ignored, with a message. */
export const MAX_METRIC_TARGETS = 100;
/** Metric names as `2l metric` accepts them (events/metric.ts's METRIC_NAME_RE on main: import it after the merge). */
const UNIT = /^[A-Za-z%/µ_-]{0,16}$/;
const STATS: readonly MetricStat[] = ['p95', 'mean', 'last', 'max', 'min'];
/** No figure we compare is larger than this; a bigger one is a typo or an attack. */
const MAX_NUMBER = 1e12;

type Where = (node: Node | null | undefined) => string;

const keyName = (k: unknown): string => (isScalar(k) ? String(k.value) : String(k));
const num = (node: unknown): number | undefined => {
  const v = isScalar(node) ? node.value : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_NUMBER ? v : undefined;
};

/** `performance.targets.critical`: target key → critical threshold (same unit as the target). */
export function applyCritical(
  map: YAMLMap,
  known: readonly string[],
  into: Record<string, number>,
  errors: string[],
  where: Where,
): void {
  for (const item of map.items) {
    const key = keyName(item.key);
    const v = num(item.value);
    if (!known.includes(key) || v === undefined)
      errors.push(
        `${where(item.key as Node)}: \`performance.targets.critical.${key.slice(0, 80)}\` must name a target (${known.join(', ')}) and be a number ≥ 0; ignored`,
      );
    else into[key] = v;
  }
}

/** `performance.targets.metrics`: one target per custom metric name. */
export function applyMetricTargets(
  map: YAMLMap,
  into: Record<string, MetricTarget>,
  errors: string[],
  where: Where,
): void {
  for (const item of map.items) {
    const name = keyName(item.key);
    const at = where(item.key as Node);
    const bad = (why: string): false => {
      errors.push(`${at}: \`performance.targets.metrics.${name.slice(0, 80)}\` ${why}; ignored`);
      return false;
    };
    if (!METRIC_NAME_RE.test(name)) {
      bad('is not a metric name (a letter or `_`, then letters, digits, `_`; at most 64)');
      continue;
    }
    if (Object.keys(into).length >= MAX_METRIC_TARGETS) {
      bad(`is past the first ${MAX_METRIC_TARGETS} metric targets`);
      continue;
    }
    if (!isMap(item.value)) {
      bad('must be a mapping like `{ max: 30000, unit: ms }`');
      continue;
    }
    const t: MetricTarget = { stat: 'p95', unit: '', min_samples: 1 };
    let ok = true;
    for (const f of item.value.items) {
      const k = keyName(f.key);
      const scalar = isScalar(f.value) ? f.value.value : undefined;
      if (k === 'max' || k === 'min' || k === 'critical') {
        const v = num(f.value);
        if (v === undefined) ok = bad(`\`${k}\` must be a number ≥ 0`);
        else t[k] = v;
      } else if (k === 'stat') {
        if (STATS.includes(scalar as MetricStat)) t.stat = scalar as MetricStat;
        else ok = bad(`\`stat\` must be one of ${STATS.join(', ')}`);
      } else if (k === 'unit') {
        if (typeof scalar === 'string' && UNIT.test(scalar)) t.unit = scalar;
        else ok = bad('`unit` must be a short unit name like `ms`');
      } else if (k === 'min_samples') {
        if (typeof scalar === 'number' && Number.isInteger(scalar) && scalar >= 1 && scalar <= 100_000)
          t.min_samples = scalar;
        else ok = bad('`min_samples` must be a whole number ≥ 1');
      } else ok = bad(`has an unknown key \`${k.slice(0, 40)}\` (known: max, min, critical, stat, unit, min_samples)`);
    }
    if (!ok) continue;
    if ((t.max === undefined) === (t.min === undefined)) {
      bad('needs exactly one of `max` or `min`');
      continue;
    }
    into[name] = t;
  }
}

export interface Lifecycle {
  /** A breach must last this long before it fires (0: fires at once). */
  pending_ms: number;
  /** Once firing, an alert resolves only when the figure is this fraction back inside its target. */
  hysteresis: number;
}

export function defaultLifecycle(): Lifecycle {
  return { pending_ms: 0, hysteresis: 0.1 };
}

/** `performance.alerts.hysteresis` as a fraction between 0 and 0.9; undefined when invalid. */
export function parseHysteresis(node: unknown): number | undefined {
  const v = num(node);
  return v !== undefined && v <= 0.9 ? v : undefined;
}
