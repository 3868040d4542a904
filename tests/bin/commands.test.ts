/** Black box: every command reads its arguments the one way (lib/shared/cli.ts), so bad ones read and exit alike. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../util/claude.ts';
import { runDist } from '../util/run-dist.ts';

/** Each command with arguments it accepts, so only the bad one added makes it refuse. */
const COMMANDS: Array<[string, string[]]> = [
  ['status', []],
  ['query', ['$']],
  ['export', ['--dry-run']],
  ['emit', ['plan_start', 'x']],
  ['check-mcps', ['--no-record']],
  ['setup-mcps', ['--dry-run']],
  ['doctor', []],
];

function world() {
  const root = tempDir('commands');
  fs.mkdirSync(path.join(root, 'home'));
  fs.mkdirSync(path.join(root, 'proj'));
  return { cwd: path.join(root, 'proj'), home: path.join(root, 'home') };
}

const same = suite('commands: one way to read arguments');
for (const [name, valid] of COMMANDS) {
  same(`${name} --help: usage on stdout, exit 0`, async () => {
    const r = await runDist(name, ['--help'], world());
    assert.equal([r.code, r.stderr], [0, '']);
    assert.match(r.stdout, /^Usage: (2l )?[a-z-]+ /);
    assert.match(r.stdout, /Exit codes: .*2 bad arguments/s);
  });
  const bad: Array<[string[], string]> = [
    [['--bogus'], 'unknown option `--bogus` (see --help)'],
    [['--project'], 'option `--project` needs a value (see --help)'],
    [['--help=yes'], 'option `--help` takes no value (see --help)'],
    [['--project', ''], '`--project` needs a folder'],
  ];
  for (const [args, message] of bad) {
    same(`${name} ${args.join(' ')}: exit 2, our words, nothing written`, async () => {
      const w = world();
      const r = await runDist(name, [...valid, ...args], w);
      assert.equal([r.code, r.stdout, r.stderr], [2, '', `${name}: ${message}\n`]);
      assert.equal(fs.readdirSync(w.cwd), []);
    });
  }
}
same.run();
