/**
 * The installer's arguments, in-process: argv to a command and its options,
 * bad arguments as UsageErrors (exit 2). tests/bin/install.test.ts runs the
 * built command for the exit codes and output.
 */
import os from 'node:os';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError } from '../../lib/shared/cli.ts';
import { parseInstallArgs, type Invocation } from '../../lib/install/cli.ts';

const PACK = '/pack';
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseInstallArgs(argv, env, PACK);

const ok = suite('parseInstallArgs: what runs');
// [argv, env, command, the options that differ from a plain install]
const cases: Array<
  [
    string[],
    NodeJS.ProcessEnv,
    Invocation['command'],
    Partial<Invocation['opts']>,
    Partial<Omit<Invocation, 'opts' | 'command'>>,
  ]
> = [
  [[], {}, 'install', {}, {}],
  [[], { CLAUDE_CONFIG_DIR: '/cfg' }, 'install', { target: '/cfg' }, {}],
  [
    ['--target', '/t', '--dry-run', '--keep-mine', '--force', '--statusline', '--keep', '3'],
    {},
    'install',
    { target: '/t', dryRun: true, keepMine: true, force: true, statusline: true, keep: 3 },
    {},
  ],
  [['--check', '--json', '-q', '-v'], {}, 'install', {}, { check: true, json: true, quiet: true, verbose: true }],
  [['uninstall'], {}, 'uninstall', {}, {}],
  [['restore'], {}, 'restore', {}, {}],
  [['restore', '2026'], {}, 'restore', { run: '2026' }, {}],
  [['prune', '--keep', '1'], {}, 'prune', { keep: 1 }, {}],
  [['--update', '--max-age', '0', '--warn-size', '5'], {}, 'install', { update: true, maxAgeDays: 0, warnMib: 5 }, {}],
  [['prune', '--max-age', '7'], {}, 'prune', { maxAgeDays: 7 }, {}],
  [['stats', '--json'], {}, 'stats', {}, { json: true }],
  [['backups', '--json'], {}, 'backups', {}, { json: true }],
];
for (const [argv, env, command, opts, flags] of cases) {
  ok(`${argv.join(' ') || '(nothing)'}${env.CLAUDE_CONFIG_DIR ? ' with CLAUDE_CONFIG_DIR' : ''}`, () => {
    assert.equal(parse(argv, env), {
      command,
      opts: {
        packRoot: PACK,
        target: path.join(os.homedir(), '.claude'),
        dryRun: false,
        keepMine: false,
        force: false,
        statusline: false,
        keep: 10,
        maxAgeDays: 30,
        warnMib: 50,
        update: false,
        fs: undefined,
        run: undefined,
        ...opts,
      },
      check: false,
      json: false,
      quiet: false,
      verbose: false,
      ...flags,
    });
  });
}
ok('--help (also with other arguments): undefined, the help is printed', () => {
  assert.is(parse(['--help']), undefined);
  assert.is(parse(['uninstall', '-h']), undefined);
});
ok('TWOL_INSTALL_FAULT swaps in the fault-injecting fs', () => {
  assert.ok(parse([], { TWOL_INSTALL_FAULT: 'error:3' })?.opts.fs);
  assert.is(parse([], { TWOL_INSTALL_FAULT: 'nonsense' })?.opts.fs, undefined);
});
ok.run();

const bad = suite('parseInstallArgs: bad arguments are usage errors');
const badCases: Array<[string[], string]> = [
  [['--nope'], 'unknown option `--nope` (see --help)'],
  [['--keep'], 'option `--keep` needs a value (see --help)'],
  [['frobnicate'], 'unknown command `frobnicate` (expected one of install, uninstall, restore, prune, backups, stats)'],
  [
    ['uninstall', 'x'],
    'unknown command `uninstall x` (expected one of install, uninstall, restore, prune, backups, stats)',
  ],
  [
    ['restore', 'a', 'b'],
    'unknown command `restore a b` (expected one of install, uninstall, restore, prune, backups, stats)',
  ],
  [['--keep', '0'], '`--keep` must be a whole number of at least 1, got `0`'],
  [['--keep', '1.5'], '`--keep` must be a whole number of at least 1, got `1.5`'],
  [['--target', ''], '`--target` is empty'],
  [['uninstall', '--update'], '`--update` goes with install, not `uninstall`'],
  [['--max-age=-1'], '`--max-age` must be a whole number, got `-1`'],
  [['--max-age', '1e3'], '`--max-age` must be a whole number, got `1e3`'],
  [['--warn-size', 'lots'], '`--warn-size` must be a whole number, got `lots`'],
];
for (const [argv, message] of badCases) {
  bad(argv.join(' '), () => {
    const usage = (err: unknown) => err instanceof UsageError && err.exitCode === 2 && err.message === message;
    assert.throws(() => parse(argv), usage, `a UsageError (exit 2): ${message}`);
  });
}
bad.run();
