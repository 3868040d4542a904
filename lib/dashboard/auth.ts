/**
 * Who may read a dashboard: whoever holds its secret. The port is open to every
 * local user, the log is not (0600), so each server draws a random secret at
 * start, records it in its 0600 state file and puts it in the URL it prints.
 * The page's first request trades `?token=` for an HttpOnly, SameSite=Strict
 * cookie; scripts (Prometheus) send it as a bearer header or `?token=`.
 * Pure apart from the random draw: request headers in, a yes or no out.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_PARAM = 'token';

/** 192 random bits, URL- and cookie-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Cookies ignore ports, so two dashboards on one host need two names. */
export function cookieName(port: number): string {
  return `twol_dashboard_${port}`;
}

/** Set-Cookie value for the page: no script can read it, no other site can send it. */
export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** The URL the user opens: the server's URL carrying the secret. */
export function withToken(url: string, token: string): string {
  return `${url}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

/** Constant-time comparison (for equal lengths; the length of our secret is no secret). */
export function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Every secret a request presents: its cookie, an `Authorization: Bearer`, a `?token=`. */
function presented(headers: IncomingHttpHeaders, query: URLSearchParams, port: number): string[] {
  const out: string[] = [];
  const cookie = cookieValue(headers.cookie, cookieName(port));
  if (cookie !== undefined) out.push(cookie);
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) out.push(bearer[1]!);
  const q = query.get(TOKEN_PARAM);
  if (q !== null) out.push(q);
  return out;
}

export function isAuthorized(
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
  port: number,
  token: string,
): boolean {
  // Every candidate is compared, so the time taken says nothing about which one was close.
  let ok = false;
  for (const given of presented(headers, query, port)) ok = sameSecret(given, token) || ok;
  return ok;
}

/**
 * Proof that a server knows the secret, without giving it away: the launcher
 * sends a fresh challenge to `/api/identity` and checks the answer, so a
 * program that took over the port after our server died cannot pass for it.
 */
export function identityProof(token: string, challenge: string): string {
  return createHmac('sha256', token).update(`2l-dashboard identity\n${challenge}`).digest('base64url');
}
