/**
 * Whether Claude Code would start a project (`.mcp.json`) server, decided as
 * Claude Code 2.1.197 decides it (read from its binary, each rule checked with
 * `claude mcp list`; docs/mcp-approval.md has the evidence):
 * 1. Listed in `disabledMcpjsonServers` of any settings file: rejected.
 * 2. Folder trusted (its own `hasTrustDialogAccepted`): the settings files
 *    merged, the project's committed `.claude/settings.json` included (trusting
 *    a folder trusts its settings): `enabledMcpjsonServers` lists are joined,
 *    and the last `enableAllProjectMcpServers` given (user, project, local) wins.
 * 3. Trusted only through a parent folder: each file on its own, but never the
 *    project's `.claude/settings.json`. Claude Code also skips a
 *    `.claude/settings.local.json` that git tracks or that is a link; 2L skips
 *    it here without asking git, and counts only what the user's own files say.
 * 4. Not trusted: Claude Code shows the trust dialog before starting anything.
 * Names match after Claude Code's normalisation (anything outside
 * [A-Za-z0-9_-] becomes `_`). 2L is stricter where it cannot know: a settings
 * file it could not read may disable the server, so nothing starts.
 * Pure: the caller reads the files.
 */
import type { Trust } from './claude-workspace.ts';

export type Approval = 'approved' | 'pending' | 'disabled';
/** Why a configured server is not started. */
export type NotStarted =
  | 'rejected'
  | 'untrusted'
  | 'parent_trust'
  | 'not_approved'
  | 'settings_unreadable'
  | 'disabled_in_mcp';
export type KeySource = 'user' | 'project' | 'local' | 'legacy';

/** The approval keys of one settings file, where well-formed. */
export interface ApprovalKeys {
  enabled?: string[];
  disabled?: string[];
  enableAll?: boolean;
  /** An approval key of the wrong type: Claude Code then skips the whole file. */
  invalid?: boolean;
}

export interface ApprovalInput {
  trust: Trust;
  /** `~/.claude/settings.json`, `.claude/settings.json`, `.claude/settings.local.json`. */
  user?: ApprovalKeys;
  project?: ApprovalKeys;
  local?: ApprovalKeys;
  /** The same keys under `projects[<key>]` in `~/.claude.json`, which Claude Code moves into settings.local.json. */
  legacy?: ApprovalKeys;
  /** Settings files that exist but could not be read. */
  unreadable?: readonly string[];
}

export interface Verdict {
  approval: Approval;
  why?: NotStarted;
  /** For 'rejected': which files list it. */
  where?: KeySource[];
}

export const KEY_FILES: Readonly<Record<KeySource, string>> = {
  user: '~/.claude/settings.json',
  project: '.claude/settings.json',
  local: '.claude/settings.local.json',
  legacy: '~/.claude.json',
};

/** Claude Code's server-name normalisation, for matching approval lists. */
export function normaliseName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '_');
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** The approval keys of a parsed settings object (or a `projects[<key>]` entry). */
export function approvalKeys(obj: Record<string, unknown> | undefined): ApprovalKeys | undefined {
  if (!obj) return undefined;
  const keys: ApprovalKeys = {};
  const { enabledMcpjsonServers: en, disabledMcpjsonServers: dis, enableAllProjectMcpServers: all } = obj;
  if (isStringList(en)) keys.enabled = en;
  else if (en !== undefined) keys.invalid = true;
  // A malformed disabled list still says what the user meant to refuse: keep its names.
  if (Array.isArray(dis)) keys.disabled = dis.filter((x): x is string => typeof x === 'string');
  if (dis !== undefined && !isStringList(dis)) keys.invalid = true;
  if (typeof all === 'boolean') keys.enableAll = all;
  else if (all !== undefined) keys.invalid = true;
  return keys;
}

const lists = (names: readonly string[] | undefined, name: string) =>
  names?.some((n) => normaliseName(n) === normaliseName(name)) ?? false;
const approves = (k: ApprovalKeys | undefined, name: string) =>
  k !== undefined && (k.enableAll === true || lists(k.enabled, name));

/** Claude Code's start-up move of the legacy keys into settings.local.json. */
function withLegacy(local: ApprovalKeys | undefined, legacy: ApprovalKeys | undefined): ApprovalKeys | undefined {
  if (!legacy) return local;
  return {
    enabled: [...(local?.enabled ?? []), ...(legacy.enabled ?? [])],
    enableAll: local?.enableAll ?? (legacy.enableAll === true ? true : undefined),
  };
}

export function decide(name: string, input: ApprovalInput): Verdict {
  const where = (['user', 'project', 'local', 'legacy'] as const).filter((s) => lists(input[s]?.disabled, name));
  if (where.length > 0) return { approval: 'disabled', why: 'rejected', where };
  if (input.unreadable && input.unreadable.length > 0) return { approval: 'pending', why: 'settings_unreadable' };
  if (input.trust === 'none') return { approval: 'pending', why: 'untrusted' };
  const valid = (k: ApprovalKeys | undefined) => (k?.invalid ? undefined : k);
  if (input.trust === 'parent') {
    return approves(valid(input.user), name) || approves(valid(input.legacy), name)
      ? { approval: 'approved' }
      : { approval: 'pending', why: 'parent_trust' };
  }
  const chain = [valid(input.user), valid(input.project), withLegacy(valid(input.local), valid(input.legacy))];
  let all = false;
  for (const k of chain) if (k?.enableAll !== undefined) all = k.enableAll;
  return all || chain.some((k) => lists(k?.enabled, name))
    ? { approval: 'approved' }
    : { approval: 'pending', why: 'not_approved' };
}

/** What a server that is not started is told, with how to change it. One line. */
export function notStartedText(why: NotStarted, where: readonly KeySource[] = []): string {
  switch (why) {
    case 'rejected':
      return `rejected in settings ("disabledMcpjsonServers" in ${where.map((w) => KEY_FILES[w]).join(', ')}): run \`claude mcp reset-project-choices\` here and approve it in \`claude\`, or edit that list`;
    case 'untrusted':
      return 'this folder is not trusted in Claude Code: run `claude` here, accept the trust dialog, then choose "Use this MCP server"';
    case 'parent_trust':
      return 'not approved: this folder is trusted only through a parent folder, so only your own settings count: add its name to "enabledMcpjsonServers" in ~/.claude/settings.json';
    case 'not_approved':
      return 'not approved yet: run `claude` here and choose "Use this MCP server", or add its name to "enabledMcpjsonServers" in .claude/settings.local.json';
    case 'settings_unreadable':
      return 'a settings file could not be read (see the config errors), so whether it is disabled is unknown: fix that file';
    case 'disabled_in_mcp':
      return 'disabled in Claude Code (/mcp): enable it there';
  }
}
