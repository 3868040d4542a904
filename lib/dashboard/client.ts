/**
 * The page's script as one string: client/main.ts and what it imports,
 * bundled. The build (scripts/build.mjs) bundles it once and puts the text in
 * place of this module, so what ships holds the script and no bundler; run
 * from source (tests under tsx), this module bundles it here, the same way.
 */
import { bundleClient } from '../../scripts/client-bundle.mjs';

export const CLIENT_JS: string = bundleClient();
