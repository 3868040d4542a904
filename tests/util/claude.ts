/**
 * Runs the real Claude Code CLI (npm `@anthropic-ai/claude-code`) offline
 * against a FakeApi, in a throwaway HOME.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type Ran } from './run.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The CLI versions the e2e suites run against: the current release and the
 * oldest one the pack supports (README, "Claude Code versions").
 */
export const CLAUDE_VERSIONS = { current: '2.1.332', floor: '2.1.197' } as const;
export type ClaudeChoice = keyof typeof CLAUDE_VERSIONS;

/** `TWOL_CLAUDE=current|floor` picks the CLI; current when unset. */
export function claudeChoice(env: NodeJS.ProcessEnv = process.env): ClaudeChoice {
  const v = env.TWOL_CLAUDE ?? 'current';
  if (v !== 'current' && v !== 'floor')
    throw new Error(`TWOL_CLAUDE must be current or floor, not ${JSON.stringify(v)}`);
  return v;
}

/** The version `claudeBin()` runs, for tests whose expectations differ between versions. */
export function claudeVersion(): string {
  return CLAUDE_VERSIONS[claudeChoice()];
}

/** The platform binary; the package's own bin shim needs a postinstall we do not run. */
export function claudeBin(choice: ClaudeChoice = claudeChoice()): string {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  // The floor is the plain devDependency; the current release is aliased as claude-code-current.
  const base =
    choice === 'floor'
      ? path.join(ROOT, 'node_modules')
      : path.join(ROOT, 'node_modules', 'claude-code-current', 'node_modules');
  const candidates = [
    path.join(base, '@anthropic-ai', `claude-code-${process.platform}-${arch}`, 'claude'),
    path.join(base, '@anthropic-ai', `claude-code-${process.platform}-${arch}-musl`, 'claude'),
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`Claude Code binary not found; run npm ci (looked in ${candidates.join(', ')})`);
  return found;
}

export type RunResult = Ran;

export interface RunOptions {
  cwd: string;
  home: string;
  apiUrl?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function claudeEnv(
  home: string,
  apiUrl = 'http://127.0.0.1:9',
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    USER: process.env.USER ?? 'test',
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    ANTHROPIC_API_KEY: 'sk-test-offline',
    ANTHROPIC_BASE_URL: apiUrl,
    DISABLE_AUTOUPDATER: '1',
    DISABLE_TELEMETRY: '1',
    DISABLE_ERROR_REPORTING: '1',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    // The hook collector a session starts leaves soon after its last event, so settledEvents can wait for it.
    TWOL_COLLECTOR_IDLE_MS: '500',
    // A spool (and so a collector) per test HOME: tests never share one, nor touch the user's own.
    XDG_RUNTIME_DIR: path.join(home, '.run'),
    ...extra,
  };
  return env;
}

export function runClaude(args: string[], opts: RunOptions): Promise<RunResult> {
  return run(claudeBin(), args, {
    cwd: opts.cwd,
    env: claudeEnv(opts.home, opts.apiUrl, opts.env),
    timeoutMs: opts.timeoutMs ?? 90_000,
  });
}

/** Folders tempDir made in this process: removed when it exits, unless TWOL_KEEP_TEMP=1 (to look at them). */
const made: string[] = [];
process.once('exit', () => {
  if (process.env.TWOL_KEEP_TEMP === '1') return;
  for (const dir of made)
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* something of it is not ours to remove: left */
    }
});

/**
 * A fresh folder in the temp folder. A whole test run made about 1.7 GB of them; left behind run after run,
 * they once filled the machine's disk and failed a CI run, so they go when the test file ends.
 */
export function tempDir(prefix: string): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `2l-${prefix}-`)));
  made.push(dir);
  return dir;
}
