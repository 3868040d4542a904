/**
 * `export --otlp URL [--since DURATION] [--session ID] [--dry-run] [--json] [--project DIR]`:
 * send the log to an OpenTelemetry receiver (lib/monitor/export-command.ts).
 */
import { requireLoggedProject, runMain } from '../shared/cli.ts';
import { historyBytes } from '../events/log-files.ts';
import { startProgress } from '../shared/progress.ts';
import { EXPORT_HELP, exportLog, parseExportArgs, renderExport } from '../monitor/export-command.ts';

export async function main(argv: string[]): Promise<number> {
  const args = parseExportArgs(argv, Date.now());
  if (args === 'help') {
    process.stdout.write(`${EXPORT_HELP}\n`);
    return 0;
  }
  requireLoggedProject(argv, args.project);
  const progress = startProgress('export');
  const total = historyBytes(args.project);
  const result = await exportLog(args, { onRead: (b) => progress.update(b, total) }).finally(progress.end);
  process.stdout.write(`${renderExport(result, args)}\n`);
  return 0;
}

// A refused export leaves the SDK's retry timers and sockets behind; do not wait for them.
runMain('export', import.meta.url, main, { exitOnFailure: true });
