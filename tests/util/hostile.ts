/**
 * What a hostile repository can plant where 2L expects a file of its own: git
 * keeps symbolic links (to `~/.bashrc`, to `/dev/zero`, dangling ones), and a
 * checkout script or archive can leave a FIFO. Each plant names the refusal
 * 2L must answer with.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './claude.ts';

/** Text that must never show up in 2L's output: it lives outside the project. */
export const SECRET = 'SECRET-outside-the-project';

/** A folder outside the project holding `bashrc`, the file an attack aims at. */
export function victim(): { dir: string; file: string; content: string; unchanged(): boolean } {
  const dir = tempDir('victim');
  const file = path.join(dir, 'bashrc');
  // A valid event line, so a reader that follows the link would count and print it.
  const content = `${JSON.stringify({ timestamp: new Date().toISOString(), event_type: 'tool_complete', phase: 'unknown', agent_id: 'main', data: SECRET, v: 1, source: 'hook', session_id: 's1', tool_name: 'Read', duration_ms: 5 })}\n`;
  fs.writeFileSync(file, content);
  return {
    dir,
    file,
    content,
    unchanged: () => fs.readFileSync(file, 'utf8') === content && fs.readdirSync(dir).join() === 'bashrc',
  };
}

export interface Plant {
  name: string;
  plant(at: string, outside: ReturnType<typeof victim>): void;
  /** How 2L words the refusal. */
  refused: RegExp;
  /** A reader that follows it never finishes: test it only in a child process with a kill timer. */
  hangs?: true;
}

export const SYMLINK = /is a symbolic link; 2L never follows links inside a project/;
export const NOT_REGULAR = /is not a regular file/;

export const PLANTS: Plant[] = [
  { name: 'a link to a file outside the project', plant: (at, v) => fs.symlinkSync(v.file, at), refused: SYMLINK },
  {
    name: 'a dangling link',
    plant: (at, v) => fs.symlinkSync(path.join(v.dir, 'created-through-the-link'), at),
    refused: SYMLINK,
  },
  { name: 'a link to /dev/zero', plant: (at) => fs.symlinkSync('/dev/zero', at), refused: SYMLINK, hangs: true },
  { name: 'a link to /dev/null', plant: (at) => fs.symlinkSync('/dev/null', at), refused: SYMLINK },
  { name: 'a FIFO', plant: (at) => execFileSync('mkfifo', [at]), refused: NOT_REGULAR, hangs: true },
];

/** A plain `lstat` read of a file that must not be followed: its text when it is a regular file. */
export function readIfRegular(file: string): string {
  try {
    return fs.lstatSync(file).isFile() ? fs.readFileSync(file, 'utf8') : '';
  } catch {
    return '';
  }
}
