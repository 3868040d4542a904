import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError, UserError, errorCode, errorMessage, errorStack } from '../../lib/shared/errors.ts';

const read = suite('errors: reading anything thrown');
const sysErr = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
const cases: Array<[string, unknown, string, string | undefined]> = [
  ['an Error', new Error('boom'), 'boom', undefined],
  ['a system error', sysErr, 'ENOENT: no such file', 'ENOENT'],
  [
    'an error-like object (another realm, a library)',
    { message: 'from elsewhere', code: 'EACCES' },
    'from elsewhere',
    'EACCES',
  ],
  ['a string', 'plain text', 'plain text', undefined],
  ['undefined', undefined, 'undefined', undefined],
  ['null', null, 'null', undefined],
  [
    'a numeric code (HTTP status) is not an errno code',
    Object.assign(new Error('refused'), { code: 503 }),
    'refused',
    undefined,
  ],
  ['a message that is not a string', { message: 42 }, '[object Object]', undefined],
];
for (const [name, err, message, code] of cases) {
  read(name, () => {
    assert.is(errorMessage(err), message);
    assert.is(errorCode(err), code);
  });
}
read('errorStack: the stack of an Error, the text of anything else', () => {
  const e = new Error('bug');
  assert.is(errorStack(e), e.stack);
  assert.is(errorStack('not an error'), 'not an error');
  const bare = new Error('no stack');
  bare.stack = undefined;
  assert.is(errorStack(bare), 'Error: no stack');
});
read.run();

const kinds = suite('errors: the two kinds a command reports');
kinds('UserError carries its exit code (default 1); UsageError is exit 2', () => {
  assert.is(new UserError('fix it').exitCode, 1);
  assert.is(new UserError('busy', 3).exitCode, 3);
  const usage = new UsageError('bad flag');
  assert.instance(usage, UserError);
  assert.equal([usage.exitCode, usage.name, usage.message], [2, 'UsageError', 'bad flag']);
});
kinds.run();
