// Exact tokens through the real CLI: a scripted Messages API answers every request with distinct,
// known usage (cache writes split 5m/1h, cache reads), a subagent makes requests of its own, the
// session is resumed against a second server; `/2l-status --json` must report per session and per
// agent exactly the sums of what the API returned, its dollars must equal Claude Code's own
// `total_cost_usd`, and ccusage must see the same tokens.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { ROOT, claudeBin, claudeEnv, tempDir } from '../util/claude.ts';
import { startFakeApi, type FakeApi, type Usage } from '../util/fake-anthropic.ts';
import { run } from '../util/run.ts';
import { runDist } from '../util/run-dist.ts';
import { ccusageSessions } from '../util/ccusage.ts';

const CURRENT = path.join(
  ROOT,
  'node_modules',
  'claude-code-current',
  'node_modules',
  '@anthropic-ai',
  'claude-code-linux-x64',
  'claude',
);
const CLIS: Array<[string, string, boolean]> = [
  ['2.1.197', claudeBin(), false],
  ['2.1.332', CURRENT, true],
];

/** Distinct per response and per kind, so a response counted twice or missed changes every sum. */
const usageOf =
  (base: number) =>
  (n: number): Usage => ({
    input_tokens: base + 11 * n,
    output_tokens: base + 101 * n + 3,
    cache_creation_input_tokens: 1000 * n + 7 * n,
    cache_read_input_tokens: 5000 + 13 * n,
    cache_creation: { ephemeral_5m_input_tokens: 1000 * n, ephemeral_1h_input_tokens: 7 * n },
  });

type Sums = { input: number; output: number; cache_write_5m: number; cache_write_1h: number; cache_read: number };
function sums(responses: FakeApi['responses']): Sums {
  const s = { input: 0, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 };
  for (const r of responses) {
    const u = r.usage!;
    s.input += u.input_tokens;
    s.output += u.output_tokens;
    s.cache_write_5m += u.cache_creation.ephemeral_5m_input_tokens;
    s.cache_write_1h += u.cache_creation.ephemeral_1h_input_tokens;
    s.cache_read += u.cache_read_input_tokens;
  }
  return s;
}

const SUB = {
  marker: 'SUBAGENT-TASK',
  script: [{ tool: 'Bash', input: { command: 'echo from-sub' } }, { text: 'sub done' }],
};

const e2e = suite('e2e: tokens and cost through the real CLI');
for (const [version, bin, cumulative] of CLIS) {
  e2e(`${version}: per session and per agent, tokens equal the API's sums; dollars equal the CLI's own`, async () => {
    const home = tempDir('home');
    const project = tempDir('proj');
    const env = (url: string) => claudeEnv(home, url);
    const api1 = await startFakeApi(
      [
        {
          tool: 'Agent',
          input: { description: 'probe', prompt: `${SUB.marker}: echo`, subagent_type: 'general-purpose' },
        },
        { tool: 'Bash', input: { command: 'echo main' } },
        { text: 'all done' },
      ],
      { usage: usageOf(100), subagent: SUB },
    );
    const api2 = await startFakeApi([{ text: 'resumed' }], { usage: usageOf(900) });
    try {
      const args = ['--plugin-dir', ROOT, '--allowedTools', 'Bash,Agent,Task', '--output-format', 'json'];
      const r1 = await run(bin, ['-p', 'hello', ...args], { cwd: project, env: env(api1.url), timeoutMs: 120_000 });
      assert.is(r1.code, 0, r1.stderr);
      const session = JSON.parse(r1.stdout).session_id as string;
      const r2 = await run(bin, ['-p', 'again', '--resume', session, ...args], {
        cwd: project,
        env: env(api2.url),
        timeoutMs: 120_000,
      });
      assert.is(r2.code, 0, r2.stderr);
      const resumed = JSON.parse(r2.stdout) as { session_id: string; total_cost_usd: number };
      const first = JSON.parse(r1.stdout) as { total_cost_usd: number };

      const all = [...api1.responses, ...api2.responses];
      const main = all.filter((r) => !r.subagent);
      const sub = all.filter((r) => r.subagent);
      assert.ok(sub.length >= 2, `the subagent made ${sub.length} requests`);

      const st = await runDist('status', ['--json', '--no-alerts', '--project', project], { cwd: project, home });
      assert.is(st.code, 0, st.stderr);
      const cost = JSON.parse(st.stdout).cost;
      assert.equal(cost.unpriced_models, []);
      assert.equal(cost.totals.tokens, sums(all));
      assert.is(cost.totals.requests, all.length);
      // --resume appends to the same transcript on both versions: one session holds every response.
      assert.equal(
        cost.sessions.map((s: any) => [s.session, s.tokens]),
        [[session, sums(all)]],
      );
      const agents = cost.agents as Array<{ agent: string; agent_type?: string; tokens: Sums }>;
      const mainRows = agents.filter((a) => a.agent === 'main');
      const subRows = agents.filter((a) => a.agent !== 'main');
      assert.is(subRows.length, 1, JSON.stringify(agents));
      assert.is(subRows[0]!.agent_type, 'general-purpose');
      assert.equal(subRows[0]!.tokens, sums(sub));
      const mainSum = mainRows.reduce(
        (s, a) => ({
          input: s.input + a.tokens.input,
          output: s.output + a.tokens.output,
          cache_write_5m: s.cache_write_5m + a.tokens.cache_write_5m,
          cache_write_1h: s.cache_write_1h + a.tokens.cache_write_1h,
          cache_read: s.cache_read + a.tokens.cache_read,
        }),
        { input: 0, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 },
      );
      assert.equal(mainSum, sums(main));
      // Claude Code prices its own session: the same responses at the same rates. After --resume,
      // 2.1.332 reports the whole session's cost. 2.1.197 mostly reports only the resumed run's, but
      // in one CI run of 2026-11-30 it reported the whole session's: either reading of its figure
      // must equal ours exactly (the pack's tokens are checked against the API's above).
      assert.is(resumed.session_id, session);
      const readings = cumulative
        ? [resumed.total_cost_usd]
        : [first.total_cost_usd + resumed.total_cost_usd, resumed.total_cost_usd];
      assert.ok(
        readings.some((cliUsd) => Math.abs(cost.totals.usd - cliUsd) <= cliUsd * 1e-9),
        `pack $${cost.totals.usd} vs Claude Code $${readings.join(' or $')}`,
      );

      // ccusage reads the same files: the same tokens per session (its prices may lack the model).
      const cc = await ccusageSessions(home);
      for (const s of cost.sessions) {
        const c = cc.get(s.session);
        assert.ok(c, `ccusage has no session ${s.session}`);
        assert.equal(
          [c.inputTokens, c.outputTokens, c.cacheCreationTokens, c.cacheReadTokens],
          [s.tokens.input, s.tokens.output, s.tokens.cache_write_5m + s.tokens.cache_write_1h, s.tokens.cache_read],
        );
      }
    } finally {
      await api1.close();
      await api2.close();
    }
  });
}
e2e.run();
