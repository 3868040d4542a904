/**
 * Default targets the status line needs too. No imports: the status line runs
 * every few seconds and must not load the YAML parser config.ts brings.
 */

/** Failed tool calls of all tool calls above which the failure rate is breached. */
export const DEFAULT_TOOL_FAILURE_RATE = 0.1;
/** A rate or percentile from fewer samples than this never alerts. */
export const DEFAULT_MIN_SAMPLES = 20;
