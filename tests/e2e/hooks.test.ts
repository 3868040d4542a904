// End to end with the real Claude Code CLI: the pack loaded with --plugin-dir,
// a scripted session against a loopback Messages-API stand-in, hooks firing for real.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runClaude, tempDir } from '../util/claude.ts';
import { startFakeApi } from '../util/fake-anthropic.ts';
import { jsonlLines, settledEvents } from '../util/events.ts';

function transcriptEntries(home: string): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.jsonl')) for (const l of jsonlLines(p)) out.push(JSON.parse(l));
    }
  };
  walk(path.join(home, '.claude', 'projects'));
  return out;
}

const e2e = suite('e2e: hooks through the real CLI');
e2e('a session with a Bash success, a Bash failure and a Write is logged in order, timed and consistent', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  const api = await startFakeApi([
    { tool: 'Bash', input: { command: 'echo hi-from-tool', description: 'say hi' } },
    { tool: 'Bash', input: { command: 'echo failing >&2; exit 3', description: 'fail on purpose' } },
    { tool: 'Write', input: { file_path: path.join(project, 'note.txt'), content: 'hello\n' } },
    { text: 'all done' },
  ]);
  try {
    const r = await runClaude(
      ['-p', 'run the tools', '--plugin-dir', ROOT, '--allowedTools', 'Bash', 'Write', '--output-format', 'json'],
      { cwd: project, home, apiUrl: api.url },
    );
    assert.is(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.is(result.result, 'all done');
    assert.is(fs.readFileSync(path.join(project, 'note.txt'), 'utf8'), 'hello\n', 'the Write really ran');

    const events = await settledEvents(project);
    // The turn's tokens and cost (monitor/cost-live.ts) follow the hook that ended it, stamped with its call time:
    // at Stop, and at SessionEnd too when usage arrived after Stop (as on 2.1.197); never the same turn twice.
    const turns = events.filter((e) => e.event_type === 'cost_update').map((e) => e.payload.turn);
    assert.ok(turns.length >= 1 && turns.length <= 2, `cost_update turns ${JSON.stringify(turns)}`);
    assert.equal(turns, [...new Set(turns)]);
    assert.equal(
      events.filter((e) => e.event_type !== 'cost_update' || e.payload.turn === turns[0]).map((e) => e.event_type),
      [
        'session_start',
        'user_prompt',
        'tool_start',
        'tool_complete',
        'tool_start',
        'tool_error',
        'tool_start',
        'tool_complete',
        'stop',
        'cost_update',
        'session_end',
      ],
    );
    assert.equal(new Set(events.map((e) => e.session_id)), new Set([result.session_id]));
    for (const e of events) {
      assert.is(e.source, 'hook');
      // Tool calls, the prompt and the turn's end come from the transcript the collector follows, the session's
      // end from Claude Code's exit (only SessionStart is a hook here: docs/hook-latency.md); cost_update is
      // the background path's own event, written after a turn. None of them has a hook call to time.
      const fromTranscript =
        e.event_type.startsWith('tool_') || e.event_type === 'user_prompt' || e.event_type === 'stop';
      const recovered = fromTranscript ? 'transcript' : e.event_type === 'session_end' ? 'process' : undefined;
      assert.is(e.recovered, recovered, `${e.event_type} from the transcript or the process`);
      assert.is(
        typeof e.hook_ms,
        e.event_type === 'session_start' ? 'number' : 'undefined',
        `hook_ms of ${e.event_type}`,
      );
      assert.match(e.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    const [, , bashStart, bashDone, failStart, failed, writeStart, written] = events;
    assert.equal(
      [bashDone.tool_name, typeof bashDone.duration_ms, bashDone.tool_use_id],
      ['Bash', 'number', bashStart.tool_use_id],
    );
    assert.equal(
      [failed.tool_name, typeof failed.duration_ms, failed.tool_use_id],
      ['Bash', 'number', failStart.tool_use_id],
    );
    assert.match(failed.error, /Exit code 3/);
    assert.match(failed.data, /^Bash failed: Exit code 3/);
    assert.equal([written.tool_name, written.tool_use_id], ['Write', writeStart.tool_use_id]);
    assert.match(written.data, /note\.txt/);

    const transcript = transcriptEntries(home);
    assert.ok(transcript.length > 0, 'a transcript was written');
    const hookAttachments = transcript.filter(
      (t) => typeof t.attachment?.type === 'string' && t.attachment.type.startsWith('hook_'),
    );
    assert.equal(hookAttachments, [], 'no hook output or hook error reached the transcript');
    assert.not.match(JSON.stringify(api.requests), /"event_type"|hook_ms/);
  } finally {
    await api.close();
  }
});
e2e('/2l:2l-event runs the bundled emitter from a command', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  const api = await startFakeApi([{ text: 'noted' }]);
  try {
    const r = await runClaude(
      ['-p', "/2l:2l-event phase_change 'Building the API' --phase building", '--plugin-dir', ROOT],
      { cwd: project, home, apiUrl: api.url },
    );
    assert.is(r.code, 0, r.stderr);
    const events = await settledEvents(project);
    const emitted = events.filter((e) => e.source === 'emit');
    assert.equal(
      emitted.map((e) => [e.event_type, e.data, e.phase]),
      [['phase_change', 'Building the API', 'building']],
    );
    assert.match(JSON.stringify(api.requests), /2l: event recorded/);
  } finally {
    await api.close();
  }
});
e2e('/2l:2l-event with a bad type shows the emitter error to the model instead of vanishing', async () => {
  const home = tempDir('home');
  const project = tempDir('proj');
  const api = await startFakeApi([{ text: 'noted' }]);
  try {
    const r = await runClaude(['-p', "/2l:2l-event 'Not A Type' hello", '--plugin-dir', ROOT], {
      cwd: project,
      home,
      apiUrl: api.url,
    });
    assert.is(r.code, 0, r.stderr);
    const sent = JSON.stringify(api.requests);
    assert.match(sent, /is not an event type/);
    assert.not.match(sent, /event recorded/);
  } finally {
    await api.close();
  }
});
e2e(
  'a repository that commits .2L/events.jsonl as a link to ~/.bashrc: a whole session leaves it untouched',
  async () => {
    const home = tempDir('home');
    const project = tempDir('proj');
    const bashrc = path.join(home, '.bashrc');
    fs.writeFileSync(bashrc, 'export PS1="$ "\n');
    fs.mkdirSync(path.join(project, '.2L'));
    fs.symlinkSync(bashrc, path.join(project, '.2L', 'events.jsonl'));
    const api = await startFakeApi([
      { tool: 'Bash', input: { command: 'echo hi', description: 'say hi' } },
      { text: 'done' },
    ]);
    try {
      const r = await runClaude(['-p', 'go', '--plugin-dir', ROOT, '--allowedTools', 'Bash'], {
        cwd: project,
        home,
        apiUrl: api.url,
      });
      assert.is(r.code, 0, r.stderr);
      assert.is(fs.readFileSync(bashrc, 'utf8'), 'export PS1="$ "\n');
      assert.match(
        fs.readFileSync(path.join(project, '.2L', 'hook-errors.log'), 'utf8'),
        /refused .*events\.jsonl: is a symbolic link/,
      );
    } finally {
      await api.close();
    }
  },
);
e2e.run();
