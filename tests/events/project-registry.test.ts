import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readRegistry, registerProject, registryPath, usableProject } from '../../lib/events/project-registry.ts';
import { newEvent } from '../../lib/events/format.ts';
import { ROOT, tempDir } from '../util/claude.ts';

function env(): NodeJS.ProcessEnv {
  const config = tempDir('cfg');
  return { CLAUDE_CONFIG_DIR: config, HOME: tempDir('home') };
}

const write = suite('project registry: written once, by the writer, when .2L is created');

write('the first event of a project registers it; later events write nothing', () => {
  const e = env();
  const project = tempDir('proj');
  // The real writer, in its own process with this config folder (as the hook runs).
  const script = `import { appendEvent } from ${JSON.stringify(path.join(ROOT, 'lib/events/writer.ts'))};
    appendEvent(process.argv[1], ${JSON.stringify(newEvent('x', 'y'))});`;
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, project], {
      env: { ...process.env, ...e, TWOL_REGISTRY: '' },
      encoding: 'utf8',
    });
  assert.is(run().status, 0);
  const file = registryPath(e);
  assert.equal(
    readRegistry(e).map((x) => x.path),
    [project],
  );
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.is(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
  const before = fs.statSync(file);
  assert.is(run().status, 0);
  const after = fs.statSync(file);
  assert.equal([after.ino, after.mtimeMs], [before.ino, before.mtimeMs], 'a second event does not touch the registry');
  assert.not.match(fs.readFileSync(file, 'utf8'), /token|secret|HOME/);
});

write(
  'TWOL_REGISTRY=off, a missing config folder, or a planted link at its path: nothing written, nothing thrown',
  () => {
    const e = env();
    registerProject(tempDir('p'), { ...e, TWOL_REGISTRY: 'off' });
    assert.is(fs.existsSync(registryPath(e)), false);
    const gone = { CLAUDE_CONFIG_DIR: path.join(tempDir('x'), 'absent') };
    registerProject(tempDir('p'), gone);
    assert.is(fs.existsSync(gone.CLAUDE_CONFIG_DIR), false, 'the config folder is never created');
    const e2 = env();
    const victim = path.join(tempDir('victim'), 'target.json');
    fs.writeFileSync(victim, 'KEEP');
    fs.mkdirSync(path.dirname(registryPath(e2)), { mode: 0o700 });
    fs.symlinkSync(victim, registryPath(e2));
    registerProject(tempDir('p'), e2);
    assert.is(fs.readFileSync(victim, 'utf8'), 'KEEP');
    const e3 = env();
    fs.symlinkSync(tempDir('elsewhere'), path.join(e3.CLAUDE_CONFIG_DIR!, '2l'));
    registerProject(tempDir('p'), e3);
    assert.equal(fs.readdirSync(fs.realpathSync(path.join(e3.CLAUDE_CONFIG_DIR!, '2l'))), []);
  },
);

const read = suite('project registry: entries are untrusted paths');

read('only absolute, normalised paths to real folders whose .2L is a real folder of ours are usable', () => {
  const e = env();
  const good = tempDir('good');
  fs.mkdirSync(path.join(good, '.2L'), { mode: 0o700 });
  const linked2L = tempDir('linked');
  fs.symlinkSync(path.join(good, '.2L'), path.join(linked2L, '.2L'));
  const linkedRoot = path.join(tempDir('lr'), 'root');
  fs.symlinkSync(good, linkedRoot);
  const fileAt2L = tempDir('file');
  fs.writeFileSync(path.join(fileAt2L, '.2L'), '');
  const entries = [
    good,
    'relative/dir',
    `${good}/../${path.basename(good)}`,
    '/etc',
    linked2L,
    linkedRoot,
    fileAt2L,
    '',
    42,
    null,
    `${good}\0x`,
    good,
  ];
  fs.mkdirSync(path.dirname(registryPath(e)), { mode: 0o700 });
  fs.writeFileSync(
    registryPath(e),
    JSON.stringify({ v: 1, projects: entries.map((p) => ({ path: p, added: '<b>' })) }),
  );
  const listed = readRegistry(e).map((x) => x.path);
  assert.equal(
    listed,
    [good, '/etc', linked2L, linkedRoot, fileAt2L],
    'shape checks: relative, unnormalised, NUL, non-strings and duplicates are dropped',
  );
  assert.equal(listed.filter(usableProject), [good]);
});

read('a registry that is a FIFO, huge or not JSON reads as empty', () => {
  for (const make of [
    (f: string) => assert.is(spawnSync('mkfifo', [f]).status, 0),
    (f: string) => fs.writeFileSync(f, ' '.repeat(600 << 10)),
    (f: string) => fs.writeFileSync(f, '{"projects": [oops'),
    (f: string) => fs.writeFileSync(f, '{"projects": {"__proto__": 1}}'),
  ]) {
    const e = env();
    fs.mkdirSync(path.dirname(registryPath(e)), { mode: 0o700 });
    make(registryPath(e));
    assert.equal(readRegistry(e), []);
  }
});

write.run();
read.run();
