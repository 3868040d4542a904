#!/usr/bin/env node
// Writes what a team imports into its Prometheus and Grafana, both from one definition of the
// targets (lib/monitor/ops-targets.ts, lib/monitor/grafana-dashboard.ts):
//   docs/ops/2l-alerts.rules.yml         Prometheus alerting rules
//   docs/ops/2l-grafana-dashboard.json   Grafana dashboard
// tests/ops-files.test.ts fails when the committed files are not this output for the defaults.
//
//   npm run gen:ops                                  (the pack's default targets, into docs/ops/)
//   npm run gen:ops -- --config .2L/config.yaml --out DIR   (a team's own targets)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultPerfConfig, parsePerfConfig } from '../lib/monitor/config.ts';
import { renderRulesFile } from '../lib/monitor/ops-targets.ts';
import { renderDashboardFile } from '../lib/monitor/grafana-dashboard.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
try {
  const { values } = parseArgs({ options: { config: { type: 'string' }, out: { type: 'string' } } });
  let config = defaultPerfConfig();
  if (values.config !== undefined) {
    const parsed = parsePerfConfig(fs.readFileSync(values.config, 'utf8'), values.config);
    for (const e of parsed.errors) process.stderr.write(`gen-ops: ${e}\n`);
    config = parsed.config;
  }
  const out = values.out ?? path.join(root, 'docs', 'ops');
  fs.mkdirSync(out, { recursive: true });
  for (const [name, text] of [
    ['2l-alerts.rules.yml', renderRulesFile(config)],
    ['2l-grafana-dashboard.json', renderDashboardFile(config)],
  ]) {
    fs.writeFileSync(path.join(out, name), text);
    process.stdout.write(`wrote ${path.join(out, name)}\n`);
  }
} catch (err) {
  process.stderr.write(`gen-ops: ${err.message}\n`);
  process.exitCode = 1;
}
