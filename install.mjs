#!/usr/bin/env node
// The 2L pack installer. The logic is bundled in dist/install.mjs (from
// lib/bin/install.ts), which is committed: a fresh clone needs Node ≥ 20 and no npm step.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('./dist/install.mjs', import.meta.url);
if (!fs.existsSync(fileURLToPath(bundle))) {
  console.error(
    'install.mjs: dist/install.mjs is missing; this is not a complete checkout of the 2L pack (git checkout -- dist, or `npm ci && npm run build`)',
  );
  process.exitCode = 1;
} else {
  // The bundle runs only when it is the file Node started (as `2l` does it: argv as if started directly).
  process.argv[1] = fileURLToPath(bundle);
  await import(bundle.href);
}
