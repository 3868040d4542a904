// Issue 19, "DB checks over time": each `/2l-setup-db` check is a `db_check` event with its outcome,
// time and the report's fix; three refused checks in a row escalate to a critical alert carrying that
// fix, `/2l-status` shows the success rate over the recent checks, and one passing check would resolve
// it. The built commands run as a user runs them; a refused connection needs no server (a closed port).
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from '../util/claude.ts';
import { runSync } from '../util/run.ts';
import { freePort } from '../util/pg-cluster.ts';

const run = (cwd: string, script: string, args: string[]) =>
  runSync(process.execPath, [path.join(ROOT, 'dist', script), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: cwd, LANG: 'C.UTF-8', TZ: 'UTC' },
  });
const alertEvents = (dir: string) =>
  fs
    .readFileSync(path.join(dir, '.2L', 'events.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((e) => e.event_type === 'performance_alert' && e.payload.key === 'db_check.failing');

const escalate = suite('db checks: three refused checks escalate');
escalate(
  'warning at the first refusal, critical at the third, with the `supabase start` fix; the rate in /2l-status',
  async () => {
    const dir = tempDir('db-checks');
    const port = await freePort();
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
    for (let i = 1; i <= 3; i++) {
      const r = run(dir, 'setup-db.mjs', ['--url', url]);
      assert.is(r.code, 4, r.stdout + r.stderr);
      // Each check is judged by the next evaluator that runs: here /2l-status after each.
      const s = run(dir, 'status.mjs', ['--json']);
      assert.is(s.code, 0, s.stderr);
      const report = JSON.parse(s.stdout);
      assert.equal([report.ops.db.recent.length, report.ops.db.failing_streak, report.ops.db.success_rate], [i, i, 0]);
      assert.is(report.ops.db.recent[i - 1].outcome, 'refused');
      assert.ok(typeof report.ops.db.recent[i - 1].ms === 'number', 'each check carries its duration');
    }
    const events = alertEvents(dir);
    assert.equal(
      events.map((e) => `${e.payload.state} ${e.payload.severity}`),
      ['breach warning', 'breach critical'],
      JSON.stringify(events),
    );
    assert.match(
      events[1].data,
      /^Escalated to critical: DB checks failed in a row \(fix: Nothing is listening at 127\.0\.0\.1:\d+\. For a Supabase project, start the local stack with `supabase start`/,
    );
    const plain = run(dir, 'status.mjs', []);
    assert.match(plain.stdout, /database checks: 0\/3 ok over the last 3 \(0 %\) · 3 failed in a row/);
    assert.match(plain.stdout, /DB checks failed in a row \(fix: Nothing is listening/);
  },
);
escalate.run();
