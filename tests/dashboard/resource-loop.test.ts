// The dashboard server's sampling turn: written only while a session is at work and a Claude process
// runs, one closing sample when it has gone, the first sample after a pause only primes.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { resourceTicker } from '../../lib/dashboard/resource-loop.ts';
import type { ResourceSample } from '../../lib/monitor/resources.ts';

const NOW = Date.parse('2026-11-30T12:00:00.000Z');
const ACTIVE_FOR = 5 * 60_000;

function sample(pids: number): ResourceSample {
  return {
    interval_ms: 10_000,
    claude: { pids, cpu_pct: pids ? 12 : 0, rss_bytes: pids * 1e8, roots: pids ? 1 : 0 },
    pack: { pids: 1, cpu_pct: 1, rss_bytes: 5e7 },
    machine: { load1: 0, load5: 0, load15: 0, mem_available_bytes: 1, mem_total_bytes: 2, cpus: 2 },
    cost_ms: 1,
  };
}

/** A ticker over a scripted series of Claude process counts; what it wrote, as those counts. */
function run(
  pids: Array<number | 'gone'>,
  activity: () => string | undefined = () => new Date(NOW - 1000).toISOString(),
) {
  const written: number[] = [];
  let i = 0;
  const sampler = {
    sample: () => {
      const p = pids[i++];
      if (p === 'gone') throw new Error('/proc gone');
      return p === undefined ? undefined : sample(p);
    },
  };
  const tick = resourceTicker(
    activity,
    sampler,
    (s) => written.push(s.claude.pids),
    ACTIVE_FOR,
    () => NOW,
  );
  for (let n = 0; n < pids.length; n++) tick();
  return written;
}

const loop = suite('resourceTicker');

loop('the first sample primes; later ones are written while Claude runs', () => {
  assert.equal(run([1, 1, 2]), [1, 2]);
});

loop('no Claude process: nothing is written, however long the page stays open', () => {
  assert.equal(run([0, 0, 0, 0, 0, 0]), []);
});

loop('Claude exits: one sample says so, then nothing until it runs again', () => {
  assert.equal(run([1, 1, 0, 0, 0, 1, 0]), [1, 0, 1, 0]);
});

loop('a log with no recent activity is not sampled at all', () => {
  const stale = () => new Date(NOW - ACTIVE_FOR - 1).toISOString();
  assert.equal(run([1, 1, 1], stale), []);
  assert.equal(
    run([1, 1, 1], () => undefined),
    [],
  );
});

loop('a failed sample primes again before anything is written', () => {
  assert.equal(run([1, 'gone', 1, 1]), [1]);
});

loop.run();
