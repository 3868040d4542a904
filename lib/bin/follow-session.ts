/**
 * Following a session for the per-event logger (bin/hook.ts) when no collector
 * runs: a bundle of its own (dist/follow-session.cjs) that the logger
 * `require`s only at SessionStart, so the other events it logs start as fast
 * as before. Not a command.
 */
export { Followed } from '../hook/follow.ts';
