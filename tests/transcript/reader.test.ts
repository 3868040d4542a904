import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { readNew } from '../../lib/transcript/reader.ts';
import { toolEvents } from '../../lib/transcript/tools.ts';
import { tempDir } from '../util/claude.ts';

const line = (o: object) => `${JSON.stringify(o)}\n`;
const values = (r: ReturnType<typeof readNew>) => r.records.map((x) => x.value);

const reader = suite('transcript reader: only new bytes, whole lines');
reader('reads what was added since the cursor; a half-written last line waits for its newline', () => {
  const f = path.join(tempDir('tr'), 's.jsonl');
  fs.writeFileSync(f, line({ a: 1 }) + line({ a: 2 }) + '{"a":');
  const first = readNew(f, undefined);
  assert.equal(values(first), [{ a: 1 }, { a: 2 }]);
  assert.equal(
    first.records.map((r) => [r.offset, r.end]),
    [
      [0, 8],
      [8, 16],
    ],
  );
  assert.is(first.cursor!.offset, 16);
  fs.appendFileSync(f, '3}\n' + line({ a: 4 }));
  const second = readNew(f, first.cursor);
  assert.equal(values(second), [{ a: 3 }, { a: 4 }]);
  assert.equal(values(readNew(f, second.cursor)), []);
});
reader('a replaced or shortened file starts over; a deleted one yields nothing', () => {
  const dir = tempDir('tr');
  const f = path.join(dir, 's.jsonl');
  fs.writeFileSync(f, line({ a: 1 }) + line({ a: 2 }));
  const c = readNew(f, undefined).cursor;
  fs.rmSync(f);
  assert.equal(readNew(f, c), { records: [], cursor: undefined, skipped: 0 });
  fs.writeFileSync(f, line({ b: 1 }));
  assert.equal(values(readNew(f, c)), [{ b: 1 }]);
});
reader('a line past the cap and a line that is not JSON are skipped, the rest read', () => {
  const f = path.join(tempDir('tr'), 's.jsonl');
  fs.writeFileSync(f, line({ a: 1 }) + line({ big: 'x'.repeat(5000) }) + 'not json\n' + line({ a: 2 }));
  const r = readNew(f, undefined, { maxLineBytes: 1000 });
  assert.equal(values(r), [{ a: 1 }, { a: 2 }]);
  assert.is(r.skipped, 2);
});
reader('a symlink or a FIFO where a transcript was is refused without blocking', () => {
  const dir = tempDir('tr');
  fs.writeFileSync(path.join(dir, 'real'), line({ secret: 1 }));
  fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link.jsonl'));
  assert.is(readNew(path.join(dir, 'link.jsonl'), undefined).cursor, undefined);
  const fifo = path.join(dir, 'fifo.jsonl');
  execFileSync('mkfifo', [fifo]);
  assert.is(readNew(fifo, undefined).cursor, undefined);
});

const tools = suite('transcript tools: tool_use and tool_result blocks');
tools('ids, names, errors, session, agent and timestamp', () => {
  const common = { sessionId: 's1', agentId: 'a9', timestamp: '2026-11-30T10:00:00.000Z' };
  assert.equal(
    toolEvents({
      ...common,
      type: 'assistant',
      message: { content: [{ type: 'text' }, { type: 'tool_use', id: 't1', name: 'Bash', input: { command: 'ls' } }] },
    }),
    [{ kind: 'use', id: 't1', name: 'Bash', input: { command: 'ls' }, ...common }],
  );
  assert.equal(
    toolEvents({
      ...common,
      type: 'user',
      message: { content: [{ type: 'tool_result', tool_use_id: 't1', is_error: true, content: 'Exit code 3' }] },
    }),
    [{ kind: 'result', id: 't1', isError: true, errorText: 'Exit code 3', response: undefined, ...common }],
  );
  // Claude Code's record of a result (`toolUseResult`) goes with it when the entry holds that one result.
  const record = { stdout: 'a\nb', stderr: '', interrupted: false };
  const one = (content: object[]) =>
    toolEvents({ ...common, type: 'user', toolUseResult: record, message: { content } }).map((r) =>
      r.kind === 'result' ? r.response : 'use',
    );
  assert.equal(one([{ type: 'tool_result', tool_use_id: 't1', content: 'a\nb' }]), [record]);
  assert.equal(
    one([
      { type: 'tool_result', tool_use_id: 't1', content: 'a' },
      { type: 'tool_result', tool_use_id: 't2', content: 'b' },
    ]),
    [undefined, undefined],
    'two results in one entry: the record is neither one for sure',
  );
  assert.equal(toolEvents({ type: 'user', message: { content: 'hello' } }), []);
  assert.equal(toolEvents(null), []);
});

reader.run();
tools.run();
