/**
 * A node:fs stand-in that fails (or kills the process) at the Nth mutating
 * call, for proving that an install interrupted at any step leaves the tree
 * old or new. Used by the tests and by `TWOL_INSTALL_FAULT=MODE:N`, MODE one of
 * error, crash (SIGKILL), sigint, sigterm, sighup (the signal is sent and the
 * step goes on, as when Ctrl-C is pressed or the terminal is closed then).
 */
import nodeFs from 'node:fs';
import type { MutFs } from './apply.ts';

const MUTATING = [
  'mkdirSync',
  'openSync',
  'writeSync',
  'fsyncSync',
  'closeSync',
  'chmodSync',
  'renameSync',
  'unlinkSync',
  'symlinkSync',
  'rmdirSync',
] as const;

export interface FaultFs extends MutFs {
  /** Mutating calls made so far. */
  readonly calls: number;
}

const SIGNALS = { sigint: 'SIGINT', sigterm: 'SIGTERM', sighup: 'SIGHUP' } as const;
export type FaultMode = 'error' | 'crash' | keyof typeof SIGNALS;

export function faultFs(failAt: number, mode: FaultMode = 'error'): FaultFs {
  let calls = 0;
  const wrapped: Record<string, unknown> = {};
  for (const name of [...MUTATING, 'statSync'] as const) {
    const real = (nodeFs[name] as (...a: unknown[]) => unknown).bind(nodeFs);
    wrapped[name] = (...args: unknown[]) => {
      if (name !== 'statSync' && ++calls === failAt) {
        if (mode === 'error') {
          const err = new Error(`injected fault at fs call ${calls} (${name})`) as NodeJS.ErrnoException;
          err.code = 'EIO';
          throw err;
        }
        // SIGKILL ends the process here; any other signal arrives while the step goes on.
        process.kill(process.pid, mode === 'crash' ? 'SIGKILL' : SIGNALS[mode]);
      }
      return real(...args);
    };
  }
  Object.defineProperty(wrapped, 'calls', { get: () => calls });
  return wrapped as unknown as FaultFs;
}

/** `MODE:N` from the environment; undefined when unset. */
export function faultFromEnv(value: string | undefined): FaultFs | undefined {
  const m = /^(error|crash|sigint|sigterm|sighup):(\d+)$/.exec(value ?? '');
  return m ? faultFs(Number(m[2]), m[1] as FaultMode) : undefined;
}
