/**
 * Claude Code's config folder as Claude Code picks it: `CLAUDE_CONFIG_DIR`
 * when it is an absolute path, else `~/.claude`. Import-free beyond Node, so
 * the hook can use it.
 */
import os from 'node:os';
import path from 'node:path';

export function claudeConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.CLAUDE_CONFIG_DIR;
  return dir && path.isAbsolute(dir) ? dir : path.join(env.HOME || os.homedir(), '.claude');
}
