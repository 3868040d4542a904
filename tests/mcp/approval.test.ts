import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  approvalKeys,
  decide,
  normaliseName,
  notStartedText,
  type ApprovalInput,
  type Verdict,
} from '../../lib/mcp/approval.ts';

/**
 * Each row was checked against the real CLI (`claude mcp list`, v2.1.197):
 * see docs/mcp-approval.md. The server is called `a` unless the row says.
 */
const rows: Array<[string, ApprovalInput, Verdict]> = [
  [
    'untrusted, the repository enables everything',
    { trust: 'none', project: { enableAll: true }, local: { enabled: ['a'] } },
    { approval: 'pending', why: 'untrusted' },
  ],
  ['trusted, nothing said', { trust: 'trusted' }, { approval: 'pending', why: 'not_approved' }],
  [
    'trusted, enabled by name in any file',
    { trust: 'trusted', user: { enabled: ['b'] }, project: { enabled: ['a'] } },
    { approval: 'approved' },
  ],
  [
    'trusted, the project’s own settings enable all',
    { trust: 'trusted', project: { enableAll: true } },
    { approval: 'approved' },
  ],
  [
    'trusted, the last enableAll given wins (user true, project false)',
    { trust: 'trusted', user: { enableAll: true }, project: { enableAll: false } },
    { approval: 'pending', why: 'not_approved' },
  ],
  [
    'trusted, local true overrides project false',
    { trust: 'trusted', project: { enableAll: false }, local: { enableAll: true } },
    { approval: 'approved' },
  ],
  [
    'disabled anywhere wins over enabled everywhere',
    { trust: 'trusted', user: { disabled: ['a'] }, local: { enabled: ['a'], enableAll: true } },
    { approval: 'disabled', why: 'rejected', where: ['user'] },
  ],
  [
    'disabled counts even untrusted, and in every file that lists it',
    { trust: 'none', project: { disabled: ['a'] }, legacy: { disabled: ['a'] } },
    { approval: 'disabled', why: 'rejected', where: ['project', 'legacy'] },
  ],
  [
    'a file with an approval key of the wrong type approves nothing',
    { trust: 'trusted', local: { enabled: ['a'], invalid: true } },
    { approval: 'pending', why: 'not_approved' },
  ],
  [
    '…but its disabled list still refuses',
    { trust: 'trusted', local: { disabled: ['a'], invalid: true }, user: { enableAll: true } },
    { approval: 'disabled', why: 'rejected', where: ['local'] },
  ],
  [
    'legacy keys in ~/.claude.json count as local settings',
    { trust: 'trusted', legacy: { enabled: ['a'] } },
    { approval: 'approved' },
  ],
  [
    'legacy enableAll does not override a local false',
    { trust: 'trusted', local: { enableAll: false }, legacy: { enableAll: true } },
    { approval: 'pending', why: 'not_approved' },
  ],
  [
    'trusted through a parent: the project’s settings do not count',
    { trust: 'parent', project: { enableAll: true }, local: { enabled: ['a'] } },
    { approval: 'pending', why: 'parent_trust' },
  ],
  [
    'trusted through a parent: the user’s own settings do',
    { trust: 'parent', user: { enabled: ['a'] } },
    { approval: 'approved' },
  ],
  [
    'a settings file that could not be read may disable it',
    { trust: 'trusted', user: { enableAll: true }, unreadable: ['.claude/settings.json'] },
    { approval: 'pending', why: 'settings_unreadable' },
  ],
  [
    'names match after normalisation (my.server = my_server)',
    { trust: 'trusted', local: { enabled: ['a.b'] } },
    { approval: 'approved' },
  ],
];
const decision = suite('mcp-approval: decide');
for (const [name, input, verdict] of rows) {
  decision(name, () => assert.equal(decide(name.startsWith('names match') ? 'a_b' : 'a', input), verdict));
}
decision.run();

const keys = suite('mcp-approval: approvalKeys');
const shapes: Array<[Record<string, unknown> | undefined, ReturnType<typeof approvalKeys>]> = [
  [undefined, undefined],
  [{}, {}],
  [
    { enabledMcpjsonServers: ['a'], disabledMcpjsonServers: ['b'], enableAllProjectMcpServers: false },
    { enabled: ['a'], disabled: ['b'], enableAll: false },
  ],
  [{ enabledMcpjsonServers: 'a' }, { invalid: true }],
  [{ enabledMcpjsonServers: ['a', 1] }, { invalid: true }],
  [{ enableAllProjectMcpServers: 'true' }, { invalid: true }],
  [{ disabledMcpjsonServers: ['b', 2] }, { disabled: ['b'], invalid: true }],
];
for (const [input, out] of shapes)
  keys(JSON.stringify(input) ?? 'undefined', () => assert.equal(approvalKeys(input), out));
keys('normaliseName is Claude Code’s', () => assert.is(normaliseName('a.b c/ü-_9'), 'a_b_c__-_9'));
keys('every reason says how to change it', () => {
  for (const why of [
    'rejected',
    'untrusted',
    'parent_trust',
    'not_approved',
    'settings_unreadable',
    'disabled_in_mcp',
  ] as const)
    assert.match(notStartedText(why, ['user']), /: /);
  assert.match(
    notStartedText('rejected', ['user', 'local']),
    '"disabledMcpjsonServers" in ~/.claude/settings.json, .claude/settings.local.json',
  );
});
keys.run();
