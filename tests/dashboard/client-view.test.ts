/** What the page shows, decided apart from the DOM (lib/dashboard/client/view.ts), run under Node. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLine, type PageEvent } from '../../lib/dashboard/client/values.ts';
import {
  callText,
  chartOf,
  countLabel,
  eventText,
  eventWho,
  failureText,
  filterChoices,
  footerText,
  matches,
  noticeFor,
  type Filters,
  type LogView,
} from '../../lib/dashboard/client/view.ts';

function ev(fields: Record<string, unknown>, seq = 1): PageEvent {
  return parseLine(
    JSON.stringify({ timestamp: '2026-11-20T12:00:00.000Z', event_type: 'tool_complete', ...fields }),
    seq,
  )!;
}
const NONE: Filters = { session: '', agent: '', type: '', text: '' };

const filter = suite('client view: filters');
const bash = ev({ tool_name: 'Bash', data: 'Bash: npm test', session_id: 'S1', agent_id: 'main' });
const sub = ev({
  event_type: 'agent_start',
  agent_id: 'sub-1',
  agent_type: 'Explore',
  session_id: 'S2',
  data: 'Explore started',
});
const cases: Array<[string, Partial<Filters>, PageEvent, boolean]> = [
  ['no filter keeps all', {}, bash, true],
  ['session', { session: 'S1' }, bash, true],
  ['other session', { session: 'S2' }, bash, false],
  ['agent', { agent: 'sub-1' }, sub, true],
  ['type', { type: 'agent_start' }, bash, false],
  ['text in data', { text: 'npm' }, bash, true],
  ['text in agent type', { text: 'explore' }, sub, true],
  ['text absent', { text: 'cargo' }, bash, false],
  ['all at once', { session: 'S1', agent: 'main', type: 'tool_complete', text: 'bash' }, bash, true],
];
for (const [name, f, e, want] of cases) filter(name, () => assert.is(matches({ ...NONE, ...f }, e), want));
filter('the count label shows only under a filter, and says when rows are cut', () => {
  assert.is(countLabel(NONE, 5, 5), '');
  assert.is(countLabel({ ...NONE, type: 'x' }, 2, 2), '2 matching');
  assert.is(countLabel({ ...NONE, text: 'x' }, 900, 300), '900 matching, newest 300 shown');
});
filter('choices: every session, agent and type seen, sorted; prototype names are just names', () => {
  const events = [bash, sub, ev({ session_id: '__proto__', agent_id: 'constructor', event_type: 'toString' })];
  const summary = { sessions: [{ id: 'S0' }, { id: ['odd'] }, 7, null], by_type: { note: 1 } };
  assert.equal(filterChoices(events, summary), {
    sessions: ['S0', 'S1', 'S2', '["odd"]', '__proto__'],
    agents: ['constructor', 'main', 'sub-1'],
    types: ['agent_start', 'note', 'toString', 'tool_complete'],
  });
  assert.equal(filterChoices([], 'not a summary'), { sessions: [], agents: [], types: [] });
});
filter.run();

const rows = suite('client view: a timeline row');
const texts: Array<[Record<string, unknown>, string]> = [
  [{ tool_name: 'Bash', data: 'Bash: npm test' }, 'Bash: npm test'],
  [{ tool_name: 'Read', data: 'src/a.ts' }, 'Read: src/a.ts'],
  [
    { event_type: 'tool_error', tool_name: 'Bash', data: 'Bash failed: Exit code 1', error: 'Exit code 1' },
    'Bash failed: Exit code 1',
  ],
  [{ event_type: 'stop_error', data: 'Turn failed', error: 'rate limited' }, 'Turn failed — rate limited'],
  [{ data: '<img src=x onerror=alert(1)>' }, '<img src=x onerror=alert(1)>'],
];
for (const [fields, want] of texts)
  rows(`text ${JSON.stringify(fields).slice(0, 50)}`, () => assert.is(eventText(ev(fields)), want));
rows('who names the agent and its type', () => {
  assert.is(eventWho(sub), 'sub-1 (Explore)');
  assert.is(eventWho(bash), 'main');
});
rows('a slow call names its tool once', () => {
  assert.is(callText('Bash', 'Bash: sleep 5'), 'Bash: sleep 5');
  assert.is(callText('Read', 'a.ts'), 'Read: a.ts');
});
const rates: Array<[unknown, unknown, string]> = [
  [0, 0, '0'],
  [undefined, 0.5, '0'],
  [1, 0.05, '5.0%'],
  [3, 0.25, '25%'],
  [2, 'lots', '0.0%'],
];
for (const [failures, rate, want] of rates)
  rows(`failure text ${String(failures)}/${String(rate)} -> ${want}`, () =>
    assert.is(failureText(failures, rate), want),
  );
rows.run();

const chart = suite('client view: the per-minute chart');
chart('the last hour ends at the newest minute; bars sit in their slots', () => {
  const c = chartOf([
    { minute: '2026-11-20T10:00', events: 4, errors: 0 },
    { minute: '2026-11-20T11:30', events: 9, errors: 2 },
    { minute: '2026-11-20T11:59', events: 3, errors: 0 },
  ])!;
  assert.equal(c.bars, [
    { slot: 30, minute: '2026-11-20T11:30', events: 9, errors: 2 },
    { slot: 59, minute: '2026-11-20T11:59', events: 3, errors: 0 },
  ]);
  assert.is(c.max, 9, 'the peak counts minutes off the chart too');
  assert.equal([c.left, c.right], ['11:00 UTC', 'peak 9/min · 11:59']);
});
chart('minutes that are not times are left out; nothing valid is no chart', () => {
  const c = chartOf([
    { minute: '2026-02-30T10:00', events: 99 },
    { minute: ['x'] },
    null,
    { minute: '2026-11-20T11:59', events: -3, errors: 'x' },
  ])!;
  assert.equal(c.bars, [{ slot: 59, minute: '2026-11-20T11:59', events: 0, errors: 0 }]);
  assert.is(c.max, 1);
  assert.is(chartOf([{ minute: 'soon' }]), undefined);
  assert.is(chartOf('nope'), undefined);
});
chart.run();

const notice = suite('client view: the notice and the footer');
const LOG: LogView = { path: '/p/.2L/events.jsonl', exists: true, problem: '', skipped: 0 };
const notices: Array<[string, Parameters<typeof noticeFor>[0], string | undefined]> = [
  [
    'a dead link wins over everything',
    { locked: true, log: { ...LOG, problem: 'x' }, summary: { events: 5 }, events: 5 },
    'This link no longer opens the dashboard',
  ],
  [
    'a planted log says why',
    { locked: false, log: { ...LOG, problem: 'events.jsonl: is a symbolic link' }, summary: null, events: 0 },
    "2L does not read this project's event log",
  ],
  [
    'no log yet',
    { locked: false, log: { ...LOG, exists: false }, summary: { events: 0 }, events: 0 },
    'No event log yet',
  ],
  ['an empty log', { locked: false, log: LOG, summary: { events: 0 }, events: 0 }, 'No events yet'],
  ['events in the summary', { locked: false, log: LOG, summary: { events: 3 }, events: 0 }, undefined],
  ['events in the timeline', { locked: false, log: { ...LOG, exists: false }, summary: null, events: 1 }, undefined],
];
for (const [name, p, title] of notices) notice(name, () => assert.is(noticeFor(p)?.title, title));
notice('the problem text is shown as given', () =>
  assert.is(
    noticeFor({ locked: false, log: { ...LOG, problem: '<b>x</b>' }, summary: null, events: 0 })?.text,
    '<b>x</b>',
  ),
);
notice('the footer: loading, path, counts, malformed lines and unread archives', () => {
  assert.is(footerText({ events: 12 }, LOG, false), 'Log: /p/.2L/events.jsonl · 12 events');
  assert.is(
    footerText({ events: 12, malformed: 2 }, { ...LOG, skipped: 1 }, true),
    'Reading the log, figures so far · Log: /p/.2L/events.jsonl · 12 events · 2 malformed lines skipped · 1 archives not read (links, FIFOs or unreadable)',
  );
  const since = footerText({ events: 1, first: '2026-11-20T12:00:00.000Z' }, LOG, false);
  assert.is(
    since,
    `Log: /p/.2L/events.jsonl · 1 events · since ${new Date('2026-11-20T12:00:00.000Z').toLocaleString()}`,
  );
  assert.is(
    footerText({ events: 'many', malformed: -1, first: 'never' }, LOG, false),
    'Log: /p/.2L/events.jsonl · 0 events',
  );
});
notice.run();
