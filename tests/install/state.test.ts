import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseState, pinnedRuns, sameState, serializeState, type InstallState } from '../../lib/install/state.ts';

const s: InstallState = {
  packVersion: '0.1.0',
  installedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  files: { 'commands/b.md': 'b'.repeat(64), 'commands/a.md': 'a'.repeat(64) },
  displaced: { 'commands/a.md': '20260101T000000000Z-1' },
  statusLineDisplaced: { type: 'command', command: 'echo "hi: #1"' },
};

const t = suite('install state');
t('round-trips through YAML, sorted', () => {
  const text = serializeState(s);
  assert.equal(parseState(text, 'f'), s);
  assert.ok(text.indexOf('commands/a.md') < text.indexOf('commands/b.md'));
});
t('created folders round-trip and count as content', () => {
  const withDirs = { ...s, createdDirs: ['lib/2l', 'agents', 'lib'] };
  assert.equal(parseState(serializeState(withDirs), 'f').createdDirs, ['agents', 'lib', 'lib/2l']);
  assert.not.ok(sameState(s, withDirs));
});
t('a created settings.json round-trips and counts as content', () => {
  const created = { ...s, createdSettings: true };
  const text = serializeState(created);
  assert.match(text, /^created_settings: true$/m);
  assert.is(parseState(text, 'f').createdSettings, true);
  assert.not.match(serializeState(s), /created_settings/);
  assert.not.ok(sameState(s, created));
  assert.ok(sameState(created, { ...created, updatedAt: 'later' }));
});
t('saved edits round-trip, count as content, and pin their runs', () => {
  const edits = { ...s, savedEdits: { 'commands/b.md': '20260102T000000000Z-1' } };
  const text = serializeState(edits);
  assert.match(text, /^saved_edits:\n  commands\/b\.md: 20260102T000000000Z-1$/m);
  assert.equal(parseState(text, 'f'), edits);
  assert.not.ok(sameState(s, edits));
  assert.equal([...pinnedRuns(edits)].sort(), ['20260101T000000000Z-1', '20260102T000000000Z-1']);
});
t('sameState ignores timestamps only', () => {
  assert.ok(sameState(s, { ...s, updatedAt: 'later' }));
  assert.not.ok(sameState(s, { ...s, packVersion: '0.2.0' }));
  assert.not.ok(sameState(undefined, s));
});
const bad: Array<[string, string, RegExp]> = [
  ['not YAML', 'a: [', /not valid YAML/],
  ['a list', '- 1', /expected a YAML map/],
  ['empty', '', /expected a YAML map/],
  ['other format', 'format: 9\nversion: x', /unknown state format 9/],
  ['no version', 'format: 1', /`version` is missing/],
  [
    'a path outside',
    'format: 1\nversion: "1"\nfiles:\n  ../../etc/passwd: x',
    /outside the target: `..\/..\/etc\/passwd`/,
  ],
  ['an absolute path', 'format: 1\nversion: "1"\nfiles:\n  /etc/passwd: x', /outside the target/],
  [
    'created_dirs with ..',
    'format: 1\nversion: "1"\ncreated_dirs:\n  - ../../home',
    /`created_dirs` names a path outside the target: `..\/..\/home`/,
  ],
  ['created_dirs absolute', 'format: 1\nversion: "1"\ncreated_dirs:\n  - /etc', /outside the target/],
  ['created_dirs not a list', 'format: 1\nversion: "1"\ncreated_dirs: agents', /`created_dirs` is not a list/],
  [
    'created_settings not a boolean',
    'format: 1\nversion: "1"\ncreated_settings: "yes"',
    /`created_settings` is not true or false/,
  ],
  [
    'saved_edits with ..',
    'format: 1\nversion: "1"\nsaved_edits:\n  ../x: r',
    /`saved_edits` names a path outside the target/,
  ],
  ['a non-string hash', 'format: 1\nversion: "1"\nfiles:\n  a: 1', /`files.a` is not a string/],
];
for (const [name, text, re] of bad)
  t(`refuses ${name}`, () => assert.throws(() => parseState(text, '/t/.2l-install.yaml'), re));
t.run();
