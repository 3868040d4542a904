/**
 * `setup-mcps [--only NAMES] [--scope project|user] [--force] [--dry-run] [--json]`:
 * add the catalog MCP servers to `.mcp.json` (or `~/.claude.json` for user
 * scope) without clobbering anything, and say what the user must still do.
 */
import os from 'node:os';
import path from 'node:path';
import { UsageError, parseCliArgs } from '../shared/cli-args.ts';
import { JsonFileError } from '../shared/json-file.ts';
import { CATALOG_NAMES, nodeSatisfies, selectServers, type CatalogServer } from '../mcp/catalog.ts';
import { ConfigShapeError, describeChange, maskSecrets, type EntryAction } from '../mcp/config.ts';
import { ConfigWriteError, setupConfigFile, type ConfigFileResult } from '../mcp/config-file.ts';
import { checkPrereqs, type Prereqs } from '../mcp/prereqs.ts';
import { claudeJsonPath } from '../mcp/sources.ts';
import { resolveProjectDir } from '../events/project-dir.ts';

const HELP = `Usage: setup-mcps [--only NAMES] [--scope project|user] [--force] [--dry-run] [--json]

Add MCP servers for agents, run through npx -y:
  playwright        @playwright/mcp@latest       (Node >=18)
  chrome-devtools   chrome-devtools-mcp@latest   (Node ^20.19 || ^22.12 || >=23, and Chrome)
to the project's .mcp.json (scope project, the default) or to ~/.claude.json
(scope user). Other servers and keys are kept; a same-name entry that differs
is reported and kept unless --force; the previous file is backed up to
<file>.bak-<time>; the write is atomic; a second run changes nothing.

Options:
  --only NAMES       comma-separated subset of: ${CATALOG_NAMES.join(', ')}
  --scope SCOPE      project (.mcp.json, shared with the team) or user (~/.claude.json)
  --force            replace a same-name entry that differs; add a server even if Node is too old
  --dry-run          show the exact change, write nothing
  --project DIR      project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --json             print the result as JSON
  -h, --help         show this help

Exit codes: 0 done (or nothing to do), 1 the config file could not be read or
written (nothing changed), 2 bad arguments, 3 done, but an entry was kept or a
server skipped (see the report).`;

type Scope = 'project' | 'user';
interface Args {
  servers: CatalogServer[];
  scope: Scope;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  project: string;
}

function parse(argv: string[]): Args | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      scope: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      project: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]!.slice(0, 80)}\` (see --help)`);
  const scope = values.scope ?? 'project';
  if (scope !== 'project' && scope !== 'user') throw new UsageError(`\`--scope\` must be \`project\` or \`user\`, not \`${scope.slice(0, 40)}\``);
  let servers: CatalogServer[];
  try {
    servers = selectServers(values.only);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const project = resolveProjectDir([values.project ? path.resolve(values.project) : undefined, process.env.CLAUDE_PROJECT_DIR], process.cwd());
  return { servers, scope, force: values.force ?? false, dryRun: values['dry-run'] ?? false, json: values.json ?? false, project };
}

interface ServerReport {
  name: string;
  action: EntryAction | 'skipped';
  command: string;
  note?: string;
  /** The entry already there (conflict/replace), env and headers masked. */
  existing?: unknown;
}

interface Report {
  scope: Scope;
  file: string;
  dry_run: boolean;
  wrote: boolean;
  created: boolean;
  backup?: string;
  prereqs: Prereqs;
  servers: ServerReport[];
  change: string[];
  next_steps: string[];
}

const commandLine = (s: CatalogServer) => [s.entry.command, ...(s.entry.args ?? [])].join(' ');

function engineNote(s: CatalogServer, node: string | undefined): string | undefined {
  if (!node) return `\`node\` was not found on PATH; ${s.pkg} needs Node ${s.node}`;
  const ok = nodeSatisfies(node, s.node);
  if (ok === false) return `${s.pkg} needs Node ${s.node}, found ${node}: upgrade Node`;
  return undefined;
}

function chromeNote(p: Prereqs): string {
  if (!p.chrome) return 'no Chrome or Chromium found: chrome-devtools-mcp needs one (install Google Chrome, or Chromium and add "--executablePath", "<path>" to its args)';
  if (p.chrome.kind === 'chrome') return `Google Chrome at ${p.chrome.path}`;
  return `Chromium at ${p.chrome.path} (no Google Chrome): chrome-devtools-mcp launches Google Chrome by default; to use Chromium add "--executablePath", "${p.chrome.path}" to its args`;
}

function nextSteps(r: Report, names: string[]): string[] {
  const steps = ['Restart Claude Code: it reads MCP servers when it starts.'];
  if (r.scope === 'project' && names.length > 0) {
    steps.push(
      `Approve the project servers: accept the prompt Claude Code shows for .mcp.json (the folder must be trusted), or add "enabledMcpjsonServers": ${JSON.stringify(names)} (or "enableAllProjectMcpServers": true) to .claude/settings.local.json.`,
    );
  }
  steps.push('Run /2l-check-mcps to prove each server answers.');
  return steps;
}

export function setup(args: Args, env: NodeJS.ProcessEnv = process.env): Report {
  const prereqs = checkPrereqs(env);
  const file = args.scope === 'project' ? path.join(args.project, '.mcp.json') : claudeJsonPath(os.homedir(), env);
  const skipped: ServerReport[] = [];
  const wanted: CatalogServer[] = [];
  for (const s of args.servers) {
    const note = engineNote(s, prereqs.node);
    if (note && !args.force) skipped.push({ name: s.name, action: 'skipped', command: commandLine(s), note: `${note} (or pass --force to add it anyway)` });
    else wanted.push(s);
  }
  const label = args.scope === 'project' ? '.mcp.json' : file;
  const res: ConfigFileResult = setupConfigFile(
    file,
    wanted.map((s) => ({ name: s.name, entry: s.entry })),
    { force: args.force, dryRun: args.dryRun, label, mode: args.scope === 'user' ? 0o600 : 0o644, userFile: args.scope === 'user' },
  );
  const servers: ServerReport[] = [
    ...res.plan.entries.map((e) => {
      const s = wanted.find((w) => w.name === e.name)!;
      const out: ServerReport = { name: e.name, action: e.action, command: commandLine(s) };
      if (e.action === 'conflict') out.note = 'an entry of this name differs and was kept (pass --force to replace it)';
      if (e.action === 'replace') out.note = 'the differing entry was replaced (the old file is in the backup)';
      if (e.action === 'conflict' || e.action === 'replace') out.existing = maskSecrets(e.before);
      const warn = engineNote(s, prereqs.node);
      if (warn) out.note = [out.note, warn].filter(Boolean).join('; ');
      return out;
    }),
    ...skipped,
  ];
  const report: Report = { scope: args.scope, file, dry_run: args.dryRun, wrote: res.wrote, created: res.plan.created, backup: res.backup, prereqs, servers, change: describeChange(res.plan), next_steps: [] };
  report.next_steps = nextSteps(report, servers.filter((s) => s.action !== 'skipped' && s.action !== 'conflict').map((s) => s.name));
  return report;
}

function renderText(r: Report): string {
  const out: string[] = [];
  out.push(`2L MCP setup: ${r.scope} scope, ${r.file}${r.dry_run ? ' (dry run: nothing written)' : ''}`);
  out.push('Prerequisites:');
  out.push(`  node ${r.prereqs.node ?? 'NOT FOUND on PATH'}, npx ${r.prereqs.npx ?? 'NOT FOUND on PATH'}`);
  if (r.servers.some((s) => s.name === 'chrome-devtools')) out.push(`  browser: ${chromeNote(r.prereqs)}`);
  out.push('Servers:');
  const verb: Record<ServerReport['action'], string> = { add: r.dry_run ? 'would add' : 'added', unchanged: 'unchanged', conflict: 'kept', replace: r.dry_run ? 'would replace' : 'replaced', skipped: 'skipped' };
  for (const s of r.servers) {
    out.push(`  ${verb[s.action].padEnd(13)} ${s.name.padEnd(16)} ${s.command}`);
    if (s.note) out.push(`                ${s.note}`);
    if (s.existing !== undefined) out.push(`                existing: ${JSON.stringify(s.existing)}`);
  }
  if (r.change.length > 0) {
    out.push(`${r.dry_run ? 'Would change' : 'Changed'} "mcpServers" in ${r.file}${r.created ? ' (a new file)' : ''}:`);
    out.push(...r.change.map((l) => `  ${l}`));
  } else out.push(`Nothing to change in ${r.file}.`);
  if (r.backup) out.push(`Backup of the previous file: ${r.backup}`);
  out.push('Next steps:');
  r.next_steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  return out.join('\n');
}

export function main(argv = process.argv.slice(2)): number {
  let args: Args | 'help';
  try {
    args = parse(argv);
  } catch (err) {
    process.stderr.write(`setup-mcps: ${(err as Error).message}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let report: Report;
  try {
    report = setup(args);
  } catch (err) {
    if (err instanceof JsonFileError || err instanceof ConfigShapeError || err instanceof ConfigWriteError) {
      process.stderr.write(`setup-mcps: ${err.message}${err instanceof ConfigWriteError ? '' : '; nothing was changed'}\n`);
      return 1;
    }
    throw err;
  }
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderText(report)}\n`);
  return report.servers.some((s) => s.action === 'conflict' || s.action === 'skipped') ? 3 : 0;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`setup-mcps: internal error: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
}
