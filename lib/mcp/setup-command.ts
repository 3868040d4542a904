/**
 * The `setup-mcps` command (`lib/bin/setup-mcps.ts` only runs it): add the
 * catalog MCP servers to `.mcp.json` (or `~/.claude.json` for user scope)
 * without clobbering anything, and say what the user must still do.
 */
import os from 'node:os';
import path from 'node:path';
import {
  SHARED_OPTIONS,
  UsageError,
  UserError,
  errorMessage,
  parseCliArgs,
  projectFromFlag,
  unexpectedArgument,
} from '../shared/cli.ts';
import { JsonFileError } from '../shared/json-file.ts';
import { CATALOG_NAMES, nodeSatisfies, selectServers, type CatalogServer } from './catalog.ts';
import { describeChange, maskSecrets, type EntryAction } from './config.ts';
import { setupConfigFile, type ConfigFileResult } from './config-file.ts';
import { checkPrereqs, type Prereqs } from './prereqs.ts';
import { claudeJsonPath } from './sources.ts';

export const SETUP_HELP = `Usage: setup-mcps [--only NAMES] [--scope project|user] [--force] [--dry-run] [--json]

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
export interface SetupArgs {
  servers: CatalogServer[];
  scope: Scope;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  project: string;
}

export function parseSetupArgs(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): SetupArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      only: { type: 'string' },
      scope: { type: 'string' },
      force: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      project: SHARED_OPTIONS.project,
      json: SHARED_OPTIONS.json,
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw unexpectedArgument(positionals[0]!);
  const scope = values.scope ?? 'project';
  if (scope !== 'project' && scope !== 'user')
    throw new UsageError(`\`--scope\` must be \`project\` or \`user\`, not \`${scope.slice(0, 40)}\``);
  let servers: CatalogServer[];
  try {
    servers = selectServers(values.only);
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
  const project = projectFromFlag(values.project, env, cwd);
  return {
    servers,
    scope,
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    project,
  };
}

interface ServerReport {
  name: string;
  action: EntryAction | 'skipped';
  command: string;
  note?: string;
  /** The entry already there (conflict/replace), env and headers masked. */
  existing?: unknown;
}

export interface SetupReport {
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
  if (!p.chrome)
    return 'no Chrome or Chromium found: chrome-devtools-mcp needs one (install Google Chrome, or Chromium and add "--executablePath", "<path>" to its args)';
  if (p.chrome.kind === 'chrome') return `Google Chrome at ${p.chrome.path}`;
  return `Chromium at ${p.chrome.path} (no Google Chrome): chrome-devtools-mcp launches Google Chrome by default; to use Chromium add "--executablePath", "${p.chrome.path}" to its args`;
}

function nextSteps(r: SetupReport, names: string[]): string[] {
  const steps = ['Restart Claude Code: it reads MCP servers when it starts.'];
  if (r.scope === 'project' && names.length > 0) {
    steps.push(
      `Approve the project servers: accept the prompt Claude Code shows for .mcp.json (the folder must be trusted), or add "enabledMcpjsonServers": ${JSON.stringify(names)} (or "enableAllProjectMcpServers": true) to .claude/settings.local.json.`,
    );
  }
  steps.push('Run /2l-check-mcps to prove each server answers.');
  return steps;
}

/**
 * Plan and (unless a dry run) write the change. A config file that cannot be
 * used is a UserError (exit 1) saying whether anything changed.
 */
export function setupServers(args: SetupArgs, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): SetupReport {
  const prereqs = checkPrereqs(env);
  const file = args.scope === 'project' ? path.join(args.project, '.mcp.json') : claudeJsonPath(home, env);
  const skipped: ServerReport[] = [];
  const wanted: CatalogServer[] = [];
  for (const s of args.servers) {
    const note = engineNote(s, prereqs.node);
    if (note && !args.force)
      skipped.push({
        name: s.name,
        action: 'skipped',
        command: commandLine(s),
        note: `${note} (or pass --force to add it anyway)`,
      });
    else wanted.push(s);
  }
  const label = args.scope === 'project' ? '.mcp.json' : file;
  let res: ConfigFileResult;
  try {
    res = setupConfigFile(
      file,
      wanted.map((s) => ({ name: s.name, entry: s.entry })),
      {
        force: args.force,
        dryRun: args.dryRun,
        label,
        mode: args.scope === 'user' ? 0o600 : 0o644,
        userFile: args.scope === 'user',
      },
    );
  } catch (err) {
    // A file that was refused before any write (invalid, planted, wrong shape); write failures say it themselves.
    if (err instanceof JsonFileError) throw new UserError(`${err.message}; nothing was changed`);
    throw err;
  }
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
  const report: SetupReport = {
    scope: args.scope,
    file,
    dry_run: args.dryRun,
    wrote: res.wrote,
    created: res.plan.created,
    backup: res.backup,
    prereqs,
    servers,
    change: describeChange(res.plan),
    next_steps: [],
  };
  report.next_steps = nextSteps(
    report,
    servers.filter((s) => s.action !== 'skipped' && s.action !== 'conflict').map((s) => s.name),
  );
  return report;
}

export function renderSetupText(r: SetupReport): string {
  const out: string[] = [];
  out.push(`2L MCP setup: ${r.scope} scope, ${r.file}${r.dry_run ? ' (dry run: nothing written)' : ''}`);
  out.push('Prerequisites:');
  out.push(`  node ${r.prereqs.node ?? 'NOT FOUND on PATH'}, npx ${r.prereqs.npx ?? 'NOT FOUND on PATH'}`);
  if (r.servers.some((s) => s.name === 'chrome-devtools')) out.push(`  browser: ${chromeNote(r.prereqs)}`);
  out.push('Servers:');
  const verb: Record<ServerReport['action'], string> = {
    add: r.dry_run ? 'would add' : 'added',
    unchanged: 'unchanged',
    conflict: 'kept',
    replace: r.dry_run ? 'would replace' : 'replaced',
    skipped: 'skipped',
  };
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

/** 0 done, 3 done but an entry was kept or a server skipped (the report says which). */
export function setupExitCode(r: SetupReport): number {
  return r.servers.some((s) => s.action === 'conflict' || s.action === 'skipped') ? 3 : 0;
}
