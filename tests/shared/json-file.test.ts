import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import {
  JsonFileError,
  lineColumn,
  parseJsonText,
  readJsonObject,
  readJsonObjectSafe,
} from '../../lib/shared/json-file.ts';
import { tempDir } from '../util/claude.ts';

const json = suite('json-file');
json('lineColumn is 1-based', () => {
  assert.equal(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
  assert.equal(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
});
json('a parse error names file, line and column', () => {
  try {
    parseJsonText('{\n  "a": 1,\n  b: 2\n}', '/p/.mcp.json');
    assert.unreachable();
  } catch (err) {
    assert.instance(err, JsonFileError);
    assert.match((err as Error).message, /^\/p\/\.mcp\.json:3:3: invalid JSON/);
    assert.is((err as JsonFileError).line, 3);
  }
});
json('comments (JSONC) are refused, not silently dropped', () => {
  assert.throws(() => parseJsonText('{ // hi\n "a": 1 }', 'f'), /f:1:3: invalid JSON/);
});
json('empty text and a BOM are fine', () => {
  assert.equal(parseJsonText('', 'f'), {});
  assert.equal(parseJsonText(' \n', 'f'), {});
  assert.equal(parseJsonText('\uFEFF{"a":1}', 'f'), { a: 1 });
});
json('readJsonObject: absent is undefined; arrays and scalars are refused', () => {
  const dir = tempDir('jf');
  assert.is(readJsonObject(path.join(dir, 'none.json')), undefined);
  fs.writeFileSync(path.join(dir, 'arr.json'), '[1]');
  assert.throws(() => readJsonObject(path.join(dir, 'arr.json')), /expected a JSON object/);
  fs.writeFileSync(path.join(dir, 'null.json'), 'null');
  assert.throws(() => readJsonObject(path.join(dir, 'null.json')), /expected a JSON object/);
});
json('a folder in place of the file is an error, not undefined', () => {
  const dir = tempDir('jf');
  assert.throws(() => readJsonObject(dir), /EISDIR/);
});
json(
  'readJsonObjectSafe: a project file is never read through a link; unusable files are JsonFileErrors naming the label',
  () => {
    const dir = tempDir('jf');
    fs.writeFileSync(path.join(dir, 'real.json'), '{"a":1}');
    fs.symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'link.json'));
    const opts = { label: '.mcp.json', maxBytes: 100 };
    assert.is(readJsonObjectSafe(path.join(dir, 'none.json'), opts), undefined);
    assert.equal(readJsonObjectSafe(path.join(dir, 'real.json'), opts), { a: 1 });
    assert.throws(
      () => readJsonObjectSafe(path.join(dir, 'link.json'), opts),
      (e: Error) =>
        e instanceof JsonFileError &&
        e.message === '.mcp.json: is a symbolic link; 2L never follows links inside a project (remove it)',
    );
    assert.equal(
      readJsonObjectSafe(path.join(dir, 'link.json'), { ...opts, userFile: true }),
      { a: 1 },
      'the user’s own file may be a link',
    );
    assert.throws(
      () => readJsonObjectSafe(path.join(dir, 'real.json'), { ...opts, maxBytes: 3 }),
      /^\.mcp\.json: is larger than 2L reads \(7 bytes, limit 3\)$/,
    );
    fs.writeFileSync(path.join(dir, 'arr.json'), '[1]');
    assert.throws(
      () => readJsonObjectSafe(path.join(dir, 'arr.json'), opts),
      /^\.mcp\.json: expected a JSON object at the top level$/,
    );
  },
);
json.run();
