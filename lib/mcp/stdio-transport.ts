/**
 * MCP stdio client transport that owns its server process: spawned as a
 * process-group leader so the whole tree can be ended (the SDK's own stdio
 * transport signals only the direct child), stderr kept as a bounded tail,
 * and stdout lines that are not JSON-RPC recorded instead of dropped.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { deserializeMessage, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { endGroup, type EndHow, type EndOptions } from '../shared/process-group.ts';
import { LineSplitter, type Line } from '../events/lines.ts';

export interface StdioServer {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const MAX_LINE = 8 * 1024 * 1024;
const STDERR_KEEP = 8192;
const GARBAGE_KEEP = 3;

export class ProcessTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  /** The spawn failure (ENOENT, EACCES…), if any. */
  spawnError?: NodeJS.ErrnoException;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** First stdout lines that were not JSON-RPC. */
  readonly garbage: string[] = [];
  garbageCount = 0;
  ended?: EndHow;

  private child?: ChildProcessWithoutNullStreams;
  private readonly stdout = new LineSplitter({ maxLineBytes: MAX_LINE, headBytes: 200 });
  private stderr = '';
  private closing?: Promise<void>;
  private exited: Promise<void>;
  private markExited!: () => void;

  constructor(
    private readonly server: StdioServer,
    private readonly endOpts: EndOptions = {},
  ) {
    this.exited = new Promise((r) => (this.markExited = r));
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  stderrTail(maxLines = 12): string {
    const lines = this.stderr.split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.slice(-maxLines).join('\n');
  }

  /** Resolves once the direct child has exited and its output is read (never, if it was not started). */
  whenExited(): Promise<void> {
    return this.exited;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.server.command, this.server.args, {
        cwd: this.server.cwd,
        env: this.server.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
        windowsHide: true,
      });
      this.child = child;
      child.once('error', (err: NodeJS.ErrnoException) => {
        if (child.pid === undefined) {
          this.spawnError = err;
          reject(err);
        } else this.onerror?.(err);
      });
      child.once('spawn', () => resolve());
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        // A grandchild may hold the pipes open; do not wait on it for the verdict.
        setTimeout(() => this.markExited(), 250).unref();
      });
      child.once('close', () => {
        this.markExited();
        this.onclose?.();
      });
      child.stdin.on('error', () => {
        /* EPIPE after the server died; 'close' reports it */
      });
      child.stdout.on('data', (chunk: Buffer) => this.onStdout(chunk));
      child.stdout.on('end', () => {
        // Half a message at the end is not one; a line past the cap is still worth naming.
        const last = this.stdout.end();
        if (last !== undefined && typeof last !== 'string') this.onLine(last);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
      });
    });
  }

  private onStdout(chunk: Buffer): void {
    for (const line of this.stdout.push(chunk)) this.onLine(line);
  }

  private onLine(line: Line): void {
    if (typeof line !== 'string') return this.addGarbage(`${line.head}… (a line over ${MAX_LINE} bytes)`);
    if (line.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(line);
    } catch {
      return this.addGarbage(line.slice(0, 200));
    }
    this.onmessage?.(message);
  }

  private addGarbage(text: string): void {
    this.garbageCount++;
    if (this.garbage.length < GARBAGE_KEEP) this.garbage.push(text);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || stdin.destroyed || this.exit) return reject(new Error('server process is not running'));
      if (stdin.write(serializeMessage(message))) resolve();
      else stdin.once('drain', () => resolve());
    });
  }

  /** Close stdin, then SIGTERM the group, then SIGKILL; resolves when nothing of it runs. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const child = this.child;
      if (!child || child.pid === undefined) return;
      child.stdin.end();
      this.ended = await endGroup(child.pid, this.endOpts, this.exited);
      // The pipes close once every holder of them is gone; do not wait forever on a stuck one.
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 500).unref())]);
      child.stdout.destroy();
      child.stderr.destroy();
    })();
    return this.closing;
  }
}
