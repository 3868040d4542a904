/**
 * Storage growth per day, forecast by a straight line: each file of the log
 * (archives and the live log) is a point (its last write, the bytes written
 * up to then), and the least-squares slope of bytes over days is the growth.
 * The line is said to be honest only with at least 3 points spanning at
 * least 3 days; otherwise the figure is given with the reason it is not.
 * Pure: file sizes and times in, a forecast out.
 */
const DAY = 86_400_000;
export const MIN_DAYS = 3;
export const MIN_POINTS = 3;

export interface StorageForecast {
  total_bytes: number;
  files: number;
  /** Bytes per day by the fitted line; null with fewer than two points or no time between them. */
  per_day_bytes: number | null;
  target_bytes_per_day: number;
  status: 'ok' | 'over' | 'no data';
  /** Why the line is not to be trusted, when it is not. */
  not_honest?: string;
  span_days: number;
}

export function storageForecast(
  files: ReadonlyArray<{ bytes: number; mtimeMs: number }>,
  targetPerDay: number,
): StorageForecast {
  const sorted = [...files].filter((f) => Number.isFinite(f.mtimeMs)).sort((a, b) => a.mtimeMs - b.mtimeMs);
  const total = sorted.reduce((s, f) => s + f.bytes, 0);
  const base = { total_bytes: total, files: sorted.length, target_bytes_per_day: targetPerDay };
  if (sorted.length < 2)
    return { ...base, per_day_bytes: null, status: 'no data', not_honest: 'fewer than 2 files', span_days: 0 };
  let cum = 0;
  const pts = sorted.map((f) => {
    cum += f.bytes;
    return { x: f.mtimeMs / DAY, y: cum };
  });
  const span = pts.at(-1)!.x - pts[0]!.x;
  const n = pts.length;
  const mx = pts.reduce((s, p) => s + p.x, 0) / n;
  const my = pts.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of pts) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const slope = sxx > 0 ? sxy / sxx : null;
  const reasons: string[] = [];
  if (n < MIN_POINTS) reasons.push(`${n} files (a line needs ${MIN_POINTS})`);
  if (span < MIN_DAYS) reasons.push(`${Math.round(span * 10) / 10} days of history (under ${MIN_DAYS})`);
  return {
    ...base,
    per_day_bytes: slope === null ? null : Math.max(0, Math.round(slope)),
    status: slope === null ? 'no data' : slope > targetPerDay ? 'over' : 'ok',
    ...(reasons.length ? { not_honest: reasons.join('; ') } : {}),
    span_days: Math.round(span * 100) / 100,
  };
}
