// The spool file format between the hook front and the collector (lib/hook/spool.ts): pure parsing.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAGIC, SPOOL_NAME, parseCli, parseSpool, spoolDir } from '../../lib/hook/spool.ts';

const file = (cli: string, payload = '{"hook_event_name":"SessionStart"}', trailer = '\0end\n') =>
  Buffer.from(`${MAGIC}\u00001764561234.123456\u0000/p\u0000/p/sub\u0000${cli}\u0000${payload}${trailer}`);

test('a complete file: call time, project, cwd, the CLI process, the payload', () => {
  const e = parseSpool(file('4242 123456'))!;
  assert.equal(
    [e.callTime, e.projectDir, e.cwd, e.cli, e.input.text, e.complete],
    ['1764561234.123456', '/p', '/p/sub', { pid: 4242, start: '123456' }, '{"hook_event_name":"SessionStart"}', true],
  );
  assert.equal(parseSpool(file('4242 -'))!.cli, { pid: 4242, start: '-' }, 'no /proc: the pid alone');
  assert.is(parseSpool(file(''))!.cli, undefined, 'the front could not tell');
  assert.is(parseSpool(file('4242 1', '{}', ''))!.complete, false, 'no trailer: still being written, or torn');
});

test("an older front's `2l1` file, or no header at all, is not parsed (it lives in another folder)", () => {
  assert.is(parseSpool(Buffer.from('2l1\u0000t\u0000/p\u0000/\u0000{}\u0000end\n')), undefined);
  assert.is(parseSpool(Buffer.from('{}')), undefined);
  assert.is(parseSpool(Buffer.alloc(0)), undefined);
  assert.ok(spoolDir({ XDG_RUNTIME_DIR: '/run/user/1' }, 1).endsWith(`/2l/${SPOOL_NAME}`));
  assert.is(spoolDir({}, 7, true), `/dev/shm/2l-7/${SPOOL_NAME}`);
});

test('the CLI field: only `<pid> <start>` as the front writes it', () => {
  for (const bad of [
    '0 1',
    '-1 1',
    '12',
    '12 ',
    ' 12 1',
    '12 1 2',
    '12 x',
    '1e3 1',
    `${'9'.repeat(11)} 1`,
    '12 1\n',
    '12 -1',
  ])
    assert.is(parseCli(bad), undefined, JSON.stringify(bad));
  assert.is(parseCli(undefined), undefined);
  assert.equal(parseCli('1 0'), { pid: 1, start: '0' });
});

test.run();
