/** The page in real headless Chromium (Debian chromium via playwright-core) against the built server (dist/), as it ships. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { withToken } from '../../lib/dashboard/auth.ts';
import { newEvent, type TwoLEvent } from '../../lib/events/format.ts';
import { appendEvent } from '../../lib/events/writer.ts';
import { launchBrowser } from '../util/browser.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { tempDir } from '../util/claude.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';
let browser: Browser;
const servers: BuiltDashboard[] = [];

function ago(ms: number): Date {
  return new Date(Date.now() - ms);
}

function hookEv(type: string, data: string, fields: Partial<TwoLEvent>, at: Date): TwoLEvent {
  return newEvent(type, data, { source: 'hook', agent_id: 'main', session_id: 'sess-aaaa-1111', ...fields }, at);
}

async function open(
  events: TwoLEvent[] | 'no-log' | 'empty-log' | { lines: string[] },
): Promise<{ page: Page; dir: string; srv: BuiltDashboard; errors: string[] }> {
  const dir = tempDir('page');
  if (events === 'empty-log') {
    fs.mkdirSync(path.join(dir, '.2L'));
    fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), '');
  } else if (!Array.isArray(events) && typeof events === 'object') {
    fs.mkdirSync(path.join(dir, '.2L'));
    fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), events.lines.map((l) => `${l}\n`).join(''));
  } else if (events !== 'no-log') for (const e of events) appendEvent(dir, e);
  const srv = await startBuiltDashboard(dir, { pollMs: 100 });
  servers.push(srv);
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(withToken(srv.url, srv.token));
  await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
  return { page, dir, srv, errors };
}

function rowTexts(page: Page): Promise<string[]> {
  return page.$$eval('#timeline > li .type', (els) => els.map((e) => e.textContent ?? ''));
}

function sample(): TwoLEvent[] {
  return [
    newEvent('plan_start', 'plan-1: add a cache', { phase: 'exploration' }, ago(50 * 60_000)),
    newEvent('agent_spawn', 'builder-1: cache layer', { agent_id: 'builder-1', phase: 'building' }, ago(45 * 60_000)),
    newEvent('phase_change', 'building', { phase: 'building' }, ago(100_000)),
    newEvent('iteration_start', 'iteration 2', { phase: 'building' }, ago(99_000)),
    hookEv('session_start', 'Session started (startup)', {}, ago(90_000)),
    hookEv('agent_start', 'Explore started', { agent_id: 'sub-1', agent_type: 'Explore' }, ago(60_000)),
    hookEv(
      'tool_complete',
      'Bash: npm test (1200 ms)',
      { tool_name: 'Bash', duration_ms: 1200, hook_ms: 4 },
      ago(50_000),
    ),
    hookEv(
      'tool_complete',
      'Read: src/a.ts (9 ms)',
      { tool_name: 'Read', duration_ms: 9, agent_id: 'sub-1', session_id: 'sess-bbbb-2222' },
      ago(40_000),
    ),
    hookEv(
      'tool_error',
      'Bash failed: Exit code 1 (37 ms)',
      { tool_name: 'Bash', duration_ms: 37, error: 'Exit code 1' },
      ago(30_000),
    ),
  ];
}

const page = suite('dashboard page');
page.before(async () => {
  browser = await launchBrowser();
});

page('renders the header, the timeline newest first and the panels, with no console error', async () => {
  const { page: p, errors } = await open(sample());
  assert.match((await p.textContent('#project')) ?? '', /^2l-page-/);
  assert.is(await p.textContent('#plan-status'), 'running');
  assert.is(await p.textContent('#plan-phase'), 'building');
  assert.is(await p.textContent('#plan-iteration'), 'iteration 2');
  assert.match((await p.textContent('#plan-elapsed')) ?? '', /^50m \d+s$/);
  const types = await rowTexts(p);
  assert.equal(types, [
    'tool_error',
    'tool_complete',
    'tool_complete',
    'agent_start',
    'session_start',
    'iteration_start',
    'phase_change',
    'agent_spawn',
    'plan_start',
  ]);
  assert.is(await p.textContent('#c-events'), '9');
  assert.is(await p.textContent('#c-errors'), '1');
  assert.match((await p.textContent('#tools')) ?? '', /Bash2/);
  assert.match((await p.textContent('#agents')) ?? '', /sub-1/);
  assert.ok(await p.$('#agents .agent.orphan'), 'builder-1 started 45 minutes ago is marked orphaned');
  assert.is(await p.isHidden('#empty'), true);
  assert.equal(errors, []);
  await p.close();
});

page('events appended after load show up, at the top', async () => {
  const { page: p, dir } = await open(sample());
  appendEvent(dir, newEvent('validation_result', 'PASS: 12 tests', { phase: 'validation' }));
  await p.waitForFunction(
    () => document.querySelector('#timeline > li .type')?.textContent === 'validation_result',
    undefined,
    { timeout: 3000 },
  );
  appendEvent(dir, newEvent('plan_complete', 'done', { phase: 'complete' }));
  await p.waitForFunction(() => document.getElementById('plan-status')?.textContent === 'complete', undefined, {
    timeout: 3000,
  });
  const elapsed = await p.textContent('#plan-elapsed');
  await p.waitForTimeout(1100);
  assert.is(await p.textContent('#plan-elapsed'), elapsed, 'elapsed stops when the plan completes');
  assert.is((await rowTexts(p)).length, 11);
  await p.close();
});

page('hostile event text is shown as text, never run as HTML', async () => {
  const evil = [
    newEvent('note', XSS, { agent_id: '<b id="boom">agent</b>', phase: '<script>window.__pwned=2</script>' }),
    hookEv(
      'tool_error',
      XSS,
      { tool_name: '<svg onload="window.__pwned=3">', duration_ms: 5, error: XSS, session_id: '<i>s</i>' },
      new Date(),
    ),
  ];
  const { page: p, dir } = await open(evil);
  appendEvent(dir, newEvent('agent_start', XSS, { agent_id: '<img src=y onerror="window.__pwned=4">' }));
  await p.waitForFunction(() => document.querySelectorAll('#timeline > li').length === 3, undefined, { timeout: 3000 });
  await p.waitForFunction(() => document.getElementById('c-events')?.textContent === '3', undefined, { timeout: 3000 });
  await p.click('#timeline > li:last-child summary');
  assert.is(await p.$$eval('main img, main svg:not(#chart), main b#boom, main script', (els) => els.length), 0);
  assert.is(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  const text = (await p.textContent('#timeline')) ?? '';
  assert.ok(text.includes(XSS), 'the markup is visible as text');
  assert.ok(text.includes('<b id="boom">agent</b>'));
  assert.ok(((await p.textContent('#tools')) ?? '').includes('<svg onload="window.__pwned=3">'));
  assert.ok(((await p.textContent('#errors')) ?? '').includes(XSS));
  assert.ok(
    ((await p.textContent('#timeline > li:last-child pre')) ?? '').includes('<script>window.__pwned=2</script>'),
  );
  await p.close();
});

page('filters by type, session, agent and free text', async () => {
  const { page: p } = await open(sample());
  await p.selectOption('#f-type', 'tool_complete');
  assert.equal(await rowTexts(p), ['tool_complete', 'tool_complete']);
  assert.match((await p.textContent('#f-count')) ?? '', /^2 matching/);
  await p.selectOption('#f-type', '');
  await p.selectOption('#f-session', 'sess-bbbb-2222');
  assert.equal(await rowTexts(p), ['tool_complete']);
  await p.selectOption('#f-session', '');
  await p.selectOption('#f-agent', 'sub-1');
  assert.equal(await rowTexts(p), ['tool_complete', 'agent_start']);
  await p.selectOption('#f-agent', '');
  await p.fill('#f-text', 'EXIT CODE');
  await p.waitForFunction(() => document.querySelectorAll('#timeline > li').length === 1, undefined, { timeout: 2000 });
  assert.equal(await rowTexts(p), ['tool_error']);
  await p.fill('#f-text', '');
  await p.waitForFunction(() => document.querySelectorAll('#timeline > li').length === 9, undefined, { timeout: 2000 });
  await p.close();
});

page('a new event that does not match the filter stays hidden', async () => {
  const { page: p, dir } = await open(sample());
  await p.selectOption('#f-type', 'tool_error');
  appendEvent(dir, newEvent('note', 'not an error'));
  appendEvent(dir, hookEv('tool_error', 'Grep failed', { tool_name: 'Grep' }, new Date()));
  await p.waitForFunction(() => document.querySelectorAll('#timeline > li').length === 2, undefined, { timeout: 3000 });
  assert.equal(await rowTexts(p), ['tool_error', 'tool_error']);
  await p.close();
});

page('details expand to the whole event', async () => {
  const { page: p } = await open(sample());
  await p.click('#timeline > li:first-child summary');
  const pre = JSON.parse((await p.textContent('#timeline > li:first-child pre')) ?? '{}');
  assert.equal([pre.event_type, pre.tool_name, pre.error], ['tool_error', 'Bash', 'Exit code 1']);
  await p.close();
});

page('empty state: no .2L yet, then the first event replaces it', async () => {
  const { page: p, dir, errors } = await open('no-log');
  assert.is(await p.isVisible('#empty'), true);
  assert.is(await p.textContent('#empty-title'), 'No event log yet');
  assert.is(await p.textContent('#agents'), 'No active agents');
  assert.is(await p.textContent('#tools'), 'No tool calls yet');
  appendEvent(dir, newEvent('note', 'first!'));
  await p.waitForSelector('#empty', { state: 'hidden', timeout: 3000 });
  assert.equal(await rowTexts(p), ['note']);
  assert.equal(errors, []);
  await p.close();
});

page('empty state: a log with no events', async () => {
  const { page: p } = await open('empty-log');
  assert.is(await p.textContent('#empty-title'), 'No events yet');
  await p.close();
});

page('truncating the log reloads the page state', async () => {
  const { page: p, dir } = await open(sample());
  const log = path.join(dir, '.2L', 'events.jsonl');
  fs.writeFileSync(log, `${JSON.stringify(newEvent('fresh_start', 'after truncation'))}\n`);
  await p.waitForFunction(() => document.querySelectorAll('#timeline > li').length === 1, undefined, { timeout: 4000 });
  assert.equal(await rowTexts(p), ['fresh_start']);
  assert.is(await p.textContent('#c-events'), '1');
  await p.close();
});

page('a big log: full figures, newest events first, still live', async () => {
  const dir = tempDir('page-big');
  fs.mkdirSync(path.join(dir, '.2L'));
  const n = 60_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify(newEvent('tick', `n${i} ${'x'.repeat(200)}`)));
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), `${lines.join('\n')}\n`);
  const srv = await startBuiltDashboard(dir);
  try {
    const p = await browser.newPage();
    await p.goto(withToken(srv.url, srv.token));
    await p.waitForFunction((count) => document.getElementById('c-events')?.textContent === String(count), n, {
      timeout: 20_000,
    });
    await p.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
    const first = (await p.textContent('#timeline > li:first-child .text')) ?? '';
    assert.ok(first.startsWith(`n${n - 1} `), first.slice(0, 20));
    assert.is(await p.$$eval('#timeline > li', (els) => els.length), 300);
    appendEvent(dir, newEvent('after_load', 'still live'));
    await p.waitForFunction(
      () => document.querySelector('#timeline > li .type')?.textContent === 'after_load',
      undefined,
      { timeout: 3000 },
    );
  } finally {
    await srv.close();
  }
});

/** Every field of a line is the repository's: times, numbers, types, keys. */
const HOSTILE_LINES = [
  '{"timestamp":"2026-13-45T99:99:99Z","event_type":"tool_complete","tool_name":"Bash","data":"bad time","duration_ms":5,"source":"hook"}',
  '{"timestamp":"2026-02-30T10:00:00.000Z","event_type":"tool_error","tool_name":["Read","Write"],"error":{"toString":1},"duration_ms":"12","data":"feb 30"}',
  '{"timestamp":"+275760-09-13T00:00:00.000Z","event_type":"tool_complete","tool_name":{"__proto__":{"polluted":1}},"duration_ms":-40,"hook_ms":1e400}',
  '{"timestamp":"2026-01-01T00:00:01.000Z","event_type":"agent_start","agent_id":["a"],"agent_type":7,"session_id":{"length":99,"slice":1},"__proto__":{"x":1},"constructor":"c"}',
  '{"timestamp":"2026-01-01T00:00:02.000Z","event_type":"phase_change","phase":["p"],"data":{"toString":1,"valueOf":1}}',
  '{"timestamp":"2026-01-01T00:00:03.000Z","event_type":"tool_complete","session_id":"__proto__","tool_name":"constructor","duration_ms":1e308,"agent_id":"toString"}',
  '{"timestamp":"2026-01-01T00:00:04.000Z","event_type":"plan_start","phase":{"toString":1},"agent_id":null}',
  '{"timestamp":["2026"],"event_type":"tool_complete"}',
  '{"timestamp":"2026-01-01T24:61:00Z","event_type":"iteration_start","data":["it"]}',
];

page(
  'a log of hostile fields: the page stays live, shows them as text or –, and what follows still appears',
  async () => {
    const {
      page: p,
      dir,
      errors,
    } = await open({ lines: [...HOSTILE_LINES, JSON.stringify(newEvent('good_before', 'fine'))] });
    await p.waitForFunction(() => document.getElementById('c-events')?.textContent === '9'); // the ["2026"] time is not an event
    const bad = p.locator('#timeline > li', { hasText: 'bad time' });
    assert.is(await bad.locator('.rel').textContent(), '–', 'an impossible time shows as –');
    await bad.locator('summary').click();
    assert.ok(
      ((await bad.locator('pre').textContent()) ?? '').includes('2026-13-45T99:99:99Z'),
      'the details show the raw value',
    );
    assert.ok(
      ((await p.textContent('#tools')) ?? '').includes('["Read","Write"]'),
      'an array where a name belongs is shown as its text',
    );
    // More of the same over the live stream, then a good event: it must appear.
    const log = path.join(dir, '.2L', 'events.jsonl');
    fs.appendFileSync(log, HOSTILE_LINES.map((l) => `${l}\n`).join(''));
    appendEvent(dir, newEvent('good_after', 'still live'));
    await p.waitForFunction(
      () => document.querySelector('#timeline > li .type')?.textContent === 'good_after',
      undefined,
      { timeout: 5000 },
    );
    await p.waitForFunction(() => document.getElementById('c-events')?.textContent === '18', undefined, {
      timeout: 5000,
    });
    await p.waitForTimeout(1200); // the clock ticks once over every row and agent
    assert.is(await p.textContent('#conn'), 'live');
    assert.is(
      await p.evaluate(
        () =>
          (Object.prototype as unknown as { polluted?: number; x?: number }).polluted ??
          (Object.prototype as unknown as { x?: number }).x,
      ),
      undefined,
    );
    assert.equal(errors, []);
    await p.close();
  },
);

page(
  'the link secret leaves the address bar; the cookie carries on, no script can read it, and no link means no data',
  async () => {
    const { page: p, srv, dir } = await open(sample());
    assert.is(p.url(), srv.url, 'history.replaceState dropped ?token=');
    const [cookie] = await p.context().cookies(srv.url);
    assert.equal([cookie?.name, cookie?.httpOnly, cookie?.sameSite], [`twol_dashboard_${srv.port}`, true, 'Strict']);
    assert.is(await p.evaluate(() => document.cookie), '');
    await p.reload();
    await p.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
    const stranger = await browser.newPage(); // a fresh profile: no cookie, no link
    const r = await stranger.goto(srv.url);
    assert.is(r?.status(), 401);
    assert.not.ok(((await stranger.content()) ?? '').includes('tool_error'));
    await stranger.close();
    // A new server on the same port has a new secret: the open page says how to get back in.
    await srv.close();
    const again = await startBuiltDashboard(dir, { ports: [srv.port], pollMs: 100 });
    servers.push(again);
    await p.waitForFunction(() => document.getElementById('conn')?.textContent === 'link expired', undefined, {
      timeout: 10_000,
    });
    assert.is(await p.textContent('#empty-title'), 'This link no longer opens the dashboard');
    await p.close();
  },
);

page('a log that is a link is not read; the page says why, and picks up a real log', async () => {
  const dir = tempDir('page');
  fs.mkdirSync(path.join(dir, '.2L'));
  const elsewhere = path.join(tempDir('elsewhere'), 'x.jsonl');
  fs.writeFileSync(elsewhere, `${JSON.stringify(newEvent('from_elsewhere', 'should not show'))}\n`);
  const log = path.join(dir, '.2L', 'events.jsonl');
  fs.symlinkSync(elsewhere, log);
  const srv = await startBuiltDashboard(dir, { pollMs: 100 });
  servers.push(srv);
  const p = await browser.newPage();
  await p.goto(withToken(srv.url, srv.token));
  await p.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
  assert.is(await p.textContent('#empty-title'), "2L does not read this project's event log");
  assert.match((await p.textContent('#empty-text')) ?? '', /events\.jsonl: is a symbolic link/);
  assert.equal(await rowTexts(p), []);
  fs.rmSync(log);
  appendEvent(dir, newEvent('real_event', 'hello'));
  await p.waitForFunction(
    () => document.querySelector('#timeline > li .type')?.textContent === 'real_event',
    undefined,
    { timeout: 5000 },
  );
  await p.waitForSelector('#empty', { state: 'hidden', timeout: 3000 });
  await p.close();
});

page.after(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser?.close();
});
page.run();
