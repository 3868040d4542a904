/** Black box: `dist/2l.mjs` dispatches to sibling bundles found on disk. */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { runNode } from '../util/run-node.ts';
import { run } from '../util/run.ts';

const TWOL = path.join(ROOT, 'dist', '2l.mjs');
const cli = suite('2l dispatcher');

/** A copy of the dispatcher next to stand-in bundles, so the test does not depend on which branches are merged. */
function sandbox(bundles: Record<string, string>): string {
  const dir = tempDir('2l');
  fs.copyFileSync(TWOL, path.join(dir, '2l.mjs'));
  for (const [name, code] of Object.entries(bundles)) fs.writeFileSync(path.join(dir, `${name}.mjs`), code);
  return dir;
}
const echo =
  'process.stdout.write(JSON.stringify(process.argv.slice(2)) + "\\n"); process.exitCode = Number(process.argv[2] === "fail") * 3;';

cli('runs a known command with its arguments and passes its exit code on', async () => {
  const dir = sandbox({ status: echo });
  const ok = await runNode([path.join(dir, '2l.mjs'), 'status', '--json', 'a b']);
  assert.equal(ok, { code: 0, stdout: '["--json","a b"]\n', stderr: '' });
  const failed = await runNode([path.join(dir, '2l.mjs'), 'status', 'fail']);
  assert.equal(failed, { code: 3, stdout: '["fail"]\n', stderr: '' });
});

cli('--help lists only the commands that exist', async () => {
  const dir = sandbox({ query: echo, export: echo, hook: echo });
  const r = await runNode([path.join(dir, '2l.mjs'), '--help']);
  assert.is(r.code, 0);
  assert.is(
    r.stdout,
    [
      'Usage: 2l <command> [args]',
      '',
      'Commands:',
      '  query   JSONPath query over the event log or a state file',
      '  export  send sessions, tool calls and events to an OpenTelemetry receiver (OTLP/HTTP)',
      '',
      "Run `2l <command> --help` for a command's options.",
      'Exit codes: those of the command; 2 for an unknown command or bad arguments.',
      '',
    ].join('\n'),
  );
});

const refusals: Array<[string[], string]> = [
  [['bogus'], '2l: `bogus` is not a 2l command; available: export. See `2l --help`.\n'],
  [['hook'], '2l: `hook` is not a 2l command; available: export. See `2l --help`.\n'],
  [['../export'], '2l: `../export` is not a 2l command; available: export. See `2l --help`.\n'],
  [['status'], '2l: `status` is not installed (`DIR/status.mjs` is missing); available: export. See `2l --help`.\n'],
  [['--json', 'export'], '2l: unknown option `--json` (see --help)\n'],
];
for (const [args, stderr] of refusals) {
  cli(`exit 2: 2l ${args.join(' ')}`, async () => {
    const dir = sandbox({ export: echo, hook: echo });
    const r = await runNode([path.join(dir, '2l.mjs'), ...args]);
    assert.equal(r, { code: 2, stdout: '', stderr: stderr.replace('DIR', dir) });
  });
}

cli('no command prints the usage on stderr, exit 2', async () => {
  const r = await runNode([TWOL]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.match(r.stderr, /^Usage: 2l <command> \[args\]/);
});

cli('the real bundles: 2l export --help and 2l emit', async () => {
  const help = await runNode([TWOL, 'export', '--help']);
  assert.is(help.code, 0);
  assert.match(help.stdout, /^Usage: 2l export --otlp URL/);
  const project = tempDir('2l-emit');
  const r = await runNode([TWOL, 'emit', 'plan_start', 'from the dispatcher', '--project', project]);
  assert.equal(r, { code: 0, stdout: '', stderr: '' });
  const line = JSON.parse(fs.readFileSync(path.join(project, '.2L', 'events.jsonl'), 'utf8'));
  assert.is(line.event_type, 'plan_start');
  assert.is(line.data, 'from the dispatcher');
});

cli(
  '2l install is the installer (what `npx <tarball> install` runs), installing the pack the bin sits in',
  async () => {
    const help = await runNode([TWOL, 'install', '--help']);
    assert.is(help.code, 0, help.stderr);
    assert.match(help.stdout, /^Usage: \.\/install\.mjs \[command\] \[options\]/);
    const target = path.join(tempDir('2l-install'), 'claude');
    const r = await runNode([TWOL, 'install', '--target', target, '--dry-run', '--json']);
    assert.is(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.is(report.packVersion, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    assert.ok(JSON.stringify(report).includes('commands/2l-status.md'), r.stdout.slice(0, 500));
    assert.not.ok(fs.existsSync(target), 'a dry run writes nothing');
  },
);
cli('package.json names the bin, and the bundle starts with a shebang', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.bin, { '2l': 'dist/2l.mjs' });
  assert.is(fs.readFileSync(TWOL, 'utf8').split('\n')[0], '#!/usr/bin/env node');
});
cli('the built bin is executable (0755) and runs by its shebang', async () => {
  assert.is(fs.statSync(TWOL).mode & 0o777, 0o755);
  const r = await run(TWOL, ['export', '--help'], { env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` } });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Usage: 2l export --otlp URL/);
});
cli.run();
