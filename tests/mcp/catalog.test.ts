import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOG, nodeSatisfies, selectServers } from '../../lib/mcp/catalog.ts';

const entries = suite('catalog: entries');
entries('npx -y with the current package names, written like `claude mcp add -s project`', () => {
  assert.equal(
    CATALOG.map((s) => [s.name, s.entry]),
    [
      ['playwright', { type: 'stdio', command: 'npx', args: ['-y', '@playwright/mcp@latest'], env: {} }],
      ['chrome-devtools', { type: 'stdio', command: 'npx', args: ['-y', 'chrome-devtools-mcp@latest'], env: {} }],
    ],
  );
});
entries.run();

const engines = suite('catalog: Node engine ranges');
const table: Array<[string, string, boolean | undefined]> = [
  ['v20.20.2', 'chrome-devtools', true],
  ['v20.19.0', 'chrome-devtools', true],
  ['v20.18.3', 'chrome-devtools', false],
  ['v22.11.0', 'chrome-devtools', false],
  ['v22.12.0', 'chrome-devtools', true],
  ['v21.7.3', 'chrome-devtools', false],
  ['v23.0.0', 'chrome-devtools', true],
  ['v18.0.0', 'chrome-devtools', false],
  ['v18.0.0', 'playwright', true],
  ['v16.20.2', 'playwright', false],
  ['not a version', 'playwright', undefined],
  ['', 'playwright', undefined],
];
for (const [version, name, expected] of table) {
  engines(`${version || '(empty)'} for ${name}: ${expected}`, () => {
    const s = CATALOG.find((c) => c.name === name)!;
    assert.is(nodeSatisfies(version, s.node), expected);
  });
}
engines.run();

const only = suite('catalog: --only');
only('absent: all; a subset keeps catalog order; spaces and empties tolerated', () => {
  assert.equal(
    selectServers(undefined).map((s) => s.name),
    ['playwright', 'chrome-devtools'],
  );
  assert.equal(
    selectServers('chrome-devtools, playwright').map((s) => s.name),
    ['playwright', 'chrome-devtools'],
  );
  assert.equal(
    selectServers('playwright,').map((s) => s.name),
    ['playwright'],
  );
});
only('unknown and empty names are errors naming the flag', () => {
  assert.throws(
    () => selectServers('playwright,<script>'),
    /^`--only`: unknown server `<script>` \(known: playwright, chrome-devtools\)$/,
  );
  assert.throws(() => selectServers(' , '), /`--only` needs at least one server name/);
});
only.run();
