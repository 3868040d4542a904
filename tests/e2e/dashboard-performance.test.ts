// The Performance view in real Chromium against the built server (dist/), at a desktop and a phone size:
// a scripted breach fires and shows in the alerts panel and the table, the resources table is drawn
// from the newest resource_sample, the page's refresh time is measured in the browser and reported
// back, nothing overflows sideways, and hostile names stay text. Screenshots go to a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { withToken } from '../../lib/dashboard/auth.ts';
import { newEvent } from '../../lib/events/format.ts';
import { appendEvent } from '../../lib/events/writer.ts';
import { launchBrowser } from '../util/browser.ts';
import { startBuiltDashboard, type BuiltDashboard } from '../util/built-dashboard.ts';
import { tempDir } from '../util/claude.ts';

const XSS = '<img src=x onerror="window.__pwned=1">';
const SHOTS = process.env.TWOL_SHOTS_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), '2l-perf-shots-'));
let browser: Browser;
const servers: BuiltDashboard[] = [];

function project(): string {
  const dir = tempDir('perfpage');
  fs.mkdirSync(path.join(dir, '.2L'), { mode: 0o700 });
  fs.writeFileSync(
    path.join(dir, '.2L', 'config.yaml'),
    'performance:\n  targets:\n    tool_p95_ms: { Bash: 1000, default: 60000 }\n  alerts:\n    min_samples: 5\n',
  );
  const t = Date.now() - 120_000;
  // Earlier sessions for the trend column, and one resource sample as the server writes them.
  for (let s = 0; s < 4; s++)
    for (let i = 0; i < 6; i++)
      appendEvent(
        dir,
        newEvent(
          'tool_complete',
          'Read',
          { source: 'hook', session_id: `old-${s}`, tool_name: 'Read', duration_ms: 10 + s * 3 + i },
          new Date(t + s * 1000 + i),
        ),
      );
  appendEvent(
    dir,
    newEvent(
      'resource_sample',
      'claude 12.5 % CPU',
      {
        agent_id: 'dashboard',
        payload: {
          interval_ms: 10_000,
          claude: { pids: 3, cpu_pct: 12.5, rss_bytes: 314_572_800, roots: 1 },
          pack: { pids: 1, cpu_pct: 0.4, rss_bytes: 62_914_560 },
          machine: { load1: 0.8, load5: 0.7, load15: 0.6, mem_available_bytes: 4e9, mem_total_bytes: 8e9, cpus: 2 },
          cost_ms: 2.7,
        },
      },
      new Date(t + 10_000),
    ),
  );
  return dir;
}

const perf = suite('dashboard Performance view (Chromium)');
perf.before(async () => {
  browser = await launchBrowser();
});
perf.after(async () => {
  await browser?.close();
  for (const s of servers.splice(0)) await s.close();
  console.log(`screenshots: ${SHOTS}`);
});

for (const [label, width, height] of [
  ['desktop', 1440, 900],
  ['phone', 390, 844],
] as const)
  perf(
    `${label} ${width}×${height}: firing alert, resources, measured refresh time, no sideways overflow`,
    async () => {
      const dir = project();
      const srv = await startBuiltDashboard(dir, { pollMs: 100, env: { ...process.env, HOME: tempDir('home') } });
      servers.push(srv);
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${withToken(srv.url, srv.token)}#performance`);
      await page.waitForFunction(() => document.getElementById('conn')?.textContent === 'live');
      assert.is(await page.isVisible('#view-performance'), true, '#performance opens the view');
      // The scripted breach, appended while the page watches: Bash p95 5 s against a 1 s target (critical at 2 s).
      for (let i = 0; i < 6; i++)
        appendEvent(
          dir,
          newEvent('tool_complete', 'Bash: sleep', {
            source: 'hook',
            session_id: 'now',
            tool_name: 'Bash',
            duration_ms: 5000 + i,
          }),
        );
      for (let i = 0; i < 5; i++)
        appendEvent(
          dir,
          newEvent('tool_complete', XSS, { source: 'hook', session_id: 'now', tool_name: XSS, duration_ms: 3 }),
        );
      await page.waitForFunction(
        () => /firing · criticalBash p95/.test(document.getElementById('perf-alerts')?.textContent ?? ''),
        undefined,
        { timeout: 10_000 },
      );
      const alerts = (await page.textContent('#perf-alerts')) ?? '';
      assert.match(alerts, /Bash p95 5(\.\d\d?)? s > target 1 s/);
      assert.match(alerts, /since (just now|\d+s ago)/);
      const bash = await page.$$eval('#perf-rows tr', (trs) =>
        trs
          .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''))
          .find((c) => c[0] === 'Bash p95'),
      );
      assert.ok(bash, 'the table has a Bash p95 row');
      assert.equal([bash![2], bash![4]], ['≤ 1 s', 'firing · critical']);
      const read = await page.$$eval('#perf-rows tr', (trs) =>
        trs
          .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''))
          .find((c) => c[0] === 'Read p95'),
      );
      assert.match(read?.[3] ?? '', /^[▁▂▃▄▅▆▇█]{4}$/, 'one sparkline block per earlier session');
      const res = (await page.textContent('#perf-res')) ?? '';
      assert.match(res, /Claude Code12\.5 %300 MiB3/);
      // Refresh time: measured in this browser and sent back every 5 s; the view shows the server's figure.
      await page.waitForFunction(
        () => /^\d+(\.\d+)? ms \(p95/.test(document.getElementById('perf-refresh')?.textContent ?? ''),
        undefined,
        { timeout: 15_000 },
      );
      const refresh = (await page.textContent('#perf-refresh')) ?? '';
      const measured = await page.evaluate(() => performance.getEntriesByName('2l-refresh').length);
      assert.ok(refresh.length > 0);
      assert.ok(
        await page.evaluate((x) => document.body.textContent!.includes(`${x} p95`), XSS),
        'the hostile tool name is in the table as text',
      );
      assert.is(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.is(overflow, 0, 'no horizontal overflow');
      await page.screenshot({ path: path.join(SHOTS, `performance-${label}.png`), fullPage: true });
      console.log(`${label}: refresh "${refresh}", measures still buffered ${measured}`);
      assert.equal(errors, []);
      await page.close();
    },
  );
perf.run();
