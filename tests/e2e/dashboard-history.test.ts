/**
 * The history views in real headless Chromium against the built server (dist/):
 * the session list, an archived session's page with its agent tree and
 * waterfall, search hits that open the right session, the all-projects page
 * with two live projects (and a registry that also points outside), the
 * alerts panel with a firing alert; at 1440×900 and 390×844, each view
 * checked for sideways overflow and saved as a screenshot.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { withToken } from '../../lib/dashboard/auth.ts';
import { newEvent } from '../../lib/events/format.ts';
import { appendEvent } from '../../lib/events/writer.ts';
import { launchBrowser } from '../util/browser.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { tempDir } from '../util/claude.ts';
import { ARCHIVED, historyProject } from '../util/history-fixtures.ts';

const SHOTS = process.env.TWOL_SHOTS_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), '2l-history-shots-'));
let browser: Browser;
const servers: BuiltDashboard[] = [];

/** Two live projects in a private Claude config folder's registry, with entries that must not be listed. */
function scene(): { a: string; b: string; env: NodeJS.ProcessEnv } {
  const a = historyProject('shop-api');
  const b = historyProject('docs-site');
  fs.writeFileSync(
    path.join(a, '.2L', 'config.yaml'),
    'performance:\n  targets:\n    tool_p95_ms: { Bash: 1000, default: 60000 }\n  alerts:\n    min_samples: 5\n',
  );
  const linked = tempDir('linked');
  fs.symlinkSync(path.join(a, '.2L'), path.join(linked, '.2L'));
  const config = tempDir('claude-config');
  fs.mkdirSync(path.join(config, '2l'), { mode: 0o700 });
  const entries = [a, b, '/etc', 'relative/project', `${b}/../${path.basename(b)}`, linked, '/nonexistent/x'];
  fs.writeFileSync(
    path.join(config, '2l', 'projects.json'),
    JSON.stringify({ v: 1, projects: entries.map((p) => ({ path: p, added: '2026-11-01T00:00:00.000Z' })) }),
  );
  return { a, b, env: { ...process.env, HOME: tempDir('home'), CLAUDE_CONFIG_DIR: config, TWOL_REGISTRY: 'off' } };
}

async function noOverflow(page: Page, what: string): Promise<void> {
  const o = await page.evaluate(() => ({
    doc: document.documentElement.scrollWidth,
    win: window.innerWidth,
    wide: Array.from(document.querySelectorAll('body *'))
      .filter(
        (n) => (n as HTMLElement).offsetParent !== null && n.getBoundingClientRect().right > window.innerWidth + 1,
      )
      .slice(0, 5)
      .map((n) => `${n.tagName}.${(n as HTMLElement).className}#${n.id}`),
  }));
  assert.ok(o.doc <= o.win, `${what}: page is ${o.doc}px wide in a ${o.win}px window (${o.wide.join(', ')})`);
}

/**
 * WCAG AA for every visible piece of text: 4.5:1 against the background it is
 * drawn on (3:1 for large text: 24px, or 18.66px bold), the background being
 * the nearest ancestor's that is not transparent.
 */
// A string, not a function: the test runner's transform would add helpers the page does not have.
const CONTRAST = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const bgOf = (n) => {
    for (let e = n; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const el = t.parentElement;
    if (!el || !t.textContent.trim() || el.closest('[hidden]') || el.offsetParent === null) continue;
    const cs = getComputedStyle(el);
    const fg = rgb(cs.color);
    const a = lum(fg), b = lum(bgOf(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push(el.tagName + '.' + el.className + ' "' + t.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
  }
  return [...new Set(out)].slice(0, 10);
})()`;

async function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(CONTRAST) as Promise<string[]>;
}

async function shot(page: Page, name: string): Promise<void> {
  assert.equal(await contrastFailures(page), [], `${name}: text below WCAG AA contrast`);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  // A phone's whole page shrinks to nothing when viewed: its first screen too.
  if (name.startsWith('phone')) await page.screenshot({ path: path.join(SHOTS, `${name}-screen.png`) });
}

const views = suite('dashboard history views (Chromium)');
views.before(async () => {
  browser = await launchBrowser();
});
views.after(async () => {
  await browser?.close();
  for (const s of servers.splice(0)) await s.close();
  console.log(`screenshots: ${SHOTS}`);
});

for (const [label, width, height] of [
  ['desktop', 1440, 900],
  ['phone', 390, 844],
] as const)
  views(`${label} ${width}×${height}: sessions, an archived session, search, projects, alerts`, async () => {
    const { a, env } = scene();
    const srv = await startBuiltDashboard(a, { pollMs: 100, env });
    servers.push(srv);
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${withToken(srv.url, srv.token)}#/sessions`);
    await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');

    // Session list: the archive's sessions and the live one, newest first, with their figures.
    await page.waitForSelector('#sessions-list .srow');
    const rows = await page.$$eval('#sessions-list .srow', (els) => els.map((e) => e.textContent ?? ''));
    assert.is(rows.length, 3);
    assert.match(rows[0]!, /^Keep shop-api building\s*live/);
    assert.match(rows[1]!, /Add a cache layer to the API <b>fast<\/b>ended/);
    assert.match(rows[1]!, /46\.0 s10 tool calls1 failure5 agents\$1\.05/, rows[1]);
    assert.match(rows[1]!, /\$1\.05/);
    assert.is(await page.$('#sessions-list b'), null, 'HTML in a prompt stays text');
    assert.is(await page.getAttribute('#tab-sessions', 'aria-current'), 'page');
    await noOverflow(page, `${label} sessions`);
    await shot(page, `${label}-sessions`);

    // The archived session's page, opened from the list (a deep link).
    await page.click(`#sessions-list a[href="#/session/${ARCHIVED}"]`);
    await page.waitForFunction(() => (document.getElementById('s-tree')?.children.length ?? 0) > 1);
    assert.is(new URL(page.url()).hash, `#/session/${ARCHIVED}`);
    const tree = await page.$$eval('#s-tree .tnode', (els) =>
      els.map(
        (e) =>
          `${parseInt((e as HTMLElement).style.paddingLeft || '0', 10) / 16}:${e.querySelector('.name')?.textContent}`,
      ),
    );
    assert.equal(tree, [
      '0:main',
      '1:2L orchestrator · 2l-orchestrator',
      '2:builder · builder-1',
      '2:validator · validator-1',
      '1:Explore · a3f9e2b1',
    ]);
    const explore = (await page.textContent('#s-tree .tnode:nth-child(5)')) ?? '';
    assert.match(explore, /3 tool calls · \$0\.21/);
    const tools = await page.$$eval('#s-tools td.full', (els) => els.map((e) => e.textContent));
    assert.ok(
      tools.includes('mcp__github__create_pull_request') && tools.includes('mcp__github__create_pull_request_review'),
    );
    const bars = await page.$$eval('#s-waterfall .wf-row', (els) => els.length);
    assert.is(bars, 15, `waterfall rows: ${bars}`);
    assert.is(await page.$$eval('#s-waterfall .wf-err', (els) => els.length), 1);
    await noOverflow(page, `${label} session`);
    await shot(page, `${label}-session`);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await contrastFailures(page), [], 'dark scheme: text below WCAG AA contrast');
    await page.emulateMedia({ colorScheme: 'light' });

    // Filters apply to every panel and live in the address.
    await page.selectOption('#s-agent', 'a3f9e2b1');
    await page.waitForFunction(
      () => /agent=a3f9e2b1/.test(location.hash) && document.querySelectorAll('#s-tree .tnode').length === 2,
    );
    assert.equal(await page.$$eval('#s-tools td.full', (els) => els.map((e) => e.textContent).sort()), [
      'Grep',
      'Read',
    ]);
    assert.ok(
      (await page.$$eval('#s-timeline .who', (els) => els.map((e) => e.textContent))).every((w) =>
        /a3f9e2b1/.test(w ?? ''),
      ),
    );
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#s-tree .tnode').length === 2);
    assert.is(await page.inputValue('#s-agent'), 'a3f9e2b1', 'a reload keeps the filter');

    // Search over the whole history; a hit opens its session.
    await page.click('#tab-search');
    await page.fill('#q-q', 'tests failed');
    await page.press('#q-q', 'Enter');
    await page.waitForSelector('#q-hits .hit');
    const hits = await page.$$eval('#q-hits .hit a', (els) => els.map((e) => e.getAttribute('href')));
    assert.is(hits.length, 2, 'one failing test run in each archived session');
    await noOverflow(page, `${label} search`);
    await shot(page, `${label}-search`);
    const second = await page.$$eval('#q-hits .hit .sid', (els) => els.map((e) => e.textContent));
    await page.click('#q-hits .hit:first-child a');
    // The hit's session page replaces the one shown before it once its events arrive: wait for those, not for
    // any timeline rows (the previous session's rows satisfied that under load).
    await page.waitForFunction(
      (id) =>
        location.hash.startsWith(`#/session/${encodeURIComponent(id)}`) &&
        /npm test failed/.test(document.querySelector('#s-timeline')?.textContent ?? ''),
      ARCHIVED,
    );
    assert.ok(page.url().includes(encodeURIComponent(ARCHIVED)), `${page.url()} (${second.join(', ')})`);
    assert.match((await page.textContent('#s-timeline')) ?? '', /npm test failed/);

    // Every project: this one and the other live one; /etc, a relative path, a linked .2L are not listed.
    await page.click('#tab-projects');
    await page.waitForSelector('#projects-list .srow');
    const projects = await page.$$eval('#projects-list .srow', (els) => els.map((e) => e.textContent ?? ''));
    assert.is(projects.length, 2, projects.join('\n'));
    assert.match(projects[0]!, /^shop-apithis dashboard1 live session/);
    assert.match(projects[1]!, /^docs-site1 live session/);
    await noOverflow(page, `${label} projects`);
    await shot(page, `${label}-projects`);
    // The other project's sessions, served by this same server.
    await page.click('#projects-list .srow:nth-child(2) a');
    await page.waitForFunction(() =>
      /Keep docs-site building/.test(document.getElementById('sessions-list')?.textContent ?? ''),
    );

    // A breach while the page watches: the Alerts link counts it and the panel shows it.
    for (let i = 0; i < 6; i++)
      appendEvent(
        a,
        newEvent('tool_complete', 'Bash: sleep', {
          source: 'hook',
          session_id: 'now',
          tool_name: 'Bash',
          duration_ms: 5000 + i,
        }),
      );
    await page.click('#tab-alerts');
    await page.waitForFunction(
      () => /firing/.test(document.getElementById('alerts-list')?.textContent ?? ''),
      undefined,
      {
        timeout: 15_000,
      },
    );
    assert.match((await page.textContent('#alerts-list')) ?? '', /Bash p95 5(\.\d\d?)? s > target 1 s/);
    await page.waitForFunction(() => !document.getElementById('alerts-badge')?.hidden);
    await noOverflow(page, `${label} alerts`);
    await shot(page, `${label}-alerts`);

    // The live view, and the Performance view, also fit.
    for (const v of ['live', 'performance']) {
      await page.click(`#tab-${v}`);
      await page.waitForTimeout(300);
      if (v === 'live') {
        // Completed agents stay listed (they used to vanish when they stopped).
        const agents = (await page.textContent('#agents')) ?? '';
        assert.match(agents, /a3f9e2b1completed · Explore/);
        assert.match(agents, /validator-1completed/);
      }
      await noOverflow(page, `${label} ${v}`);
      await shot(page, `${label}-${v}`);
    }

    // Keyboard: the views are links in the tab order, and Enter opens one.
    await page.focus('#tab-live');
    await page.keyboard.press('Tab');
    assert.is(await page.evaluate(() => document.activeElement?.id), 'tab-sessions');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/sessions');
    assert.equal(errors, []);
    await page.close();
  });

views(
  'live view: an older session explains its empty timeline and links to its page; completed agents stay listed',
  async () => {
    const { a, env } = scene();
    // Push the archived sessions out of the live view's newest 500 events.
    const filler = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify(
        newEvent('tool_complete', `Read: f${i}`, {
          source: 'hook',
          session_id: 'live-shop-api',
          tool_name: 'Read',
          duration_ms: 3,
        }),
      ),
    );
    fs.appendFileSync(path.join(a, '.2L', 'events.jsonl'), `${filler.join('\n')}\n`);
    const srv = await startBuiltDashboard(a, { pollMs: 100, env });
    servers.push(srv);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(withToken(srv.url, srv.token));
    await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
    await page.selectOption('#f-session', ARCHIVED);
    const note = (await page.textContent('#timeline')) ?? '';
    assert.match(
      note,
      /None of the newest 500 events match\. Open this session’s page \(it reads every event, archives included\)\./,
    );
    await page.click('#timeline a');
    await page.waitForFunction(() => document.querySelectorAll('#s-tree .tnode').length === 5);
    assert.ok(page.url().includes(`#/session/${ARCHIVED}`));
    await page.close();
  },
);

views('while a big log is read: no agent is called orphaned, and the indicator follows the bytes read', async () => {
  const { a, env } = scene();
  const srv = await startBuiltDashboard(a, { pollMs: 100, env });
  servers.push(srv);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const long = new Date(Date.now() - 3 * 3600_000).toISOString();
  let early = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((r) => (release = r));
  // The server as it answers during a long read: partial summaries, progress moving, the full state late.
  await page.route(
    (url) => url.pathname === '/api/state',
    async (route) => {
      if (!route.request().url().includes('early=1')) {
        await released;
        return route.continue();
      }
      early++;
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          name: 'shop-api',
          project: a,
          log: { path: 'x', exists: true },
          seq: 0,
          epoch: 0,
          now: new Date().toISOString(),
          summary: {
            agents: { active: [], orphaned: [{ agent_id: 'sub-9', source: 'hook', started: long }], completed: 0 },
          },
          events: [],
          loading: true,
          progress: Math.min(0.9, early * 0.2),
        }),
      });
    },
  );
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __conn: string[] }).__conn = seen;
    new MutationObserver(() => {
      const t = document.getElementById('conn')?.textContent ?? '';
      if (seen[seen.length - 1] !== t) seen.push(t);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(withToken(srv.url, srv.token));
  // Three progress readings while the full state is held (the first entry seen is the pill's empty text,
  // so counting every entry let the release come after two readings when the page was quick).
  await page.waitForFunction(
    () =>
      ((window as unknown as { __conn: string[] }).__conn ?? []).filter((c) => c.startsWith('reading log')).length >= 3,
    undefined,
    { timeout: 15_000 },
  );
  assert.is(await page.$$eval('#agents .orphan', (els) => els.length), 0, 'not orphaned while the log is read');
  assert.match((await page.textContent('#agents')) ?? '', /Reading the log: agents are judged once it is read\./);
  release();
  await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
  const conn = await page.evaluate(() => (window as unknown as { __conn: string[] }).__conn);
  const pcts = conn.filter((c) => c.startsWith('reading log')).map((c) => Number(/(\d+)%/.exec(c)?.[1]));
  assert.ok(
    pcts.length >= 3 && pcts.every((p, i) => i === 0 || p >= pcts[i - 1]!) && pcts[pcts.length - 1]! > pcts[0]!,
    conn.join(' | '),
  );
  await page.close();
});

views.run();
