#!/usr/bin/env node
// `node scripts/bench-table.mjs [--from FILE] [--readme FILE] [--print]`: writes the benchmark table
// of a run (default .bench/latest.json, what the last `npm run bench` wrote) into README.md
// between its bench-table markers; --print writes it to stdout instead. The rendering is
// scripts/bench/readme-table.ts (pure, unit-tested).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function writeReadmeTable({ from, readme, print = false }) {
  const { renderBenchTable, replaceBetweenMarkers } = await tsImport(
    path.join(root, 'scripts', 'bench', 'readme-table.ts'),
    import.meta.url,
  );
  const table = renderBenchTable(JSON.parse(fs.readFileSync(from, 'utf8')));
  if (print) return process.stdout.write(`${table}\n`);
  const text = replaceBetweenMarkers(fs.readFileSync(readme, 'utf8'), table);
  const tmp = `${readme}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, readme);
  process.stderr.write(
    `bench-table: ${path.relative(process.cwd(), readme)} updated from ${path.relative(process.cwd(), from)}\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, readme: { type: 'string' }, print: { type: 'boolean', default: false } },
  });
  writeReadmeTable({
    from: path.resolve(values.from ?? path.join(root, '.bench', 'latest.json')),
    readme: path.resolve(values.readme ?? path.join(root, 'README.md')),
    print: values.print,
  }).catch((err) => {
    process.stderr.write(`bench-table: ${err.message}\n`);
    process.exit(1);
  });
}
