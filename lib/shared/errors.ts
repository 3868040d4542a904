/**
 * The two kinds of failure a command reports, and the one way to read anything
 * thrown. No imports at all: the hook and the status line are bundled with this
 * module and start on every Claude Code event, so it must cost them nothing.
 * Commands get all of it through `cli.ts`; library modules import it from here.
 */

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
  // An error from another realm, or an error-like object a library threw.
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(err);
}

/** errno code of a Node system error (`ENOENT`, `EEXIST`, ...), or undefined. */
export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The stack of an internal error (a bug), for logs a developer reads; the text of anything else. */
export function errorStack(err: unknown): string {
  return (err instanceof Error && err.stack) || String(err);
}
