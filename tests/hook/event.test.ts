import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { hookPayloadToEvent, hookPayloadToEvents, oversizedPayloadToEvent, toolSummary } from '../../lib/hook/event.ts';

const ctx = { now: new Date('2026-11-20T10:00:00.123Z'), hookMs: 12.3456 };
const base = {
  session_id: 's-1',
  transcript_path: '/t.jsonl',
  cwd: '/proj',
  permission_mode: 'default',
  effort: { level: 'high' },
};

// Real payloads from the reference (section 3), trimmed.
const cases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
  [
    'SessionStart',
    { hook_event_name: 'SessionStart', source: 'startup' },
    { event_type: 'session_start', data: 'Session started (startup)', payload: { source: 'startup' } },
  ],
  [
    'SessionEnd',
    { hook_event_name: 'SessionEnd', reason: 'other' },
    { event_type: 'session_end', data: 'Session ended (other)' },
  ],
  [
    'UserPromptSubmit',
    { hook_event_name: 'UserPromptSubmit', prompt: 'please RUNTOOL\nsecond line' },
    { event_type: 'user_prompt', data: 'Prompt: please RUNTOOL' },
  ],
  [
    'UserPromptExpansion',
    { hook_event_name: 'UserPromptExpansion', command_name: 'uhello', command_args: 'world' },
    { event_type: 'command_expansion', data: 'Command /uhello world' },
  ],
  [
    'PreToolUse',
    {
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'echo hi', description: 'say hi' },
      tool_use_id: 'toolu_1',
    },
    { event_type: 'tool_start', data: 'Bash: echo hi', tool_name: 'Bash', tool_use_id: 'toolu_1' },
  ],
  [
    'PostToolUse',
    {
      hook_event_name: 'PostToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'echo hi' },
      tool_response: { stdout: 'hi' },
      tool_use_id: 'toolu_1',
      duration_ms: 31,
    },
    { event_type: 'tool_complete', data: 'Bash: echo hi (31 ms)', duration_ms: 31 },
  ],
  [
    'PostToolUseFailure',
    {
      hook_event_name: 'PostToolUseFailure',
      tool_name: 'Bash',
      tool_input: { command: 'false' },
      tool_use_id: 'toolu_2',
      error: 'Exit code 3\nfailing',
      is_interrupt: false,
      duration_ms: 37,
    },
    {
      event_type: 'tool_error',
      data: 'Bash failed: Exit code 3 (37 ms)',
      error: 'Exit code 3\nfailing',
      duration_ms: 37,
    },
  ],
  [
    'SubagentStart',
    { hook_event_name: 'SubagentStart', agent_id: 'a2eafb6a', agent_type: 'general-purpose' },
    { event_type: 'agent_start', agent_id: 'a2eafb6a', agent_type: 'general-purpose', data: 'general-purpose started' },
  ],
  [
    'SubagentStop',
    { hook_event_name: 'SubagentStop', agent_id: 'a2eafb6a', agent_type: 'general-purpose', stop_hook_active: false },
    { event_type: 'agent_complete', agent_id: 'a2eafb6a', data: 'general-purpose finished' },
  ],
  [
    'SubagentStop of /compact',
    { hook_event_name: 'SubagentStop', agent_id: 'c1', agent_type: '' },
    { event_type: 'agent_complete', agent_type: '' },
  ],
  [
    'PreCompact',
    { hook_event_name: 'PreCompact', trigger: 'manual', custom_instructions: 'focus' },
    { event_type: 'compact_start', data: 'Compaction started (manual)' },
  ],
  ['PostCompact', { hook_event_name: 'PostCompact', trigger: 'auto' }, { event_type: 'compact_complete' }],
  ['Stop', { hook_event_name: 'Stop', stop_hook_active: false }, { event_type: 'stop', data: 'Turn finished' }],
  [
    'Notification',
    {
      hook_event_name: 'Notification',
      message: 'Claude needs your permission',
      notification_type: 'permission_prompt',
    },
    { event_type: 'notification', data: 'Claude needs your permission' },
  ],
  [
    'PermissionRequest',
    { hook_event_name: 'PermissionRequest', tool_name: 'Write', tool_input: { file_path: '/p/a.txt' } },
    { event_type: 'permission_request', data: 'Permission requested for Write: /p/a.txt' },
  ],
  ['an unknown hook', { hook_event_name: 'FileChanged' }, { event_type: 'hook_file_changed', data: 'FileChanged' }],
];

const map = suite('hookPayloadToEvent');
for (const [name, payload, expected] of cases) {
  map(name, () => {
    const e = hookPayloadToEvent({ ...base, ...payload }, ctx) as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) assert.equal(e[k], v, `${k}`);
    assert.is(e.timestamp, '2026-11-20T10:00:00.123Z');
    assert.is(e.session_id, 's-1');
    assert.is(e.source, 'hook');
    assert.is(e.hook_ms, 12.35);
    assert.is(e.phase, 'unknown');
    const payloadKeys = Object.keys((e.payload as object) ?? {});
    for (const lifted of ['session_id', 'cwd', 'transcript_path', 'hook_event_name', 'permission_mode', 'effort'])
      assert.not.ok(payloadKeys.includes(lifted), lifted);
  });
}
map('main-agent events carry agent_id "main"', () => {
  assert.is(hookPayloadToEvent({ hook_event_name: 'Stop' }, ctx).agent_id, 'main');
});
map('secrets in tool input and prompts are redacted everywhere', () => {
  const e = hookPayloadToEvent(
    {
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command: 'PGPASSWORD=hunter2 psql -c "select 1"' },
    },
    ctx,
  );
  assert.not.match(JSON.stringify(e), /hunter2/);
  const p = hookPayloadToEvent(
    { hook_event_name: 'UserPromptSubmit', prompt: 'use key sk-ant-api03-abcdefghijklmnop' },
    ctx,
  );
  assert.not.match(JSON.stringify(p), /abcdefghijklmnop/);
});
map('HTML stays text in the data (readers render it as text)', () => {
  const e = hookPayloadToEvent({ hook_event_name: 'UserPromptSubmit', prompt: '<img src=x onerror=alert(1)>' }, ctx);
  assert.is(e.data, 'Prompt: <img src=x onerror=alert(1)>');
});
map('garbage payloads still give an event', () => {
  for (const junk of [null, 42, 'str', [], { hook_event_name: 7, duration_ms: -5, tool_name: {} }]) {
    const e = hookPayloadToEvent(junk, ctx);
    assert.is(e.event_type, 'hook_unknown');
    assert.is(e.duration_ms, undefined);
  }
});
map('a failure with no error text is still an error', () => {
  assert.is(
    hookPayloadToEvent({ hook_event_name: 'PostToolUseFailure', tool_name: 'Bash' }, ctx).error,
    'unknown error',
  );
});
map('a huge tool response is trimmed to a bounded payload', () => {
  const e = hookPayloadToEvent(
    { hook_event_name: 'PostToolUse', tool_name: 'Read', tool_response: { content: 'z'.repeat(5_000_000) } },
    ctx,
  );
  assert.ok(JSON.stringify(e).length < 20_000);
  assert.match(JSON.stringify(e.payload), /truncated/);
});
map.run();

const summary = suite('toolSummary');
for (const [input, out] of [
  [{ command: 'ls -la\nrm x' }, 'ls -la'],
  [{ file_path: '/a/b.ts', content: 'x' }, '/a/b.ts'],
  [{ pattern: 'TODO' }, 'TODO'],
  [{ url: 'https://example.com' }, 'https://example.com'],
  [{}, ''],
  ['not an object', ''],
] as const) {
  summary(JSON.stringify(input), () => assert.is(toolSummary(input), out));
}
summary.run();

const oversized = suite('oversizedPayloadToEvent');
oversized('pulls the hook, session and tool from the head of a huge payload', () => {
  const head =
    '{"session_id":"s-9","hook_event_name":"PostToolUse","tool_name":"Read","tool_response":{"content":"aaaa';
  const e = oversizedPayloadToEvent(head, 20_000_000, ctx);
  assert.is(e.event_type, 'tool_complete');
  assert.is(e.session_id, 's-9');
  assert.is(e.tool_name, 'Read');
  assert.match(e.data, /20000000 bytes too large/);
});
oversized('a head with nothing recognisable is still an event', () => {
  assert.is(oversizedPayloadToEvent('\x00\x01garbage', 10, ctx).event_type, 'hook_unknown');
});
oversized.run();

// PostToolBatch payloads as both supported CLIs send them (docs/claude-code-versions.md):
// a call not allowed in -p, then a batch whose call ran.
const NOT_GRANTED = "Claude requested permissions to use WebFetch, but you haven't granted it yet.";
const batch = (calls: Array<Record<string, unknown>>) => ({
  ...base,
  hook_event_name: 'PostToolBatch',
  tool_calls: calls,
});
const denied = suite('hookPayloadToEvents: denied calls close as tool_denied');
denied('a call denied in -p becomes one tool_denied, paired by tool_use_id', () => {
  const events = hookPayloadToEvents(
    batch([
      { tool_name: 'WebFetch', tool_input: { url: 'https://x' }, tool_use_id: 'toolu_1', tool_response: NOT_GRANTED },
    ]),
    ctx,
  );
  assert.equal(
    events.map((e) => [e.event_type, e.hook, e.tool_name, e.tool_use_id, e.session_id, e.data, e.error]),
    [['tool_denied', 'PostToolBatch', 'WebFetch', 'toolu_1', 's-1', `WebFetch denied: ${NOT_GRANTED}`, undefined]],
  );
  assert.equal(events[0]!.payload, { reason: NOT_GRANTED });
});
const run = (response: unknown, expected: boolean) =>
  denied(`${expected ? 'denied' : 'ran'}: ${String(JSON.stringify(response)).slice(0, 70)}`, () => {
    const events = hookPayloadToEvents(
      batch([{ tool_name: 'Bash', tool_input: {}, tool_use_id: 'toolu_2', tool_response: response }]),
      ctx,
    );
    assert.is(events.length, expected ? 1 : 0);
  });
for (const [response, expected] of [
  [NOT_GRANTED, true],
  ["Claude requested permissions to write to /p/a.txt, but you haven't granted it yet.", true],
  ['Permission to use Bash with command rm -rf / has been denied.', true],
  ['Permission to use Bash denied by policy: no', true],
  [
    "The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, the new_string was NOT written to the file). STOP what you are doing and wait for the user to tell you how to proceed.",
    true,
  ],
  [[{ type: 'text', text: NOT_GRANTED }], true],
  // Results of calls that ran, including ones that mention a denial somewhere.
  ['after', false],
  [`log line\n${NOT_GRANTED}`, false],
  [`${NOT_GRANTED}${'x'.repeat(5000)}`, false],
  [[{ type: 'image', source: {} }], false],
  [{ stdout: NOT_GRANTED }, false],
  [undefined, false],
] as const)
  run(response, expected);
denied('a batch with no denied call records nothing; other hooks record one event', () => {
  assert.equal(hookPayloadToEvents(batch([{ tool_name: 'Bash', tool_use_id: 'x', tool_response: 'hi' }]), ctx), []);
  assert.equal(hookPayloadToEvents(batch('junk' as never), ctx), []);
  assert.equal(
    hookPayloadToEvents({ hook_event_name: 'Stop' }, ctx).map((e) => e.event_type),
    ['stop'],
  );
});
denied('PermissionDenied (auto mode) is a tool_denied with its reason', () => {
  const [e] = hookPayloadToEvents(
    { ...base, hook_event_name: 'PermissionDenied', tool_name: 'Bash', tool_use_id: 'toolu_3', reason: 'risky\nmore' },
    ctx,
  );
  assert.equal([e!.event_type, e!.tool_use_id, e!.data], ['tool_denied', 'toolu_3', 'Bash denied: risky']);
});
denied('a subagent denial keeps its agent', () => {
  const [e] = hookPayloadToEvents(
    {
      ...batch([{ tool_name: 'Bash', tool_use_id: 'x', tool_response: NOT_GRANTED }]),
      agent_id: 'a1',
      agent_type: 'Explore',
    },
    ctx,
  );
  assert.equal([e!.agent_id, e!.agent_type], ['a1', 'Explore']);
});
denied.run();

const stopFailure = suite('StopFailure: the message, not only the class');
stopFailure('as 2.1.197 sends it for a 429', () => {
  const e = hookPayloadToEvent(
    {
      ...base,
      hook_event_name: 'StopFailure',
      error: 'rate_limit',
      last_assistant_message: 'API Error: Request rejected (429) · slow down',
    },
    ctx,
  );
  assert.equal(
    [e.event_type, e.data, e.error],
    [
      'stop_error',
      'Turn failed: API Error: Request rejected (429) · slow down',
      'rate_limit: API Error: Request rejected (429) · slow down',
    ],
  );
});
stopFailure('without a message, the class', () => {
  const e = hookPayloadToEvent({ hook_event_name: 'StopFailure', error: 'unknown' }, ctx);
  assert.equal([e.data, e.error], ['Turn failed: unknown', 'unknown']);
});
stopFailure.run();
