import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);

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

// lib/shared/process.ts
import fs from "node:fs";
function procStat(pid) {
  let stat;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return;
  }
  let fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0] ?? "", pgrp: Number(fields[2]) };
}
var isZombie = (s) => s.state === "Z" || s.state === "X";
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return !1;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (errorCode(err) !== "EPERM") return !1;
  }
  let st = procStat(pid);
  return st === void 0 || !isZombie(st);
}

// lib/dashboard/state.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs4 from "node:fs";
import http from "node:http";
import path3 from "node:path";

// lib/dashboard/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
function sameSecret(given, token) {
  let a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
function identityProof(token, challenge) {
  return createHmac("sha256", token).update(`2l-dashboard identity
${challenge}`).digest("base64url");
}

// lib/events/project-dir.ts
import path from "node:path";
var STATE_DIR = ".2L";
function stateDir(projectDir) {
  return path.join(projectDir, STATE_DIR);
}

// lib/dashboard/port-pick.ts
var LOOPBACK = "127.0.0.1";

// lib/shared/safe-fs.ts
import fs2 from "node:fs";
var PROJECT_FILE_MAX = 2 * 1024 * 1024, UnsafePathError = class extends Error {
  constructor(file, reason, detail) {
    super(`${file}: ${describe(reason)}${detail ? ` (${detail})` : ""}`);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
    this.name = "UnsafePathError";
  }
  file;
  reason;
  detail;
  code = "EUNSAFE";
};
function describe(reason) {
  switch (reason) {
    case "symlink":
      return "is a symbolic link; 2L never follows links inside a project (remove it)";
    case "not-regular":
      return "is not a regular file (a device, FIFO or socket); 2L reads only regular files";
    case "not-directory":
      return "is not a real folder; 2L keeps its state only in a folder it owns (remove it)";
    case "not-owner":
      return "belongs to another user; 2L keeps its state only in a folder it owns";
    case "too-big":
      return "is larger than 2L reads";
  }
}
var { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = fs2.constants, O_NOFOLLOW = fs2.constants.O_NOFOLLOW ?? 0, O_NONBLOCK = fs2.constants.O_NONBLOCK ?? 0, READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK, APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, myUid = typeof process.getuid == "function" ? process.getuid() : void 0;
function openRegular(file, flags, mode = 384) {
  let fd;
  try {
    fd = fs2.openSync(file, flags | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}
function regularOnly(fd, file) {
  let st;
  try {
    st = fs2.fstatSync(fd);
  } catch (err) {
    throw fs2.closeSync(fd), err;
  }
  if (!st.isFile())
    throw fs2.closeSync(fd), new UnsafePathError(file, "not-regular");
  return fd;
}
function openError(file, err) {
  let code = errorCode(err);
  return code === "ELOOP" || code === "EMLINK" ? new UnsafePathError(file, "symlink") : code === "ENXIO" || code === "EOPNOTSUPP" ? new UnsafePathError(file, "not-regular") : err;
}
function openRegularForRead(file) {
  try {
    return openRegular(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw err;
  }
}
function readRegularFile(file, maxBytes) {
  let fd = openRegularForRead(file);
  if (fd !== void 0)
    return readCapped(fd, file, maxBytes);
}
function readCapped(fd, file, maxBytes) {
  try {
    let size = fs2.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, "too-big", `${size} bytes, limit ${maxBytes}`);
    let chunks = [], total = 0, buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (; ; ) {
      let n = fs2.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (total += n, total > maxBytes) throw new UnsafePathError(file, "too-big", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs2.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes)?.toString("utf8");
}
function checkPrivateDir(dir) {
  let st = fs2.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/shared/cli.ts
import fs3 from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
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
function unexpectedArgument(arg, advice = " (see --help)") {
  return new UsageError(`unexpected argument \`${arg.slice(0, 80)}\`${advice}`);
}
function projectFromFlag(flag, env = process.env, cwd = process.cwd()) {
  if (flag !== void 0) {
    if (flag.trim() === "" || flag.includes("\0")) throw new UsageError("`--project` needs a folder");
    return path2.resolve(cwd, flag);
  }
  let fromEnv = env.CLAUDE_PROJECT_DIR;
  return fromEnv && fromEnv.length < 4096 && path2.isAbsolute(fromEnv) && !fromEnv.includes("\0") ? path2.resolve(fromEnv) : path2.resolve(cwd);
}
function isMain(moduleUrl, argv1 = process.argv[1]) {
  if (!argv1) return !1;
  let self = fileURLToPath(moduleUrl);
  try {
    return fs3.realpathSync(argv1) === fs3.realpathSync(self);
  } catch {
    return path2.resolve(argv1) === self;
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

// lib/dashboard/state.ts
var APP_ID = "2l-dashboard", SERVER_SCRIPT = "dashboard-server.mjs", MAX_STATE_BYTES = 65536;
function dashboardDir(project) {
  return path3.join(stateDir(project), "dashboard");
}
function statePath(project) {
  return path3.join(dashboardDir(project), "server.json");
}
function isState(v) {
  if (!v || typeof v != "object") return !1;
  let s = v;
  return s.app === APP_ID && Number.isInteger(s.pid) && s.pid > 1 && Number.isInteger(s.port) && s.port > 0 && s.port < 65536 && typeof s.project == "string" && typeof s.instance == "string" && typeof s.token == "string" && typeof s.url == "string" && typeof s.started == "string";
}
function stateDirsAreOurs(project) {
  try {
    return checkPrivateDir(stateDir(project)), checkPrivateDir(dashboardDir(project)), !0;
  } catch (err) {
    if (isUnsafePath(err) || ["ENOENT", "ENOTDIR"].includes(errorCode(err) ?? "")) return !1;
    throw err;
  }
}
function readState(project) {
  if (!stateDirsAreOurs(project)) return;
  let text;
  try {
    text = readRegularText(statePath(project), MAX_STATE_BYTES);
  } catch {
    return "invalid";
  }
  if (text !== void 0)
    try {
      let v = JSON.parse(text);
      return isState(v) ? v : "invalid";
    } catch {
      return "invalid";
    }
}
function clearState(project, instance) {
  if (stateDirsAreOurs(project)) {
    if (instance !== void 0) {
      let cur = readState(project);
      if (cur && cur !== "invalid" && cur.instance !== instance) return;
    }
    fs4.rmSync(statePath(project), { force: !0 });
  }
}
function getJson(port, route, timeoutMs = 500, headers = {}, method = "GET") {
  return new Promise((resolve) => {
    let req = http.request(
      {
        host: LOOPBACK,
        port,
        path: route,
        method,
        headers: { host: `${LOOPBACK}:${port}`, ...headers },
        timeout: timeoutMs
      },
      (res) => {
        let chunks = [], size = 0;
        res.on("data", (c) => {
          size += c.length, size > 65536 ? req.destroy() : chunks.push(c);
        }), res.on("end", () => {
          if (res.statusCode !== 200) return resolve(void 0);
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          } catch {
            resolve(void 0);
          }
        }), res.on("error", () => resolve(void 0));
      }
    );
    req.on("timeout", () => req.destroy()), req.on("error", () => resolve(void 0)), req.end();
  });
}
async function identityAt(port, timeoutMs = 500, challenge) {
  let route = challenge === void 0 ? "/api/identity" : `/api/identity?challenge=${encodeURIComponent(challenge)}`, v = await getJson(port, route, timeoutMs);
  return v && v.app === APP_ID && typeof v.instance == "string" && typeof v.project == "string" ? v : void 0;
}
function cmdline(pid) {
  try {
    return fs4.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return;
  }
}
function cmdlineIsOurs(pid, project) {
  let argv = cmdline(pid);
  if (!argv) return !1;
  let i = argv.indexOf("--project");
  return argv.some((a) => path3.basename(a) === SERVER_SCRIPT) && i !== -1 && argv[i + 1] === project;
}
async function verify(state, timeoutMs = 800) {
  if (!isAlive(state.pid)) return "not-ours";
  let challenge = randomBytes2(18).toString("base64url"), id = await identityAt(state.port, timeoutMs, challenge), proven = typeof id?.proof == "string" && sameSecret(id.proof, identityProof(state.token, challenge));
  return id && proven && id.instance === state.instance && id.pid === state.pid && id.project === state.project ? "ours" : cmdlineIsOurs(state.pid, state.project) ? "hung" : "not-ours";
}

// lib/dashboard/discover.ts
var myUid2 = typeof process.getuid == "function" ? process.getuid() : void 0;

// lib/dashboard/launch.ts
import path4 from "node:path";
var LaunchError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};
function waitGone(pid, ms) {
  return new Promise((resolve) => {
    let until = Date.now() + ms, poll = () => {
      if (!isAlive(pid)) return resolve(!0);
      if (Date.now() > until) return resolve(!1);
      setTimeout(poll, 25);
    };
    poll();
  });
}
async function stop(project) {
  let state = readState(project);
  if (state === void 0) return { stopped: !1, message: `No 2L dashboard is running for ${project}.` };
  if (state === "invalid")
    return clearState(project), { stopped: !1, message: `No 2L dashboard is running for ${project} (removed an unreadable state file).` };
  let verdict = await verify(state);
  if (verdict === "not-ours")
    return clearState(project), {
      stopped: !1,
      message: `No 2L dashboard is running for ${project} (removed stale state: pid ${state.pid} is not its server; nothing was signalled).`
    };
  if (verdict === "ours" && await getJson(state.port, "/api/shutdown", 1e3, { "x-2l-token": state.token }, "POST"), !await waitGone(state.pid, verdict === "ours" ? 3e3 : 0)) {
    for (let sig of ["SIGTERM", "SIGKILL"]) {
      if (!cmdlineIsOurs(state.pid, project)) break;
      try {
        process.kill(state.pid, sig);
      } catch {
      }
      if (await waitGone(state.pid, 2e3)) break;
    }
    if (isAlive(state.pid) && cmdlineIsOurs(state.pid, project))
      throw new LaunchError(
        `2l-dashboard-stop: the server (pid ${state.pid}) did not stop; state kept in ${path4.join(dashboardDir(project), "server.json")}`,
        1
      );
  }
  return clearState(project), { stopped: !0, message: `Stopped the 2L dashboard for ${project} (${state.url}, pid ${state.pid}).` };
}

// lib/dashboard/command.ts
var STOP_HELP = `Usage: dashboard-stop [--json] [--project DIR]

Stop this project's 2L dashboard server and remove its state
(.2L/dashboard/server.json). A recorded pid is signalled only when it is
verifiably this project's dashboard; stale state is just removed.

Options:
  --json         print {stopped, message} as JSON
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Exit codes: 0 stopped or nothing to stop, 1 could not stop, 2 bad arguments.`;
function parseStopArgs(argv, env = process.env) {
  let { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: !0,
    options: { json: SHARED_OPTIONS.json, project: SHARED_OPTIONS.project, help: SHARED_OPTIONS.help }
  });
  if (values.help) return "help";
  if (positionals.length) throw unexpectedArgument(positionals[0]);
  return { project: projectFromFlag(values.project, env), json: values.json === !0 };
}
async function runStop(args) {
  try {
    let r = await stop(args.project);
    return { code: 0, stdout: args.json ? `${JSON.stringify(r)}
` : `${r.message}
`, stderr: "" };
  } catch (err) {
    if (err instanceof LaunchError) return { code: err.exitCode, stdout: "", stderr: `${err.message}
` };
    throw err;
  }
}

// lib/bin/dashboard-stop.ts
async function main(argv) {
  let args = parseStopArgs(argv);
  if (args === "help")
    return process.stdout.write(`${STOP_HELP}
`), 0;
  let r = await runStop(args);
  return process.stdout.write(r.stdout), process.stderr.write(r.stderr), r.code;
}
runMain("2l-dashboard-stop", import.meta.url, main);
export {
  main
};
