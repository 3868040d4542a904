import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { McpServerEntry } from '../../lib/mcp/catalog.ts';
import { backupName, setupConfigFile } from '../../lib/mcp/config-file.ts';
import { UserError } from '../../lib/shared/errors.ts';
import { JsonFileError } from '../../lib/shared/json-file.ts';
import { tempDir } from '../util/claude.ts';

const pw: McpServerEntry = { type: 'stdio', command: 'npx', args: ['-y', '@playwright/mcp@latest'], env: {} };
const want = [{ name: 'playwright', entry: pw }];
const at = new Date('2026-11-20T23:15:00.123Z');

function project(content?: string, mode = 0o644): { dir: string; file: string } {
  const dir = tempDir('mcpcfg');
  const file = path.join(dir, '.mcp.json');
  if (content !== undefined) fs.writeFileSync(file, content, { mode });
  fs.chmodSync(dir, 0o755);
  return { dir, file };
}
const listing = (dir: string) => fs.readdirSync(dir).sort();

const files = suite('mcp-config-file: real files');
files('absent: created, no backup', () => {
  const { dir, file } = project();
  const r = setupConfigFile(file, want, { now: at });
  assert.equal([r.wrote, r.backup, r.plan.created], [true, undefined, true]);
  assert.is(fs.readFileSync(file, 'utf8'), `${JSON.stringify({ mcpServers: { playwright: pw } }, null, 2)}\n`);
  assert.equal(listing(dir), ['.mcp.json']);
});
files('empty and whitespace-only files count as {}', () => {
  for (const text of ['', '  \n']) {
    const { file } = project(text);
    const r = setupConfigFile(file, want, { now: at });
    assert.is(r.wrote, true);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')), { mcpServers: { playwright: pw } });
  }
});
files('with other servers: kept, indentation kept, backup holds the old bytes and mode', () => {
  const old =
    '{\n    "mcpServers": {\n        "db": {"command": "pg-mcp", "env": {"PGPASSWORD": "pw"}}\n    },\n    "x": true\n}\n';
  const { dir, file } = project(old, 0o640);
  const r = setupConfigFile(file, want, { now: at });
  assert.is(r.backup, backupName(file, at));
  assert.is(path.basename(r.backup!), '.mcp.json.bak-20261120T231500Z');
  assert.is(fs.readFileSync(r.backup!, 'utf8'), old);
  assert.is(fs.statSync(r.backup!).mode & 0o777, 0o640);
  assert.is(fs.statSync(file).mode & 0o777, 0o640);
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.startsWith('{\n    "mcpServers": {\n        "db": {'), text);
  assert.equal(JSON.parse(text), {
    mcpServers: { db: { command: 'pg-mcp', env: { PGPASSWORD: 'pw' } }, playwright: pw },
    x: true,
  });
  assert.equal(listing(dir), ['.mcp.json', '.mcp.json.bak-20261120T231500Z']);
});
files('second run: nothing written, no new backup, same bytes', () => {
  const { dir, file } = project('{"mcpServers":{}}');
  setupConfigFile(file, want, { now: at });
  const after = fs.readFileSync(file, 'utf8');
  const mtime = fs.statSync(file).mtimeMs;
  const r = setupConfigFile(file, want, { now: new Date(at.getTime() + 60_000) });
  assert.equal([r.wrote, r.backup, r.plan.changed], [false, undefined, false]);
  assert.is(fs.readFileSync(file, 'utf8'), after);
  assert.is(fs.statSync(file).mtimeMs, mtime);
  assert.equal(listing(dir), ['.mcp.json', '.mcp.json.bak-20261120T231500Z']);
});
files('a backup name already taken gets a suffix', () => {
  const { dir, file } = project('{}');
  fs.writeFileSync(backupName(file, at), 'older backup');
  const r = setupConfigFile(file, want, { now: at });
  assert.is(path.basename(r.backup!), '.mcp.json.bak-20261120T231500Z-1');
  assert.is(fs.readFileSync(backupName(file, at), 'utf8'), 'older backup');
  assert.equal(listing(dir).length, 3);
});
files('dry run: plan only, nothing on disk', () => {
  const { dir, file } = project('{"a":1}');
  const r = setupConfigFile(file, want, { dryRun: true, now: at });
  assert.equal([r.wrote, r.plan.changed], [false, true]);
  assert.is(fs.readFileSync(file, 'utf8'), '{"a":1}');
  assert.equal(listing(dir), ['.mcp.json']);
});
files('the user’s own symlinked ~/.claude.json (a dotfile manager) is written through to its target', () => {
  const { dir } = project();
  const real = path.join(dir, 'dotfiles.json');
  fs.writeFileSync(real, '{}');
  const link = path.join(dir, '.claude.json');
  fs.symlinkSync(real, link);
  setupConfigFile(link, want, { now: at, userFile: true });
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.equal(JSON.parse(fs.readFileSync(real, 'utf8')), { mcpServers: { playwright: pw } });
});
files.run();

const refused = suite('mcp-config-file: refused, file untouched');
const invalid: Array<[string, RegExp]> = [
  ['{\n  "mcpServers": {\n    "a": {,\n  }\n}', /^\.mcp\.json:3:11: invalid JSON/],
  ['{"mcpServers": {"a": 1}', /^\.mcp\.json:1:24: invalid JSON/],
  ['[1, 2]', /^\.mcp\.json: expected a JSON object at the top level$/],
  ['"text"', /^\.mcp\.json: expected a JSON object at the top level$/],
  ['<html>hostile</html>', /^\.mcp\.json:1:1: invalid JSON/],
];
for (const [text, message] of invalid) {
  refused(`invalid: ${JSON.stringify(text).slice(0, 40)}`, () => {
    const { dir, file } = project(text);
    assert.throws(
      () => setupConfigFile(file, want, { label: '.mcp.json', now: at }),
      (e: Error) => e instanceof JsonFileError && message.test(e.message),
    );
    assert.is(fs.readFileSync(file, 'utf8'), text);
    assert.equal(listing(dir), ['.mcp.json']);
  });
}
refused('mcpServers of the wrong shape', () => {
  const { file } = project('{"mcpServers": [1]}');
  assert.throws(
    () => setupConfigFile(file, want, { label: '.mcp.json' }),
    /`mcpServers` must be an object, found an array/,
  );
  assert.is(fs.readFileSync(file, 'utf8'), '{"mcpServers": [1]}');
});
refused('read-only file (no write bit, even for root)', () => {
  const { dir, file } = project('{}', 0o444);
  assert.throws(
    () => setupConfigFile(file, want, { label: '.mcp.json' }),
    (e: Error) =>
      e instanceof UserError &&
      e.exitCode === 1 &&
      e.message === '`.mcp.json` is read-only; nothing was changed (make it writable, or add the servers by hand)',
  );
  assert.is(fs.readFileSync(file, 'utf8'), '{}');
  assert.equal(listing(dir), ['.mcp.json']);
});
refused(
  'a project .mcp.json that is a symlink (the repository may have planted it): refused, neither followed nor replaced',
  () => {
    for (const target of ['victim.json', 'nothing-here']) {
      const { dir, file } = project();
      if (target === 'victim.json') fs.writeFileSync(path.join(dir, target), '{"mine":true}');
      fs.symlinkSync(path.join(dir, target), file);
      assert.throws(
        () => setupConfigFile(file, want, { label: '.mcp.json', now: at }),
        (e: Error) =>
          e instanceof JsonFileError &&
          e.message === '.mcp.json: is a symbolic link; 2L never follows links inside a project (remove it)',
      );
      assert.ok(fs.lstatSync(file).isSymbolicLink());
      assert.equal(listing(dir), ['.mcp.json', ...(target === 'victim.json' ? ['victim.json'] : [])]);
      if (target === 'victim.json') assert.is(fs.readFileSync(path.join(dir, target), 'utf8'), '{"mine":true}');
    }
  },
);
refused('a project .mcp.json over 2 MiB: refused unread', () => {
  const { dir, file } = project(`{"x":"${'y'.repeat(2 * 1024 * 1024)}"}`);
  assert.throws(
    () => setupConfigFile(file, want, { label: '.mcp.json' }),
    /^\.mcp\.json: is larger than 2L reads \(2097160 bytes, limit 2097152\)$/,
  );
  assert.equal(listing(dir), ['.mcp.json']);
});
refused('a dangling link planted at the backup name is skipped, never written through', () => {
  const { dir, file } = project('{}');
  fs.symlinkSync(path.join(dir, 'victim'), backupName(file, at));
  const r = setupConfigFile(file, want, { now: at });
  assert.is(path.basename(r.backup!), '.mcp.json.bak-20261120T231500Z-1');
  assert.not.ok(fs.existsSync(path.join(dir, 'victim')));
});
refused('a directory where the file should be', () => {
  const { file } = project();
  fs.mkdirSync(file);
  assert.throws(() => setupConfigFile(file, want), /is a directory, not a JSON file/);
});
refused('the write fails (read-only folder, full disk): old file intact, no backup or temp file left', () => {
  for (const step of ['openSync', 'writeSync', 'fsyncSync', 'renameSync'] as const) {
    const { dir, file } = project('{"keep":1}');
    const failing = {
      ...fs,
      [step]: () => {
        throw Object.assign(new Error(`EACCES: injected at ${step}`), { code: 'EACCES' });
      },
    } as unknown as typeof fs;
    assert.throws(
      () => setupConfigFile(file, want, { label: '.mcp.json', fs: failing, now: at }),
      (e: Error) =>
        e instanceof UserError &&
        e.exitCode === 1 &&
        e.message === `cannot write \`.mcp.json\`: EACCES: injected at ${step}; nothing was changed`,
    );
    assert.is(fs.readFileSync(file, 'utf8'), '{"keep":1}');
    assert.equal(listing(dir), ['.mcp.json'], step);
  }
});
refused.run();
