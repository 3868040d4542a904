/** Types of scripts/client-bundle.mjs, for lib/dashboard/client.ts (run from source). */
export declare const CLIENT_ENTRY: string;
export declare function bundleClient(): string;
