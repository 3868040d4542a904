// `/2l-status --watch` driven in a real terminal (tmux): the table updates in place as the log
// grows, a resize refits it, Ctrl-C gives the terminal back; without a terminal it refuses.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, tempDir } from '../util/claude.ts';
import { run } from '../util/run.ts';

const STATUS = path.join(ROOT, 'dist', 'status.mjs');
const METRIC = path.join(ROOT, 'dist', 'metric.mjs');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `2l-watch-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'w').stdout;
const metric = (project: string, value: string) =>
  run(process.execPath, [METRIC, 'build_ms', value, '--unit', 'ms'], { cwd: project, env: { PATH: process.env.PATH } });

/** Polls the screen until `ok` holds (the view redraws every 2 s; the deadline is generous for a loaded machine). */
async function waitFor(ok: (s: string) => boolean, what: string, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  let s = '';
  while (Date.now() < end) {
    s = screen();
    if (ok(s)) return s;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}; the screen was:\n${s}`);
}

const watch = suite('status --watch in tmux');
watch.after(() => {
  tmux('kill-server');
});
watch('updates in place, refits on resize, restores the terminal on Ctrl-C', async () => {
  if (!hasTmux) return;
  const project = tempDir('watch');
  await metric(project, '120');
  const cmd = `cd '${project}' && printf 'BEFORE\\n' && '${process.execPath}' '${STATUS}' --watch; echo "EXITED rc=$?"; sleep 60`;
  assert.is(tmux('new-session', '-d', '-s', 'w', '-x', '110', '-y', '40', cmd).status, 0);
  let s = await waitFor((x) => /build_ms\s+120 ms/.test(x), 'the first frame never showed the metric');
  assert.match(s, /Component\s+Current\s+Target\s+Trend\s+Status/);
  assert.not.match(s, /BEFORE/, 'the view is drawn on the alternate screen');
  await metric(project, '400');
  s = await waitFor((x) => /build_ms\s+400 ms/.test(x), 'the table did not update when the log grew');
  assert.is(s.match(/Component/g)?.length, 1, 'redrawn in place, not appended');
  tmux('resize-window', '-t', 'w', '-x', '60', '-y', '12');
  s = await waitFor((x) => /more lines \(enlarge the terminal\)/.test(x), 'no refit after the resize');
  assert.ok(s.split('\n').every((l) => l.length <= 60));
  tmux('send-keys', '-t', 'w', 'C-c');
  s = await waitFor((x) => /EXITED rc=0/.test(x), 'Ctrl-C did not end the view with 0');
  assert.match(s, /BEFORE/, 'the main screen is back');
  assert.not.match(s, /Component/);
});
watch('stdout not a terminal: exit 2, a clear message, nothing drawn', async () => {
  const r = await run(process.execPath, [STATUS, '--watch'], {
    cwd: tempDir('watch'),
    env: { PATH: process.env.PATH },
  });
  assert.equal([r.code, r.stdout], [2, '']);
  assert.match(r.stderr, /`--watch` draws on a terminal and stdout is not one; use `--json`/);
});
watch('--watch with --json is a usage error', async () => {
  const r = await run(process.execPath, [STATUS, '--watch', '--json'], {
    cwd: tempDir('watch'),
    env: { PATH: process.env.PATH },
  });
  assert.is(r.code, 2);
  assert.match(r.stderr, /choose one of `--json`, `--watch`/);
});
watch.run();
