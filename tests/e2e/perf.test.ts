/** `/2l-status`, `/2l-query` and the perf-analyst agent through the real Claude Code CLI. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runClaude, tempDir, ROOT } from '../util/claude.ts';
import { startFakeApi, type FakeApi } from '../util/fake-anthropic.ts';
import { lines, project, toolCall } from '../util/perf-fixtures.ts';

const e2e = suite('e2e: performance commands in the real CLI');
let api: FakeApi;
e2e.before(async () => {
  api = await startFakeApi([{ text: 'ok' }]);
});
e2e.after(async () => {
  await api.close();
});

/** The text the CLI sent to the model for one prompt: the command's output is inlined there. */
async function promptText(
  prompt: string,
  cwd: string,
): Promise<{ sent: string; body: Record<string, unknown> | undefined }> {
  const before = api.requests.length;
  const r = await runClaude(['-p', prompt, '--plugin-dir', ROOT], { cwd, home: tempDir('home'), apiUrl: api.url });
  assert.is(r.code, 0, r.stderr);
  const body = api.requests.slice(before).find((b) => Array.isArray(b.tools) && (b.tools as unknown[]).length > 0);
  return { sent: JSON.stringify(body?.messages ?? null), body };
}

const events = () => {
  const t = new Date().toISOString();
  return lines([
    { ...toolCall('Grep', 40, 0), timestamp: t },
    { ...toolCall('Read', 3, 1, { session_id: 's2' }), timestamp: t },
  ]);
};

e2e('/2l:2l-status --since 1h inlines the report; the agent is listed with its tools', async () => {
  const dir = project({ 'events.jsonl': events() });
  const { sent, body } = await promptText('/2l:2l-status --since 1h', dir);
  assert.ok(body, 'the command reached the model (it was not aborted)');
  assert.match(sent, /2L status · since \d{4}-/);
  assert.match(sent, /Grep {2,}1 {2,}0 % +40 ms/);
  const all = JSON.stringify(body);
  assert.match(
    all,
    /- 2l:2l-perf-analyst: Performance analyst for Claude Code and 2L work[^"]*\(Tools: Bash\(node:\*\), Read\)/,
  );
});

e2e(
  "/2l:2l-query '<JSONPath>' in single quotes reaches the script intact; an invalid one shows the error",
  async () => {
    const dir = project({ 'events.jsonl': events() });
    const ok = await promptText(`/2l:2l-query '$[?(@.duration_ms > 10)].tool_name' --compact`, dir);
    assert.match(ok.sent, /\[\\"Grep\\"\]\\n/);
    const bad = await promptText(`/2l:2l-query '$[?(@.a >)]'`, dir);
    assert.match(bad.sent, /query: invalid JSONPath `\$\[\?\(@\.a >\)\]`: in script/);
  },
);
e2e.run();
