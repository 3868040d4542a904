/**
 * Which archives of the log retention removes: those older than
 * `max_age_days`, then the oldest until the archives left fit in
 * `max_total_mb`. Only files the rotation named and `lstat` found regular and
 * ours; never the live log; never an archive written to in the last minute (a
 * writer that held the log's descriptor across a rotation may still be
 * finishing its line there). Settings come from `.2L/config.yaml`'s
 * `retention:` (the repository's file: checked, bounded, a bad value ignored
 * with its line); the defaults are sized to the 10 MB/day storage target:
 * 30 days, 300 MB. Pure: files and settings in, a plan out.
 *
 * ```yaml
 * retention:
 *   max_age_days: 30     # 1 to 3650; null: no age limit
 *   max_total_mb: 300    # 1 to 1000000; null: no size limit
 * ```
 */
import { isMap, isScalar, type Node } from 'yaml';
import { configRoot } from './config.ts';
import type { LogFile } from '../events/log-files.ts';

export interface RetentionConfig {
  max_age_days: number | null;
  max_total_mb: number | null;
}

export const DEFAULT_RETENTION: RetentionConfig = { max_age_days: 30, max_total_mb: 300 };
const BOUNDS: Record<keyof RetentionConfig, [number, number]> = {
  max_age_days: [1, 3650],
  max_total_mb: [1, 1_000_000],
};
/** An archive touched this recently may still receive a late writer's line. */
export const SETTLE_MS = 60_000;
const DAY = 86_400_000;
const MB = 1_000_000;

/** Config text → retention settings; pure. `label` names the file in messages. */
export function parseRetention(text: string, label: string): { config: RetentionConfig; errors: string[] } {
  const config = { ...DEFAULT_RETENTION };
  const errors: string[] = [];
  const parsed = configRoot(text, label);
  if (!parsed) return { config, errors };
  const { root, where } = parsed;
  const section = root.get('retention', true) as Node | undefined;
  if (section === undefined || (isScalar(section) && section.value === null)) return { config, errors };
  if (!isMap(section)) {
    errors.push(`${where(section)}: \`retention\` must be a mapping (max_age_days, max_total_mb); ignored`);
    return { config, errors };
  }
  for (const item of section.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const at = where(item.key as Node);
    if (key !== 'max_age_days' && key !== 'max_total_mb') {
      errors.push(`${at}: unknown key \`retention.${key.slice(0, 40)}\`; ignored (known: max_age_days, max_total_mb)`);
      continue;
    }
    const v = isScalar(item.value) ? item.value.value : undefined;
    const [lo, hi] = BOUNDS[key];
    if (v === null) config[key] = null;
    else if (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi) config[key] = v;
    else errors.push(`${at}: \`retention.${key}\` must be a number from ${lo} to ${hi}, or null; ignored`);
  }
  return { config, errors };
}

export interface PrunePlan {
  remove: Array<LogFile & { why: string }>;
  /** Archives kept, and the bytes they hold. */
  kept: number;
  kept_bytes: number;
  /** Entries with an archive's name that are left alone, and why. */
  refused: Array<{ name: string; why: string }>;
}

export function planPrune(files: readonly LogFile[], config: RetentionConfig, now: number): PrunePlan {
  const plan: PrunePlan = { remove: [], kept: 0, kept_bytes: 0, refused: [] };
  const candidates: LogFile[] = [];
  for (const f of files) {
    if (!f.archive) continue;
    if (!f.regular) plan.refused.push({ name: f.name, why: 'not a regular file (a link, FIFO or folder): left alone' });
    else if (f.foreign) plan.refused.push({ name: f.name, why: 'owned by another user: left alone' });
    else candidates.push(f);
  }
  // Newest first: the size limit keeps the newest history.
  candidates.sort((a, b) => b.mtimeMs - a.mtimeMs);
  let total = 0;
  for (const f of candidates) {
    const age = now - f.mtimeMs;
    const settled = age >= SETTLE_MS;
    if (settled && config.max_age_days !== null && age > config.max_age_days * DAY)
      plan.remove.push({ ...f, why: `older than ${config.max_age_days} days` });
    else if (settled && config.max_total_mb !== null && total + f.bytes > config.max_total_mb * MB)
      plan.remove.push({ ...f, why: `past ${config.max_total_mb} MB of archives` });
    else {
      total += f.bytes;
      plan.kept++;
    }
  }
  plan.kept_bytes = total;
  plan.remove.reverse(); // oldest first, as a person reads a list of dates
  return plan;
}
