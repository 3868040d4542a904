import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { eventsPath, resolveProjectDir, stateDir } from '../../lib/events/project-dir.ts';

const resolve = suite('resolveProjectDir');
const table: Array<[Array<string | undefined>, string, string]> = [
  [['/a/b'], '/cwd', '/a/b'],
  [[undefined, '/from/payload'], '/cwd', '/from/payload'],
  [['', '/from/payload'], '/cwd', '/from/payload'],
  [['relative/dir', '/x'], '/cwd', '/x'],
  [['../../etc'], '/cwd', '/cwd'],
  [['/a/b/../../etc'], '/cwd', '/etc'],
  [['/a\0b'], '/cwd', '/cwd'],
  [[`/${'x'.repeat(5000)}`], '/cwd', '/cwd'],
  [[], '/cwd/./sub/..', '/cwd'],
];
for (const [candidates, fallback, want] of table) {
  resolve(`${JSON.stringify(candidates).slice(0, 40)} -> ${want}`, () =>
    assert.is(resolveProjectDir(candidates, fallback), want),
  );
}
resolve('state paths', () => {
  assert.is(stateDir('/p'), '/p/.2L');
  assert.is(eventsPath('/p'), '/p/.2L/events.jsonl');
});
resolve.run();
