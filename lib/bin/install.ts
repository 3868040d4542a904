/**
 * `install.mjs [install|uninstall|restore [RUN]|prune|backups|stats] [options]`:
 * syncs the 2L pack into ~/.claude (or CLAUDE_CONFIG_DIR, or --target).
 * The command is lib/install/cli.ts; this entry adds the pack's root and
 * holds off signals until the run is done.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { logSignal, main } from '../install/cli.ts';
import { runMain } from '../shared/cli.ts';

/** The bundle is `<pack>/dist/install.mjs`. */
const PACK_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The run is synchronous, so Ctrl-C, `kill` or a closed terminal (SIGHUP, whose
// default would end the process between two files) cannot cut it short: with
// these handlers the signal is only delivered once main() is done, and turns
// into exit 130. Two loop turns are kept alive for it: on Node 20 a signal
// raised during the synchronous run reached the handler on the second turn.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const onSignal = (sig: NodeJS.Signals) => {
  process.exitCode = 130;
  process.stderr.write(`install: ${sig}: the run was finished first, so no file is half-written\n`);
  logSignal(sig);
};

function finishFirst(run: () => number): number {
  for (const sig of SIGNALS) process.on(sig, onSignal);
  setImmediate(() => setImmediate(() => SIGNALS.forEach((sig) => process.off(sig, onSignal))));
  return run();
}

runMain('install', import.meta.url, (argv) => finishFirst(() => main(argv, process.env, PACK_ROOT)));
