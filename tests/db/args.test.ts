import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HELP, type SetupArgs, parseSetupArgs } from '../../lib/db/args.ts';
import { EXIT_HELP } from '../../lib/db/report.ts';
import { UsageError } from '../../lib/shared/cli.ts';

const DEFAULTS: SetupArgs = {
  help: false,
  json: false,
  project: undefined,
  url: undefined,
  urlFrom: 'flag',
  check: false,
  fresh: false,
  allowPsql: false,
  timeoutS: 5,
};

const good = suite('parseSetupArgs: accepted');
const accepted: Array<[string, string[], Partial<SetupArgs>]> = [
  ['nothing', [], {}],
  [
    'every flag',
    [
      '--check',
      '--fresh',
      '--allow-psql',
      '--json',
      '--timeout',
      '300',
      '--project',
      'p',
      '--url',
      'postgresql://u@h/d',
    ],
    { check: true, fresh: true, allowPsql: true, json: true, timeoutS: 300, project: 'p', url: 'postgresql://u@h/d' },
  ],
  ['--url - reads stdin', ['--url', '-'], { urlFrom: 'stdin' }],
  ['--url=URL', ['--url=postgresql://u@h/d'], { url: 'postgresql://u@h/d' }],
  ['the shortest timeout', ['--timeout', '2'], { timeoutS: 2 }],
  ['-h', ['-h'], { help: true }],
  ['--help wins over a bad --timeout', ['--help', '--timeout', '0'], { help: true, timeoutS: 0 }],
];
for (const [name, argv, want] of accepted)
  good(name, () => assert.equal(parseSetupArgs(argv), { ...DEFAULTS, ...want }));
good('the help documents --project and every exit code', () => {
  assert.match(HELP, /^ {2}--project DIR {2}/m);
  assert.ok(HELP.endsWith(EXIT_HELP));
});
good.run();

const bad = suite('parseSetupArgs: refused with exit 2');
const refused: Array<[string, string[], string]> = [
  ['timeout 1', ['--timeout', '1'], '`--timeout` must be a whole number of seconds from 2 to 300'],
  ['timeout 301', ['--timeout', '301'], '`--timeout` must be a whole number of seconds from 2 to 300'],
  ['timeout 2.5', ['--timeout', '2.5'], '`--timeout` must be a whole number of seconds from 2 to 300'],
  ['timeout empty', ['--timeout', ''], '`--timeout` must be a whole number of seconds from 2 to 300'],
  ['an unknown option', ['--bogus'], 'unknown option `--bogus` (see --help)'],
  ['--url without its value', ['--url'], 'option `--url` needs a value (see --help)'],
  ['a positional URL', ['postgresql://u:pw@h/d'], 'unexpected argument (see --help)'],
  ['an unknown option that is a URL', ['--postgresql://u:pw@h/d'], 'unknown option `--postgresql…` (see --help)'],
];
for (const [name, argv, message] of refused) {
  bad(name, () => {
    try {
      parseSetupArgs(argv);
      assert.unreachable('should throw');
    } catch (err) {
      assert.instance(err, UsageError);
      assert.is((err as UsageError).exitCode, 2);
      assert.is((err as UsageError).message, message);
    }
  });
}
// The shared parser names at most 60 characters of the argument: redacting its
// message would miss a password whose closing `@` was cut off.
bad('no piece of a long password in the message', () => {
  const secret = `Sec-${'r'.repeat(70)}`;
  try {
    parseSetupArgs([`--postgresql://u:${secret}@h/d`]);
    assert.unreachable('should throw');
  } catch (err) {
    assert.instance(err, UsageError);
    assert.is((err as UsageError).message, 'unknown option `--postgresql…` (see --help)');
  }
});
bad.run();
