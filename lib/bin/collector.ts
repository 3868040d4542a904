/**
 * The resident per-user collector (hook/collector.ts), started detached by the
 * hook front when none runs. Silent (its stdio is /dev/null) and always exits 0.
 * TWOL_SPOOL: the spool the front writes to; TWOL_COLLECTOR_IDLE_MS: idle exit (tests).
 */
import { runCollector } from '../hook/collector.ts';
import { runtimeDir } from '../hook/claims.ts';
import { spoolDir } from '../hook/spool.ts';
import type { TurnCost } from '../hook/log-payload.ts';
import { loadCostConfig } from '../monitor/cost-config.ts';
import { trackTurnCost } from '../monitor/cost-live.ts';

/** Each turn's cost (monitor/cost-live.ts), priced and budgeted by the project's `.2L/config.yaml`. */
const turnCost: TurnCost = ({ project, transcriptPath, hook, at, runtime, record }) => {
  const { config, errors } = loadCostConfig(project);
  for (const e of errors.slice(0, 3)) record(`cost config: ${e}`);
  return trackTurnCost({ project, transcriptPath, hook, runtime, config, onWarning: record, now: () => at });
};

const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
const idle = Number(process.env.TWOL_COLLECTOR_IDLE_MS);
runCollector({
  spool: process.env.TWOL_SPOOL || spoolDir(process.env, uid),
  runtime: runtimeDir(),
  turnCost,
  idleMs: idle > 0 ? idle : undefined,
})
  .catch(() => 'failed')
  .finally(() => {
    process.exitCode = 0;
  });
