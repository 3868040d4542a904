/**
 * The proof that an installed pack works, however it was installed: a session with
 * tool calls logs its events at the project, the status command reports on them,
 * and no hook left an error (or any output) in the transcript or on stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import { ROOT, claudeEnv } from './claude.ts';
import { startFakeApi } from './fake-anthropic.ts';
import { settledEvents } from './events.ts';
import { hookAttachments, sentText } from './fresh-clone.ts';
import { run } from './run.ts';

/** The CLIs under test: the current release and the floor (the plain devDependency). */
export const CLIS = {
  '2.1.332': path.join(ROOT, 'node_modules', 'claude-code-current', 'node_modules'),
  '2.1.197': path.join(ROOT, 'node_modules'),
} as const;
export type CliVersion = keyof typeof CLIS;

export function cliBin(version: CliVersion): string {
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const bin = path.join(CLIS[version], '@anthropic-ai', `claude-code-${process.platform}-${arch}`, 'claude');
  if (!fs.existsSync(bin)) throw new Error(`Claude Code ${version} not found at ${bin}; run npm ci`);
  return bin;
}

export interface PackSession {
  version: CliVersion;
  home: string;
  project: string;
  /** `/2l:2l-status` for a plugin, `/2l-status` for an install into ~/.claude. */
  status: string;
  env?: Record<string, string>;
}

export function runCli(
  version: CliVersion,
  args: string[],
  o: { cwd: string; home: string; apiUrl?: string; env?: Record<string, string> },
) {
  return run(cliBin(version), args, { cwd: o.cwd, env: claudeEnv(o.home, o.apiUrl, o.env), timeoutMs: 90_000 });
}

export async function provePackWorks(s: PackSession): Promise<void> {
  const api = await startFakeApi([
    { tool: 'Bash', input: { command: 'echo one-from-tool', description: 'first' } },
    { tool: 'Bash', input: { command: 'echo two-from-tool', description: 'second' } },
    { text: 'all done' },
  ]);
  try {
    const o = { cwd: s.project, home: s.home, apiUrl: api.url, env: s.env };
    const r = await runCli(s.version, ['-p', 'run the tools', '--allowedTools', 'Bash'], o);
    assert.is(r.code, 0, r.stderr);
    assert.is(r.stdout.trim(), 'all done');
    const events = await settledEvents(s.project);
    const tools = events.filter((e) => e.tool_name === 'Bash').map((e) => e.event_type);
    assert.equal(tools, ['tool_start', 'tool_complete', 'tool_start', 'tool_complete'], JSON.stringify(events));
    const hooks = new Set(events.map((e) => e.hook));
    for (const h of ['SessionStart', 'UserPromptSubmit', 'Stop', 'SessionEnd']) assert.ok(hooks.has(h), `${h} logged`);

    const from = api.requests.length;
    const st = await runCli(s.version, ['-p', s.status], o);
    assert.is(st.code, 0, st.stderr);
    // The command's `!` output, as the model got it: from the report's title to the command's own text.
    const sent = sentText(api.requests, from);
    const report = /2L status · all events\n[\s\S]*?(?=\nAbove is the 2L status report)/.exec(sent)?.[0];
    assert.ok(report, sent.slice(0, 2000));
    // It covers the session before it: its two Bash calls, none failed; no stack trace in it.
    assert.match(report!, /\n {2}Bash +2 +0 %/);
    assert.not.match(report!, /Error|Cannot find module|node:internal/);

    assert.equal(hookAttachments(s.home), [], 'no hook output or hook error in the transcript');
    for (const out of [r.stderr, st.stderr]) assert.not.match(out, /hook|Cannot find module/i);
  } finally {
    await api.close();
  }
}
