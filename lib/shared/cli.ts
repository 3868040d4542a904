/**
 * One way to run a command. Every entry point in lib/bin/ is a `main(argv)`
 * that returns an exit code; `runMain` runs it only when the file is executed
 * (not when a test imports it) and is the one place that turns a thrown error
 * into output and an exit code:
 * - `UserError` (and `UsageError`, exit 2): a short message the user can act on,
 *   prefixed with the command's name; no stack.
 * - anything else is a bug: "internal error" with the stack, exit 1.
 * Flags go through `parseCliArgs`, so an unknown option reads the same in every
 * command, never as Node's raw parser text. The flags most commands share
 * (`--project`, `--json`, `--since`, `--help`) are defined once here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseSince } from './duration.ts';
import { UsageError, UserError, errorCode, errorMessage, errorStack } from './errors.ts';

// The error kinds and helpers live in a module with no imports, so the hook can share them.
export { UsageError, UserError, errorCode, errorMessage, errorStack };

export const SHARED_OPTIONS = {
  project: { type: 'string' },
  json: { type: 'boolean' },
  since: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** node:util parseArgs with errors worded like ours: short, naming the flag in backticks. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const code = errorCode(err) ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw err;
    // Node quotes the option as '--name', '--name <value>' or '-n, --name': name the long form.
    const quoted = /'(-[^']*)'/.exec(errorMessage(err))?.[1]?.split(/[ ,]+/) ?? [];
    // Only the option's name is repeated: an unknown "option" may be a URL with a password
    // (`--postgresql://u:pw@h`), and a cut-off copy of it would slip past redaction.
    const raw = quoted.find((w) => w.startsWith('--')) ?? quoted[0] ?? '';
    const name = /^--?[A-Za-z0-9][A-Za-z0-9_-]{0,39}/.exec(raw)?.[0] ?? raw.slice(0, 2);
    const flag = name === raw ? name : `${name}…`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option \`${flag}\` (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(errorMessage(err)))
      throw new UsageError(`option \`${flag}\` takes no value (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`option \`${flag}\` needs a value (see --help)`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument (see --help)`);
    throw new UsageError(errorMessage(err));
  }
}

/** A positional argument the command does not take, named (cut short: it may be anything). */
export function unexpectedArgument(arg: string, advice = ' (see --help)'): UsageError {
  return new UsageError(`unexpected argument \`${arg.slice(0, 80)}\`${advice}`);
}

/** `--since`: a duration back from `now` or an ISO time; undefined when not given. */
export function sinceFromFlag(flag: string | undefined, now = new Date()): Date | undefined {
  if (flag === undefined) return undefined;
  try {
    return parseSince(flag, now);
  } catch (err) {
    throw new UsageError(`\`--since\`: ${errorMessage(err)}`);
  }
}

/**
 * The project a command works on: `--project` (relative to the current folder),
 * else CLAUDE_PROJECT_DIR, else the current folder.
 */
export function projectFromFlag(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): string {
  if (flag !== undefined) {
    if (flag.trim() === '' || flag.includes('\0')) throw new UsageError('`--project` needs a folder');
    return path.resolve(cwd, flag);
  }
  const fromEnv = env.CLAUDE_PROJECT_DIR;
  if (fromEnv && fromEnv.length < 4096 && path.isAbsolute(fromEnv) && !fromEnv.includes('\0'))
    return path.resolve(fromEnv);
  return path.resolve(cwd);
}

/**
 * A read-only report pointed by `--project` at a folder 2L never logged in is
 * an error (a typo in the path), not an empty report. Without the flag the
 * folder is the session's own, where no log yet is the normal first state.
 */
export function requireLoggedProject(argv: readonly string[], project: string): void {
  if (!argv.some((a) => a === '--project' || a.startsWith('--project='))) return;
  const shown = `\`--project\` \`${project.slice(0, 300)}\``;
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(project);
  } catch {
    throw new UserError(`${shown}: no such folder`);
  }
  if (!st.isDirectory()) throw new UserError(`${shown}: not a folder`);
  if (!fs.existsSync(path.join(project, '.2L')))
    throw new UserError(`${shown}: no .2L folder there (2L has logged nothing in it); check the path`);
}

/** True when `moduleUrl` is the file Node was started with (not imported by a test or by `2l`). */
export function isMain(moduleUrl: string, argv1 = process.argv[1]): boolean {
  if (!argv1) return false;
  const self = fileURLToPath(moduleUrl);
  try {
    return fs.realpathSync(argv1) === fs.realpathSync(self);
  } catch {
    return path.resolve(argv1) === self;
  }
}

export type Main = (argv: string[]) => number | void | Promise<number | void>;

/** Report a thrown error the one way every command does; returns the exit code. */
export function reportError(
  name: string,
  err: unknown,
  stderr: (s: string) => void = (s) => process.stderr.write(s),
): number {
  if (err instanceof UserError) {
    stderr(`${name}: ${err.message}\n`);
    return err.exitCode;
  }
  stderr(`${name}: internal error: ${errorStack(err)}\n`);
  return 1;
}

export interface RunOptions {
  /** End the process as soon as `main` fails, not waiting for the timers and sockets a failed library left behind. */
  exitOnFailure?: boolean;
}

/** Run `main` with this process's arguments and set the exit code, when `moduleUrl` is the entry. */
export function runMain(name: string, moduleUrl: string, main: Main, opts: RunOptions = {}): void {
  if (!isMain(moduleUrl)) return;
  void runNow(name, main, process.argv.slice(2), opts);
}

/** Run `main` unconditionally (the `2l` dispatcher imports bundles as if started directly). */
export async function runNow(
  name: string,
  main: Main,
  argv = process.argv.slice(2),
  opts: RunOptions = {},
): Promise<void> {
  let code: number | void;
  try {
    code = await main(argv);
    if (typeof code === 'number') process.exitCode = code;
  } catch (err) {
    code = process.exitCode = reportError(name, err);
  }
  if (opts.exitOnFailure && typeof code === 'number' && code !== 0) process.exit(code);
}
