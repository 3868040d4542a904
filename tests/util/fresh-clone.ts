/**
 * The pack as a new user gets it: a `git clone` of the committed HEAD (no npm step,
 * no node_modules, no build), and what a session leaves in Claude Code's transcripts.
 * Uncommitted changes are not in the clone, by design: what ships is what is committed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { jsonlLines } from './events.ts';
import { ROOT, tempDir } from './claude.ts';

function git(args: string[], cwd?: string): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/** A working clone of this checkout's HEAD in a new temp folder, named `2l-pack` as the README's clone line makes it. */
export function freshClone(): string {
  const dir = path.join(tempDir('clone'), '2l-pack');
  git(['clone', '-q', '--no-hardlinks', ROOT, dir]);
  if (fs.existsSync(path.join(dir, 'node_modules'))) throw new Error('the clone has node_modules');
  return dir;
}

/** A bare clone of HEAD at `<root>/<name>.git`, for serving over HTTP. */
export function bareClone(root: string, name: string): void {
  git(['clone', '-q', '--bare', ROOT, path.join(root, `${name}.git`)]);
}

/** Every transcript entry under `<home>/.claude/projects/`. */
export function transcriptEntries(home: string): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.jsonl')) for (const l of jsonlLines(p)) out.push(JSON.parse(l));
    }
  };
  walk(path.join(home, '.claude', 'projects'));
  return out;
}

/** Transcript attachments a hook left (its output or its error): ours print nothing, so any is a defect. */
export function hookAttachments(home: string): Array<Record<string, any>> {
  return transcriptEntries(home).filter(
    (t) => typeof t.attachment?.type === 'string' && t.attachment.type.startsWith('hook_'),
  );
}

/** Every text the CLI sent to the model from request `from` on (a command's `!` output is inlined there). */
export function sentText(requests: Array<Record<string, unknown>>, from = 0): string {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of requests.slice(from)) walk(r.messages);
  return texts.join('\n');
}
