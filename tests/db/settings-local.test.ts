import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JsonFileError } from '../../lib/shared/json-file.ts';
import { UnsafePathError } from '../../lib/shared/safe-fs.ts';
import { PSQL_RULE, SettingsShapeError, addAllowRule, planAllowRule } from '../../lib/db/settings-local.ts';
import { tempDir } from '../util/claude.ts';

const plan = suite('planAllowRule');
const table: Array<[string, Record<string, unknown> | undefined, ReturnType<typeof planAllowRule>]> = [
  ['no file', undefined, { changed: true, next: { permissions: { allow: [PSQL_RULE] } } }],
  ['empty object', {}, { changed: true, next: { permissions: { allow: [PSQL_RULE] } } }],
  [
    'keeps every other key and rule, appends',
    {
      env: { A: '1' },
      permissions: { allow: ['Bash(git:*)'], deny: ['Read(.env)'], defaultMode: 'default' },
      hooks: {},
    },
    {
      changed: true,
      next: {
        env: { A: '1' },
        permissions: { allow: ['Bash(git:*)', PSQL_RULE], deny: ['Read(.env)'], defaultMode: 'default' },
        hooks: {},
      },
    },
  ],
  ['already there: no change', { permissions: { allow: [PSQL_RULE] } }, { changed: false }],
];
for (const [name, current, want] of table) plan(name, () => assert.equal(planAllowRule(current, PSQL_RULE), want));
const shapes: Array<[string, Record<string, unknown>, RegExp]> = [
  ['permissions is a list', { permissions: [] }, /`permissions` must be an object/],
  ['permissions is null', { permissions: null }, /`permissions` must be an object/],
  ['allow is a string', { permissions: { allow: 'Bash(psql:*)' } }, /`permissions\.allow` must be a list of strings/],
  ['allow holds a number', { permissions: { allow: [1] } }, /must be a list of strings/],
];
for (const [name, current, re] of shapes)
  plan(`refuses: ${name}`, () =>
    assert.throws(
      () => planAllowRule(current, PSQL_RULE),
      (e: Error) => e instanceof SettingsShapeError && re.test(e.message),
    ),
  );
plan.run();

const apply = suite('addAllowRule');
const settingsFile = (project: string) => path.join(project, '.claude', 'settings.local.json');
apply('creates .claude/settings.local.json when absent', () => {
  const project = tempDir('set');
  assert.is(addAllowRule(project), true);
  assert.is(
    fs.readFileSync(settingsFile(project), 'utf8'),
    '{\n  "permissions": {\n    "allow": [\n      "Bash(psql:*)"\n    ]\n  }\n}\n',
  );
});
apply('merges into an existing file, keeps its mode; a second run writes nothing', () => {
  const project = tempDir('set');
  fs.mkdirSync(path.join(project, '.claude'));
  fs.writeFileSync(settingsFile(project), '{"permissions":{"allow":["Bash(git:*)"]},"model":"opus"}', { mode: 0o640 });
  fs.chmodSync(settingsFile(project), 0o640);
  assert.is(addAllowRule(project), true);
  assert.equal(JSON.parse(fs.readFileSync(settingsFile(project), 'utf8')), {
    permissions: { allow: ['Bash(git:*)', PSQL_RULE] },
    model: 'opus',
  });
  assert.is(fs.statSync(settingsFile(project)).mode & 0o777, 0o640);
  const before = fs.statSync(settingsFile(project));
  assert.is(addAllowRule(project), false);
  assert.is(fs.statSync(settingsFile(project)).mtimeMs, before.mtimeMs);
  assert.is(fs.statSync(settingsFile(project)).ino, before.ino);
  assert.equal(fs.readdirSync(path.join(project, '.claude')), ['settings.local.json'], 'no temp file left');
});
const invalid: Array<[string, string, RegExp]> = [
  ['invalid JSON', '{"permissions": {"allow": ["Bash(git:*)",]}}', /settings\.local\.json(:1:\d+)?: invalid JSON/],
  ['a JSON array', '[1,2]', /expected a JSON object/],
  ['a wrong shape', '{"permissions": {"allow": "x"}}', /must be a list of strings/],
];
for (const [name, text, re] of invalid) {
  apply(`refuses ${name} and leaves the file byte for byte`, () => {
    const project = tempDir('set');
    fs.mkdirSync(path.join(project, '.claude'));
    fs.writeFileSync(settingsFile(project), text);
    assert.throws(
      () => addAllowRule(project),
      (e: Error) => (e instanceof JsonFileError || e instanceof SettingsShapeError) && re.test(e.message),
    );
    assert.is(fs.readFileSync(settingsFile(project), 'utf8'), text);
    assert.equal(fs.readdirSync(path.join(project, '.claude')), ['settings.local.json']);
  });
}
apply.run();

/** The repository may commit `.claude` or the settings file as a link: never followed, never replaced. */
const planted = suite('addAllowRule: planted links');
planted('.claude/settings.local.json links to the user’s own settings: refused, both untouched', () => {
  const project = tempDir('set');
  const victim = path.join(tempDir('home'), 'settings.json');
  fs.writeFileSync(victim, '{"permissions":{"allow":[]}}');
  fs.mkdirSync(path.join(project, '.claude'));
  fs.symlinkSync(victim, settingsFile(project));
  assert.throws(
    () => addAllowRule(project),
    (e: Error) =>
      e instanceof JsonFileError &&
      e.message ===
        '.claude/settings.local.json: is a symbolic link; 2L never follows links inside a project (remove it)',
  );
  assert.is(fs.readFileSync(victim, 'utf8'), '{"permissions":{"allow":[]}}');
  assert.ok(fs.lstatSync(settingsFile(project)).isSymbolicLink());
});
planted('.claude links to another folder: refused, nothing written there', () => {
  const project = tempDir('set');
  const away = tempDir('away');
  fs.symlinkSync(away, path.join(project, '.claude'));
  assert.throws(
    () => addAllowRule(project),
    (e: Error) => e instanceof UnsafePathError && e.reason === 'symlink',
  );
  assert.equal(fs.readdirSync(away), []);
});
planted.run();
