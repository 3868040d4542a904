#!/usr/bin/env node
// Installer stub: replaced by the zx installer (issue 3).
console.error('install.mjs: not implemented yet; use `claude --plugin-dir` with this checkout');
process.exitCode = 1;
