/**
 * Plain-text rendering of an installer report: every file touched, what was
 * backed up and where, what was kept and why, then one summary line.
 */
import path from 'node:path';
import { BACKUPS_DIR } from './backup.ts';
import type { FileAction } from './plan.ts';
import type { Report } from './context.ts';
import type { RunInfo } from './undo.ts';
import { formatMs } from '../shared/duration.ts';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

const LABEL: Record<FileAction, string> = {
  create: 'created',
  update: 'updated',
  unchanged: 'unchanged',
  'backup-update': 'backed up, replaced',
  'keep-mine': 'kept yours',
  remove: 'removed',
  'keep-user-changed': 'kept (changed by you)',
  'restore-displaced': 'restored yours',
  gone: 'already gone',
};
const PLANNED: Partial<Record<FileAction, string>> = {
  create: 'would create',
  update: 'would update',
  'backup-update': 'would back up, replace',
  remove: 'would remove',
  'restore-displaced': 'would restore yours',
};

/** Edits of our files the run replaced: where the only copy is now, and how to get it back. */
function savedEdits(r: Report): string[] {
  if (!r.run || (r.command !== 'install' && r.command !== 'update')) return [];
  return r.files
    .filter((f) => f.action === 'backup-update' && !f.displaces)
    .map(
      (f) =>
        `kept your edited copy of ${f.rel} in backup ${r.run}; \`./install.mjs restore ${r.run}\` brings it back (\`--keep-mine\` keeps your edits in place on later installs)`,
    );
}

export interface FormatOptions {
  quiet?: boolean;
  verbose?: boolean;
}

export function formatReport(r: Report, o: FormatOptions = {}): string {
  const lines: string[] = [];
  const warnings = r.notes.filter((n) => n.startsWith('warning:'));
  for (const c of r.conflicts) lines.push(`error: ${c.message}`);
  if (o.quiet) {
    lines.push(...warnings);
    for (const f of r.files)
      if (f.action === 'backup-update' || f.action === 'keep-mine' || f.action === 'keep-user-changed')
        lines.push(`${LABEL[f.action]}: ${f.rel}${f.reason ? ` (${f.reason})` : ''}`);
    lines.push(...savedEdits(r));
    return lines.length ? `${lines.join('\n')}\n` : '';
  }
  const head = `2L pack ${r.packVersion}${r.installedVersion && r.installedVersion !== r.packVersion ? ` (installed: ${r.installedVersion})` : ''}: ${r.command} in ${r.target}${r.dryRun ? ' (dry run: nothing written)' : ''}`;
  lines.unshift(head);
  const future = r.dryRun || r.conflicts.length > 0 || r.command === 'check';
  for (const f of r.files) {
    if (f.action === 'unchanged' && !o.verbose && !f.reason) continue;
    if (f.action === 'gone' && !o.verbose) continue;
    const label = future ? (PLANNED[f.action] ?? LABEL[f.action]) : LABEL[f.action];
    lines.push(`  ${label.padEnd(22)} ${f.rel}${f.reason && f.action !== 'remove' ? `  (${f.reason})` : ''}`);
  }
  if (r.settingsRemoved)
    lines.push(
      `  ${(future ? 'would remove' : 'removed').padEnd(22)} settings.json (created by the install; nothing else in it)`,
    );
  else if (r.settingsChanged)
    lines.push(
      `  ${(future ? 'would update' : 'updated').padEnd(22)} settings.json (2L hooks${r.notes.some((n) => n.startsWith('status line: replaced') || n.startsWith('status line: added')) ? ', status line' : ''})`,
    );
  for (const n of r.notes) lines.push(n.startsWith('warning:') ? n : `  note: ${n}`);
  lines.push(...savedEdits(r).map((l) => `  ${l}`));
  if (r.run)
    lines.push(
      `  backups of ${r.backedUp.length} file(s): ${path.join(r.target, BACKUPS_DIR, r.run)}/ (undo with \`./install.mjs restore ${r.run}\`)`,
    );
  if (r.pruned.length)
    lines.push(`  ${r.dryRun ? 'would prune' : 'pruned'} ${r.pruned.length} old backup run(s): ${r.pruned.join(', ')}`);
  if (r.backupBytes) lines.push(`  backups take ${formatBytes(r.backupBytes)} in ${path.join(r.target, BACKUPS_DIR)}/`);
  const count = (a: FileAction) => r.files.filter((f) => f.action === a).length;
  if (r.command === 'check') {
    lines.push(r.exitCode === 0 ? 'in sync with the pack' : 'drifted from the pack: run ./install.mjs to update');
  } else if (r.conflicts.length === 0 && r.files.length > 0) {
    const parts = [
      `${count('create')} created`,
      `${count('update')} updated`,
      `${count('backup-update')} backed up and replaced`,
      `${count('unchanged')} unchanged`,
      `${count('remove')} removed`,
      `${count('keep-mine') + count('keep-user-changed')} kept`,
    ];
    if (r.command === 'uninstall') parts.push(`${count('restore-displaced')} restored`);
    lines.push(
      `${r.dryRun ? 'plan' : 'done'}: ${parts.join(', ')}; ${r.written.length + r.removed.length} file(s) written or removed${r.durationMs !== undefined ? ` in ${formatMs(r.durationMs)}` : ''}`,
    );
  } else if (r.conflicts.length > 0) {
    lines.push('stopped before writing anything');
  }
  return `${lines.join('\n')}\n`;
}

export function formatBackups(runs: RunInfo[], target: string): string {
  if (runs.length === 0) return `no backups in ${path.join(target, BACKUPS_DIR)}\n`;
  const rows = runs.map(
    (r) =>
      `  ${r.run}  ${r.command.padEnd(12)} ${String(r.files).padStart(4)} file(s)${r.complete ? '' : '  (interrupted)'}${r.pinned ? '  (kept: holds a file of yours)' : ''}`,
  );
  return `backup runs in ${path.join(target, BACKUPS_DIR)} (oldest first):\n${rows.join('\n')}\n`;
}
