#!/usr/bin/env node
import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);

// lib/bin/2l.ts
import fs2 from "node:fs";
import path2 from "node:path";
import { fileURLToPath as fileURLToPath2, pathToFileURL } from "node:url";

// lib/shared/cli.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
}, UsageError = class extends UserError {
  constructor(message) {
    super(message, 2), this.name = "UsageError";
  }
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  let message = err?.message;
  return typeof message == "string" ? message : String(err);
}
function errorCode(err) {
  let code = err?.code;
  return typeof code == "string" ? code : void 0;
}
function errorStack(err) {
  return err instanceof Error && err.stack || String(err);
}

// lib/shared/cli.ts
var SHARED_OPTIONS = {
  project: { type: "string" },
  json: { type: "boolean" },
  since: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseCliArgs(config) {
  try {
    return parseArgs(config);
  } catch (err) {
    let code = errorCode(err) ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS")) throw err;
    let quoted = /'(-[^']*)'/.exec(errorMessage(err))?.[1]?.split(/[ ,]+/) ?? [], raw = quoted.find((w) => w.startsWith("--")) ?? quoted[0] ?? "", name = /^--?[A-Za-z0-9][A-Za-z0-9_-]{0,39}/.exec(raw)?.[0] ?? raw.slice(0, 2), flag = name === raw ? name : `${name}\u2026`;
    throw code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? new UsageError(`unknown option \`${flag}\` (see --help)`) : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(errorMessage(err)) ? new UsageError(`option \`${flag}\` takes no value (see --help)`) : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? new UsageError(`option \`${flag}\` needs a value (see --help)`) : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" ? new UsageError("unexpected argument (see --help)") : new UsageError(errorMessage(err));
  }
}
function isMain(moduleUrl, argv1 = process.argv[1]) {
  if (!argv1) return !1;
  let self = fileURLToPath(moduleUrl);
  try {
    return fs.realpathSync(argv1) === fs.realpathSync(self);
  } catch {
    return path.resolve(argv1) === self;
  }
}
function reportError(name, err, stderr = (s) => process.stderr.write(s)) {
  return err instanceof UserError ? (stderr(`${name}: ${err.message}
`), err.exitCode) : (stderr(`${name}: internal error: ${errorStack(err)}
`), 1);
}
function runMain(name, moduleUrl, main2, opts = {}) {
  isMain(moduleUrl) && runNow(name, main2, process.argv.slice(2), opts);
}
async function runNow(name, main2, argv = process.argv.slice(2), opts = {}) {
  let code;
  try {
    code = await main2(argv), typeof code == "number" && (process.exitCode = code);
  } catch (err) {
    code = process.exitCode = reportError(name, err);
  }
  opts.exitOnFailure && typeof code == "number" && code !== 0 && process.exit(code);
}

// lib/bin/2l.ts
var COMMANDS = [
  ["status", "summary of the event log: sessions, tools, percentiles, health, alerts"],
  ["query", "JSONPath query over the event log or a state file"],
  ["export", "send sessions, tool calls and events to an OpenTelemetry receiver (OTLP/HTTP)"],
  ["emit", "append one 2L event to the log"],
  ["metric", "append one measurement (a `metric` event) to the log"],
  ["prune", "remove old archives of the event log (`--dry-run` to see what would go)"],
  ["dashboard", "start the live dashboard"],
  ["dashboard-stop", "stop the live dashboard"],
  ["scrape-token", "print or rotate your credential for the dashboards' /metrics (Prometheus)"],
  ["setup-db", "set up the database"],
  ["setup-mcps", "set up MCP servers"],
  ["check-mcps", "check the configured MCP servers"],
  ["install", "install this pack into ~/.claude, or uninstall it (`2l install --help`)"],
  ["doctor", "check what the pack depends on: Node, install and drift, hooks, .2L/, dashboards, psql, MCP"]
], here = path2.dirname(fileURLToPath2(import.meta.url)), bundle = (name) => path2.join(here, `${name}.mjs`), available = () => COMMANDS.filter(([name]) => fs2.existsSync(bundle(name)));
function help() {
  let rows = available(), width = Math.max(0, ...rows.map(([n]) => n.length));
  return [
    "Usage: 2l <command> [args]",
    "",
    "Commands:",
    ...rows.length ? rows.map(([n, d]) => `  ${n.padEnd(width)}  ${d}`) : ["  (none installed)"],
    "",
    "Run `2l <command> --help` for a command's options.",
    "Exit codes: those of the command; 2 for an unknown command or bad arguments."
  ].join(`
`);
}
async function main(argv) {
  let [command, ...rest] = argv;
  if (command === void 0 || command === "-h" || command === "--help" || command === "help")
    return (command === void 0 ? process.stderr : process.stdout).write(`${help()}
`), command === void 0 ? 2 : 0;
  /^-./.test(command) && parseCliArgs({ args: [command], options: { help: SHARED_OPTIONS.help } });
  let known = COMMANDS.some(([n]) => n === command);
  if (!known || !fs2.existsSync(bundle(command))) {
    let names = available().map(([n]) => n).join(", ") || "none", why = known ? `is not installed (\`${bundle(command)}\` is missing)` : "is not a 2l command";
    throw new UsageError(`\`${command.slice(0, 80)}\` ${why}; available: ${names}. See \`2l --help\`.`);
  }
  process.argv = [process.argv[0], bundle(command), ...rest], await import(pathToFileURL(bundle(command)).href);
}
runMain("2l", import.meta.url, main);
export {
  COMMANDS,
  main
};
