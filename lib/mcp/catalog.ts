/**
 * The MCP servers `/2l-setup-mcps` adds, and the Node versions they need.
 * Package names and engine ranges were read with `npm view` (2026-11-20):
 *   @playwright/mcp 0.0.83         engines.node ">=18"
 *   chrome-devtools-mcp 1.11.0     engines.node "^20.19.0 || ^22.12.0 || >=23"
 * Pure: no I/O.
 */
import semver from 'semver';

/** A server entry as Claude Code stores it (`.mcp.json` / `~/.claude.json`). */
export interface McpServerEntry {
  type?: string;
  command?: string;
  args?: string[];
  env?: Record<string, string>;
  url?: string;
  headers?: Record<string, string>;
  [key: string]: unknown;
}

export interface CatalogServer {
  name: string;
  pkg: string;
  /** `engines.node` of the package. */
  node: string;
  /** Needs a Chrome or Chromium on the machine. */
  needsChrome: boolean;
  description: string;
  entry: McpServerEntry;
}

/** Written the way `claude mcp add -s project` writes an entry, so a second run compares equal. */
function npxEntry(spec: string): McpServerEntry {
  return { type: 'stdio', command: 'npx', args: ['-y', spec], env: {} };
}

export const CATALOG: readonly CatalogServer[] = [
  {
    name: 'playwright',
    pkg: '@playwright/mcp',
    node: '>=18',
    needsChrome: false,
    description: 'browser automation through Playwright (navigate, click, fill, snapshot)',
    entry: npxEntry('@playwright/mcp@latest'),
  },
  {
    name: 'chrome-devtools',
    pkg: 'chrome-devtools-mcp',
    node: '^20.19.0 || ^22.12.0 || >=23',
    needsChrome: true,
    description: 'Chrome DevTools: console, network, performance traces',
    entry: npxEntry('chrome-devtools-mcp@latest'),
  },
];

export const CATALOG_NAMES = CATALOG.map((s) => s.name);

/** The servers named in `--only a,b` (all when absent); unknown names are an error. */
export function selectServers(only: string | undefined): CatalogServer[] {
  if (only === undefined) return [...CATALOG];
  const names = only
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) throw new Error('`--only` needs at least one server name');
  const unknown = names.filter((n) => !CATALOG_NAMES.includes(n));
  if (unknown.length > 0)
    throw new Error(`\`--only\`: unknown server \`${unknown[0]!.slice(0, 60)}\` (known: ${CATALOG_NAMES.join(', ')})`);
  return CATALOG.filter((s) => names.includes(s.name));
}

/** Whether a `node --version` string satisfies a server's engine range; undefined when unparsable. */
export function nodeSatisfies(nodeVersion: string, range: string): boolean | undefined {
  const v = semver.clean(nodeVersion.trim());
  return v === null ? undefined : semver.satisfies(v, range);
}
