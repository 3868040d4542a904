/**
 * Hides a password given on our own command line (`--url postgresql://u:pw@…`)
 * from other processes. On Linux `ps` and /proc/<pid>/cmdline read the
 * process's original argv memory, which reassigning `process.argv` does not
 * touch; setting `process.title` overwrites that memory (libuv), so that is
 * what is done, with every URL password and `password=` value redacted.
 * Imported first by an entry that takes a URL, it runs as soon as the bundle
 * starts. It cannot hide what came before: the first milliseconds of this
 * process, or the shell line that started it (Claude Code's `!` line holds
 * the arguments for the whole run), which is why `--url -` and DATABASE_URL exist.
 */
import path from 'node:path';
import { redactUrlText } from './url.ts';

/** Redact `argv` into the process title; true when there was something to hide. */
export function hideArgvSecrets(argv: readonly string[] = process.argv): boolean {
  const shown = argv.map(redactUrlText);
  if (shown.every((a, i) => a === argv[i])) return false;
  process.title = [path.basename(shown[0] ?? 'node'), ...shown.slice(1)].join(' ');
  return true;
}

hideArgvSecrets();
