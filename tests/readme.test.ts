/**
 * The README works as written: its `sh` blocks run, in order, in one bash session that starts
 * in an empty folder with a throwaway HOME, node and the system tools on PATH and npm offline.
 * The first block's `git clone` clones this checkout (whatever URL the README names), and its
 * `./scripts/test-all.sh` line is the one exception: it is what runs this test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, tempDir } from './util/claude.ts';
import { readEvents } from './util/events.ts';
import { run } from './util/run.ts';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const CLONE = /^git clone (\S+) 2l-pack && cd 2l-pack && \.\/install\.mjs(\s|$)/;
const SKIPPED = /^\.\/scripts\/test-all\.sh(\s|$)/;

const readme = suite('README examples');
readme('the README starts with the clone-and-install line, then the test command', () => {
  const first = blocks[0]!.split('\n').filter(Boolean);
  assert.is(first.length, 2);
  assert.match(first[0]!, CLONE);
  assert.match(first[1]!, SKIPPED);
  assert.ok(README.indexOf('```sh') < README.indexOf('\n## '), 'the first block comes before any section');
});

readme('every sh block runs in a fresh clone with a fresh HOME, offline', async () => {
  const cwd = tempDir('readme');
  const home = tempDir('readme-home');
  const script = blocks
    .map((b, i) =>
      [
        `echo "== README sh block ${i + 1}" >&2`,
        ...b
          .split('\n')
          .filter((l) => !SKIPPED.test(l))
          .map((l) => l.replace(CLONE, (m, url) => m.replace(url, JSON.stringify(ROOT)))),
      ].join('\n'),
    )
    .join('\n');
  const r = await run('bash', ['-c', `set -euo pipefail\n${script}`], {
    cwd,
    timeoutMs: 180_000,
    env: {
      PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
      HOME: home,
      LANG: 'C.UTF-8',
      npm_config_cache: path.join(home, '.npm'),
      npm_config_offline: 'true',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_update_notifier: 'false',
    },
  });
  assert.is(r.code, 0, `${r.stderr}\n${r.stdout}`.slice(-4000));
  const clone = path.join(cwd, '2l-pack');
  assert.not.ok(fs.existsSync(path.join(clone, 'node_modules')), 'no npm install ran');
  assert.match(fs.readFileSync(path.join(home, '.claude', 'settings.json'), 'utf8'), /lib\/2l\/dist\/hook\.cjs/);
  // The examples wrote to the project they ran in (the clone): the emitter and the bash logger.
  const types = readEvents(clone).map((e) => e.event_type);
  assert.ok(types.includes('phase_change') && types.includes('agent_spawn'), types.join(','));
  assert.match(r.stdout, /^\[\n  200\n\]$/m, 'the query example read .2L/config.yaml');
});
readme.run();
