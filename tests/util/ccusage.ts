/**
 * Runs ccusage 20.0.24 offline over a folder of Claude
 * Code data: `--offline` keeps it on its embedded price table (no fetch from
 * LiteLLM), and HOME / CLAUDE_CONFIG_DIR point only at the test's files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './claude.ts';
import { run } from './run.ts';

export const CCUSAGE = path.join(ROOT, 'node_modules', '.bin', 'ccusage');

export interface CcusageSession {
  period: string;
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  totalCost: number;
  modelsUsed: string[];
}

/** `ccusage session --json --offline` over `<home>/.claude` (or `configDir`), by session id. */
export async function ccusageSessions(
  home: string,
  configDir = path.join(home, '.claude'),
): Promise<Map<string, CcusageSession>> {
  if (!fs.existsSync(CCUSAGE))
    throw new Error(
      'ccusage is not installed: it stays out of the lockfile (its missing darwin/win32 packages break npm ci); ' +
        'scripts/test-all.sh installs it, or run `npm install --no-save ccusage@20.0.24`',
    );
  const r = await run(CCUSAGE, ['session', '--json', '--offline', '--timezone', 'UTC'], {
    cwd: home,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      CLAUDE_CONFIG_DIR: configDir,
      // A proxy that refuses everything: a fetch for prices would fail loudly instead of reaching out.
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_COLOR: '1',
    },
    timeoutMs: 60_000,
  });
  if (r.code !== 0) throw new Error(`ccusage exited ${r.code}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { session: CcusageSession[] };
  return new Map(out.session.map((s) => [s.period, s]));
}
