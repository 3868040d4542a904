/** The per-round order of the session bench's variants (scripts/bench/_util.mjs `roundOrder`). */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
// @ts-expect-error: a plain .mjs helper of the bench scripts, without types
import { roundOrder } from '../../scripts/bench/_util.mjs';

const order = roundOrder as (items: string[], round: number) => string[];
const test = suite('bench round order');
const V = ['none', 'nohooks', 'dispatch', 'logger', 'collector', 'warm', 'true17'];

test('every round runs every variant once, and the input is left as it was', () => {
  const before = [...V];
  for (let r = 0; r < 50; r++) assert.equal([...order(V, r)].sort(), [...V].sort());
  assert.equal(V, before);
});

test('a run repeats: the same round gives the same order', () => {
  for (let r = 0; r < 10; r++) assert.equal(order(V, r), order(V, r));
});

test('no variant keeps the same predecessor (what rotating the list did)', () => {
  // Over 40 rounds each variant should follow several others, and none should follow one
  // neighbour in most rounds.
  for (const v of V) {
    const before = new Map<string, number>();
    for (let r = 0; r < 40; r++) {
      const o = order(V, r);
      const k = o.indexOf(v);
      if (k > 0) before.set(o[k - 1]!, (before.get(o[k - 1]!) ?? 0) + 1);
    }
    assert.ok(before.size >= 4, `${v} followed only ${[...before.keys()].join(', ')}`);
    assert.ok(
      Math.max(...before.values()) <= 20,
      `${v} followed one neighbour ${Math.max(...before.values())} of 40 times`,
    );
  }
});

test('one item, or none, is returned as is', () => {
  assert.equal(order([], 3), []);
  assert.equal(order(['a'], 3), ['a']);
});

test.run();
