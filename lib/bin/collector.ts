/**
 * The resident per-user collector (hook/collector.ts), started detached by the
 * hook front when none runs. Silent (its stdio is /dev/null) and always exits 0.
 * TWOL_SPOOL: the spool the front writes to; TWOL_COLLECTOR_IDLE_MS: idle exit (tests).
 */
import { runCollector } from '../hook/collector.ts';
import { runtimeDir } from '../hook/claims.ts';
import { spoolDir } from '../hook/spool.ts';
import { trackHookTurn } from '../monitor/cost-live.ts';
import { evaluateAtStop } from '../monitor/stop-alerts.ts';

const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
const idle = Number(process.env.TWOL_COLLECTOR_IDLE_MS);
runCollector({
  spool: process.env.TWOL_SPOOL || spoolDir(process.env, uid),
  runtime: runtimeDir(),
  // Each turn's cost (monitor/cost-live.ts): the collector is resident, so it loads the cost code once.
  turnCost: trackHookTurn,
  // Alerts judged at Stop when no dashboard server owns them (monitor/stop-alerts.ts).
  stopAlerts: evaluateAtStop,
  idleMs: idle > 0 ? idle : undefined,
})
  .catch(() => 'failed')
  .finally(() => {
    process.exitCode = 0;
  });
