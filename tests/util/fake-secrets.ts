/**
 * Fake credentials with the shapes of real ones, for the redaction corpus in
 * tests/fixtures/redact/. The fixture holds templates (`{{kind}}`), never a
 * secret-shaped string, so no scanner flags the repository and no value can be
 * live: every value is drawn here from a seeded generator, the same on every run.
 */

/** mulberry32: small, seedable, good enough to pick characters. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;
const HEX = '0123456789abcdef';
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}_-`;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const DJANGO = `${LOWER}${DIGITS}!@#%^&*(-_=+)`;

type Pick = (alphabet: string, n: number) => string;

function b64Of(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** Base64 lines of a PEM/PGP body, 64 columns. */
function pemBody(pick: Pick, chars: number, eol = '\n'): string {
  const body = pick(B64, chars);
  return body.match(/.{1,64}/g)!.join(eol);
}

const KINDS: Record<string, (pick: Pick) => string> = {
  // provider tokens
  ghp: (p) => `ghp_${p(ALNUM, 36)}`,
  gho: (p) => `gho_${p(ALNUM, 36)}`,
  ghs: (p) => `ghs_${p(ALNUM, 36)}`,
  github_pat: (p) => `github_pat_11${p(UPPER + DIGITS, 20)}_${p(ALNUM, 59)}`,
  glpat: (p) => `glpat-${p(URLSAFE, 20)}`,
  sk_live: (p) => `sk_live_51${p(ALNUM, 97)}`,
  sk_live_short: (p) => `sk_live_${p(ALNUM, 24)}`,
  sk_test: (p) => `sk_test_${p(ALNUM, 24)}`,
  rk_live: (p) => `rk_live_${p(ALNUM, 24)}`,
  whsec: (p) => `whsec_${p(ALNUM, 32)}`,
  aiza: (p) => `AIza${p(ALNUM + '_-', 35)}`,
  ya29: (p) => `ya29.a0${p(URLSAFE, 120)}`,
  gocspx: (p) => `GOCSPX-${p(URLSAFE, 28)}`,
  slack_bot: (p) => `xoxb-${p(DIGITS, 12)}-${p(DIGITS, 13)}-${p(ALNUM, 24)}`,
  slack_user: (p) => `xoxp-${p(DIGITS, 12)}-${p(DIGITS, 12)}-${p(DIGITS, 13)}-${p(HEX, 32)}`,
  slack_webhook: (p) =>
    `https://hooks.slack.com/services/T${p(UPPER + DIGITS, 8)}/B${p(UPPER + DIGITS, 10)}/${p(ALNUM, 24)}`,
  discord_webhook: (p) => `https://discord.com/api/webhooks/${p(DIGITS, 18)}/${p(URLSAFE, 68)}`,
  npm: (p) => `npm_${p(ALNUM, 36)}`,
  hf: (p) => `hf_${p(LOWER + UPPER, 34)}`,
  sendgrid: (p) => `SG.${p(URLSAFE, 22)}.${p(URLSAFE, 43)}`,
  aws_id: (p) => `AKIA${p(BASE32, 16)}`,
  asia: (p) => `ASIA${p(BASE32, 16)}`,
  aws_secret: (p) => p(ALNUM + '+/', 40),
  aws_session: (p) => `IQoJb3JpZ2luX2Vj${p(B64, 300)}`,
  azure_key: (p) => `${p(B64, 86)}==`,
  openai: (p) => `sk-proj-${p(URLSAFE, 74)}T3BlbkFJ${p(URLSAFE, 74)}`,
  anthropic: (p) => `sk-ant-api03-${p(URLSAFE, 93)}AA`,
  jwt: (p) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${p(URLSAFE, 60)}.${p(URLSAFE, 43)}`,
  telegram: (p) => `${p(DIGITS, 10)}:AA${p(URLSAFE, 33)}`,
  twilio_sk: (p) => `SK${p(HEX, 32)}`,
  shopify: (p) => `shpat_${p(HEX, 32)}`,
  do_pat: (p) => `dop_v1_${p(HEX, 64)}`,
  databricks: (p) => `dapi${p(HEX, 32)}`,
  vault: (p) => `hvs.${p(URLSAFE, 90)}`,
  pypi: (p) => `pypi-AgEIcHlwaS5vcmc${p(URLSAFE, 70)}`,
  doppler: (p) => `dp.pt.${p(ALNUM, 43)}`,
  linear: (p) => `lin_api_${p(ALNUM, 40)}`,
  age: (p) => `AGE-SECRET-KEY-1${p(BECH32, 58)}`,
  supabase_pat: (p) => `sbp_${p(HEX, 40)}`,
  groq: (p) => `gsk_${p(ALNUM, 52)}`,
  dckr_pat: (p) => `dckr_pat_${p(URLSAFE, 27)}`,
  sntryu: (p) => `sntryu_${p(HEX, 64)}`,
  grafana_sa: (p) => `glsa_${p(ALNUM, 32)}_${p(HEX, 8)}`,
  postman: (p) => `PMAK-${p(HEX, 24)}-${p(HEX, 34)}`,
  figma: (p) => `figd_${p(URLSAFE, 40)}`,
  replicate: (p) => `r8_${p(ALNUM, 37)}`,
  tailscale: (p) => `tskey-auth-${p(ALNUM, 12)}-${p(ALNUM, 32)}`,
  atlassian: (p) => `ATATT3xFfGF0${p(URLSAFE, 180)}`,
  mailgun: (p) => `key-${p(HEX, 32)}`,
  // free-form secrets whose only tell is their context
  hex32: (p) => p(HEX, 32),
  hex40: (p) => p(HEX, 40),
  hex64: (p) => p(HEX, 64),
  hex128: (p) => p(HEX, 128),
  alnum20: (p) => p(ALNUM, 20),
  alnum24: (p) => p(ALNUM, 24),
  alnum32: (p) => p(ALNUM, 32),
  alnum40: (p) => p(ALNUM, 40),
  alnum48: (p) => p(ALNUM, 48),
  alnum64: (p) => p(ALNUM, 64),
  b64_20: (p) => `${p(B64, 18)}/+`,
  b64_32: (p) => `${p(B64, 43)}=`,
  b64_64: (p) => p(B64, 64),
  uuid: (p) => `${p(HEX, 8)}-${p(HEX, 4)}-4${p(HEX, 3)}-a${p(HEX, 3)}-${p(HEX, 12)}`,
  django50: (p) => p(DJANGO, 50),
  basic_b64: (p) => b64Of(`${p(LOWER, 6)}:${p(ALNUM, 14)}`),
  human_pw: (p) => `${p(UPPER, 1)}${p(LOWER, 6)}${p(DIGITS, 2)}!${p(LOWER, 3)}`,
  // key blocks
  rsa_block: (p) =>
    `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${pemBody(p, 1560)}\n-----END RSA PRIVATE KEY-----`,
  pkcs8_block: (p) =>
    `-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${pemBody(p, 1600)}\n-----END PRIVATE KEY-----`,
  pkcs8_escaped: (p) =>
    `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${pemBody(p, 1600, '\\n')}\\n-----END PRIVATE KEY-----\\n`,
  openssh_block: (p) =>
    `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${pemBody(p, 300)}\n-----END OPENSSH PRIVATE KEY-----`,
  ec_block: (p) => `-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEI${pemBody(p, 160)}\n-----END EC PRIVATE KEY-----`,
  encrypted_block: (p) =>
    `-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI${pemBody(p, 1700)}\n-----END ENCRYPTED PRIVATE KEY-----`,
  pgp_block: (p) =>
    `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBG${pemBody(p, 1200)}\n=${p(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
  // look-alikes: shapes that must survive
  sha1: (p) => p(HEX, 40),
  sha256: (p) => p(HEX, 64),
  gitsha: (p) => p(HEX, 40),
  gitsha7: (p) => p(HEX, 7),
  b64_16: (p) => `${p(B64, 22)}==`,
  b64_27: (p) => `${p(B64, 27)}`,
  b64_43: (p) => p(B64, 43),
  b64_86: (p) => p(B64, 86),
  b64_300: (p) => p(B64, 300),
  b64_img: (p) => `iVBORw0KGgoAAAANSUhEUgAA${p(B64, 600)}`,
  cert_body: (p) => pemBody(p, 1100),
  bcrypt: (p) => `$2b$12$${p(`${ALNUM}./`, 53)}`,
};

export const FAKE_KINDS = Object.keys(KINDS);

/**
 * Expand `{{kind}}` (a fresh value) and `{{kind:name}}` (the same value each
 * time `name` recurs) in `template`. In a secret's template (`secret` true)
 * `[[text]]` marks a literal secret, and every value returned in `secrets` must
 * not survive redaction; a look-alike's template is taken literally apart from
 * `{{kind}}` (its `[[package]]` is TOML, not a marker).
 */
export function expand(template: string, seed: number, secret: boolean): { text: string; secrets: string[] } {
  const random = rng(seed);
  const pick: Pick = (alphabet, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
    return s;
  };
  const named = new Map<string, string>();
  const secrets: string[] = [];
  const marker = secret
    ? /\{\{([a-z0-9_]+)(?::([a-z0-9]+))?\}\}|\[\[([^\]]+)\]\]/g
    : /\{\{([a-z0-9_]+)(?::([a-z0-9]+))?\}\}()/g;
  const text = template.replace(marker, (_m, kind?: string, name?: string, literal?: string) => {
    if (literal) {
      secrets.push(literal);
      return literal;
    }
    const make = KINDS[kind!];
    if (!make) throw new Error(`unknown fake-secret kind \`${kind}\` in ${JSON.stringify(template)}`);
    const value = name && named.has(name) ? named.get(name)! : make(pick);
    if (name) named.set(name, value);
    if (secret && !secrets.includes(value)) secrets.push(value);
    return value;
  });
  return { text, secrets };
}
