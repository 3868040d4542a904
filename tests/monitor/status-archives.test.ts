// /2l-status merges archives older than the alert window from the state kept beside each
// (monitor/archive-summaries.ts): the report must be the one a whole read gives.
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { TwoLEvent } from '../../lib/events/format.ts';
import { collectStatus, type StatusReport } from '../../lib/monitor/status-collect.ts';
import { tempDir } from '../util/claude.ts';
import { DEMO, historyRound } from '../util/demo-rounds.ts';
import { lines, project } from '../util/perf-fixtures.ts';

const T0 = Date.parse('2026-11-20T08:00:00.000Z');
const round = (r: number): TwoLEvent[] => historyRound(r, T0);
const NOW = new Date(T0 + 12 * DEMO.length * 20_000);
const rounds = Array.from({ length: 12 }, (_, r) => round(r)).flat();

/** Three archives last written when their last event was (as the writer leaves them), then the live log. */
function history(): string {
  const cuts = [0, 300, 301, 700, rounds.length - 40, rounds.length];
  const files: Record<string, string> = {};
  const names: string[] = [];
  for (let i = 0; i + 2 < cuts.length; i++) {
    const part = rounds.slice(cuts[i], cuts[i + 1]);
    const name = `events-${part.at(-1)!.timestamp.replace(/[-:.]/g, '')}.jsonl`;
    files[name] = lines(i === 1 ? [...part, 'not json'] : part);
    names.push(name);
  }
  files['events.jsonl'] = lines(rounds.slice(cuts.at(-2)));
  const dir = project(files);
  for (const [i, name] of names.entries()) {
    const at = new Date(Date.parse(rounds[cuts[i + 1]! - 1]!.timestamp));
    fs.utimesSync(path.join(dir, '.2L', name), at, at);
  }
  return dir;
}

/** The report without what differs between two runs of the same reading (times taken, the reading path). */
function comparable(r: StatusReport) {
  const { processing, generated, ...rest } = JSON.parse(JSON.stringify(r)) as StatusReport;
  return rest;
}

const same = suite('status: archives before the alert window merged from their kept state');
same('the report equals a whole read, when the states are built and when they are reused', async () => {
  const dir = history();
  const env = { HOME: tempDir('home'), CLAUDE_CONFIG_DIR: tempDir('claude') };
  const run = (archiveSummaries: boolean) =>
    collectStatus(dir, { now: NOW, recordAlerts: false, env, archiveSummaries }).then((r) => comparable(r.report));
  const whole = await run(false);
  assert.is(fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.status.json')).length, 0);
  assert.equal(await run(true), whole, 'first run: read and kept');
  const kept = fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.status.json'));
  assert.ok(kept.length >= 2, `kept ${kept.join(', ')}`);
  assert.equal(await run(true), whole, 'second run: merged from the kept states');
  assert.ok(whole.summary.events > 1000 && whole.kpis.tools.succeeded > 0 && whole.performance.length > 0);
  assert.ok((whole.cost?.totals.usd ?? 0) > 10, `cost ${whole.cost?.totals.usd}`);
  assert.ok(JSON.stringify(whole.ops?.db).includes('unreachable'), JSON.stringify(whole.ops?.db));
});
same('an archive inside the alert window is read, not merged', async () => {
  const dir = history();
  const env = { HOME: tempDir('home'), CLAUDE_CONFIG_DIR: tempDir('claude') };
  const late = new Date(NOW.getTime() - 60_000);
  for (const f of fs.readdirSync(path.join(dir, '.2L')).filter((x) => x.startsWith('events-')))
    fs.utimesSync(path.join(dir, '.2L', f), late, late);
  await collectStatus(dir, { now: NOW, recordAlerts: false, env });
  assert.equal(
    fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.status.json')),
    [],
  );
});
same('--session and --since read every event: no state kept', async () => {
  const dir = history();
  const env = { HOME: tempDir('home'), CLAUDE_CONFIG_DIR: tempDir('claude') };
  await collectStatus(dir, { now: NOW, recordAlerts: false, env, since: new Date(T0) });
  await collectStatus(dir, { now: NOW, recordAlerts: false, env, session: round(0)[0]!.session_id });
  assert.equal(
    fs.readdirSync(path.join(dir, '.2L')).filter((f) => f.endsWith('.status.json')),
    [],
  );
});
same('the cumulative state of the archives: used, and every part of it counts in the report', async () => {
  const dir = history();
  const env = { HOME: tempDir('home'), CLAUDE_CONFIG_DIR: tempDir('claude') };
  const run = () =>
    collectStatus(dir, { now: NOW, recordAlerts: false, env }).then((r) => JSON.stringify(comparable(r.report)));
  const whole = await run();
  const file = path.join(dir, '.2L', 'events.history.status.json');
  const good = fs.readFileSync(file, 'utf8');
  assert.ok(JSON.parse(good).chain.length >= 2);
  // Spoil each archive's own state: the report must now come from the cumulative one alone.
  for (const f of fs.readdirSync(path.join(dir, '.2L')).filter((x) => /^events-.*\.status\.json$/.test(x)))
    fs.writeFileSync(path.join(dir, '.2L', f), 'spoilt');
  assert.is(await run(), whole);
  // Emptying any part the fixture fills (a state still accepted) changes the report: none is dead weight.
  // (Not `summary.last`: the live log's newer events set it whatever the state says.)
  const parts = [
    'trends',
    'costSessions',
    'costCut',
    'replay',
    'summary.events',
    'summary.malformed',
    'summary.first',
    'summary.byType',
    'summary.sessions',
    'summary.tools',
    'summary.slowest',
    'summary.errorCount',
    'summary.recentErrors',
    'summary.replay',
    'summary.kpi.first',
    'summary.kpi.ok',
    'summary.kpi.failed',
    'summary.kpi.intervals',
  ];
  for (const part of parts) {
    const doc = JSON.parse(good);
    const keys = part.split('.');
    const parent = keys
      .slice(0, -1)
      .reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, doc.payload);
    const v = parent[keys.at(-1)!];
    parent[keys.at(-1)!] = Array.isArray(v) ? [] : typeof v === 'number' ? 0 : typeof v === 'boolean' ? !v : null;
    fs.writeFileSync(file, JSON.stringify(doc));
    assert.is.not(await run(), whole, part);
    fs.writeFileSync(file, good);
  }
});
same.run();
