/**
 * Loaded twice, logged once. With the pack both installed into `~/.claude`
 * (./install.mjs registers its hook in settings.json) and enabled as a plugin,
 * Claude Code runs both hooks for every event. The installed copy wins: a hook
 * that is not the installed `hook.cjs` stays silent when that file exists. One
 * stat when the pack is not installed, two when it is; no lock, no shared state,
 * so the two processes cannot race.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where ./install.mjs puts the hook: `<config>/lib/2l/dist/hook.cjs` (lib/install, `$CLAUDE_CONFIG_DIR` or `~/.claude`). */
export function installedHookPath(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.HOME && path.isAbsolute(env.HOME) ? env.HOME : os.homedir();
  const config =
    env.CLAUDE_CONFIG_DIR && path.isAbsolute(env.CLAUDE_CONFIG_DIR)
      ? env.CLAUDE_CONFIG_DIR
      : path.join(home, '.claude');
  return path.join(config, 'lib', '2l', 'dist', 'hook.cjs');
}

/** True when `self` (this hook's script) is another copy than the installed one, and that one exists. */
export function shadowedByInstall(self: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    const installed = fs.statSync(installedHookPath(env), { throwIfNoEntry: false });
    if (!installed?.isFile()) return false;
    // Same file by device and inode, so a symlinked ~/.claude or a relative argv still counts as the installed copy.
    const me = self ? fs.statSync(self, { throwIfNoEntry: false }) : undefined;
    return !(me && me.dev === installed.dev && me.ino === installed.ino);
  } catch {
    return false; // cannot tell (a file where a folder should be, no permission): log rather than lose the event
  }
}
