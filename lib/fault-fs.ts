/**
 * A node:fs stand-in that fails (or kills the process) at the Nth mutating
 * call, for proving that an install interrupted at any step leaves the tree
 * old or new. Used by the tests and by `TWOL_INSTALL_FAULT=error:N|crash:N|sigint:N`.
 */
import nodeFs from 'node:fs';
import type { MutFs } from './install-apply.ts';

const MUTATING = ['mkdirSync', 'openSync', 'writeSync', 'fsyncSync', 'closeSync', 'chmodSync', 'renameSync', 'unlinkSync', 'symlinkSync', 'rmdirSync'] as const;

export interface FaultFs extends MutFs {
  /** Mutating calls made so far. */
  readonly calls: number;
}

export type FaultMode = 'error' | 'crash' | 'sigint';

export function faultFs(failAt: number, mode: FaultMode = 'error'): FaultFs {
  let calls = 0;
  const wrapped: Record<string, unknown> = {};
  for (const name of [...MUTATING, 'statSync'] as const) {
    const real = (nodeFs[name] as (...a: unknown[]) => unknown).bind(nodeFs);
    wrapped[name] = (...args: unknown[]) => {
      if (name !== 'statSync' && ++calls === failAt) {
        if (mode === 'crash') process.kill(process.pid, 'SIGKILL');
        if (mode === 'sigint') {
          process.kill(process.pid, 'SIGINT'); // as if Ctrl-C was pressed now; the step itself goes on
          return real(...args);
        }
        const err = new Error(`injected fault at fs call ${calls} (${name})`) as NodeJS.ErrnoException;
        err.code = 'EIO';
        throw err;
      }
      return real(...args);
    };
  }
  Object.defineProperty(wrapped, 'calls', { get: () => calls });
  return wrapped as unknown as FaultFs;
}

/** `error:N` or `crash:N` from the environment; undefined when unset. */
export function faultFromEnv(value: string | undefined): FaultFs | undefined {
  const m = /^(error|crash|sigint):(\d+)$/.exec(value ?? '');
  return m ? faultFs(Number(m[2]), m[1] as FaultMode) : undefined;
}
