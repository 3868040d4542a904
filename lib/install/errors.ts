/**
 * The installer's user error: a short, actionable message (naming the flag or
 * file in backticks) and an exit code; the command prints it without a stack.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
