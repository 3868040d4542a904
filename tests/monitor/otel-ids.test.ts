import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { logUidOf, spanIdOf, traceIdOf } from '../../lib/monitor/otel-ids.ts';

const ids = suite('otel-ids: derived, not drawn');
ids('W3C sizes, lowercase hex, never all zero', () => {
  for (const seed of ['', 'S', 'x'.repeat(10_000)]) {
    assert.match(traceIdOf(seed), /^[0-9a-f]{32}$/);
    assert.match(spanIdOf(seed), /^[0-9a-f]{16}$/);
    assert.match(logUidOf({ seed }), /^[0-9a-f]{32}$/);
    assert.not.match(traceIdOf(seed), /^0+$/);
    assert.not.match(spanIdOf(seed), /^0+$/);
  }
});
ids('pinned values: a new derivation would make a re-export duplicate everything already sent', () => {
  // sha256("2l-pack trace\0S") and sha256("2l-pack span\0s:S"), truncated, computed apart from the module.
  assert.is(traceIdOf('S'), '1bc920fe95bdc6cfa8c8e1b5a3c64b6b');
  assert.is(spanIdOf('s:S'), '276876eb59c2fdc3');
});
ids('different keys, sessions or events give different ids; trace and span domains are apart', () => {
  assert.is.not(traceIdOf('S1'), traceIdOf('S2'));
  assert.is.not(spanIdOf('t:S1:A'), spanIdOf('t:S2:A'));
  assert.is.not(traceIdOf('S').slice(0, 16), spanIdOf('S'));
  assert.is.not(logUidOf({ a: 1 }), logUidOf({ a: 2 }));
});
ids.run();
