/**
 * Where this user's dashboard servers are, across projects. Today from their
 * own runtime state: every process of ours (same uid, same HOME: the same
 * Claude Code setup) whose command line is our server script names its
 * project (`--project DIR`), and that project's
 * `.2L/dashboard/server.json` records the server. The projects the registry
 * lists (events/project-registry.ts, read by dashboard/command.ts) are among
 * those given, for servers that died with their state left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cmdline, SERVER_SCRIPT } from './state.ts';

export interface ServerProcess {
  pid: number;
  project: string;
}

const myUid = typeof process.getuid === 'function' ? process.getuid() : undefined;

/** True when /proc says the process belongs to us (never another user's, whatever its command line says). */
export function ownedByMe(pid: number): boolean {
  try {
    return myUid !== undefined && fs.statSync(`/proc/${pid}`).uid === myUid;
  } catch {
    return false;
  }
}

/** The project a dashboard server's command line names, or undefined when it is not our server script. */
export function serverProject(argv: readonly string[]): string | undefined {
  if (!argv.some((a) => path.basename(a) === SERVER_SCRIPT)) return undefined;
  const i = argv.indexOf('--project');
  const project = i === -1 ? undefined : argv[i + 1];
  return project && path.isAbsolute(project) ? project : undefined;
}

/** The HOME a process of ours was started with, from /proc (undefined where unreadable). */
function homeOf(pid: number): string | undefined {
  try {
    const env = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    return env
      .split('\0')
      .find((v) => v.startsWith('HOME='))
      ?.slice(5);
  } catch {
    return undefined;
  }
}

/** Every running process of ours that is a dashboard server, by /proc (Linux; none elsewhere). */
export function serverProcesses(home = process.env.HOME): ServerProcess[] {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  const out: ServerProcess[] = [];
  for (const p of pids) {
    const pid = Number(p);
    if (pid === process.pid || !ownedByMe(pid)) continue;
    const project = serverProject(cmdline(pid) ?? []);
    if (project && homeOf(pid) === home) out.push({ pid, project });
  }
  return out;
}

/** Projects whose dashboard state to look at: those given, and those a running server of ours names. */
export function dashboardProjects(given: readonly string[], running: readonly ServerProcess[]): string[] {
  return [...new Set([...given.map((p) => path.resolve(p)), ...running.map((s) => s.project)])].sort();
}
