/**
 * The page's script as one string: client/main.ts and what it imports,
 * bundled by esbuild into one classic script (an IIFE: no module loader,
 * nothing global) for the page to inline; page.ts hashes that text for its CSP.
 * The build (scripts/build.mjs) loads this module once and ships the text in
 * its place, so what ships holds the script and no bundler; run from source
 * (tests under tsx), the bundle is made here, the same way.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CLIENT_ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

function bundleClient(): string {
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
  const js = out.outputFiles[0]!.text.trimEnd();
  // Inlined in <script>: these would end the element or open a comment inside it.
  if (/<\/script|<!--/i.test(js))
    throw new Error('the page script contains `</script` or `<!--`; it cannot be inlined');
  return js;
}

export const CLIENT_JS: string = bundleClient();
