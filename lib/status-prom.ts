/** Placeholder until the shared Prometheus renderer (lib/prometheus.ts) is merged. */
import type { StatusReport } from './status.ts';

export function renderStatusProm(_r: StatusReport): string {
  throw new Error('`--prom` is not available yet');
}
