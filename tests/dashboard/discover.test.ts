/** Which command lines are a dashboard server, and for which project (lib/dashboard/discover.ts). */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { dashboardProjects, ownedByMe, serverProject } from '../../lib/dashboard/discover.ts';

const s = suite('serverProject');
const cases: Array<[string[], string | undefined]> = [
  [['/usr/bin/node', '/pack/dist/dashboard-server.mjs', '--project', '/home/u/p', '--ports', '0'], '/home/u/p'],
  [['node', 'dashboard-server.mjs', '--project', '/p'], '/p'],
  [['node', '/pack/dist/dashboard.mjs', '--project', '/p'], undefined],
  [['sleep', '60'], undefined],
  [['node', 'dashboard-server.mjs'], undefined],
  [['node', 'dashboard-server.mjs', '--project'], undefined],
  [['node', 'dashboard-server.mjs', '--project', 'relative/p'], undefined],
  [['node', '/x/not-dashboard-server.mjs', '--project', '/p'], undefined],
];
for (const [argv, want] of cases) s(argv.join(' '), () => assert.is(serverProject(argv), want));
s('dashboardProjects: the given ones and those servers name, once each, sorted', () => {
  assert.equal(
    dashboardProjects(
      ['/b', '/a/./x/..'],
      [
        { pid: 1, project: '/c' },
        { pid: 2, project: '/b' },
      ],
    ),
    ['/a', '/b', '/c'],
  );
});
s('ownedByMe: this process yes, pid 1 (root) no when we are not root, no such pid no', () => {
  assert.ok(ownedByMe(process.pid));
  if (process.getuid?.() !== 0) assert.not.ok(ownedByMe(1));
  assert.not.ok(ownedByMe(2 ** 22 + 17));
});
s.run();
