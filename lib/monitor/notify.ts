/**
 * Tells the user about an alert: a desktop notification where the system has
 * a notifier (`notify-send` on Linux, `osascript` on macOS) and a webhook POST
 * (JSON with a Slack-compatible `text`). Never blocks the caller: the notifier
 * runs detached, the webhook is sent in the background with retries and
 * backoff, and a full queue drops the newest with a note.
 *
 * What is sent is the alert's one-line summary (label, figure, target), never
 * an event's payload. The notifier is found on PATH only: an absolute folder
 * that is not inside the project, so a repository cannot plant a program that
 * 2L then starts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { clip, stripControls } from '../shared/text.ts';
import type { TwoLEvent } from '../events/format.ts';

export interface Notice {
  title: string;
  /** One line; cleaned and clipped here again. */
  text: string;
  severity: 'warning' | 'critical' | 'resolved';
  /** Structured fields for the webhook (key, state, severity, value, target, unit). */
  fields: Record<string, string | number | null>;
}

/** The notice for a `performance_alert` event (a breach or its end); undefined for anything else. */
export function alertNotice(e: TwoLEvent): Notice | undefined {
  const p = e.payload as Record<string, unknown> | undefined;
  if (!p || typeof p.key !== 'string' || (p.state !== 'breach' && p.state !== 'resolved')) return undefined;
  const severity = p.state === 'resolved' ? 'resolved' : p.severity === 'critical' ? 'critical' : 'warning';
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    title: severity === 'resolved' ? '2L alert resolved' : `2L ${severity} alert`,
    text: clip(stripControls(e.data), 300),
    severity,
    fields: {
      key: clip(stripControls(p.key), 200),
      state: p.state,
      severity: severity === 'resolved' ? (p.severity === 'critical' ? 'critical' : 'warning') : severity,
      value: num(p.value),
      target: num(p.target),
      unit: typeof p.unit === 'string' ? clip(stripControls(p.unit), 16) : null,
    },
  };
}

export interface NotifierOptions {
  project: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  webhookUrl?: string;
  desktop?: boolean;
  /** Attempts per webhook notice, and the first wait between them (doubled each time). */
  attempts?: number;
  backoffMs?: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** How a wait between attempts is made (tests record the waits instead of timing them). */
  sleep?: (ms: number) => Promise<void>;
  /** Told what failed (a webhook that never answered); default silent. */
  onProblem?: (message: string) => void;
}

const MAX_QUEUE = 50;
/**
 * Notices per minute. Alert events come from the log, which anything in the
 * repository can append to: a flood must not start a flood of notifiers.
 */
const PER_MINUTE = 20;

/** `name` in an absolute PATH folder outside `project`, as an executable regular file; else undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv, project: string): string | undefined {
  const root = path.resolve(project);
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    // A relative entry (`.`, `bin`, empty) resolves against the project the session runs in.
    if (!dir || !path.isAbsolute(dir)) continue;
    const abs = path.resolve(dir);
    if (abs === root || abs.startsWith(root + path.sep)) continue;
    const file = path.join(abs, name);
    try {
      const real = fs.realpathSync(file);
      if (real === root || real.startsWith(root + path.sep)) continue;
      if (!fs.statSync(real).isFile()) continue;
      fs.accessSync(real, fs.constants.X_OK);
      return file;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** An AppleScript string literal: backslashes and quotes escaped, nothing else can break out of it. */
function appleString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export class Notifier {
  private readonly queue: Notice[] = [];
  private sending: Promise<void> | undefined;
  private readonly opts: Required<Omit<NotifierOptions, 'webhookUrl' | 'fetchImpl'>> &
    Pick<NotifierOptions, 'webhookUrl' | 'fetchImpl'>;
  private desktopCommand: string[] | null | undefined;
  private windowStart = 0;
  private inWindow = 0;
  private held = 0;

  constructor(opts: NotifierOptions) {
    this.opts = {
      project: opts.project,
      env: opts.env ?? process.env,
      platform: opts.platform ?? process.platform,
      desktop: opts.desktop ?? true,
      attempts: opts.attempts ?? 4,
      backoffMs: opts.backoffMs ?? 1000,
      timeoutMs: opts.timeoutMs ?? 5000,
      onProblem: opts.onProblem ?? (() => undefined),
      webhookUrl: opts.webhookUrl,
      fetchImpl: opts.fetchImpl,
      sleep: opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref())),
    };
  }

  notify(n: Notice, now = Date.now()): void {
    if (now - this.windowStart >= 60_000) {
      const held = this.held;
      this.windowStart = now;
      this.inWindow = 0;
      this.held = 0;
      if (held > 0)
        this.send({
          title: '2L alerts',
          text: `${held} more alert notice${held === 1 ? ' was' : 's were'} not shown (more than ${PER_MINUTE} a minute); see /2l-status`,
          severity: 'warning',
          fields: { held },
        });
    }
    if (this.inWindow >= PER_MINUTE) {
      this.held++;
      return;
    }
    this.send(n);
  }

  private send(n: Notice): void {
    this.inWindow++;
    const notice = { ...n, title: clip(stripControls(n.title), 80), text: clip(stripControls(n.text), 300) };
    this.desktop(notice);
    if (!this.opts.webhookUrl) return;
    if (this.queue.length >= MAX_QUEUE) {
      this.opts.onProblem(`webhook queue full (${MAX_QUEUE}); an alert notice was dropped`);
      return;
    }
    this.queue.push(notice);
    this.sending ??= this.drain().finally(() => (this.sending = undefined));
  }

  /** Resolves once every queued webhook notice was sent or given up on. */
  async idle(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private desktop(n: Notice): void {
    if (!this.opts.desktop) return;
    if (this.desktopCommand === undefined) {
      const tool = this.opts.platform === 'darwin' ? 'osascript' : 'notify-send';
      const found = findOnPath(tool, this.opts.env, this.opts.project);
      this.desktopCommand = found ? [found] : null;
    }
    if (this.desktopCommand === null) return; // no notifier on this system: silently skipped
    const [cmd] = this.desktopCommand;
    const args =
      this.opts.platform === 'darwin'
        ? ['-e', `display notification ${appleString(n.text)} with title ${appleString(n.title)}`]
        : ['--app-name=2L', `--urgency=${n.severity === 'critical' ? 'critical' : 'normal'}`, '--', n.title, n.text];
    try {
      const child = spawn(cmd!, args, { stdio: 'ignore', detached: true, timeout: 10_000, env: this.opts.env });
      child.on('error', () => undefined);
      child.unref();
    } catch {
      /* a notifier that cannot start is the same as none */
    }
  }

  private async drain(): Promise<void> {
    for (let n = this.queue.shift(); n; n = this.queue.shift()) await this.post(n);
  }

  private async post(n: Notice): Promise<void> {
    const body = JSON.stringify({ text: `${n.title}: ${n.text}`, alert: n.fields });
    const doFetch = this.opts.fetchImpl ?? fetch;
    let wait = this.opts.backoffMs;
    let last = '';
    for (let attempt = 1; attempt <= this.opts.attempts; attempt++) {
      try {
        const res = await doFetch(this.opts.webhookUrl!, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          // A redirect could carry the summary somewhere the user never named.
          redirect: 'manual',
          signal: AbortSignal.timeout(this.opts.timeoutMs),
        });
        await res.body?.cancel();
        if (res.ok) return;
        last = `HTTP ${res.status}`;
        // A refusal that will not change (bad URL, gone) is not retried.
        if (res.status < 500 && res.status !== 429 && res.status !== 408) break;
      } catch (err) {
        last = err instanceof Error ? err.message : String(err);
      }
      if (attempt < this.opts.attempts) {
        await this.opts.sleep(wait);
        wait *= 2;
      }
    }
    this.opts.onProblem(`webhook: gave up on an alert notice (${clip(last, 120)})`);
  }
}
