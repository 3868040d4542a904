/**
 * Where alert notifications may go. The webhook receives alert summaries, so
 * its address must come from the user, never from the repository alone: a
 * `.2L/config.yaml` committed by someone else could name their own server and
 * learn what the user works on. The user's own file,
 * `<Claude config dir>/2l/config.yaml` (`~/.claude/2l/config.yaml`), holds
 * either the webhook itself or the list of project webhooks the user approved:
 *
 * ```yaml
 * alerts:
 *   webhook_url: https://hooks.slack.com/services/…     # used for every project
 *   approved_webhooks:                                   # a project's own alerts.webhook_url, once approved
 *     - https://chat.example.com/hooks/team-2l
 *   desktop: true                                       # default; false turns desktop notifications off
 * ```
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { claudeConfigDir } from './cost-collect.ts';
import { readConfigText } from './config.ts';

const MAX_USER_CONFIG_BYTES = 256 * 1024;
const MAX_URL = 2000;
const MAX_APPROVED = 100;

export interface NotifyConfig {
  webhook_url?: string;
  desktop: boolean;
  /** Why a webhook named somewhere was not used, for the server's log. */
  notes: string[];
}

export function userConfigFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(claudeConfigDir(env), '2l', 'config.yaml');
}

/** An http(s) URL without credentials in it; anything else is not a webhook we call. */
export function webhookUrl(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_URL) return undefined;
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return undefined;
  return u.href;
}

/** `alerts:` of a YAML text as plain values; undefined when absent or not a mapping. */
function alertsSection(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const node = doc.contents.get('alerts', true) as Node | undefined;
  if (!isMap(node)) return undefined;
  const out: Record<string, unknown> = {};
  for (const item of node.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const v = item.value as Node | null;
    if (isScalar(v)) out[key] = v.value;
    else if (isSeq(v)) out[key] = v.items.slice(0, MAX_APPROVED).map((x) => (isScalar(x) ? x.value : undefined));
  }
  return out;
}

/** The user's own file: theirs to write, so a link (a dotfiles checkout) is followed; size is still capped. */
function readUserConfig(file: string): string | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_USER_CONFIG_BYTES) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function loadNotifyConfig(projectDir: string, env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const user = alertsSection(readUserConfig(userConfigFile(env))) ?? {};
  const project = alertsSection(readConfigText(projectDir).text) ?? {};
  const notes: string[] = [];
  const approved = new Set(
    (Array.isArray(user.approved_webhooks) ? user.approved_webhooks : []).map(webhookUrl).filter(Boolean),
  );
  let url = webhookUrl(user.webhook_url);
  const asked = project.webhook_url;
  if (asked !== undefined && asked !== null) {
    const projectUrl = webhookUrl(asked);
    if (projectUrl && approved.has(projectUrl)) url = projectUrl;
    else
      notes.push(
        `.2L/config.yaml names a webhook (alerts.webhook_url) that is not used: a repository's file cannot send your alerts anywhere; to allow it, list it under alerts.approved_webhooks in ${userConfigFile(env)}`,
      );
  }
  return { ...(url ? { webhook_url: url } : {}), desktop: user.desktop !== false, notes };
}
