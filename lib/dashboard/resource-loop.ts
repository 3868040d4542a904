/**
 * The dashboard server's resource sampling: every `everyMs` (10 s) while a
 * session is at work (an event other than our own samples in the last
 * `activeForMs`), one sample (monitor/resource-sampler.ts) appended to the log
 * as a `resource_sample` event, which the summary then reads like any other.
 * The first sample after a pause only primes the CPU counters and is not written.
 * A sample with no Claude Code process in the project is written once, when
 * the last one has gone (so the newest sample says so), and not again until one
 * runs: a log whose session just ended gets no line every 10 s, and an open
 * page no summary with each, for a process that is not there.
 */
import { appendEvent } from '../events/writer.ts';
import { newEvent } from '../events/format.ts';
import { RESOURCE_EVENT_TYPE, type ResourceSample } from '../monitor/resources.ts';
import { ResourceSampler } from '../monitor/resource-sampler.ts';

export interface ResourceLoopOptions {
  everyMs?: number;
  activeForMs?: number;
  /** The newest activity in the log (ISO time), or undefined. */
  lastActivity(): string | undefined;
  sampler?: Pick<ResourceSampler, 'sample'>;
  write?: (sample: ResourceSample) => void;
}

export function startResourceLoop(project: string, opts: ResourceLoopOptions): { stop(): void } {
  const everyMs = opts.everyMs ?? 10_000;
  const activeForMs = opts.activeForMs ?? 5 * 60_000;
  if (!opts.sampler && !ResourceSampler.supported()) return { stop() {} };
  const sampler = opts.sampler ?? new ResourceSampler(project);
  const write =
    opts.write ??
    ((sample: ResourceSample) =>
      appendEvent(
        project,
        newEvent(
          RESOURCE_EVENT_TYPE,
          `claude ${sample.claude.cpu_pct} % ${Math.round(sample.claude.rss_bytes / 1048576)} MiB`,
          {
            source: 'emit',
            agent_id: 'dashboard',
            payload: sample,
          },
        ),
      ));
  const tick = resourceTicker(opts.lastActivity, sampler, write, activeForMs);
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** One turn of the loop, apart from its timer (tests drive it directly). */
export function resourceTicker(
  lastActivity: () => string | undefined,
  sampler: Pick<ResourceSampler, 'sample'>,
  write: (sample: ResourceSample) => void,
  activeForMs: number,
  now: () => number = Date.now,
): () => void {
  let primed = false;
  /** Whether the last sample written had a Claude process: the first without one is still written. */
  let running = false;
  return () => {
    const last = lastActivity();
    const active = last !== undefined && now() - Date.parse(last) < activeForMs;
    if (!active) {
      primed = false;
      return;
    }
    try {
      const sample = sampler.sample();
      if (sample && primed && (sample.claude.pids > 0 || running)) {
        write(sample);
        running = sample.claude.pids > 0;
      }
      primed = sample !== undefined;
    } catch {
      primed = false; // a log we may not write (planted) or /proc gone: try again next time
    }
  };
}
