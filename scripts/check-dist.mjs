#!/usr/bin/env node
// Fails when dist/ differs from what git holds for it: run after `npm run build`, it
// proves the committed bundles are the build of the committed source. Claude Code runs
// no build step for a plugin (a marketplace clones the repository and runs dist/ as is),
// so a stale bundle would ship. Changes staged in the index count as committed-to-be:
// build, `git add dist`, then commit.
//
//   node scripts/check-dist.mjs     (from anywhere; checks the checkout this script is in)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const git = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'dist'], {
  cwd: root,
  encoding: 'utf8',
});
if (git.error || git.status !== 0) {
  process.stderr.write(
    `check-dist: \`git status\` failed in ${root}; this check needs a git checkout\n${git.stderr ?? git.error?.message ?? ''}`,
  );
  process.exit(1);
}
// Entries are "XY path": Y is the working tree against the index, `??` an untracked file.
// A staged rename or copy is followed by a field holding its old path, skipped here.
const stale = [];
const fields = git.stdout.split('\0');
for (let i = 0; i < fields.length; i++) {
  const e = fields[i];
  if (e.length < 4) continue;
  if (e[0] === 'R' || e[0] === 'C') i++;
  if (e[1] !== ' ' || e.startsWith('??')) stale.push(`  ${e.startsWith('??') ? 'new' : e[1]} ${e.slice(3)}`);
}
if (stale.length) {
  process.stderr.write(
    `check-dist: the build changed the committed bundles (dist/ is committed: Claude Code runs it without building):\n${stale.join('\n')}\n` +
      'Commit the rebuilt dist/ with the source change (`npm run build && git add dist`).\n',
  );
  process.exit(1);
}
