/** The real Claude Code CLI runs `/2l:2l-export` from the plugin; the loopback receiver gets the spans. */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi } from '../util/fake-anthropic.ts';
import { attrs, startReceiver, value } from '../util/otlp-receiver.ts';

const e2e = suite('/2l:2l-export through the real CLI');
e2e('the command runs the bundle in the project folder and its report reaches the model', async () => {
  const project = tempDir('export-e2e');
  const home = tempDir('export-e2e-home');
  fs.mkdirSync(path.join(project, '.2L'));
  const base = { phase: 'unknown', agent_id: 'main', v: 1, source: 'hook', session_id: 'E2E' };
  fs.writeFileSync(
    path.join(project, '.2L', 'events.jsonl'),
    [
      {
        ...base,
        timestamp: '2026-11-20T10:00:00.000Z',
        event_type: 'tool_start',
        data: 'Bash: ls',
        tool_name: 'Bash',
        tool_use_id: 'T1',
      },
      {
        ...base,
        timestamp: '2026-11-20T10:00:00.400Z',
        event_type: 'tool_complete',
        data: 'Bash ok',
        tool_name: 'Bash',
        tool_use_id: 'T1',
        duration_ms: 390,
      },
    ]
      .map((e) => `${JSON.stringify(e)}\n`)
      .join(''),
  );
  const rx = await startReceiver();
  const api = await startFakeApi([{ text: 'exported' }]);
  try {
    // Hooks of this session write to the same log; --session keeps the export to the fixture.
    const r = await runClaude(['-p', `/2l:2l-export --otlp ${rx.url} --session E2E`, '--plugin-dir', ROOT], {
      cwd: project,
      home,
      apiUrl: api.url,
    });
    assert.is(r.code, 0, r.stderr);
    assert.equal(rx.spans.map((s) => s.name).sort(), ['execute_tool Bash', 'session']);
    assert.equal(
      rx.logs.map((l) => value(l.body)),
      ['Bash: ls', 'Bash ok'],
    );
    assert.is(rx.spans[0]!.resource['2l.project.name'], path.basename(project));
    assert.is(attrs(rx.spans.find((s) => s.name === 'session')!.attributes)['session.id'], 'E2E');
    const prompt = JSON.stringify(api.requests.map((q) => q.messages));
    assert.ok(
      prompt.includes(
        `export: sent 2 spans (1 session, 1 tool call) and 2 logs from 2 events in 1 file (session E2E) to ${rx.url}/v1/traces and ${rx.url}/v1/logs.`,
      ),
      prompt.slice(0, 2000),
    );
  } finally {
    await rx.close();
    await api.close();
  }
});
e2e('a refused export reaches the model with its reason instead of vanishing', async () => {
  const project = tempDir('export-e2e');
  const home = tempDir('export-e2e-home');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(
    path.join(project, '.2L', 'events.jsonl'),
    `${JSON.stringify({ timestamp: '2026-11-20T10:00:00.000Z', event_type: 'plan_start', phase: 'unknown', agent_id: 'orchestrator', data: 'Plan 1', v: 1, source: 'emit' })}\n`,
  );
  const api = await startFakeApi([{ text: 'failed' }]);
  try {
    // Port 9 (discard) has no listener on loopback: the connection is refused.
    const r = await runClaude(['-p', '/2l:2l-export --otlp http://127.0.0.1:9 --timeout 500', '--plugin-dir', ROOT], {
      cwd: project,
      home,
      apiUrl: api.url,
    });
    assert.is(r.code, 0, r.stderr);
    const prompt = JSON.stringify(api.requests.map((q) => q.messages));
    assert.match(prompt, /ECONNREFUSED|refused/);
    assert.match(prompt, /2l-export failed: see the message above/);
  } finally {
    await api.close();
  }
});
e2e.run();
