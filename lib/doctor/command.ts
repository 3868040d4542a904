/**
 * `2l doctor` (`/2l-doctor`): one report of everything the pack depends on,
 * each line OK, WARN or FAIL with its fix; the exit code says the worst.
 * Reads only: it starts no program and writes nothing.
 */
import os from 'node:os';
import path from 'node:path';
import { SHARED_OPTIONS, UsageError, parseCliArgs, projectFromFlag, unexpectedArgument } from '../shared/cli.ts';
import { mcpCheck, nodeCheck, psqlCheck } from './checks-env.ts';
import { hookChecks, installCheck } from './checks-install.ts';
import { dashboardCheck, stateDirCheck } from './checks-project.ts';
import { doctorJson, EXIT, formatDoctor, worst, type Check } from './report.ts';

export const DOCTOR_HELP = `Usage: doctor [--json] [--project DIR] [--target DIR]

One report of what the 2L pack depends on, each line OK, WARN or FAIL, with
the fix for anything not OK:
  node        Node 20 or later
  install     the installed copy (if any) and whether its files are as
              installed (drift, as ./install.mjs --check), and its version
  hooks       the 2L hook registered once per event, not twice
  mode        installed copy, plugin, or both (both: every event starts two hooks)
  state-dir   the project's .2L/: a private folder of yours, and its size
              (looked at with lstat only, never through a link)
  dashboards  dashboard servers running; stale or orphaned ones
  psql, mcp   what /2l-setup-db and /2l-setup-mcps need on PATH
It reads only: no program is started, nothing is written.

Options:
  --json         print {worst, exit, checks: [{id, status, found, fix}]}
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --target DIR   Claude config folder (default: $CLAUDE_CONFIG_DIR, else ~/.claude)
  -h, --help     show this help

Exit codes: 0 all OK, 1 at least one FAIL, 2 bad arguments, 3 warnings only.`;

export interface DoctorArgs {
  project: string;
  target: string;
  json: boolean;
}

export function parseDoctorArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): DoctorArgs | 'help' {
  const { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: SHARED_OPTIONS.json,
      project: SHARED_OPTIONS.project,
      target: { type: 'string' },
      help: SHARED_OPTIONS.help,
    },
  });
  if (values.help) return 'help';
  if (positionals.length) throw unexpectedArgument(positionals[0]!);
  if (values.target === '') throw new UsageError('`--target` needs a folder');
  const target = values.target ?? (env.CLAUDE_CONFIG_DIR || path.join(env.HOME || os.homedir(), '.claude'));
  return { project: projectFromFlag(values.project, env), target: path.resolve(target), json: values.json === true };
}

export async function runDoctor(args: DoctorArgs, packRoot: string): Promise<{ code: number; stdout: string }> {
  const install = installCheck(args.target, packRoot);
  const checks: Check[] = [
    nodeCheck(),
    install.check,
    ...hookChecks(args.target, args.project, packRoot, install.state),
    stateDirCheck(args.project),
    await dashboardCheck(args.project),
    psqlCheck(),
    mcpCheck(),
  ];
  return { code: EXIT[worst(checks)], stdout: args.json ? doctorJson(checks) : formatDoctor(checks) };
}
