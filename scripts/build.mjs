#!/usr/bin/env node
// Bundles every entry point in lib/bin/ into one self-contained file in dist/,
// so the runtime needs no node_modules and starts as fast as bare Node.
// The dashboard page's script is bundled first, to a string (lib/dashboard/client.ts
// makes it; tsx loads that module here), and that text stands in for the module in
// every bundle that reaches it.
// Hot-path entries (the hook, the status line) ship as CommonJS only, which
// Node loads without the ESM loader; their ESM twin goes to .bench/esm/ so
// scripts/bench/hook.mjs can measure both forms.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'lib', 'bin');
const outDir = path.join(root, 'dist');
const HOT = new Set(['hook', 'statusline', 'collector', 'turn-cost', 'follow-session']);

const entries = fs
  .readdirSync(binDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const clientModule = path.join(root, 'lib', 'dashboard', 'client.ts');
const { CLIENT_JS: clientJs } = await tsImport(clientModule, import.meta.url);
/** lib/dashboard/client.ts bundles the page script when it loads; what ships gets the text instead. */
const inlineClient = {
  name: 'inline-client',
  setup(b) {
    b.onLoad({ filter: /[\\/]lib[\\/]dashboard[\\/]client\.ts$/ }, (args) =>
      args.path === clientModule
        ? { contents: `export const CLIENT_JS = ${JSON.stringify(clientJs)};`, loader: 'js' }
        : undefined,
    );
  },
};

/**
 * Modules that ship as a bundle of their own, loaded by a dynamic import only when needed: the
 * importing bundle gets an import of the sibling file instead of the module's code, which it
 * would otherwise compile at every start (lib/bin/<name>.ts re-exports it).
 */
const SIBLINGS = new Map([[path.join(root, 'lib', 'monitor', 'otlp-live.ts'), 'otlp-live']]);
const siblingBundles = {
  name: 'sibling-bundles',
  setup(b) {
    b.onResolve({ filter: /\.ts$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const name = SIBLINGS.get(path.resolve(args.resolveDir, args.path));
      return name ? { path: `./${name}.mjs`, external: true } : undefined;
    });
  },
};

// Deterministic output (dist/ is committed and CI rebuilds it to compare): paths in the
// bundles' module comments are relative to the pack root, and a symlinked node_modules
// (a git worktree sharing one) reads as node_modules, as in any checkout.
const common = {
  absWorkingDir: root,
  preserveSymlinks: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  minifySyntax: true,
  plugins: [inlineClient, siblingBundles],
  metafile: true,
};
const esmBanner =
  "import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);";

const results = await Promise.all(
  entries.flatMap((name) => {
    const entryPoints = [path.join(binDir, `${name}.ts`)];
    // Hot entries ship as .cjs only; their ESM twin goes to .bench/esm/ for the format comparison.
    const esmOut = HOT.has(name) ? path.join(root, '.bench', 'esm', `${name}.mjs`) : path.join(outDir, `${name}.mjs`);
    const jobs = [build({ ...common, entryPoints, format: 'esm', outfile: esmOut, banner: { js: esmBanner } })];
    if (HOT.has(name))
      jobs.push(build({ ...common, entryPoints, format: 'cjs', outfile: path.join(outDir, `${name}.cjs`) }));
    return jobs;
  }),
);
// The bundler must never ship: a bundle that reached it would fail without node_modules.
for (const r of results) {
  const leaked = Object.keys(r.metafile.inputs).filter((f) => /node_modules[\\/]esbuild[\\/]/.test(f));
  if (leaked.length) throw new Error(`build: the bundler got into a bundle (${leaked.join(', ')})`);
}
// A bundle with a shebang (the `2l` bin) is run directly, so it must be executable
// whatever esbuild or the umask did; the installer copies the mode along.
for (const f of fs.readdirSync(outDir)) {
  const file = path.join(outDir, f);
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(2);
  fs.readSync(fd, head, 0, 2, 0);
  fs.closeSync(fd);
  if (head.toString('latin1') === '#!') fs.chmodSync(file, 0o755);
}
if (!process.argv.includes('--quiet')) console.log(`built ${entries.length} entries into dist/`);
