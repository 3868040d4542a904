/**
 * What counts as a secret: the rule table behind redact.ts. Pure data and small
 * predicates, no I/O.
 *
 * Token shapes follow the rule set gitleaks publishes (config/gitleaks.toml, MIT),
 * re-derived here, not copied, and only where a fixed prefix makes them cheap.
 *
 * Every rule must stay linear in its input on V8's backtracking engine
 * (tests/redact-linear.test.ts measures it). The rules keep to four habits:
 * - a match starts at a literal (`ghp_`, `://`, `-----BEGIN`, a name followed by
 *   `=`), or where a lookbehind proves it is the start of a run, never inside
 *   a run it could rescan from every position;
 * - every quantifier has an upper bound, so a failed attempt costs a constant;
 * - consecutive quantified parts use disjoint classes, so a run splits one way;
 * - a part that could consume to the end of the input only appears where the
 *   match then succeeds (and the engine moves past it), never before a
 *   required character that may be missing.
 */

/**
 * Tokens recognised by their own shape, wherever they appear. For a port (the
 * bash logger), the fixed prefixes alone catch most of them:
 * sk-ant- sk-proj- sk- sk_live_ sk_test_ rk_live_ rk_test_ whsec_ ghp_ gho_ ghu_ ghs_ ghr_
 * github_pat_ glpat- AKIA ASIA AIza ya29. GOCSPX- xoxb- xoxp- xoxa- xapp- npm_ hf_ SG.
 * pypi-AgE eyJ….eyJ (JWT) hooks.slack.com/services/ discord.com/api/webhooks/
 * dop_v1_ dapi hvs. dp.pt. lin_api_ AGE-SECRET-KEY-1 sbp_ gsk_ dckr_pat_ sntryu_
 * glsa_ PMAK- figd_ r8_ tskey- ATATT3 shpat_ key- SK (Twilio) and `-----BEGIN … PRIVATE KEY-----`.
 */
export const TOKEN_RULES: ReadonlyArray<readonly [name: string, hint: string, shape: string, back?: number]> = [
  ['anthropic-key', String.raw`sk-ant-`, String.raw`sk-ant-[A-Za-z0-9_-]{8,400}`],
  ['api-key', String.raw`sk-`, String.raw`sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,400}`],
  [
    'stripe-key',
    String.raw`(?:sk|rk)_(?:live|test|prod)_|whsec_`,
    String.raw`(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,255}|whsec_[A-Za-z0-9+/=]{24,255}`,
  ],
  [
    'github-token',
    String.raw`gh[pousr]_|github_pat_`,
    String.raw`gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255}`,
  ],
  [
    'gitlab-token',
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-`,
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-[A-Za-z0-9_-]{20,255}`,
  ],
  [
    'aws-key',
    String.raw`AKIA|ASIA|ABIA|ACCA|A3T`,
    String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}(?![0-9A-Za-z])`,
  ],
  ['google-key', String.raw`AIza`, String.raw`AIza[A-Za-z0-9_-]{35,64}`],
  ['google-oauth-token', String.raw`ya29\.`, String.raw`ya29\.[A-Za-z0-9_-]{20,2048}`],
  ['google-client-secret', String.raw`GOCSPX-`, String.raw`GOCSPX-[A-Za-z0-9_-]{20,64}`],
  [
    'slack-token',
    String.raw`xox[abposre]-|xapp-`,
    String.raw`xox[abposre]-[A-Za-z0-9-]{10,255}|xapp-\d-[A-Za-z0-9-]{10,255}`,
  ],
  [
    'slack-webhook',
    String.raw`hooks\.slack\.com\/`,
    String.raw`hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}`,
  ],
  [
    'discord-webhook',
    String.raw`discord(?:app)?\.com\/api\/webhooks\/`,
    String.raw`discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,200}`,
  ],
  [
    'teams-webhook',
    String.raw`webhook\.office\.com\/`,
    String.raw`webhook\.office\.com\/webhookb2\/[A-Za-z0-9@/_-]{20,400}`,
  ],
  ['npm-token', String.raw`npm_`, String.raw`npm_[A-Za-z0-9]{36,64}`],
  ['hf-token', String.raw`hf_|api_org_`, String.raw`(?:hf_|api_org_)[A-Za-z0-9]{30,64}`],
  ['sendgrid-key', String.raw`SG\.`, String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}`],
  ['pypi-token', String.raw`pypi-AgE`, String.raw`pypi-AgE[A-Za-z0-9_-]{50,2048}`],
  ['jwt', String.raw`eyJ`, String.raw`eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}`],
  ['twilio-key', String.raw`SK[0-9a-fA-F]`, String.raw`SK[0-9a-fA-F]{32}(?![0-9A-Za-z])`],
  ['mailgun-key', String.raw`key-`, String.raw`key-[0-9a-f]{32}(?![0-9A-Za-z])`],
  ['shopify-token', String.raw`shp(?:at|ca|pa|ss)_`, String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`],
  ['digitalocean-token', String.raw`do[opr]_v1_`, String.raw`do[opr]_v1_[a-f0-9]{64}`],
  ['databricks-token', String.raw`dapi`, String.raw`dapi[a-f0-9]{32}(?:-\d)?`],
  ['vault-token', String.raw`hv[sb]\.`, String.raw`hv[sb]\.[A-Za-z0-9_-]{24,512}`],
  ['doppler-token', String.raw`dp\.`, String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,64}`],
  ['linear-key', String.raw`lin_`, String.raw`lin_(?:api|oauth)_[A-Za-z0-9]{40,64}`],
  ['age-key', String.raw`AGE-SECRET-KEY-1`, String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`],
  ['supabase-token', String.raw`sbp_|sb_secret_`, String.raw`sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,64}`],
  ['groq-key', String.raw`gsk_`, String.raw`gsk_[A-Za-z0-9]{48,64}`],
  ['docker-token', String.raw`dckr_pat_`, String.raw`dckr_pat_[A-Za-z0-9_-]{20,64}`],
  ['sentry-token', String.raw`sntry[us]_`, String.raw`sntry[us]_[A-Za-z0-9_+/=]{40,1024}`],
  [
    'grafana-token',
    String.raw`glsa_|glc_`,
    String.raw`glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,3}`,
  ],
  ['postman-key', String.raw`PMAK-`, String.raw`PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}`],
  ['figma-token', String.raw`figd_`, String.raw`figd_[A-Za-z0-9_-]{40,64}`],
  ['replicate-token', String.raw`r8_`, String.raw`r8_[A-Za-z0-9]{37}(?![0-9A-Za-z])`],
  ['tailscale-key', String.raw`tskey-`, String.raw`tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9-]{20,128}`],
  ['atlassian-token', String.raw`ATATT3`, String.raw`ATATT3[A-Za-z0-9_=-]{150,300}`],
  ['perplexity-key', String.raw`pplx-`, String.raw`pplx-[A-Za-z0-9]{48,64}`],
  ['xai-key', String.raw`xai-`, String.raw`xai-[A-Za-z0-9]{70,100}`],
  ['langsmith-key', String.raw`lsv2_`, String.raw`lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}`],
  ['planetscale-token', String.raw`pscale_`, String.raw`pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64}`],
  ['heroku-key', String.raw`HRKU-`, String.raw`HRKU-AA[A-Za-z0-9_-]{58}`],
  // these two start before their hint: the shape is tried `back` characters earlier, with its own boundary
  [
    'azure-ad-secret',
    String.raw`[0-9]Q~`,
    String.raw`(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`,
    3,
  ],
  ['telegram-token', String.raw`:AA`, String.raw`(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}`, 10],
];

/**
 * Where a token may be: each rule's fixed prefix (its hint), one capturing group
 * per rule, the hints that start a token behind a lookbehind that keeps a match
 * from starting inside a longer identifier or base64 run. A rule's shape (a
 * source, compiled on first use) is then tried, sticky, where its hint matched:
 * a process compiles only the shapes its text calls for, and a prefix two rules
 * share (`sk-`) goes to the first (`sk-ant-`). Plain literal hints keep this
 * regex cheap to compile, which every hook run pays.
 */
const starting = TOKEN_RULES.filter(([, , , back]) => back === undefined);
const inner = TOKEN_RULES.filter(([, , , back]) => back !== undefined);
/** The rule behind each capturing group of TOKEN_HINTS, in order. */
export const HINTED_RULES = [...starting, ...inner];
export const TOKEN_HINTS = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${starting.map(([, hint]) => `(${hint})`).join('|')})|${inner.map(([, hint]) => `(${hint})`).join('|')}`,
  'g',
);

/** `-----BEGIN … PRIVATE KEY-----` (PEM, OpenSSH, PGP) to its END line, or to the end of the text. */
export const PRIVATE_KEY =
  /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g;

/**
 * `scheme://user:password@host`: keep the user, drop the password, which may
 * hold `/`, `+`, `:` or `@` (the last `@` before the host wins). `host:port/…@`
 * (Vite's `localhost:5173/@vite/client`) is a port, not a password.
 */
export const URL_CREDENTIALS =
  /:\/\/([^\s:/@[\]"'<>]{0,128}):(?![0-9]{1,5}(?:[/?#"'\s]|$))([^\s"'<>]{1,128})@(?=[A-Za-z0-9[])/g;

/**
 * `Authorization:` / `Proxy-Authorization:` / `Cookie:` / `Set-Cookie:` as a
 * header line, a curl `-H` argument or a JSON or code key: group 1 the quote
 * before the name, 2 the name, 3 the quote that opens the value, 4 the rest of
 * the line (the replacer cuts it at the closing quote).
 */
export const HEADERS =
  /(?<![A-Za-z0-9_-])(["'`]?)((?:Proxy-)?Authorization|(?:Set-)?Cookie)\1[ \t]{0,8}[:=][ \t]{0,8}(["'`]?)([^\r\n]{1,2048})/gi;

/** `Bearer x`, `Token x`, `Basic x` outside a header (logs, code); the replacer wants a secret-looking x. */
export const SCHEME_CREDENTIALS = /(?<![A-Za-z0-9_-])(Bearer|Basic|Token)[ \t]{1,8}([A-Za-z0-9._~+/=-]{8,4096})/gi;

/** `--flag value` / `--flag=value` / `-storepass value`; the replacer decides by the flag's name. */
export const FLAGS =
  /(?<![^\s"'(=])(--?[A-Za-z][A-Za-z0-9_.-]{0,48})(?:([ \t]{1,8})|=)("(?:[^"\\\n]|\\.){1,512}"?|'[^'\n]{1,512}'?|(?!-)[^\s"'`;&|)]{1,512})/g;

/**
 * Short options that carry a password only after a given command: mysql's
 * `-pPW`, `sshpass -p`, `docker login -p`, `redis-cli -a`, `ldapsearch -w`, curl's
 * `-u user:pw` and `-b cookie`, `gh secret set -b`, openssl's `pass:PW`. Each is
 * compiled (once) and run only where one of its hints occurs. Group 1 is what
 * stays, group 2 the secret.
 */
const VALUE = String.raw`'[^'\n]{1,512}'?|"(?:[^"\\\n]|\\.){1,512}"?|[^\s'"]{1,512}`;
/**
 * The options between a command and its secret: up to 256 characters of the
 * same command line, but never past the next occurrence of the command itself,
 * so a line that repeats it is scanned once, not once per occurrence.
 */
const upTo = (command: string) => String.raw`(?:(?!${command})[^\n;&|]){0,256}?`;
export const COMMAND_OPTIONS: ReadonlyArray<readonly [hints: readonly string[], option: string]> = [
  [
    ['mysql', 'mariadb'],
    String.raw`(\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b${upTo('mysql|mariadb')}[ \t]-p)(${VALUE})`,
  ],
  [['sshpass'], String.raw`(\bsshpass\b${upTo('sshpass')}[ \t]-p[ \t]{0,8})(${VALUE})`],
  [
    ['login'],
    String.raw`(\b(?:docker|podman|nerdctl|buildah|skopeo|oras|helm registry)[ \t]{1,8}login\b${upTo('login')}[ \t]-p[ \t]{1,8})(${VALUE})`,
  ],
  [['redis-cli'], String.raw`(\bredis-cli\b${upTo('redis-cli')}[ \t]-a[ \t]{1,8})(${VALUE})`],
  [
    ['ldap'],
    String.raw`(\bldap(?:search|modify|add|delete|passwd|whoami)\b${upTo('ldap')}[ \t]-w[ \t]{1,8})(${VALUE})`,
  ],
  [
    ['-u', '--user', '-U', '--proxy-user'],
    String.raw`(\b(?:curl|wget|http|https|xh|ab)\b${upTo('curl|wget|http|xh|ab\b')}[ \t](?:-u|--user|--proxy-user|-U)(?:[ \t]{1,8}|=)?['"]?[^\s:'"]{0,128}:)([^\s'"]{1,512})`,
  ],
  [['curl'], String.raw`(\bcurl\b${upTo('curl')}[ \t](?:-b|--cookie)[ \t]{1,8})(${VALUE})`],
  [
    ['secret'],
    String.raw`(\bgh[ \t]{1,8}secret[ \t]{1,8}set\b${upTo('gh[ \t]')}[ \t](?:-b|--body)(?:[ \t]{1,8}|=))(${VALUE})`,
  ],
  [['pass:'], String.raw`((?<![^\s"'=])pass:)([^\s"']{1,512})`],
];
/** `npm config set NAME VALUE`, `aws configure set NAME VALUE`: group 1 what stays, 2 the name, 3 the value. */
export const CONFIG_SET = String.raw`(\bconfig(?:ure)?[ \t]{1,8}set[ \t]{1,8}([^\s=]{1,128})(?:[ \t]{1,8}|=))(${VALUE})`;

/**
 * `name = value` in its many spellings: shell and .env (`NAME=v`, `export NAME="v"`),
 * YAML (`name: v`), JSON (`"name": "v"`), code (`name = 'v'`, `'name' => 'v'`,
 * `define('NAME', 'v')`), INI/TOML, query strings and connection strings
 * (`;Password=v;`), labels (`API key: v`). Found keyword first, as gitleaks does:
 * NAME_KEYWORDS finds a word every secret name holds, then ASSIGNMENT_AT is tried
 * (sticky) where that name starts. Group 1 the name, 2 its closing quote, 3 the
 * separator with its spaces, 4 the value. The replacer keeps what is not a
 * secret name or not a secret value. JSON inside a JSON string (`{\"password\":\"v\"}`,
 * API bodies and log lines) has its quotes escaped; `\"` quotes a value as `"` does.
 */
export const NAME_KEYWORDS = /pass|pwd|secret|token|cred|key|auth|cookie|sig|mnemonic/gi;
export const ASSIGNMENT_AT =
  /([A-Za-z_][A-Za-z0-9_.-]{0,79}(?: [A-Za-z][A-Za-z0-9_-]{0,30})?)(\\"|["'`]?)([ \t]{0,8}(?:=>|:=|\?=|=(?![=~])|:(?!:)|,)[ \t]{0,8})(\\"(?:[^"\\\n]|\\[^"\n]){0,512}(?:\\")?|"(?:[^"\\\n]|\\.){0,512}"?|'[^'\n]{0,512}'?|[^\s"'`,;&|)\]}>\\]{1,128})/y;
/** Characters of a name, and how far back from its keyword a name may start. */
export const NAME_CHAR = /[A-Za-z0-9_.-]/;
export const NAME_MAX = 80;
/** The longest unquoted value ASSIGNMENT_AT takes; a secret that long goes on to the next space. */
export const UNQUOTED_MAX = 128;

/** `<password>v</password>` and `<add key="Password" value="v"/>` (Maven, NuGet, .NET config). */
export const XML_VALUES =
  /<([A-Za-z][A-Za-z0-9_.:-]{0,63})>([^<\n]{1,512})<\/\1>|(<add[ \t]{1,8}key=")([^"]{1,64})("[ \t]{1,8}value=")([^"]{1,512})"/g;

/** ~/.netrc: `password VALUE` after a `machine` line. */
export const NETRC = /(\bpassword[ \t]{1,8})(?<=\bmachine[\s\S]{1,600})([^\s]{1,512})/g;

// ------------------------------------------------------------------ names

/** Split a name into lowercase words: `AWS_SECRET_ACCESS_KEY`, `apiKey`, `X-Api-Key`. */
function words(name: string): string[] {
  return name
    .slice(-80)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whole words that name a secret (`pass` but not `bypass`), and endings that do (`PGPASSWORD`, `csrftoken`, `-srcstorepass`). */
const SECRET_WORDS = new Set(['pass', 'pwd', 'cookie']);
const SECRET_ENDINGS =
  /(?:password|passwd|passphrase|passcode|secret|token|credentials?|apikey|secretkey|privatekey|accesskey|storepass|keypass|mnemonic)$/;
/** `<word> key` pairs that name a secret (`api key`, `account key`), and those that do not. */
const SECRET_KEY_OWNERS = new Set([
  'api',
  'secret',
  'private',
  'access',
  'account',
  'master',
  'signing',
  'encryption',
  'auth',
  'service',
  'app',
  'client',
  'license',
  'session',
  'subscription',
  'functions',
  'admin',
  'root',
  'webhook',
  'ingest',
  'consumer',
  'deploy',
  'write',
  'decryption',
  'hmac',
  'jwt',
  'cookie',
  'shared',
]);
const PUBLIC_KEY_OWNERS = new Set([
  'public',
  'publishable',
  'primary',
  'foreign',
  'sort',
  'partition',
  'cache',
  'idempotency',
  'routing',
  'lookup',
  'dedup',
  'dedupe',
  'object',
  'hash',
  'row',
  'composite',
  'unique',
  'index',
  'map',
  'react',
  'i18n',
  'translation',
  'storage',
  'bucket',
  'file',
  'key',
]);

/**
 * 'always': any non-empty value is a secret (`DB_PASSWORD`, `client_secret`);
 * 'if-random': only a value that looks random (`SIG`, `DEEPL_KEY`); 'no'.
 */
export function secretName(name: string): 'always' | 'if-random' | 'no' {
  const w = words(name);
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (!last) return 'no';
  if (SECRET_WORDS.has(last) || SECRET_ENDINGS.test(last)) return 'always';
  if (last === 'auth' && w.length === 1) return 'always'; // .npmrc `_auth`, docker config `"auth"`
  if (last === 'base' && prev === 'key' && w[w.length - 3] === 'secret') return 'always'; // SECRET_KEY_BASE
  if (last === 'key') {
    if (prev && SECRET_KEY_OWNERS.has(prev)) return 'always';
    if (!prev || PUBLIC_KEY_OWNERS.has(prev)) return 'no';
    return 'if-random';
  }
  if (last === 'signature' || last === 'sig') return 'if-random';
  return 'no';
}

/**
 * Looks random enough to be a credential: 12 characters or more of a token
 * alphabet, with letters and digits (`created_at`, `v2:users:list` are not).
 */
export function looksRandom(v: string): boolean {
  return v.length >= 12 && /^[A-Za-z0-9+/=_.~%:-]+$/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}

/**
 * A credential after `Bearer`/`Basic`/`Token`, not prose: whatever follows `Bearer`
 * but the words that describe it (`Bearer authentication`); after `Basic` or
 * `Token`, something that is not an English word (`Basic authentication`).
 */
export function looksLikeCredential(scheme: string, v: string): boolean {
  if (/^bearer$/i.test(scheme))
    return !/^(?:authentication|authorization|tokens?|scheme|header|credentials?|auth)\b/i.test(v);
  if (/^[A-Za-z][a-z]*[.,;:]?$/.test(v)) return false;
  return /[0-9+/=_~.-]/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v));
}

/**
 * A value that names a secret without holding it: a variable or template
 * (`$DB_PASSWORD`, `${{ secrets.X }}`, `{{ vault_x }}`, `%PASS%`, `<your-key>`),
 * a keyword or type (`null`, `string`), a mask (`***`), or text already redacted.
 */
export function isPlaceholder(v: string): boolean {
  return (
    /\.\*|\.\+|\\[sSwWdD]/.test(v) || // a pattern (`sed 's/password=.*/…/'`), not a value
    // `${VAR}` and `${VAR:-}` name a secret (a rule may cut the `}`); Spring's `${VAR:literal}` holds one
    /^(?:\[?REDACTED\b|\$\{[A-Za-z_][\w.]*(?::-?)?\}?$|\$\{\{|\$\(|\{\{|\$\$|%[A-Za-z_][A-Za-z0-9_]*%$|<[^<>]{1,64}>$|\*+$|x{3,}$|\.{3}$|\$[A-Z_][A-Z0-9_]*$)/.test(
      v,
    ) ||
    /^(?:\$\d+|\?|[:@][A-Za-z_]\w*)$/.test(v) || // SQL parameters: `token = $1`, `= ?`, `= :token`
    /^(?:null|nil|none|true|false|yes|no|undefined|string|number|boolean|bool|str|int|any|unknown|object|bytes|secretstr|optional\[str\])$/i.test(
      v,
    )
  );
}

const KEYWORDS = /^(?:await|new|typeof|function|async|yield|this|self|lambda|require|import|super|not|def|fn|func)$/;

/**
 * An unquoted value that is code, not a literal: a call, an index, a keyword,
 * a member chain or a plain name followed by `,` `;` `)` `}` (`password: hashed,`,
 * `token = await getToken()`, `secret = config.secret`, `api_key = os.environ[…]`).
 * `code` says the separator reads like code (spaced `=`, or `:`); an unspaced `=`
 * followed by `;` is a connection string (`Password=x;`), not code.
 */
export function isCode(value: string, next: string, code: boolean): boolean {
  if (/^[{[(]/.test(value)) return true; // a structure (`type C = { password: string }`), not a literal
  const m = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(value);
  if (!m) return false;
  const rest = value.slice(m[0].length);
  if (rest !== '') return /^[([]/.test(rest);
  if (KEYWORDS.test(m[0])) return true;
  return (code ? /^[,;)}\]([]/ : /^[,)([]/).test(next) || (code && m[0].includes('.'));
}
