import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { LineSplitter, type Line, type LineSplitterOptions } from '../../lib/events/lines.ts';

/** Feed `chunks` and end the input: every line, with the unfinished last one marked. */
function run(chunks: Array<string | Buffer>, opts?: LineSplitterOptions): { lines: Line[]; last: Line | undefined } {
  const s = new LineSplitter(opts);
  const lines = chunks.flatMap((c) => s.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
  return { lines, last: s.end() };
}

/** `text` cut into pieces at every pair of byte offsets: all give the same lines. */
function everySplit(text: string, opts?: LineSplitterOptions): Array<ReturnType<typeof run>> {
  const b = Buffer.from(text);
  const out: Array<ReturnType<typeof run>> = [];
  for (let i = 0; i <= b.length; i++)
    for (let j = i; j <= b.length; j++) out.push(run([b.subarray(0, i), b.subarray(i, j), b.subarray(j)], opts));
  return out;
}

const split = suite('LineSplitter: lines');
for (const [name, chunks, lines, last] of [
  ['one chunk, several lines', ['a\nb\nc\n'], ['a', 'b', 'c'], undefined],
  ['a line across chunks', ['he', 'll', 'o\nwor', 'ld\n'], ['hello', 'world'], undefined],
  ['empty lines are lines', ['\n\na\n\n'], ['', '', 'a', ''], undefined],
  ['CRLF: the CR goes, wherever the chunk ends', ['a\r', '\nb\r\n'], ['a', 'b'], undefined],
  ['a CR inside a line stays', ['a\rb\n'], ['a\rb'], undefined],
  ['no newline at all: the input ends in one unfinished line', ['abc', 'def'], [], 'abcdef'],
  ['an unfinished last line after whole ones', ['a\nb'], ['a'], 'b'],
  ['nothing', [], [], undefined],
] as const) {
  split(name, () => assert.equal(run([...chunks]), { lines: [...lines], last }));
}
split('a chunk may end inside a character: the same lines at every cut', () => {
  const text = 'été ✓\n日本語\r\n😀 x\nend';
  for (const r of everySplit(text)) assert.equal(r, { lines: ['été ✓', '日本語', '😀 x'], last: 'end' });
});
split('binary bytes come back decoded, not thrown', () => {
  assert.equal(run([Buffer.from([0, 255, 254, 10, 0x7b, 10])]).lines, ['\u0000\ufffd\ufffd', '{']);
});
split('the chunk given may be reused by the caller: what is held was copied', () => {
  const s = new LineSplitter();
  const buf = Buffer.from('abc');
  s.push(buf);
  buf.fill('z');
  assert.equal(s.push(Buffer.from('\n')), ['abc']);
});
split('held counts the bytes of the unfinished line; end and reset start afresh', () => {
  const s = new LineSplitter();
  s.push(Buffer.from('x\nhalf'));
  assert.is(s.held, 4);
  s.reset();
  assert.is(s.held, 0);
  assert.equal(s.push(Buffer.from('new\n')), ['new']);
  s.push(Buffer.from('tail'));
  assert.is(s.end(), 'tail');
  assert.is(s.end(), undefined);
});
split.run();

const cap = suite('LineSplitter: maxLineBytes');
const dropped = { head: '' };
cap('a line past the cap is dropped whole, at every cut; one at the cap is kept', () => {
  const text = `ok\n${'x'.repeat(11)}\n${'y'.repeat(10)}\nz\n`;
  for (const r of everySplit(text, { maxLineBytes: 10 }))
    assert.equal(r, { lines: ['ok', dropped, 'y'.repeat(10), 'z'], last: undefined });
});
cap('the cap counts bytes, not characters', () => {
  // 6 characters, 12 bytes: past a cap of 10 whether or not the line spans chunks.
  for (const r of everySplit('a\néééééé\nb\n', { maxLineBytes: 10 }))
    assert.equal(r, { lines: ['a', dropped, 'b'], last: undefined });
});
cap('an unfinished last line past the cap ends as dropped, once', () => {
  assert.equal(run(['a\n', 'x'.repeat(30), 'x'.repeat(30)], { maxLineBytes: 10 }), { lines: ['a'], last: dropped });
});
cap('memory: what is held never passes the cap', () => {
  const s = new LineSplitter({ maxLineBytes: 100 });
  for (let i = 0; i < 50; i++) {
    s.push(Buffer.alloc(64, 'q'));
    assert.ok(s.held <= 100, `held ${s.held}`);
  }
  assert.equal(s.push(Buffer.from('\nnext\n')), [dropped, 'next']);
});
cap('headBytes keeps the start of a dropped line for a message, wherever it was cut', () => {
  const text = `${'h'.repeat(5)}${'-'.repeat(20)}\nok\n`;
  for (const r of everySplit(text, { maxLineBytes: 10, headBytes: 5 }))
    assert.equal(r, { lines: [{ head: 'hhhhh' }, 'ok'], last: undefined });
});
cap.run();
