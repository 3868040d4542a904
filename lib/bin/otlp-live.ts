/**
 * The live OTLP exporter, a bundle of its own (dist/otlp-live.mjs) that the
 * dashboard server imports only when an endpoint is configured: the
 * OpenTelemetry SDK under it is half the server's code, and compiling it was
 * a fifth of every server start. The build points the server's dynamic
 * import of monitor/otlp-live.ts here (scripts/build.mjs). Not a command.
 */
export { LiveOtlp } from '../monitor/otlp-live.ts';
