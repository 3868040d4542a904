/**
 * What 2L needs from the machine: Node 20 or later, and for the setup
 * commands `psql` (/2l-setup-db) and `npx` plus a Chrome (/2l-setup-mcps).
 * Found on PATH only: no program is started to ask its version.
 */
import { findPsql, localInstallHint } from '../db/psql-probe.ts';
import { findChrome, onPath } from '../mcp/prereqs.ts';
import { fail, ok, warn, type Check } from './report.ts';

export const MIN_NODE_MAJOR = 20;

export function nodeCheck(version = process.versions.node): Check {
  const major = Number(version.split('.')[0]);
  return major >= MIN_NODE_MAJOR
    ? ok('node', `Node ${version} (2L needs ${MIN_NODE_MAJOR} or later)`)
    : fail('node', `Node ${version} is too old`, `install Node ${MIN_NODE_MAJOR} or later (https://nodejs.org)`);
}

export function psqlCheck(env: NodeJS.ProcessEnv = process.env): Check {
  const psql = findPsql(env);
  if (!psql) return warn('psql', 'psql not found on PATH (/2l-setup-db needs it)', localInstallHint(env).text);
  if (psql.offPath)
    return warn('psql', `psql at ${psql.path}, not on PATH`, `add ${psql.path.replace(/\/psql$/, '')} to PATH`);
  return ok('psql', `psql at ${psql.path}`);
}

export function mcpCheck(env: NodeJS.ProcessEnv = process.env): Check {
  const npx = onPath('npx', env);
  const chrome = findChrome(env);
  if (!npx)
    return warn(
      'mcp',
      'npx not found on PATH (/2l-setup-mcps runs its servers with npx)',
      'install Node with npm, or put npx on PATH',
    );
  if (!chrome)
    return warn(
      'mcp',
      `npx at ${npx}; no Chrome or Chromium (the DevTools MCP server needs one)`,
      'install Google Chrome or Chromium, or skip that server in /2l-setup-mcps',
    );
  return ok('mcp', `npx at ${npx}; ${chrome.kind} at ${chrome.path}`);
}
