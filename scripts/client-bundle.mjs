// Bundles the dashboard page's script (lib/dashboard/client/main.ts and what it
// imports) into one classic script for the page to inline. scripts/build.mjs
// calls it once per build and hands the text to the server bundle in place of
// lib/dashboard/client.ts; run from source (tests under tsx), client.ts calls it
// itself, so both get the same script, and the CSP hash is over that text.
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENT_ENTRY = path.join(root, 'lib', 'dashboard', 'client', 'main.ts');

/** The page's script as text: an IIFE (no module loader, nothing global) for any browser of the last few years. */
export function bundleClient() {
  const out = buildSync({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const js = out.outputFiles[0].text.trimEnd();
  // Inlined in <script>: these would end it or open a comment inside it.
  if (/<\/script|<!--/i.test(js)) throw new Error('the page script contains `</script` or `<!--`; it cannot be inlined');
  return js;
}
