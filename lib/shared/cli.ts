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

/** A failure the user can fix; `exitCode` is the command's documented code for it. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Bad arguments: exit 2 in every command. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The message of anything thrown, for the places that show it to a person. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** errno code of a Node system error, or undefined. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

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
    const flag = /'(-[^']*)'/.exec(errorMessage(err))?.[1]?.split(' ')[0]?.slice(0, 60);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option \`${flag}\` (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option \`${flag}\` needs a value (see --help)`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument (see --help)`);
    throw new UsageError(errorMessage(err));
  }
}

/**
 * The project a command works on: `--project` (relative to the current folder),
 * else CLAUDE_PROJECT_DIR, else the current folder.
 */
export function projectFromFlag(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (flag !== undefined) {
    if (flag.trim() === '' || flag.includes('\0')) throw new UsageError('`--project` needs a folder');
    return path.resolve(cwd, flag);
  }
  const fromEnv = env.CLAUDE_PROJECT_DIR;
  if (fromEnv && path.isAbsolute(fromEnv) && !fromEnv.includes('\0')) return path.resolve(fromEnv);
  return path.resolve(cwd);
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
export function reportError(name: string, err: unknown, stderr: (s: string) => void = (s) => process.stderr.write(s)): number {
  if (err instanceof UserError) {
    stderr(`${name}: ${err.message}\n`);
    return err.exitCode;
  }
  stderr(`${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}

/** Run `main` with this process's arguments and set the exit code, when `moduleUrl` is the entry. */
export function runMain(name: string, moduleUrl: string, main: Main): void {
  if (!isMain(moduleUrl)) return;
  void runNow(name, main);
}

/** Run `main` unconditionally (the `2l` dispatcher imports bundles as if started directly). */
export async function runNow(name: string, main: Main, argv = process.argv.slice(2)): Promise<void> {
  try {
    const code = await main(argv);
    if (typeof code === 'number') process.exitCode = code;
  } catch (err) {
    process.exitCode = reportError(name, err);
  }
}
