/**
 * `metric NAME VALUE [--unit U] [--label k=v]…`: append one `metric` event to the
 * log (lib/events/metric-command.ts).
 */
import { runMain } from '../shared/cli.ts';
import { writeEvent } from '../events/emit-command.ts';
import { METRIC_HELP, buildMetricEvent } from '../events/metric-command.ts';

export function main(argv: string[]): number {
  const built = buildMetricEvent(argv, new Date());
  if (built === 'help') {
    process.stdout.write(`${METRIC_HELP}\n`);
    return 0;
  }
  writeEvent(built.project, built.event, (m) => process.stderr.write(`metric: warning: ${m}\n`));
  return 0;
}

runMain('metric', import.meta.url, main);
