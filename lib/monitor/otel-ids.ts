/**
 * Trace, span and log-record ids derived from what the log says, never drawn
 * at random: a session's trace id from its session id, a span id from its
 * model key (session, tool_use_id, agent id). Exporting the same events twice,
 * or again after a restart, therefore names the same spans, and a backend
 * keeps one copy instead of two. Pure.
 *
 * SHA-256 truncated to 16 bytes (trace) and 8 bytes (span): W3C trace context
 * sizes. An all-zero id is invalid in OTLP; the chance of hashing to one is
 * 2^-64 at worst, and such an id is nudged to 1 rather than silently dropped.
 */
import { createHash } from 'node:crypto';

function hashHex(domain: string, value: string, bytes: number): string {
  const hex = createHash('sha256')
    .update(`2l-pack ${domain}\0${value}`)
    .digest('hex')
    .slice(0, bytes * 2);
  return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}

/** 32 hex digits: the trace of one session (or, for a span outside any session, of its own key). */
export function traceIdOf(seed: string): string {
  return hashHex('trace', seed, 16);
}

/** 16 hex digits: the span a model key names. Keys already carry the session, so ids differ across sessions. */
export function spanIdOf(key: string): string {
  return hashHex('span', key, 8);
}

/**
 * The OpenTelemetry `log.record.uid` of an event: records with the same uid
 * are the same record, so a backend may drop the copy a re-export sends. The
 * event's own line (its fields in log order) is the identity: two events that
 * differ in any field differ in uid.
 */
export function logUidOf(event: object): string {
  return hashHex('log', JSON.stringify(event), 16);
}
