// PEER FIXTURE, never shipped: DuckDB (@duckdb/node-api, a devDependency) answering the question
// `/2l-status` answers in its tools table: per tool, the p95 of tool durations, over one
// events.jsonl. Usage: node duckdb-p95.mjs EVENTS_JSONL → {"Bash": p95, …} on stdout.
// The same events as ours count: completions and failures (`tool_complete`, `tool_error`) that
// carry a numeric duration_ms; denials never ran and carry none. quantile_disc is DuckDB's
// exact discrete quantile; lines that are not JSON are skipped, as our reader does.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node duckdb-p95.mjs EVENTS_JSONL\n');
  process.exit(2);
}
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const literal = `'${file.replace(/'/g, "''")}'`;
const reader = await con.runAndReadAll(`
  SELECT tool_name, quantile_disc(duration_ms, 0.95) AS p95
  FROM read_ndjson(${literal}, columns = {tool_name: 'VARCHAR', event_type: 'VARCHAR', duration_ms: 'DOUBLE'}, ignore_errors = true)
  WHERE event_type IN ('tool_complete', 'tool_error') AND tool_name IS NOT NULL AND duration_ms IS NOT NULL
  GROUP BY tool_name ORDER BY tool_name`);
const out = {};
for (const [tool, p95] of reader.getRows()) out[String(tool)] = Number(p95);
process.stdout.write(`${JSON.stringify(out)}\n`);
