import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import {
  TAIL_BYTES,
  apiErrorsIn,
  claim,
  readTail,
  claimForStopFailure,
  unreportedFailedTurns,
} from '../../lib/hook/failed-turn.ts';
import { tempDir } from '../util/claude.ts';

// The entry both supported CLIs write for a turn an API error ended (trimmed).
const entry = (uuid: string, status = 529, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    parentUuid: 'p',
    isSidechain: false,
    type: 'assistant',
    uuid,
    timestamp: '2026-11-30T10:15:38.094Z',
    message: {
      model: '<synthetic>',
      role: 'assistant',
      content: [{ type: 'text', text: `API Error: ${status} scripted` }],
    },
    error: 'server_error',
    isApiErrorMessage: true,
    apiErrorStatus: status,
    ...extra,
  });
const U1 = 'ea2a2655-eb97-485b-88cf-96e2c27c270e';
const U2 = '32dcbd28-9826-4a54-b3ca-b0a70dbd6f20';

const parse = suite('apiErrorsIn');
parse('finds the API-error entries, oldest first, with status and text', () => {
  const text = [
    '{"type":"user","message":{"content":"go"}}',
    entry(U1, 429),
    '{"type":"last-prompt"}',
    entry(U2, 500),
  ].join('\n');
  assert.equal(
    apiErrorsIn(text).map((t) => [t.uuid, t.status, t.error, t.text]),
    [
      [U1, 429, 'server_error', 'API Error: 429 scripted'],
      [U2, 500, 'server_error', 'API Error: 500 scripted'],
    ],
  );
});
for (const [name, text] of [
  ['no marker', '{"type":"assistant","uuid":"abcdefgh"}'],
  ['a user entry quoting the marker', JSON.stringify({ type: 'user', uuid: U1, isApiErrorMessage: true })],
  ['a subagent (sidechain) entry', entry(U1, 529, { isSidechain: true })],
  ['a uuid that is a path', entry('../../etc/x')],
  ['a cut line', entry(U1).slice(0, 200)],
] as const)
  parse(`ignores ${name}`, () => assert.equal(apiErrorsIn(text), []));
parse.run();

const io = suite('readTail, claim');
io('reads only the last TAIL_BYTES', () => {
  const dir = tempDir('tr');
  const file = path.join(dir, 't.jsonl');
  fs.writeFileSync(file, `${entry(U1)}\n${'x'.repeat(TAIL_BYTES * 2)}\n${entry(U2)}\n`);
  const tail = readTail(file);
  assert.ok(tail.length <= TAIL_BYTES);
  assert.equal(
    apiErrorsIn(tail).map((t) => t.uuid),
    [U2],
  );
});
io('no link followed, no FIFO read, nothing but an absolute .jsonl', () => {
  const dir = tempDir('tr');
  const real = path.join(dir, 'real.jsonl');
  fs.writeFileSync(real, `${entry(U1)}\n`);
  fs.symlinkSync(real, path.join(dir, 'link.jsonl'));
  assert.is(readTail(path.join(dir, 'link.jsonl')), '');
  fs.mkdirSync(path.join(dir, 'dir.jsonl'));
  assert.is(readTail(path.join(dir, 'dir.jsonl')), '');
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  execFileSync('mkfifo', [path.join(dir, 'fifo.jsonl')]);
  assert.is(readTail(path.join(dir, 'fifo.jsonl')), '');
  for (const bad of ['real.jsonl', path.join(dir, 'real.txt'), 42, undefined]) assert.is(readTail(bad), '');
  assert.ok(readTail(real).includes(U1));
});
io('each failed turn is claimed once per project', () => {
  const project = tempDir('proj');
  const state = path.join(project, '.2L');
  const file = path.join(tempDir('tr'), 't.jsonl');
  fs.writeFileSync(file, `${entry(U1)}\n`);
  assert.equal(
    unreportedFailedTurns(state, file).map((t) => t.uuid),
    [U1],
  );
  assert.equal(unreportedFailedTurns(state, file), [], 'the next hook finds it claimed');
  fs.appendFileSync(file, `${entry(U2)}\n`);
  assert.equal(
    unreportedFailedTurns(state, file).map((t) => t.uuid),
    [U2],
  );
  assert.is(claim(state, `entry-${U2}`), false);
  fs.writeFileSync(file, `${entry(U1)}\n${entry(U2)}\n`);
  assert.equal(unreportedFailedTurns(state, file), [], 'a resumed session rewrites the entries: still reported once');
});
const P1 = 'eb4f9500-5f0f-4fa6-b947-ab757a1a9c88';
const P2 = '1b1b5a77-95f7-4e87-9aa2-c8351c682042';
const prompt = (id: string) => JSON.stringify({ type: 'user', promptId: id, message: { content: 'go' } });
io('the turn is named by its prompt: the last promptId before the entry', () => {
  const turns = apiErrorsIn([prompt(P1), '{"type":"attachment"}', entry(U1), prompt(P2), entry(U2)].join('\n'));
  assert.equal(
    turns.map((t) => t.promptId),
    [P1, P2],
  );
  assert.is(apiErrorsIn(entry(U1))[0]!.promptId, undefined, 'a tail that does not reach the prompt');
});
io('a prompt further back than the short tail is found in the long one', () => {
  const state = path.join(tempDir('proj'), '.2L');
  const file = path.join(tempDir('tr'), 't.jsonl');
  const shape = JSON.stringify({ type: 'api-request-shape', shape: 'y'.repeat(70_000) });
  fs.writeFileSync(file, [prompt(P1), shape, shape, entry(U1)].join('\n'));
  assert.is(claimForStopFailure(state, P1), true);
  assert.equal(unreportedFailedTurns(state, file), [], 'StopFailure reported it');
});
io('StopFailure and the transcript check claim the same turn: whoever is first records it, in either order', () => {
  for (const stopFailureFirst of [true, false]) {
    const state = path.join(tempDir('proj'), '.2L');
    const file = path.join(tempDir('tr'), 't.jsonl');
    fs.writeFileSync(file, `${prompt(P1)}\n${entry(U1)}\n`);
    if (stopFailureFirst) {
      assert.is(claimForStopFailure(state, P1), true);
      assert.equal(unreportedFailedTurns(state, file), [], 'SessionEnd after StopFailure');
    } else {
      assert.equal(
        unreportedFailedTurns(state, file).map((t) => t.uuid),
        [U1],
      );
      assert.is(claimForStopFailure(state, P1), false, 'StopFailure after SessionEnd');
    }
    fs.appendFileSync(file, `${prompt(P2)}\n${entry(U2)}\n`);
    assert.equal(
      unreportedFailedTurns(state, file).map((t) => t.uuid),
      [U2],
      'a later failure with no StopFailure is reported',
    );
  }
  assert.is(claimForStopFailure(path.join(tempDir('proj'), '.2L'), '../x'), true, 'no usable id: record it');
});
io('a claims folder planted as a link is refused, never written through', () => {
  const project = tempDir('proj');
  const elsewhere = tempDir('elsewhere');
  fs.mkdirSync(path.join(project, '.2L'), { mode: 0o700 });
  fs.symlinkSync(elsewhere, path.join(project, '.2L', 'failed-turns'));
  assert.throws(() => claim(path.join(project, '.2L'), `entry-${U1}`), /symlink|link/);
  assert.equal(fs.readdirSync(elsewhere), []);
});
io.run();
