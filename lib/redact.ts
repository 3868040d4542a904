/**
 * Redaction and trimming of anything we log. Pure: no I/O.
 * Secrets are replaced before strings are cut, and strings are cut to a window
 * first so a 20 MB value never meets a regex.
 */

const RULES: ReadonlyArray<readonly [RegExp, string | ((...m: string[]) => string)]> = [
  [/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g, '[REDACTED:private-key]'],
  [/\bsk-ant-[A-Za-z0-9_-]{8,}/g, '[REDACTED:anthropic-key]'],
  [/\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}/g, '[REDACTED:api-key]'],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, '[REDACTED:github-token]'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, '[REDACTED:aws-key]'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, '[REDACTED:slack-token]'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, '[REDACTED:jwt]'],
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, (_m, kind) => `${kind} [REDACTED]`],
  // scheme://user:password@host -> keep the user, drop the password
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):([^\s@/]+)@/gi, (_m, head) => `${head}:[REDACTED]@`],
  // --password hunter2, --api-key=abc
  [/(^|\s)(--?[A-Za-z-]*(?:password|passwd|token|secret|api-?key))(\s+|=)(?!-)("[^"]*"|'[^']*'|\S+)/gi, (_m, pre, flag, sep) => `${pre}${flag}${sep}[REDACTED]`],
  // password=..., PGPASSWORD=..., "api_key": "..."
  [
    /\b([A-Za-z_]*(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY))(\s*[=:]\s*|"\s*:\s*")("[^"]*"|'[^']*'|[^\s"',;&|]+)/gi,
    (_m, key, sep, value: string) => {
      const q = value[0] === '"' || value[0] === "'" ? value[0] : '';
      return `${key}${sep}${q}[REDACTED]${q}`;
    },
  ],
];

const SECRET_KEY = /(pass(word|wd|phrase)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|authorization|cookie|credentials?)$/i;

export function redactString(s: string): string {
  let out = s;
  for (const [re, to] of RULES) out = out.replace(re, to as string);
  return out;
}

export interface TrimLimits {
  /** Longest string kept whole, in characters. */
  maxString: number;
  maxArray: number;
  maxKeys: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: TrimLimits = { maxString: 1000, maxArray: 20, maxKeys: 50, maxDepth: 6 };

/** Cut a string with a visible marker that says how much went. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}…[truncated ${s.length - max} chars]`;
}

/** Redact then truncate; never runs a regex over more than a bounded window. */
export function cleanString(s: string, max: number): string {
  const window = s.length > max + 4096 ? s.slice(0, max + 4096) : s;
  const redacted = redactString(window);
  const lost = s.length - window.length;
  if (lost === 0) return truncate(redacted, max);
  return `${redacted.slice(0, max)}…[truncated ${s.length - Math.min(max, redacted.length)} chars]`;
}

/** Deep copy with secrets redacted and every dimension bounded. */
export function cleanValue(value: unknown, limits: TrimLimits = DEFAULT_LIMITS, depth = 0): unknown {
  if (typeof value === 'string') return cleanString(value, limits.maxString);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'function') return '[function]';
  if (typeof value !== 'object') return value === undefined ? undefined : String(value);
  if (depth >= limits.maxDepth) return '[truncated: too deep]';
  if (Array.isArray(value)) {
    const out = value.slice(0, limits.maxArray).map((v) => cleanValue(v, limits, depth + 1));
    if (value.length > limits.maxArray) out.push(`[truncated ${value.length - limits.maxArray} items]`);
    return out;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (const key of keys.slice(0, limits.maxKeys)) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = SECRET_KEY.test(key) && typeof v === 'string' && v !== '' ? '[REDACTED]' : cleanValue(v, limits, depth + 1);
  }
  if (keys.length > limits.maxKeys) out['…'] = `[truncated ${keys.length - limits.maxKeys} keys]`;
  return out;
}

/** cleanValue, tightened until the JSON form fits in `maxBytes`. */
export function cleanPayload(value: unknown, maxBytes = 16_384): unknown {
  let limits = DEFAULT_LIMITS;
  for (;;) {
    const cleaned = cleanValue(value, limits);
    const size = JSON.stringify(cleaned ?? null).length;
    if (size <= maxBytes) return cleaned;
    if (limits.maxString <= 40) return `[payload truncated: ${size} chars]`;
    limits = { ...limits, maxString: Math.floor(limits.maxString / 4), maxArray: Math.max(3, limits.maxArray >> 1) };
  }
}
