import { spawn } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { endGroup, groupMembers } from '../../lib/shared/process-group.ts';
import { livePids } from '../util/mcp-fixtures.ts';

function startGroup(script: string): { pid: number; exited: Promise<void> } {
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { pid: child.pid!, exited };
}

const group = suite('process-group: endGroup');
group('a leader that exits on its own: nothing signalled', async () => {
  const g = startGroup('exit 0');
  assert.is(await endGroup(g.pid, {}, g.exited), 'exited');
});
group('the leader left, a grandchild still runs in the group: found and ended', async () => {
  const g = startGroup('sleep 30 & exit 0');
  await g.exited;
  assert.is(groupMembers(g.pid).length, 1, 'the sleep is still in the group');
  assert.is(await endGroup(g.pid, { politeMs: 50 }, g.exited), 'sigterm');
  assert.equal(
    livePids((_pid, pgid) => pgid === g.pid),
    [],
  );
});
group('everything ignores SIGTERM: SIGKILL', async () => {
  const g = startGroup("trap '' TERM; sleep 30 & trap '' TERM; wait");
  await new Promise((r) => setTimeout(r, 100));
  assert.is(await endGroup(g.pid, { politeMs: 50, termMs: 200 }, g.exited), 'sigkill');
  assert.equal(
    livePids((_pid, pgid) => pgid === g.pid),
    [],
  );
});
group('an empty group is gone already', async () => {
  assert.equal(groupMembers(2 ** 22 + 12345), []);
});
group.run();
