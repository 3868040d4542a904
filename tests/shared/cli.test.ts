import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  SHARED_OPTIONS,
  UsageError,
  UserError,
  isMain,
  parseCliArgs,
  projectFromFlag,
  reportError,
  sinceFromFlag,
  unexpectedArgument,
} from '../../lib/shared/cli.ts';

/** The UsageError `fn` throws, or a failure. */
function usage(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    assert.instance(err, UsageError);
    return err as UsageError;
  }
  assert.unreachable('no UsageError');
  throw new Error('unreachable');
}

const parse = suite('cli: parseCliArgs words every parser error the same way');
const options = { json: SHARED_OPTIONS.json, help: SHARED_OPTIONS.help, timeout: { type: 'string' } } as const;
const wording: Array<[string[], string]> = [
  [['--bogus'], 'unknown option `--bogus` (see --help)'],
  [['-x'], 'unknown option `-x` (see --help)'],
  [['--timeout'], 'option `--timeout` needs a value (see --help)'],
  [['--timeout', '-1'], 'option `--timeout` needs a value (see --help)'],
  [['--json=yes'], 'option `--json` takes no value (see --help)'],
  [['--help=1'], 'option `--help` takes no value (see --help)'],
  [['stray'], 'unexpected argument (see --help)'],
];
for (const [args, message] of wording) {
  parse(args.join(' '), () => {
    const err = usage(() => parseCliArgs({ args, options }));
    assert.is(err.message, message);
    assert.is(err.exitCode, 2);
  });
}
parse('a long hostile option name is cut to a name', () => {
  assert.is(
    usage(() => parseCliArgs({ args: [`--${'x'.repeat(500)}`], options })).message,
    `unknown option \`--${'x'.repeat(40)}…\` (see --help)`,
  );
});
parse('an unknown option that is a URL never repeats its password, whole or cut', () => {
  const message = usage(() =>
    parseCliArgs({ args: ['--postgresql://app:hunter2-very-long-secret@db.example:5432/app'], options }),
  ).message;
  assert.is(message, 'unknown option `--postgresql…` (see --help)');
  assert.not.match(message, /hunter|app:/);
});
parse('good arguments pass through', () => {
  assert.equal(
    { ...parseCliArgs({ args: ['--json', '--timeout', '5'], options }).values },
    { json: true, timeout: '5' },
  );
});
parse.run();

const flags = suite('cli: the shared flags');
flags('unexpectedArgument names the argument, cut short, with the advice given', () => {
  assert.is(unexpectedArgument('now').message, 'unexpected argument `now` (see --help)');
  assert.is(unexpectedArgument('b', '; quote the data').message, 'unexpected argument `b`; quote the data');
  assert.is(unexpectedArgument('y'.repeat(200)).message, `unexpected argument \`${'y'.repeat(80)}\` (see --help)`);
});
flags('sinceFromFlag: a duration back from now, an ISO time, or a UsageError naming `--since`', () => {
  const now = new Date('2026-11-20T12:00:00.000Z');
  assert.is(sinceFromFlag(undefined, now), undefined);
  assert.is(sinceFromFlag('90m', now)!.toISOString(), '2026-11-20T10:30:00.000Z');
  assert.is(sinceFromFlag('2026-11-19T00:00:00Z', now)!.toISOString(), '2026-11-19T00:00:00.000Z');
  assert.is(
    usage(() => sinceFromFlag('yesterday', now)).message,
    '`--since`: `yesterday` is not a duration (use e.g. `15m`, `2h`, `1d`; bad part at `yesterday`)',
  );
});
const projects: Array<[string, string | undefined, NodeJS.ProcessEnv, string]> = [
  ['--project, relative to the current folder', 'sub/dir', { CLAUDE_PROJECT_DIR: '/elsewhere' }, '/work/here/sub/dir'],
  ['--project, absolute', '/abs/p', {}, '/abs/p'],
  ['CLAUDE_PROJECT_DIR when no flag', undefined, { CLAUDE_PROJECT_DIR: '/from/env/' }, '/from/env'],
  ['a relative CLAUDE_PROJECT_DIR is ignored', undefined, { CLAUDE_PROJECT_DIR: 'rel' }, '/work/here'],
  ['an empty CLAUDE_PROJECT_DIR is ignored', undefined, { CLAUDE_PROJECT_DIR: '' }, '/work/here'],
  [
    'an absurdly long CLAUDE_PROJECT_DIR is ignored',
    undefined,
    { CLAUDE_PROJECT_DIR: `/${'a'.repeat(5000)}` },
    '/work/here',
  ],
  ['neither: the current folder', undefined, {}, '/work/here'],
];
for (const [name, flag, env, expected] of projects)
  flags(`projectFromFlag: ${name}`, () => assert.is(projectFromFlag(flag, env, '/work/here'), expected));
flags('projectFromFlag: an empty or NUL-bearing --project is a UsageError', () => {
  for (const bad of ['', '  ', 'a\0b'])
    assert.is(usage(() => projectFromFlag(bad, {}, '/work/here')).message, '`--project` needs a folder');
});
flags.run();

const runner = suite('cli: one way to report');
runner('a UserError prints its message after the command name and gives its exit code', () => {
  let out = '';
  assert.is(
    reportError('demo', new UserError('cannot read `x`', 3), (s) => (out += s)),
    3,
  );
  assert.is(out, 'demo: cannot read `x`\n');
});
runner('anything else is an internal error with the stack, exit 1', () => {
  let out = '';
  const bug = new TypeError('undefined is not a function');
  assert.is(
    reportError('demo', bug, (s) => (out += s)),
    1,
  );
  assert.is(out, `demo: internal error: ${bug.stack}\n`);
});
runner('isMain: true only for the file Node was started with', () => {
  const self = path.join(process.cwd(), 'lib', 'shared', 'cli.ts');
  assert.ok(isMain(pathToFileURL(self).href, self));
  assert.not.ok(isMain(pathToFileURL(self).href, path.join(process.cwd(), 'lib', 'bin', 'status.ts')));
  assert.not.ok(isMain(pathToFileURL(self).href, undefined));
});
runner.run();
