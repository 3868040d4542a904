import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  cookieName,
  identityProof,
  isAuthorized,
  newToken,
  sameSecret,
  sessionCookie,
  withToken,
} from '../../lib/dashboard/auth.ts';

const TOKEN = newToken();
const PORT = 8081;
const q = (s = '') => new URLSearchParams(s);

const who = suite('isAuthorized: a cookie, a bearer header or ?token= with the exact secret');
const cases: Array<[string, Record<string, string>, string, boolean]> = [
  ['nothing', {}, '', false],
  ['our cookie', { cookie: `${cookieName(PORT)}=${TOKEN}` }, '', true],
  ['our cookie among others', { cookie: `a=1; ${cookieName(PORT)}=${TOKEN}; b=2` }, '', true],
  ["another port's cookie", { cookie: `${cookieName(PORT + 1)}=${TOKEN}` }, '', false],
  ['a cookie name that only ends like ours', { cookie: `x${cookieName(PORT)}=${TOKEN}` }, '', false],
  ['bearer', { authorization: `Bearer ${TOKEN}` }, '', true],
  ['bearer, any case', { authorization: `bearer ${TOKEN}` }, '', true],
  ['basic', { authorization: `Basic ${TOKEN}` }, '', false],
  ['query', {}, `token=${TOKEN}`, true],
  ['query, one character off', {}, `token=${TOKEN.slice(0, -1)}${TOKEN.endsWith('x') ? 'y' : 'x'}`, false],
  ['query, a prefix', {}, `token=${TOKEN.slice(0, 16)}`, false],
  ['query, empty', {}, 'token=', false],
  ['a wrong cookie does not spoil a right query', { cookie: `${cookieName(PORT)}=nope` }, `token=${TOKEN}`, true],
];
for (const [name, headers, query, ok] of cases)
  who(`${name} -> ${ok}`, () => assert.is(isAuthorized(headers, q(query), PORT, TOKEN), ok));
who.run();

const parts = suite('secret, cookie, link, proof');
parts('192 random bits, URL- and cookie-safe, new each time', () => {
  const a = newToken();
  assert.match(a, /^[A-Za-z0-9_-]{32}$/);
  assert.is.not(a, newToken());
});
parts('the cookie no script reads and no other site sends', () => {
  assert.is(sessionCookie(PORT, 'abc'), 'twol_dashboard_8081=abc; HttpOnly; SameSite=Strict; Path=/');
});
parts('the link', () => assert.is(withToken('http://127.0.0.1:8081/', 'a-b_c'), 'http://127.0.0.1:8081/?token=a-b_c'));
parts('sameSecret', () => {
  assert.ok(sameSecret('abc', 'abc'));
  assert.not.ok(sameSecret('abd', 'abc'));
  assert.not.ok(sameSecret('ab', 'abc'));
});
parts('the proof depends on the secret and the challenge, and does not contain the secret', () => {
  const p = identityProof(TOKEN, 'c1');
  assert.is(p, identityProof(TOKEN, 'c1'));
  assert.is.not(p, identityProof(TOKEN, 'c2'));
  assert.is.not(p, identityProof(newToken(), 'c1'));
  assert.not.ok(p.includes(TOKEN));
});
parts.run();
