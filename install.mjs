#!/usr/bin/env node
// The 2L pack installer. The logic is bundled in dist/install.mjs (from
// lib/bin/install.ts); run `npm ci` first, which builds dist/.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('./dist/install.mjs', import.meta.url);
if (!fs.existsSync(fileURLToPath(bundle))) {
  console.error(
    'install.mjs: dist/ is missing; run `npm ci` in this folder first (it builds dist/), then ./install.mjs again',
  );
  process.exitCode = 1;
} else {
  // The bundle runs only when it is the file Node started (as `2l` does it: argv as if started directly).
  process.argv[1] = fileURLToPath(bundle);
  await import(bundle.href);
}
