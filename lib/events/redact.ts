/**
 * Redaction and trimming of anything we log. Pure: no I/O.
 * Secrets are replaced before strings are cut, and strings are cut to a window
 * first so a 20 MB value never meets a regex. What counts as a secret lives in
 * redact-rules.ts, how a string is redacted in redact-string.ts; here, values:
 * windows, object keys, argument lists, bounds.
 */
import { looksRandom, secretName } from './redact-rules.ts';
import { MASK, hasKeyword, redactString, secretValue } from './redact-string.ts';

export { TOKEN_RULES, redactString } from './redact-string.ts';

export interface TrimLimits {
  /** Longest string kept whole, in characters. */
  maxString: number;
  maxArray: number;
  maxKeys: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: TrimLimits = { maxString: 1000, maxArray: 20, maxKeys: 50, maxDepth: 6 };

/** Characters of context redaction sees past what is kept. */
const LOOKAHEAD = 4096;
/**
 * Where the window cuts a string, the cut may fall inside a secret that no rule
 * then recognises; redaction can shrink the text before it enough to bring that
 * part into view. So the window first loses its last partial word (to the last
 * whitespace within this many characters, or this many characters if none).
 */
const EDGE = 512;

/** Cut a string with a visible marker that says how much went. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}…[truncated ${s.length - max} chars]`;
}

/** Redaction of the first `window` characters of `s`, cut back to a word boundary when `s` is longer. */
function redactHead(s: string, window: number): string {
  if (s.length <= window) return redactString(s);
  let end = window;
  const floor = Math.max(0, window - EDGE);
  while (end > floor && !/\s/.test(s[end - 1]!)) end--;
  return redactString(s.slice(0, end === floor ? floor : end));
}

/** Memo of redacted heads for one cleanPayload call: its passes differ only in how much they keep. */
interface Memo {
  window: number;
  heads: Map<string, string>;
}

/** Redact then truncate; never runs a regex over more than a bounded window. */
export function cleanString(s: string, max: number, memo?: Memo): string {
  const window = Math.max(memo?.window ?? 0, max + LOOKAHEAD);
  // keyed by the head, never a long string: V8 hashes long strings by length alone
  const key = s.length > window ? s.slice(0, window) : s;
  let redacted = memo?.heads.get(key);
  if (redacted === undefined) {
    redacted = redactHead(s, window);
    memo?.heads.set(key, redacted);
  }
  if (s.length <= window) return truncate(redacted, max);
  return `${redacted.slice(0, max)}…[truncated ${s.length - Math.min(max, redacted.length)} chars]`;
}

/** A secret in an argument list: `["--password", "x"]` (MCP server args, argv). */
function secretArgs(list: unknown[]): Set<number> {
  const hidden = new Set<number>();
  for (let i = 0; i + 1 < list.length; i++) {
    const flag = list[i];
    const next = list[i + 1];
    if (
      typeof flag === 'string' &&
      typeof next === 'string' &&
      /^--?[A-Za-z][\w.-]{0,48}$/.test(flag) &&
      !next.startsWith('-') &&
      secretValue(secretName(flag.replace(/^-+/, '')), next, '', false)
    )
      hidden.add(i + 1);
  }
  return hidden;
}

/** Object keys may be secrets too (`{"sk_live_…": 1}`); two keys that redact alike both stay. */
function cleanKey(key: string, out: Record<string, unknown>, max: number, memo?: Memo): string {
  const clean = cleanString(key, max, memo);
  if (!Object.hasOwn(out, clean)) return clean;
  let n = 2;
  while (Object.hasOwn(out, `${clean} #${n}`)) n++;
  return `${clean} #${n}`;
}

/** A key whose string value is a secret whatever it holds. */
function secretKey(key: string, value: string): boolean {
  if (value === '' || !hasKeyword(key)) return false;
  if (/^(?:proxy-)?authorization$|^(?:set-)?cookie$/i.test(key)) return true;
  const rating = secretName(key);
  return rating === 'always' || (rating === 'if-random' && looksRandom(value));
}

/** Deep copy with secrets redacted and every dimension bounded. */
export function cleanValue(value: unknown, limits: TrimLimits = DEFAULT_LIMITS, depth = 0, memo?: Memo): unknown {
  if (typeof value === 'string') return cleanString(value, limits.maxString, memo);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'function') return '[function]';
  if (typeof value !== 'object') return value === undefined ? undefined : String(value);
  if (depth >= limits.maxDepth) return '[truncated: too deep]';
  if (Array.isArray(value)) {
    const kept = value.slice(0, limits.maxArray);
    const hidden = secretArgs(kept);
    const out = kept.map((v, i) => (hidden.has(i) ? MASK : cleanValue(v, limits, depth + 1, memo)));
    if (value.length > limits.maxArray) out.push(`[truncated ${value.length - limits.maxArray} items]`);
    return out;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (const key of keys.slice(0, limits.maxKeys)) {
    const v = (value as Record<string, unknown>)[key];
    let cleaned = typeof v === 'string' && secretKey(key, v) ? MASK : cleanValue(v, limits, depth + 1, memo);
    // a list under a secret key (`"set-cookie": ["sid=…"]`): each of its strings is a secret
    if (Array.isArray(v) && Array.isArray(cleaned)) {
      cleaned = cleaned.map((x: unknown, i) =>
        i < limits.maxArray && typeof v[i] === 'string' && secretKey(key, v[i] as string) ? MASK : x,
      );
    }
    // defineProperty: a `__proto__` key from JSON.parse stays a key, not the copy's prototype
    Object.defineProperty(out, cleanKey(key, out, limits.maxString, memo), {
      value: cleaned,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (keys.length > limits.maxKeys) out['…'] = `[truncated ${keys.length - limits.maxKeys} keys]`;
  return out;
}

/** cleanValue, tightened until the JSON form fits in `maxBytes`. */
export function cleanPayload(value: unknown, maxBytes = 16_384): unknown {
  let limits = DEFAULT_LIMITS;
  const memo: Memo = { window: limits.maxString + LOOKAHEAD, heads: new Map() };
  for (;;) {
    const cleaned = cleanValue(value, limits, 0, memo);
    const size = JSON.stringify(cleaned ?? null).length;
    if (size <= maxBytes) return cleaned;
    if (limits.maxString <= 40) return `[payload truncated: ${size} chars]`;
    limits = { ...limits, maxString: Math.floor(limits.maxString / 4), maxArray: Math.max(3, limits.maxArray >> 1) };
  }
}
