// Resource arithmetic (lib/monitor/resources.ts): /proc parsing, process trees, CPU between readings.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import {
  descendants,
  latestResources,
  parseProcStat,
  parsePs,
  parseVmRss,
  readResourceSample,
  ticksSince,
} from '../../lib/monitor/resources.ts';

const STAT = (pid: number, comm: string, ppid: number, u: number, s: number, cu = 0, cs = 0, start = 1000) =>
  `${pid} (${comm}) S ${ppid} ${pid} 1 0 -1 4194304 98 0 0 0 ${u} ${s} ${cu} ${cs} 20 0 1 0 ${start} 3133440 361 0`;

const parse = suite('parseProcStat');
parse('fields by position after the last `)`', () => {
  assert.equal(parseProcStat(STAT(42, 'claude', 7, 10, 5, 3, 2, 999)), {
    pid: 42,
    ppid: 7,
    comm: 'claude',
    ticks: 20,
    start: 999,
  });
});
parse('a command name with spaces and `) (` cannot shift the fields', () => {
  assert.equal(parseProcStat(STAT(9, 'x) S 1 2 (y', 3, 1, 1))?.ppid, 3);
  assert.equal(parseProcStat(STAT(9, 'x) S 1 2 (y', 3, 1, 1))?.comm, 'x) S 1 2 (y');
});
parse('garbage is undefined', () => {
  assert.is(parseProcStat(''), undefined);
  assert.is(parseProcStat('12 no parens'), undefined);
});
parse('VmRSS in bytes; none for a kernel thread', () => {
  assert.is(parseVmRss('Name:\tx\nVmRSS:\t  2048 kB\n'), 2048 * 1024);
  assert.is(parseVmRss('Name:\tkthreadd\n'), 0);
});
parse('ps output (macOS)', () => {
  assert.equal(parsePs('  12   1  3.5  2048 /usr/local/bin/claude\nbad line\n'), [
    { pid: 12, ppid: 1, pcpu: 3.5, rss: 2048 * 1024, comm: '/usr/local/bin/claude' },
  ]);
});
parse.run();

const tree = suite('descendants and ticksSince');
tree('the tree of the roots, nothing else; a cycle in ppids cannot loop', () => {
  const procs = new Map([
    [1, { ppid: 0 }],
    [10, { ppid: 1 }],
    [11, { ppid: 10 }],
    [12, { ppid: 11 }],
    [20, { ppid: 1 }],
    [30, { ppid: 31 }],
    [31, { ppid: 30 }],
  ]);
  assert.equal([...descendants(procs, [10])].sort(), [10, 11, 12]);
  assert.equal([...descendants(procs, [30])].sort(), [30, 31]);
  assert.equal([...descendants(procs, [99])], []);
});
tree('ticks since the previous reading: known members by difference, new ones whole only when born since', () => {
  const now = new Map([
    [1, { ticks: 150, start: 10 }],
    [2, { ticks: 40, start: 5000 }],
    [3, { ticks: 900, start: 20 }],
  ]);
  const prev = new Map([[1, 100]]);
  assert.is(ticksSince(now, [1, 2, 3], prev, 4000), 50 + 40);
  assert.is(ticksSince(now, [1, 2, 3], undefined, undefined), 0);
});
tree.run();

const read = suite('resource_sample read back from the log');
const good = {
  interval_ms: 10_000,
  claude: { pids: 3, cpu_pct: 12.5, rss_bytes: 300e6, roots: 1 },
  pack: { pids: 1, cpu_pct: 0.1, rss_bytes: 60e6 },
  machine: { load1: 1, load5: 1, load15: 1, mem_available_bytes: 1e9, mem_total_bytes: 2e9, cpus: 2 },
  cost_ms: 3,
};
read('a good payload, and the newest one wins', () => {
  assert.equal(readResourceSample(good), good);
  const a = latestResources(undefined, newEvent('resource_sample', 'x', { payload: good }, new Date(2000)));
  const b = latestResources(a, newEvent('resource_sample', 'x', { payload: { ...good, cost_ms: 9 } }, new Date(1000)));
  assert.is(b?.cost_ms, 3);
});
read('text where numbers belong, or negative numbers: not a sample', () => {
  assert.is(readResourceSample({ ...good, claude: { ...good.claude, cpu_pct: '<b>9</b>' } }), undefined);
  assert.is(readResourceSample({ ...good, machine: { ...good.machine, load1: -1 } }), undefined);
  assert.is(readResourceSample('x'), undefined);
});
read.run();
