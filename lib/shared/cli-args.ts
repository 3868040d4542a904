/** node:util parseArgs with errors worded like ours: short, naming the flag in backticks. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw err;
    const flag = /'(-[^']*)'/.exec((err as Error).message)?.[1]?.split(' ')[0]?.slice(0, 60);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option \`${flag}\` (see --help)`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option \`${flag}\` needs a value (see --help)`);
    throw new UsageError((err as Error).message);
  }
}
