/**
 * Live cost tracking and the Stop-time alert evaluation for the per-event
 * logger (bin/hook.ts), a bundle of its own (dist/turn-cost.cjs) that the
 * logger `require`s only at Stop, SubagentStop and SessionEnd: the YAML
 * parser, the pricing table and the alert engine are never loaded for the
 * other events. Not a command.
 */
export { trackHookTurn as turnCost } from '../monitor/cost-live.ts';
export { evaluateAtStop as stopAlerts } from '../monitor/stop-alerts.ts';
