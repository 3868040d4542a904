import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  agentOf,
  barOf,
  sessionRowOf,
  spanOf,
  toolRows,
  treeRows,
  usd,
} from '../../lib/dashboard/client/history-view.ts';

const a = (id: string, parent = '') => agentOf({ id, label: id, parent, startMs: 0, endMs: 1 });

const view = suite('history views: pure parts');

view('the tree is depth-first; a filter keeps the agent, its ancestors and descendants; cycles end', () => {
  const agents = [
    a('main'),
    a('sub-1', 'main'),
    a('sub-2', 'main'),
    a('sub-1a', 'sub-1'),
    a('x', 'y'),
    a('c1', 'c2'),
    a('c2', 'c1'),
  ];
  assert.equal(
    treeRows(agents).map((r) => `${r.depth}${r.agent.id}`),
    ['0main', '1sub-1', '2sub-1a', '1sub-2', '0x', '0c1', '1c2'],
  );
  assert.equal(
    treeRows(agents, 'sub-1').map((r) => r.agent.id),
    ['main', 'sub-1', 'sub-1a'],
  );
});

view('hostile wire values become safe defaults', () => {
  const r = sessionRowOf({ id: { toString: 1 }, failures: -5, costUsd: -1, agents: 'nope', status: '<b>' });
  assert.equal([r.id, r.failures, r.costUsd, [...r.agents], r.status], ['{"toString":1}', 0, undefined, [], '<b>']);
  const s = spanOf({ kind: 'evil', startMs: 10, endMs: 5 });
  assert.equal([s.kind, s.endMs], ['tool', 10]);
});

view('bars are shares of the session and never vanish', () => {
  assert.equal(barOf(0, 50, 0, 100), { left: 0, width: 50 });
  assert.equal(barOf(100, 100, 0, 100), { left: 100, width: 0.4 });
  assert.equal(barOf(-50, 10, 0, 0), { left: 0, width: 100 });
});

view('the tool table follows the agent and tool filters', () => {
  const spans = [
    spanOf({ kind: 'tool', agent: 'sub-1', name: 'Read', startMs: 0, endMs: 10 }),
    spanOf({ kind: 'tool', agent: 'sub-1', name: 'Read', startMs: 0, endMs: 30, error: 'x' }),
    spanOf({ kind: 'tool', agent: 'main', name: 'Bash', startMs: 0, endMs: 5 }),
  ];
  const server = [
    { name: 'Read', calls: 2, failures: 1, totalMs: 40, maxMs: 30 },
    { name: 'Bash', calls: 1, failures: 0, totalMs: 5, maxMs: 5 },
  ];
  assert.equal(toolRows(server, spans, { agent: '', tool: '' }), server);
  assert.equal(toolRows(server, spans, { agent: '', tool: 'Bash' }), [server[1]]);
  assert.equal(toolRows(server, spans, { agent: 'sub-1', tool: '' }), [
    { name: 'Read', calls: 2, failures: 1, totalMs: 40, maxMs: 30 },
  ]);
  assert.equal([usd(undefined), usd(0.004), usd(1.5)], ['–', '<$0.01', '$1.50']);
});

view.run();
