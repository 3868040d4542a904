/**
 * The dashboard server's resource sampling: every `everyMs` (10 s) while a
 * session is at work (an event other than our own samples in the last
 * `activeForMs`), one sample (monitor/resource-sampler.ts) appended to the log
 * as a `resource_sample` event, which the summary then reads like any other.
 * The first sample after a pause only primes the CPU counters and is not written.
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
  let primed = false;
  const tick = () => {
    const last = opts.lastActivity();
    const active = last !== undefined && Date.now() - Date.parse(last) < activeForMs;
    if (!active) {
      primed = false;
      return;
    }
    try {
      const sample = sampler.sample();
      if (sample && primed) write(sample);
      primed = sample !== undefined;
    } catch {
      primed = false; // a log we may not write (planted) or /proc gone: try again next time
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
