/**
 * Adds a permission allow rule to the project's `.claude/settings.local.json`.
 * Merged into what is there (never clobbered); a file that is not valid JSON,
 * or whose `permissions`/`allow` have the wrong shape, is refused and left
 * untouched. The write is atomic and keeps the file's mode. The repository may
 * have planted `.claude` or the file as a link (to the user's own settings,
 * say): both are refused, never followed.
 */
import path from 'node:path';
import { atomicWriteFileSync } from '../shared/atomic-write.ts';
import { readJsonObjectSafe } from '../shared/json-file.ts';
import { PROJECT_FILE_MAX, ensurePrivateDir } from '../shared/safe-fs.ts';

export const PSQL_RULE = 'Bash(psql:*)';
export const SETTINGS_REL = path.join('.claude', 'settings.local.json');

export class SettingsShapeError extends Error {}

export type AllowPlan = { changed: false } | { changed: true; next: Record<string, unknown> };

/** Pure: the settings object with `rule` in permissions.allow, or no change. */
export function planAllowRule(
  current: Record<string, unknown> | undefined,
  rule: string,
  file = SETTINGS_REL,
): AllowPlan {
  const base = current ?? {};
  const perms = base.permissions;
  if (perms !== undefined && (perms === null || typeof perms !== 'object' || Array.isArray(perms))) {
    throw new SettingsShapeError(`\`${file}\`: \`permissions\` must be an object; left the file untouched`);
  }
  const allow = (perms as Record<string, unknown> | undefined)?.allow;
  if (allow !== undefined && (!Array.isArray(allow) || allow.some((r) => typeof r !== 'string'))) {
    throw new SettingsShapeError(
      `\`${file}\`: \`permissions.allow\` must be a list of strings; left the file untouched`,
    );
  }
  if (Array.isArray(allow) && allow.includes(rule)) return { changed: false };
  return {
    changed: true,
    next: {
      ...base,
      permissions: {
        ...(perms as Record<string, unknown> | undefined),
        allow: [...((allow as string[] | undefined) ?? []), rule],
      },
    },
  };
}

/** `<project>/.claude/<name>` read as a project file: never through a link, capped. */
export function readProjectSettings(project: string, rel: string): Record<string, unknown> | undefined {
  return readJsonObjectSafe(path.join(project, rel), { label: rel, maxBytes: PROJECT_FILE_MAX });
}

/** Apply to `<project>/.claude/settings.local.json`; true when the file changed. */
export function addAllowRule(project: string, rule: string = PSQL_RULE): boolean {
  const file = path.join(project, SETTINGS_REL);
  // A real folder of ours: through a planted link the rule would land in someone else's settings.
  ensurePrivateDir(path.dirname(file));
  const plan = planAllowRule(readProjectSettings(project, SETTINGS_REL), rule);
  if (!plan.changed) return false;
  atomicWriteFileSync(file, `${JSON.stringify(plan.next, null, 2)}\n`);
  return true;
}
