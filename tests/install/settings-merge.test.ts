import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  hooksForInstall,
  jsonEqual,
  mergeSettings,
  removeFromSettings,
  validateHooks,
  type JsonObject,
} from '../../lib/install/settings-merge.ts';

const LIB = '/home/u/.claude/lib/2l';
const CMD = `node "${LIB}/dist/hook.cjs"`;
const isOurs = (c: string) => c.includes(`${LIB}/`);
const spec = hooksForInstall(
  {
    hooks: {
      SessionStart: [
        { hooks: [{ type: 'command', command: 'node "${CLAUDE_PLUGIN_ROOT}/dist/hook.cjs"', timeout: 10 }] },
      ],
      Stop: [{ hooks: [{ type: 'command', command: 'node "${CLAUDE_PLUGIN_ROOT}/dist/hook.cjs"', timeout: 10 }] }],
    },
  },
  LIB,
);
const OURS = { hooks: [{ type: 'command', command: CMD, timeout: 10 }] };
const STATUS = { type: 'command', command: `node "${LIB}/dist/statusline.cjs"`, padding: 0 };
const USER_HOOK = { matcher: 'Bash', hooks: [{ type: 'command', command: 'echo user', timeout: 5 }] };
const merge = (s: JsonObject, statusLine: JsonObject | null = STATUS, force = false) =>
  mergeSettings(s, { hooks: spec, isOurCommand: isOurs, statusLine: statusLine ?? undefined, forceStatusLine: force });

const m = suite('mergeSettings');
m('empty settings get our hooks and status line', () => {
  const r = merge({});
  assert.equal(r.settings, { hooks: { SessionStart: [OURS], Stop: [OURS] }, statusLine: STATUS });
  assert.ok(r.changed);
});
m('merging twice is a no-op', () => {
  const once = merge({ model: 'x' }).settings;
  const twice = merge(once);
  assert.not.ok(twice.changed);
  assert.equal(twice.settings, once);
});
m('every other key and user hook is kept, ours goes after theirs', () => {
  const user: JsonObject = {
    env: { A: '1' },
    permissions: { allow: ['Bash(ls:*)'] },
    hooks: { SessionStart: [USER_HOOK], PreCompact: [USER_HOOK] },
    weird: [1, { n: null }],
  };
  const r = merge(user);
  assert.equal(r.settings.env, user.env);
  assert.equal(r.settings.weird, user.weird);
  assert.equal((r.settings.hooks as JsonObject).SessionStart, [USER_HOOK, OURS]);
  assert.equal((r.settings.hooks as JsonObject).PreCompact, [USER_HOOK]);
  assert.equal(Object.keys(r.settings), ['env', 'permissions', 'hooks', 'weird', 'statusLine']);
});
m('an old version of ours is replaced in place, not duplicated', () => {
  const old = { hooks: [{ type: 'command', command: CMD, timeout: 3 }] };
  const r = merge({ hooks: { Stop: [USER_HOOK, old, USER_HOOK], Notification: [old] } });
  assert.equal((r.settings.hooks as JsonObject).Stop, [USER_HOOK, OURS, USER_HOOK]);
  assert.is((r.settings.hooks as JsonObject).Notification, undefined, 'event no longer in hooks.json dropped');
});
m('our handler sharing a group with a user handler: only ours is taken out', () => {
  const shared = {
    hooks: [
      { type: 'command', command: 'echo mine' },
      { type: 'command', command: CMD, timeout: 10 },
    ],
  };
  const r = merge({ hooks: { Stop: [shared] } } as JsonObject);
  assert.equal((r.settings.hooks as JsonObject).Stop, [OURS, { hooks: [{ type: 'command', command: 'echo mine' }] }]);
});
m('status line policy', () => {
  const theirs = { type: 'command', command: 'my-status' };
  const kept = merge({ statusLine: theirs });
  assert.equal(kept.settings.statusLine, theirs);
  assert.ok(kept.notes.some((n) => n.includes('--statusline')));
  const forced = merge({ statusLine: theirs }, STATUS, true);
  assert.equal(forced.settings.statusLine, STATUS);
  assert.equal(forced.displacedStatusLine, theirs);
  const none = merge({}, null);
  assert.is(none.settings.statusLine, undefined);
  assert.ok(none.notes.some((n) => n.includes('skipped')));
  const oursGone = merge({ statusLine: STATUS }, null);
  assert.is(oursGone.settings.statusLine, undefined);
});
m('notes that the enabled 2l plugin stays silent (each event logged once)', () => {
  const r = merge({ enabledPlugins: { '2l@local': true, 'other@x': true } });
  const plugin = (n: string) => n.startsWith('note: plugin') && n.includes('2l@local');
  assert.ok(r.notes.some((n) => plugin(n) && n.includes('each event is logged once')));
  assert.not.ok(merge({ enabledPlugins: { '2l@local': false } }).notes.some(plugin));
});
m('a non-object hooks key is refused', () => {
  assert.throws(() => merge({ hooks: [] as unknown as JsonObject }), /`hooks` in settings.json is not an object/);
});
m('a broken user hook is reported, not repaired', () => {
  const r = merge({ hooks: { Stop: [{ hooks: [{ type: 'shell', command: 'x' }] }] } });
  assert.ok(r.notes.some((n) => n.includes('hooks.Stop[0].hooks[0].type')));
});
m('adding our status line where there was none is said, once', () => {
  const first = merge({});
  assert.equal(first.settings.statusLine, STATUS);
  assert.ok(
    first.notes.includes('status line: added the 2L status line (you had none); uninstall removes it'),
    first.notes.join('; '),
  );
  const again = merge(first.settings);
  assert.not.ok(
    again.notes.some((n) => n.startsWith('status line')),
    again.notes.join('; '),
  );
  assert.not.ok(again.changed);
});
m.run();

const rm = suite('removeFromSettings');
rm('removes only ours and gives the displaced status line back', () => {
  const theirs = { type: 'command', command: 'my-status' };
  const installed = merge({ env: { A: '1' }, hooks: { Stop: [USER_HOOK] }, statusLine: theirs }, STATUS, true);
  const r = removeFromSettings(installed.settings, isOurs, installed.displacedStatusLine);
  assert.equal(r.settings, { env: { A: '1' }, hooks: { Stop: [USER_HOOK] }, statusLine: theirs });
});
rm('install then uninstall of an empty file leaves an empty object', () => {
  assert.equal(removeFromSettings(merge({}).settings, isOurs).settings, {});
});
rm('a status line the user changed since is left alone', () => {
  const r = removeFromSettings({ statusLine: { type: 'command', command: 'new' } }, isOurs, {
    type: 'command',
    command: 'old',
  });
  assert.equal(r.settings.statusLine, { type: 'command', command: 'new' });
  assert.not.ok(r.changed);
});
rm.run();

const v = suite('validateHooks');
const cases: Array<[unknown, string | undefined]> = [
  [undefined, undefined],
  [{ Stop: [OURS] }, undefined],
  [[], '`hooks` is not an object'],
  [{ Stop: {} }, '`hooks.Stop` is not an array'],
  [{ Stop: [{}] }, '`hooks.Stop[0]` has no `hooks` array'],
  [{ Stop: [{ matcher: 3, hooks: [] }] }, '`hooks.Stop[0].matcher` is not a string'],
  [
    { Stop: [{ hooks: [{ type: 'command', command: 'x', timeout: '5' }] }] },
    '`hooks.Stop[0].hooks[0].timeout` is not a positive number',
  ],
  [{ Stop: [{ hooks: [{ type: 'command' }] }] }, '`hooks.Stop[0].hooks[0].command` is not a string'],
];
for (const [input, want] of cases)
  v(`${JSON.stringify(input)} → ${want ?? 'ok'}`, () => assert.equal(validateHooks(input as never)[0], want));
v.run();

const h = suite('hooksForInstall');
h('rewrites the plugin root, JSON-escaped', () => {
  const s = hooksForInstall(
    { hooks: { Stop: [{ hooks: [{ type: 'command', command: 'node "${CLAUDE_PLUGIN_ROOT}/dist/hook.cjs"' }] }] } },
    '/a b/lib/2l',
  );
  assert.is(s.Stop![0]!.hooks[0]!.command, 'node "/a b/lib/2l/dist/hook.cjs"');
});
h('refuses a malformed hooks.json', () => {
  assert.throws(() => hooksForInstall({ Stop: [] }, LIB), /expected \{"hooks"/);
  assert.throws(() => hooksForInstall({ hooks: { Stop: [{ hooks: [{ type: 'shell' }] }] } }, LIB), /type/);
});
h('jsonEqual ignores key order only', () => {
  assert.ok(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }));
  assert.not.ok(jsonEqual({ a: [1, 2] }, { a: [2, 1] }));
});
h.run();
