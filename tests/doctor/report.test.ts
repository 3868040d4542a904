/** `2l doctor`'s report, pure (lib/doctor/report.ts): the worst status, its exit code, the text. */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { EXIT, fail, formatDoctor, ok, warn, worst, type Check } from '../../lib/doctor/report.ts';

const r = suite('doctor report');
const cases: Array<[string, Check[], 'OK' | 'WARN' | 'FAIL', number]> = [
  ['all OK', [ok('a', 'x'), ok('b', 'y')], 'OK', 0],
  ['a warning', [ok('a', 'x'), warn('b', 'y', 'do z')], 'WARN', 3],
  ['a failure beats warnings', [warn('a', 'x', 'f'), fail('b', 'y', 'g'), ok('c', 'z')], 'FAIL', 1],
  ['nothing checked is OK', [], 'OK', 0],
];
for (const [name, checks, w, code] of cases)
  r(name, () => {
    assert.is(worst(checks), w);
    assert.is(EXIT[w], code);
  });
r('text: status, name, what was found, the fix under it; control characters from file names shown as ?', () => {
  assert.is(
    formatDoctor([ok('node', 'Node 22'), fail('state-dir', '/p/\u001b[31m.2L is a link', 'remove it')]),
    [
      'OK    node       Node 22',
      'FAIL  state-dir  /p/?[31m.2L is a link',
      '                 fix: remove it',
      '1 failed, 0 warning(s) (exit 1)',
      '',
    ].join('\n'),
  );
  assert.match(formatDoctor([ok('a', 'b')]), /all good \(exit 0\)\n$/);
});
r.run();
