import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { McpServerEntry } from '../../lib/mcp/catalog.ts';
import { describeChange, detectIndent, maskSecrets, planMerge, sameEntry } from '../../lib/mcp/config.ts';
import { JsonFileError } from '../../lib/shared/json-file.ts';

const pw: McpServerEntry = { type: 'stdio', command: 'npx', args: ['-y', '@playwright/mcp@latest'], env: {} };
const want = [{ name: 'playwright', entry: pw }];

const merge = suite('mcp-config: planMerge');
merge('absent file: created with our server', () => {
  const p = planMerge(undefined, want, false);
  assert.equal(p.next, { mcpServers: { playwright: pw } });
  assert.equal([p.changed, p.created, p.entries.map((e) => e.action)], [true, true, ['add']]);
});
merge('empty object: mcpServers added', () => {
  const p = planMerge({}, want, false);
  assert.equal(p.next, { mcpServers: { playwright: pw } });
  assert.is(p.created, false);
});
merge('other servers and keys kept, in their order; ours appended', () => {
  const before = { $schema: 'x', mcpServers: { zed: { command: 'z' }, abc: { url: 'http://h' } }, other: [1, 2] };
  const p = planMerge(before, want, false);
  assert.equal(p.next, {
    $schema: 'x',
    mcpServers: { zed: { command: 'z' }, abc: { url: 'http://h' }, playwright: pw },
    other: [1, 2],
  });
  assert.equal(Object.keys(p.next.mcpServers as object), ['zed', 'abc', 'playwright']);
  assert.equal(before.mcpServers, { zed: { command: 'z' }, abc: { url: 'http://h' } }, 'input not mutated');
});
merge('the same entry, written differently, is unchanged: no write', () => {
  for (const same of [
    pw,
    { command: 'npx', args: ['-y', '@playwright/mcp@latest'] },
    { args: ['-y', '@playwright/mcp@latest'], env: {}, command: 'npx', type: 'stdio' },
  ]) {
    const before = { mcpServers: { playwright: same } };
    const p = planMerge(before, want, false);
    assert.is(p.changed, false);
    assert.is(p.next, before, 'the very same object back');
    assert.is(p.entries[0]!.action, 'unchanged');
  }
});
merge('a differing same-name entry is a conflict and kept; --force replaces it', () => {
  const mine = { command: 'npx', args: ['@playwright/mcp@0.0.1'], env: { TOKEN: 's3cret' } };
  const kept = planMerge({ mcpServers: { playwright: mine } }, want, false);
  assert.is(kept.changed, false);
  assert.equal(kept.next, { mcpServers: { playwright: mine } });
  assert.equal(kept.entries[0], { name: 'playwright', action: 'conflict', before: mine, after: pw });
  const forced = planMerge({ mcpServers: { playwright: mine } }, want, true);
  assert.equal([forced.changed, forced.entries[0]!.action], [true, 'replace']);
  assert.equal(forced.next, { mcpServers: { playwright: pw } });
});
merge('second run on the result is a no-op', () => {
  const first = planMerge({ mcpServers: { a: { command: 'a' } } }, want, false);
  const second = planMerge(JSON.parse(JSON.stringify(first.next)), want, false);
  assert.is(second.changed, false);
});
const badShapes: Array<[unknown, string]> = [
  [[], 'an array'],
  ['x', 'string'],
  [null, 'object'],
  [3, 'number'],
];
for (const [value, what] of badShapes) {
  merge(`mcpServers = ${JSON.stringify(value)} is refused`, () => {
    assert.throws(
      () => planMerge({ mcpServers: value }, want, true),
      (e: Error) =>
        e instanceof JsonFileError &&
        e.file === '.mcp.json' &&
        e.message === `.mcp.json: \`mcpServers\` must be an object, found ${what}`,
    );
  });
}
merge('a server named __proto__ in the file is kept as data', () => {
  const before = JSON.parse('{"mcpServers":{"__proto__":{"command":"p"}}}');
  const p = planMerge(before, want, false);
  assert.equal(Object.keys(p.next.mcpServers as object).sort(), ['__proto__', 'playwright'].sort());
});
merge.run();

const misc = suite('mcp-config: helpers');
misc('sameEntry ignores key order, default type, empty env/args/headers; not values', () => {
  assert.ok(sameEntry({ type: 'http', url: 'u', headers: {} }, { url: 'u', type: 'http' }));
  assert.not.ok(sameEntry({ command: 'a', env: { X: '1' } }, { command: 'a' }));
  assert.not.ok(sameEntry({ command: 'a', args: ['1', '2'] }, { command: 'a', args: ['2', '1'] }));
  assert.not.ok(sameEntry({ type: 'sse', url: 'u' }, { url: 'u' }));
});
misc('detectIndent', () => {
  assert.is(detectIndent('{\n    "a": 1\n}'), '    ');
  assert.is(detectIndent('{\n\t"a": 1\n}'), '\t');
  assert.is(detectIndent('{"a":1}'), 2);
  assert.is(detectIndent(undefined), 2);
});
misc('describeChange: one exact line per entry, secrets masked', () => {
  const mine = { command: 'old', env: { TOKEN: 's3cret-value' }, headers: { Authorization: 'Bearer abc' } };
  const p = planMerge({ mcpServers: { playwright: mine } }, [...want, { name: 'x', entry: { command: 'x' } }], true);
  assert.equal(describeChange(p), [
    '- "playwright": {"command":"old","env":{"TOKEN":"***"},"headers":{"Authorization":"***"}}',
    '+ "playwright": {"type":"stdio","command":"npx","args":["-y","@playwright/mcp@latest"],"env":{}}',
    '+ "x": {"command":"x"}',
  ]);
  assert.equal(maskSecrets('plain'), 'plain');
});
misc.run();
