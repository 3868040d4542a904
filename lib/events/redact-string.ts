/**
 * Redaction of one string: the rules of redact-rules.ts applied in order. Pure:
 * no I/O. Every pass is linear in its input (tests/redact-linear.test.ts); the
 * callers in redact.ts bound the input first.
 */
import {
  ASSIGNMENT_AT,
  COMMAND_OPTIONS,
  CONFIG_SET,
  FLAGS,
  HEADERS,
  HINTED_RULES,
  NAME_CHAR,
  NAME_KEYWORDS,
  NAME_MAX,
  NETRC,
  PRIVATE_KEY,
  SCHEME_CREDENTIALS,
  TOKEN_HINTS,
  TOKEN_RULES,
  UNQUOTED_MAX,
  URL_CREDENTIALS,
  XML_VALUES,
  isCode,
  isPlaceholder,
  looksLikeCredential,
  looksRandom,
  secretName,
} from './redact-rules.ts';

export { TOKEN_RULES };

export const MASK = '[REDACTED]';

/**
 * Rule sources compile on first use, kept by the rule's place in its table: a
 * hook run pays only for the rules its text calls for.
 */
const shapes: Array<RegExp | undefined> = [];
const options: Array<RegExp | undefined> = [];
let configSet: RegExp | undefined;

/** The quote a value opens with: `"`, `'`, an escaped `\"` (JSON inside a JSON string), or none. */
function quoteOf(value: string): string {
  return value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : '';
}

/** Is a quoted value closed (a rule may have cut it short before its closing quote)? */
const closed = (value: string, q: string): boolean =>
  value.length >= 2 * q.length && value.endsWith(q) && !(q === '"' && value.endsWith('\\"'));

/** A value without its quotes. */
function unquote(value: string): string {
  const q = quoteOf(value);
  return q ? value.slice(q.length, closed(value, q) ? -q.length : undefined) : value;
}

/** Is `value` (quotes included) a secret for a name that secretName() rated? */
export function secretValue(
  rating: 'always' | 'if-random' | 'no',
  value: string,
  next: string,
  codeLike: boolean,
): boolean {
  if (rating === 'no') return false;
  const inner = unquote(value);
  if (inner === '' || isPlaceholder(inner)) return false;
  if (!quoteOf(value) && isCode(inner, next, codeLike)) return false;
  return rating === 'always' || looksRandom(inner);
}

/** A quoted value keeps its quotes around the mask. */
function masked(value: string): string {
  const q = quoteOf(value);
  return q ? `${q}${MASK}${closed(value, q) ? q : ''}` : MASK;
}

/** Tokens by their shape: a hint finds where one may start, then that rule's shape decides. */
function tokens(s: string): string {
  let out = '';
  let last = 0;
  TOKEN_HINTS.lastIndex = 0;
  for (let hint = TOKEN_HINTS.exec(s); hint; hint = TOKEN_HINTS.exec(s)) {
    let k = 1;
    while (hint[k] === undefined) k++;
    const [name, , source, back = 0] = HINTED_RULES[k - 1]!;
    const shape = (shapes[k - 1] ??= new RegExp(source, 'y'));
    // a shape that starts before its hint is tried from each possible start, farthest first
    let m: RegExpExecArray | null = null;
    for (let at = Math.max(last, hint.index - back); at <= hint.index && !m; at++) {
      shape.lastIndex = at;
      m = shape.exec(s);
    }
    if (!m) continue;
    out += `${s.slice(last, m.index)}[REDACTED:${name}]`;
    last = m.index + m[0].length;
    TOKEN_HINTS.lastIndex = last;
  }
  return last === 0 ? s : out + s.slice(last);
}

function headers(s: string): string {
  return s.replace(HEADERS, (m, open: string, name: string, quote: string, rest: string, at: number, all: string) => {
    // the value ends at its own quote, or at the one that opened the whole header (`curl -H 'Cookie: …'`,
    // `\"Authorization: Bearer x\"` in JSON text); a bare header line runs to its end
    const before = all.slice(Math.max(0, at - 2), at);
    const close = quote || open || (before.endsWith('\\"') ? '\\"' : /["'`]$/.test(before) ? before.slice(-1) : '\\"');
    const end = rest.indexOf(close);
    const value = end === -1 ? rest : rest.slice(0, end);
    const after = end === -1 ? '' : rest.slice(end);
    const head = m.slice(0, m.length - rest.length);
    // Authorization keeps its scheme (`Bearer`, `Basic`, `AWS4-HMAC-SHA256`); a cookie goes whole
    const scheme = /authorization$/i.test(name) ? (/^[A-Za-z0-9-]{1,32}[ \t]+/.exec(value)?.[0] ?? '') : '';
    const secret = value.slice(scheme.length).trim();
    if (secret === '' || /^[{[]/.test(secret) || isPlaceholder(secret) || (!quote && isCode(secret, '', false)))
      return m;
    return `${head}${scheme}${MASK}${after}`;
  });
}

/**
 * Where a secret value that a rule cut short really ends: a quoted one at its
 * closing quote, an unquoted one that hit the length cap or runs on past `,;&|)]}>`
 * (`SECRET=ab)c&d`) at the next space. Bounded, so a hostile run costs little.
 */
function secretEnd(s: string, valueAt: number, value: string, cap: number): number {
  const end = valueAt + value.length;
  const q = quoteOf(value);
  if (q) {
    if (closed(value, q)) return end;
    const rest = s.slice(end, end + 8192);
    const close = rest.search(q === '"' ? /["\n]/ : q === "'" ? /['\n]/ : /\\"|\n/);
    return close === -1 ? end : end + close + (rest.startsWith(q, close) ? q.length : 0);
  }
  const next = s[end] ?? '';
  const after = s[end + 1] ?? '';
  if (value.length < cap && !(/[,;&|)\]}>]/.test(next) && after !== '' && !/[\s"'`]/.test(after))) return end;
  const stop = s.slice(end, end + 8192).search(/[\s"'`]/);
  return stop === -1 ? Math.min(s.length, end + 8192) : end + stop;
}

/** Does a name hold a word that every secret name holds? Cheaper than secretName(), so asked first. */
const HAS_KEYWORD = new RegExp(NAME_KEYWORDS.source, 'i');
export const hasKeyword = (name: string): boolean => HAS_KEYWORD.test(name);

/** Where the name holding a keyword starts: the start of its run of name characters, or -1 past NAME_MAX. */
function nameStart(s: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < NAME_MAX && NAME_CHAR.test(s[start - 1]!)) start--;
  return start > 0 && NAME_CHAR.test(s[start - 1]!) ? -1 : start;
}

/** `API key: v`: the word before a name, when a single space separates them. */
function wordBefore(s: string, start: number): number {
  if (s[start - 1] !== ' ') return -1;
  const prev = nameStart(s, start - 1);
  return prev >= 0 && prev < start - 1 ? prev : -1;
}

/**
 * The decision for one `name sep value` found by ASSIGNMENT_AT: where the value
 * starts, and where the secret ends (-1 when it is not one).
 */
function judge(s: string, m: RegExpExecArray): { valueAt: number; end: number } {
  const [whole, name, closeQuote, sep, value] = m as unknown as [string, string, string, string, string];
  const valueAt = m.index + whole.length - value.length;
  // `'NAME', 'value'` is PHP's define(), not any list of strings
  const commaOk =
    !sep.includes(',') ||
    (closeQuote !== '' &&
      /^["']/.test(value) &&
      /\bdefine[ \t]*\([ \t]*["']$/i.test(s.slice(Math.max(0, m.index - 24), m.index)));
  // two words name a label (`API key: …`) only before `:`; `export TOKEN=…` is about TOKEN
  const rated = name.includes(' ') && !sep.includes(':') ? name.slice(name.lastIndexOf(' ') + 1) : name;
  const rating = commaOk ? secretName(rated) : 'no';
  // a spaced `=`, `:` or `=>` reads like code; `NAME=v` like shell, .env or a connection string
  const codeLike = sep.trim() !== '=' || /\s/.test(sep);
  // what follows says `f(password=pw)` is code, but `DJANGO_SECRET_KEY=ab)cd` is an env var's value
  const next = !codeLike && /^[A-Z0-9_]+$/.test(rated) ? '' : (s[valueAt + value.length] ?? '');
  // `password: must be at least 8 characters`, `password:  16 bytes`: a word or number, then more words
  const prose =
    sep.includes(':') &&
    /^(?:[a-z]+|[0-9]+)$/.test(value) &&
    /^[ \t]+[A-Za-z]/.test(s.slice(valueAt + value.length, valueAt + value.length + 4));
  if (value === '' || prose || !secretValue(rating, value, next, codeLike)) return { valueAt, end: -1 };
  return { valueAt, end: secretEnd(s, valueAt, value, UNQUOTED_MAX) };
}

/**
 * `name = value` pairs, keyword first: most text has few names worth a look.
 * A value that is not a secret is scanned again, for names of its own
 * (`--from-literal=password=x`, `$env:API_KEY = "x"`).
 */
function assignments(s: string): string {
  let out = '';
  let last = 0;
  NAME_KEYWORDS.lastIndex = 0;
  for (let kw = NAME_KEYWORDS.exec(s); kw; kw = NAME_KEYWORDS.exec(s)) {
    const kwEnd = kw.index + kw[0].length;
    const start = nameStart(s, kw.index);
    if (start < 0 || start < last) continue;
    for (const at of [wordBefore(s, start), start]) {
      if (at < last || at < 0) continue;
      ASSIGNMENT_AT.lastIndex = at;
      const m = ASSIGNMENT_AT.exec(s);
      if (!m || m.index + m[1]!.length < kwEnd) continue;
      const { valueAt, end } = judge(s, m);
      if (end < 0) {
        NAME_KEYWORDS.lastIndex = Math.max(valueAt, kwEnd);
        break;
      }
      out += s.slice(last, valueAt) + masked(s.slice(valueAt, end));
      last = end;
      NAME_KEYWORDS.lastIndex = end;
      break;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function flags(s: string): string {
  return s.replace(FLAGS, (m, flag: string, _space: string | undefined, value: string, at: number, all: string) => {
    if (!hasKeyword(flag)) return m;
    const rating = secretName(flag.replace(/^-+/, ''));
    return secretValue(rating, value, all[at + m.length] ?? '', false)
      ? `${m.slice(0, m.length - value.length)}${masked(value)}`
      : m;
  });
}

function commandOptions(s: string): string {
  let out = s;
  COMMAND_OPTIONS.forEach(([hints, option], i) => {
    if (!hints.some((h) => out.includes(h))) return;
    out = out.replace((options[i] ??= new RegExp(option, 'g')), (m, _keep: string, value: string) =>
      isPlaceholder(unquote(value)) ? m : `${m.slice(0, m.length - value.length)}${masked(value)}`,
    );
  });
  if (out.includes('set')) {
    out = out.replace((configSet ??= new RegExp(CONFIG_SET, 'g')), (m, _keep: string, name: string, value: string) =>
      secretName(name) === 'no' || isPlaceholder(unquote(value))
        ? m
        : `${m.slice(0, m.length - value.length)}${masked(value)}`,
    );
  }
  return out;
}

/** Cheap tests that spare a string the rules it cannot match (and a process their compilation). */
const MAY_HAVE_HEADER = /uthorization|ookie/i;

/** The rules in order: whole blocks and self-evident tokens first, then what depends on context. */
const PASSES: ReadonlyArray<(s: string) => string> = [
  (s) => (s.includes('-----BEGIN') ? s.replace(PRIVATE_KEY, '[REDACTED:private-key]') : s),
  tokens,
  (s) =>
    s.includes('://')
      ? s.replace(URL_CREDENTIALS, (m, user: string, password: string) =>
          isPlaceholder(password) ? m : `://${user}:${MASK}@`,
        )
      : s,
  (s) => (MAY_HAVE_HEADER.test(s) ? headers(s) : s),
  (s) =>
    s.replace(SCHEME_CREDENTIALS, (m, scheme: string, value: string) =>
      looksLikeCredential(scheme, value) && !isPlaceholder(value) ? `${scheme} ${MASK}` : m,
    ),
  (s) => (s.includes('-') ? flags(s) : s),
  commandOptions,
  assignments,
  (s) =>
    s.includes('<')
      ? s.replace(
          XML_VALUES,
          (m, tag?: string, text?: string, addHead?: string, key?: string, mid?: string, value?: string) => {
            if (tag !== undefined)
              return secretValue(secretName(tag), text!, '', false) ? `<${tag}>${MASK}</${tag}>` : m;
            return secretValue(secretName(key!), value!, '', false) ? `${addHead}${key}${mid}${MASK}"` : m;
          },
        )
      : s,
  (s) =>
    s.includes('machine')
      ? s.replace(NETRC, (m, head: string, value: string) => (isPlaceholder(value) ? m : `${head}${MASK}`))
      : s,
];

/**
 * No space, quote or separator (`=`, `:`, `,`, `<`…): a key, an id, a path. Only a
 * token can hide in it; every other rule needs one of those characters.
 */
const PLAIN = /^[\w./+~-]*$/;

export function redactString(s: string): string {
  if (PLAIN.test(s)) return tokens(s);
  let out = s;
  for (const pass of PASSES) out = pass(out);
  return out;
}
