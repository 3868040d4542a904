#!/usr/bin/env node
/**
 * `2l <command> [args]`: runs the sibling bundle `dist/<command>.mjs` in this
 * process, with argv set as if it had been started directly. Commands are
 * found by file, so a pack built without one of them lists only what it has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHARED_OPTIONS, UsageError, parseCliArgs, runMain } from '../shared/cli.ts';

/** Command -> one-line summary. Hooks and the status line read Claude Code's stdin and are not commands. */
export const COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['status', 'summary of the event log: sessions, tools, percentiles, health, alerts'],
  ['query', 'JSONPath query over the event log or a state file'],
  ['export', 'send sessions, tool calls and events to an OpenTelemetry receiver (OTLP/HTTP)'],
  ['emit', 'append one 2L event to the log'],
  ['metric', 'append one measurement (a `metric` event) to the log'],
  ['prune', 'remove old archives of the event log (`--dry-run` to see what would go)'],
  ['dashboard', 'start the live dashboard'],
  ['dashboard-stop', 'stop the live dashboard'],
  ['scrape-token', "print or rotate your credential for the dashboards' /metrics (Prometheus)"],
  ['setup-db', 'set up the database'],
  ['setup-mcps', 'set up MCP servers'],
  ['check-mcps', 'check the configured MCP servers'],
  ['install', 'install this pack into ~/.claude, or uninstall it (`2l install --help`)'],
  ['doctor', 'check what the pack depends on: Node, install and drift, hooks, .2L/, dashboards, psql, MCP'],
];

const here = path.dirname(fileURLToPath(import.meta.url));
const bundle = (name: string) => path.join(here, `${name}.mjs`);
const available = () => COMMANDS.filter(([name]) => fs.existsSync(bundle(name)));

function help(): string {
  const rows = available();
  const width = Math.max(0, ...rows.map(([n]) => n.length));
  return [
    'Usage: 2l <command> [args]',
    '',
    'Commands:',
    ...(rows.length ? rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`) : ['  (none installed)']),
    '',
    "Run `2l <command> --help` for a command's options.",
    'Exit codes: those of the command; 2 for an unknown command or bad arguments.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? process.stderr : process.stdout).write(`${help()}\n`);
    return command === undefined ? 2 : 0;
  }
  // An option before the command: refused in the same words as every command's unknown options.
  if (/^-./.test(command)) parseCliArgs({ args: [command], options: { help: SHARED_OPTIONS.help } });
  const known = COMMANDS.some(([n]) => n === command);
  if (!known || !fs.existsSync(bundle(command))) {
    const names =
      available()
        .map(([n]) => n)
        .join(', ') || 'none';
    const why = known ? `is not installed (\`${bundle(command)}\` is missing)` : 'is not a 2l command';
    throw new UsageError(`\`${command.slice(0, 80)}\` ${why}; available: ${names}. See \`2l --help\`.`);
  }
  // The bundle runs its own main() on import and reads process.argv from index 2.
  process.argv = [process.argv[0]!, bundle(command), ...rest];
  await import(pathToFileURL(bundle(command)).href);
  return undefined;
}

runMain('2l', import.meta.url, main);
