import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildEvent, writeEvent } from '../../lib/events/emit-command.ts';
import { UsageError, UserError } from '../../lib/shared/errors.ts';
import { tempDir } from '../util/claude.ts';

const NOW = new Date('2026-11-20T12:00:00.000Z');

const build = suite('emit-command: buildEvent');
build('type, data and defaults; the project from --project, CLAUDE_PROJECT_DIR or cwd', () => {
  assert.equal(buildEvent(['plan_start', 'Plan 1'], NOW, {}, '/cwd'), {
    project: '/cwd',
    event: {
      timestamp: '2026-11-20T12:00:00.000Z',
      event_type: 'plan_start',
      phase: 'unknown',
      agent_id: 'orchestrator',
      data: 'Plan 1',
      v: 1,
      source: 'emit',
    },
  });
  const b = buildEvent(
    ['phase_change', 'Building', '--phase', 'building', '--agent', 'builder-1', '--session', 'S1', '--project', 'p'],
    NOW,
    { CLAUDE_PROJECT_DIR: '/env' },
    '/cwd',
  );
  assert.ok(b !== 'help');
  assert.equal(
    [b.project, b.event.phase, b.event.agent_id, b.event.session_id],
    ['/cwd/p', 'building', 'builder-1', 'S1'],
  );
  const fromEnv = buildEvent(['x_y', 'z'], NOW, { CLAUDE_PROJECT_DIR: '/env' }, '/cwd');
  assert.ok(fromEnv !== 'help');
  assert.is(fromEnv.project, '/env');
});
build('--payload is parsed and redacted', () => {
  const b = buildEvent(
    ['cost_update', 'tokens', '--payload', '{"usd":0.12,"api_key":"sk-ant-api03-secretsecret"}'],
    NOW,
    {},
    '/cwd',
  );
  assert.ok(b !== 'help');
  assert.equal(b.event.payload, { usd: 0.12, api_key: '[REDACTED]' });
});
build('--help', () => assert.is(buildEvent(['plan_start', '--help'], NOW, {}, '/cwd'), 'help'));
const bad: Array<[string, string[], RegExp]> = [
  ['no arguments', [], /^`event_type` and `data` are required \(see --help\)$/],
  ['empty data', ['plan_start', ''], /^`event_type` and `data` are required/],
  ['extra argument', ['plan_start', 'a', 'b'], /^unexpected argument `b`; quote the data$/],
  ['bad type', ['Plan Start!', 'x'], /^`Plan Start!` is not an event type \(lower_snake_case, up to 64 characters\)$/],
  ['bad payload', ['plan_start', 'x', '--payload', '{nope'], /^`--payload` is not valid JSON: /],
  ['unknown flag', ['plan_start', 'x', '--colour'], /^unknown option `--colour` \(see --help\)$/],
  ['empty --project', ['plan_start', 'x', '--project', ''], /^`--project` needs a folder$/],
];
for (const [name, argv, re] of bad) {
  build(`${name}: UsageError`, () => {
    assert.throws(
      () => buildEvent(argv, NOW, {}, '/cwd'),
      (e: Error) => e instanceof UsageError && re.test(e.message),
    );
  });
}
build.run();

const write = suite('emit-command: writeEvent');
write('appends one line through the writer', () => {
  const dir = tempDir('emit-command');
  const b = buildEvent(['plan_start', 'Plan 1'], NOW, {}, dir);
  assert.ok(b !== 'help');
  writeEvent(b.project, b.event, () => assert.unreachable('no warning'));
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, '.2L', 'events.jsonl'), 'utf8')), b.event);
});
write('a log that cannot be written: a UserError (exit 1) with the reason', () => {
  const dir = tempDir('emit-command');
  fs.writeFileSync(path.join(dir, '.2L'), 'a file, not a folder');
  const b = buildEvent(['plan_start', 'x'], NOW, {}, dir);
  assert.ok(b !== 'help');
  assert.throws(
    () => writeEvent(b.project, b.event, () => {}),
    (e: Error) => e instanceof UserError && e.exitCode === 1 && /^could not write the event: .*\.2L/.test(e.message),
  );
});
write.run();
