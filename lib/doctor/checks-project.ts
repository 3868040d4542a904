/**
 * The project side of `2l doctor`: `.2L/` (a real folder of ours, private,
 * how big) and the dashboard servers. `.2L/` is the repository's ground: it is
 * looked at with lstat only, never through a link, and the walk is bounded
 * (shared/tree-size.ts).
 */
import fs from 'node:fs';
import { serverProcesses } from '../dashboard/discover.ts';
import { readState, verify } from '../dashboard/state.ts';
import { stateDir } from '../events/project-dir.ts';
import { treeSize } from '../shared/tree-size.ts';
import { fail, ok, warn, type Check } from './report.ts';

/** Past this, `.2L/` is worth pruning (`2l prune`, retention in .2L/config.yaml). */
export const STATE_DIR_WARN_BYTES = 500 * 1024 * 1024;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

export function stateDirCheck(project: string, uid = process.getuid?.()): Check {
  const dir = stateDir(project);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(dir);
  } catch {
    return ok('state-dir', `no ${dir} yet (the first logged event makes it)`);
  }
  if (st.isSymbolicLink())
    return fail(
      'state-dir',
      `${dir} is a symbolic link: 2L logs nothing there`,
      `remove it (\`rm ${dir}\`); 2L makes its own`,
    );
  if (!st.isDirectory())
    return fail('state-dir', `${dir} is not a folder: 2L logs nothing there`, `remove it; 2L makes its own`);
  if (uid !== undefined && st.uid !== uid)
    return fail(
      'state-dir',
      `${dir} belongs to another user (uid ${st.uid}): 2L logs nothing there`,
      'remove it; 2L makes its own',
    );
  const size = treeSize(dir, { maxDepth: 8, maxEntries: 100_000 });
  const what = `${dir}: ${size.partial ? 'over ' : ''}${mib(size.bytes)} in ${size.files} file(s)`;
  if ((st.mode & 0o077) !== 0)
    return warn(
      'state-dir',
      `${what}; mode ${(st.mode & 0o777).toString(8)}: other users can look in (the log holds prompts and commands)`,
      `\`chmod 700 ${dir}\``,
    );
  if (size.bytes > STATE_DIR_WARN_BYTES)
    return warn(
      'state-dir',
      `${what} (over ${mib(STATE_DIR_WARN_BYTES)})`,
      '`2l prune`, or set `retention:` in .2L/config.yaml',
    );
  return ok('state-dir', `${what}, private (0700)`);
}

/** Servers of ours (this HOME) and this project's recorded one; stale or orphaned ones are a warning. */
export async function dashboardCheck(project: string): Promise<Check> {
  const running = serverProcesses();
  const state = (() => {
    try {
      return readState(project);
    } catch {
      return 'invalid' as const;
    }
  })();
  const verdict = state && state !== 'invalid' ? await verify(state) : undefined;
  const recorded = new Set<number>();
  if (verdict === 'ours' && state && state !== 'invalid') recorded.add(state.pid);
  // Other projects' servers: orphaned when their own state does not record them.
  for (const s of running) {
    if (s.project === project) continue;
    const other = (() => {
      try {
        return readState(s.project);
      } catch {
        return undefined;
      }
    })();
    if (other && other !== 'invalid' && other.pid === s.pid) recorded.add(s.pid);
  }
  const orphans = running.filter((s) => !recorded.has(s.pid));
  const here =
    verdict === 'ours' ? `this project's at ${state && state !== 'invalid' ? state.url : ''}` : 'none for this project';
  const found = `${running.length} running (${here})`;
  if (state === 'invalid' || verdict === 'not-ours' || verdict === 'hung' || orphans.length > 0) {
    const what = [
      state === 'invalid' ? 'unreadable state file' : '',
      verdict === 'not-ours' ? 'stale state (its pid is not the server)' : '',
      verdict === 'hung' ? 'a server not answering' : '',
      orphans.length ? `${orphans.length} orphaned (no state records it)` : '',
    ].filter(Boolean);
    return warn('dashboards', `${found}; ${what.join(', ')}`, '/2l-dashboard-cleanup (or `2l dashboard --cleanup`)');
  }
  return ok('dashboards', found);
}
