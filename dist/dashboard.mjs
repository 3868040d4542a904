import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);

// lib/bin/dashboard.ts
import path8 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// lib/dashboard/command.ts
import { spawn as spawn2 } from "node:child_process";

// lib/dashboard/cleanup.ts
import fs8 from "node:fs";
import path7 from "node:path";

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

// lib/dashboard/discover.ts
import fs5 from "node:fs";
import path5 from "node:path";

// lib/dashboard/state.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs4 from "node:fs";
import http from "node:http";
import path4 from "node:path";

// lib/dashboard/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var TOKEN_PARAM = "token";
function withToken(url, token) {
  return `${url}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}
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
var DEFAULT_PORTS = { first: 8080, last: 8099 }, LOOPBACK = "127.0.0.1";
function parsePorts(spec) {
  let out = [];
  for (let part of spec.split(",")) {
    let m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    if (!m) return;
    let a = Number(m[1]), b = m[2] === void 0 ? a : Number(m[2]);
    if (a > 65535 || b > 65535 || b < a || b - a > 1e3) return;
    for (let p = a; p <= b; p++) out.push(p);
  }
  return out.length > 0 && out.length <= 1e3 ? out : void 0;
}
function busyText(ports) {
  return ports.length === 1 ? `port ${ports[0]} is in use` : `${describePorts(ports)} are all in use`;
}
function describePorts(ports) {
  return ports.length === 1 ? `port ${ports[0]}` : ports.every((p, i) => i === 0 || p === ports[i - 1] + 1) ? `ports ${ports[0]}\u2013${ports[ports.length - 1]}` : `ports ${ports.join(", ")}`;
}

// lib/shared/safe-fs.ts
import fs2 from "node:fs";
import path2 from "node:path";
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
function ensurePrivateDir(dir) {
  let created = !1;
  try {
    fs2.mkdirSync(dir, { mode: 448 }), created = !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  return checkPrivateDir(dir), created;
}
function checkPrivateDir(dir) {
  let st = fs2.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function ensureStateRoot(stateRoot) {
  let created = ensurePrivateDir(stateRoot);
  if (created)
    try {
      let fd = openRegular(path2.join(stateRoot, ".gitignore"), CREATE_EXCL_FLAGS, 384);
      try {
        fs2.writeSync(fd, `# 2L state: private to this machine
*
`);
      } finally {
        fs2.closeSync(fd);
      }
    } catch {
    }
  return created;
}
function ensureStateSubdir(stateRoot, dir) {
  let rel = path2.relative(stateRoot, dir);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) throw new Error(`${dir} is outside ${stateRoot}`);
  ensureStateRoot(stateRoot);
  let cur = stateRoot;
  for (let part of rel.split(path2.sep).filter(Boolean))
    cur = path2.join(cur, part), ensurePrivateDir(cur);
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/shared/cli.ts
import fs3 from "node:fs";
import path3 from "node:path";
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
    return path3.resolve(cwd, flag);
  }
  let fromEnv = env.CLAUDE_PROJECT_DIR;
  return fromEnv && fromEnv.length < 4096 && path3.isAbsolute(fromEnv) && !fromEnv.includes("\0") ? path3.resolve(fromEnv) : path3.resolve(cwd);
}
function isMain(moduleUrl, argv1 = process.argv[1]) {
  if (!argv1) return !1;
  let self = fileURLToPath(moduleUrl);
  try {
    return fs3.realpathSync(argv1) === fs3.realpathSync(self);
  } catch {
    return path3.resolve(argv1) === self;
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
  return path4.join(stateDir(project), "dashboard");
}
function statePath(project) {
  return path4.join(dashboardDir(project), "server.json");
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
function ensureDashboardDir(project) {
  ensureStateSubdir(stateDir(project), dashboardDir(project));
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
  return argv.some((a) => path4.basename(a) === SERVER_SCRIPT) && i !== -1 && argv[i + 1] === project;
}
async function verify(state, timeoutMs = 800) {
  if (!isAlive(state.pid)) return "not-ours";
  let challenge = randomBytes2(18).toString("base64url"), id = await identityAt(state.port, timeoutMs, challenge), proven = typeof id?.proof == "string" && sameSecret(id.proof, identityProof(state.token, challenge));
  return id && proven && id.instance === state.instance && id.pid === state.pid && id.project === state.project ? "ours" : cmdlineIsOurs(state.pid, state.project) ? "hung" : "not-ours";
}

// lib/dashboard/discover.ts
var myUid2 = typeof process.getuid == "function" ? process.getuid() : void 0;
function ownedByMe(pid) {
  try {
    return myUid2 !== void 0 && fs5.statSync(`/proc/${pid}`).uid === myUid2;
  } catch {
    return !1;
  }
}
function serverProject(argv) {
  if (!argv.some((a) => path5.basename(a) === SERVER_SCRIPT)) return;
  let i = argv.indexOf("--project"), project = i === -1 ? void 0 : argv[i + 1];
  return project && path5.isAbsolute(project) ? project : void 0;
}
function homeOf(pid) {
  try {
    return fs5.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").find((v) => v.startsWith("HOME="))?.slice(5);
  } catch {
    return;
  }
}
function serverProcesses(home = process.env.HOME) {
  let pids;
  try {
    pids = fs5.readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  let out = [];
  for (let p of pids) {
    let pid = Number(p);
    if (pid === process.pid || !ownedByMe(pid)) continue;
    let project = serverProject(cmdline(pid) ?? []);
    project && homeOf(pid) === home && out.push({ pid, project });
  }
  return out;
}
function dashboardProjects(given, running) {
  return [.../* @__PURE__ */ new Set([...given.map((p) => path5.resolve(p)), ...running.map((s) => s.project)])].sort();
}

// lib/dashboard/launch.ts
import { spawn } from "node:child_process";
import fs7 from "node:fs";
import path6 from "node:path";

// lib/shared/state-lock.ts
import fs6 from "node:fs";
function takeStateLock(lock, opts) {
  try {
    return fs6.mkdirSync(lock, { mode: 448 }), !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  let st = fs6.lstatSync(lock, { throwIfNoEntry: !1 });
  if (st === void 0) return !1;
  if (st.isDirectory()) {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return !1;
    try {
      fs6.rmdirSync(lock);
    } catch (err) {
      let code = errorCode(err);
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return !1;
    }
  } else {
    if (opts.planted !== "remove") throw new UnsafePathError(lock, st.isSymbolicLink() ? "symlink" : "not-directory");
    try {
      fs6.unlinkSync(lock);
    } catch {
      return !1;
    }
  }
  if (!opts.takeOverStale) return !1;
  try {
    return fs6.mkdirSync(lock, { mode: 448 }), !0;
  } catch {
    return !1;
  }
}
async function waitForStateLock(lock, opts) {
  let until = Date.now() + opts.timeoutMs;
  for (; ; ) {
    if (takeStateLock(lock, { ...opts, takeOverStale: !0 })) return !0;
    if (Date.now() > until) return !1;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 30));
  }
}
function releaseStateLock(lock) {
  try {
    fs6.rmdirSync(lock);
  } catch {
  }
}

// lib/events/lines.ts
var LineSplitter = class {
  parts = [];
  partBytes = 0;
  /** Inside a line past the cap: its bytes are skipped up to its newline. */
  dropping;
  max;
  headBytes;
  constructor(opts = {}) {
    this.max = opts.maxLineBytes ?? Number.POSITIVE_INFINITY, this.headBytes = opts.headBytes ?? 0;
  }
  /** Bytes held for a line not yet ended (none while a dropped line is skipped). */
  get held() {
    return this.partBytes;
  }
  /** The lines `chunk` completes. The chunk may be reused by the caller afterwards: what is kept is copied. */
  push(chunk) {
    let first = chunk.indexOf(10);
    if (first === -1)
      return this.keep(chunk), [];
    let lines = [this.finish(chunk.subarray(0, first))], last = chunk.lastIndexOf(10);
    if (last > first) {
      let text = chunk.toString("utf8", first + 1, last), at = last - first - 1 > this.max ? first + 1 : -1;
      for (let l of text.split(`
`)) {
        if (at !== -1) {
          let start = at;
          if (at = chunk.indexOf(10, start) + 1, at - 1 - start > this.max) {
            lines.push({ head: chunk.toString("utf8", start, start + Math.min(at - 1 - start, this.headBytes)) });
            continue;
          }
        }
        lines.push(l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l);
      }
    }
    return this.keep(chunk.subarray(last + 1)), lines;
  }
  /**
   * The input ended: the last line if it had no newline (a Dropped when it
   * was too long), undefined when there is none. The splitter starts afresh.
   */
  end() {
    if (!(this.partBytes === 0 && !this.dropping))
      return this.finish(Buffer.alloc(0));
  }
  /** Forget the unfinished line (the input was truncated, or switched to another file). */
  reset() {
    this.parts = [], this.partBytes = 0, this.dropping = void 0;
  }
  /** The line held so far plus `tail`, which ends it. */
  finish(tail) {
    !this.dropping && this.partBytes + tail.length > this.max && this.startDropping(tail);
    let dropped = this.dropping, whole = dropped ? void 0 : this.parts.length === 0 ? tail : Buffer.concat([...this.parts, tail]);
    if (this.reset(), !whole) return dropped;
    let end = whole.length > 0 && whole[whole.length - 1] === 13 ? whole.length - 1 : whole.length;
    return whole.toString("utf8", 0, end);
  }
  keep(rest) {
    rest.length === 0 || this.dropping || (this.partBytes + rest.length > this.max ? this.startDropping(rest) : (this.parts.push(Buffer.from(rest)), this.partBytes += rest.length));
  }
  /** The line held plus `more` is past the cap: keep its head, let go of the rest. */
  startDropping(more) {
    let head = this.headBytes === 0 ? "" : Buffer.concat([...this.parts, more], Math.min(this.headBytes, this.partBytes + more.length)).toString("utf8");
    this.parts = [], this.partBytes = 0, this.dropping = { head };
  }
};

// lib/dashboard/launch.ts
var LaunchError = class extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
};
function defaultPorts() {
  let out = [];
  for (let p = DEFAULT_PORTS.first; p <= DEFAULT_PORTS.last; p++) out.push(p);
  return out;
}
async function portHolders(ports) {
  let ids = await Promise.all(ports.map((p) => identityAt(p, 400)));
  return ports.map((p, i) => `  ${p}: ${ids[i] ? `2L dashboard for ${ids[i].project}` : "another program"}`);
}
async function existing(project) {
  let state = readState(project);
  if (state === void 0) return {};
  if (state === "invalid")
    return clearState(project), { cleaned: "unreadable state file removed" };
  let verdict = await verify(state);
  return verdict === "ours" ? { state } : verdict === "hung" ? (await stop(project), { cleaned: `stopped an unresponsive server (pid ${state.pid})` }) : (clearState(project), { cleaned: `stale state removed (pid ${state.pid} is not this project's dashboard)` });
}
function readReport(child, timeoutMs) {
  return new Promise((resolve) => {
    let splitter = new LineSplitter(), timer = setTimeout(() => done(void 0), timeoutMs), done = (line) => {
      clearTimeout(timer), child.stdout?.removeAllListeners("data"), resolve(typeof line == "string" ? line : "");
    };
    child.stdout?.on("data", (c) => {
      let lines = splitter.push(c);
      lines.length > 0 && done(lines[0]);
    }), child.stdout?.on("end", () => done(splitter.end())), child.on("error", () => done(void 0));
  });
}
var LOCK_STALE_MS = 15e3;
function cannotWrite(project, err) {
  return new LaunchError(
    `2l-dashboard: cannot write the server state in \`${dashboardDir(project)}\`: ${errorMessage(err)}`,
    1
  );
}
async function withStartLock(project, fn) {
  let lock = path6.join(dashboardDir(project), "start.lock");
  try {
    ensureDashboardDir(project);
  } catch (err) {
    throw cannotWrite(project, err);
  }
  let held;
  try {
    held = await waitForStateLock(lock, { staleMs: LOCK_STALE_MS, timeoutMs: LOCK_STALE_MS, planted: "remove" });
  } catch (err) {
    throw new LaunchError(`2l-dashboard: cannot take the start lock: ${errorMessage(err)}`, 1);
  }
  if (!held) throw new LaunchError(`2l-dashboard: another start is in progress (\`${lock}\`)`, 1);
  try {
    return await fn();
  } finally {
    releaseStateLock(lock);
  }
}
function launch(opts) {
  return withStartLock(opts.project, () => launchLocked(opts));
}
async function launchLocked(opts) {
  let project = opts.project, prior = await existing(project);
  if (prior.state)
    return {
      url: withToken(prior.state.url, prior.state.token),
      port: prior.state.port,
      pid: prior.state.pid,
      project,
      reused: !0
    };
  let log;
  try {
    log = openRegular(path6.join(dashboardDir(project), "server.log"), APPEND_FLAGS, 384);
  } catch (err) {
    throw cannotWrite(project, err);
  }
  let args = [opts.serverScript, "--project", project, "--ports", opts.ports.join(",")];
  opts.idleMs !== void 0 && args.push("--idle-ms", String(opts.idleMs));
  let child = spawn(process.execPath, args, {
    cwd: project,
    detached: !0,
    stdio: ["ignore", "pipe", log],
    env: process.env
  });
  fs7.closeSync(log);
  let line = await readReport(child, opts.timeoutMs ?? 1e4);
  child.stdout?.destroy(), child.unref();
  let space = line.indexOf(" "), word = space === -1 ? line : line.slice(0, space), rest = space === -1 ? "" : line.slice(space + 1);
  if (word === "READY") {
    let r = JSON.parse(rest);
    return { url: withToken(r.url, r.token), port: r.port, pid: r.pid, project, reused: !1, cleaned: prior.cleaned };
  }
  if (child.exitCode === null && child.pid)
    try {
      process.kill(child.pid, "SIGTERM");
    } catch {
    }
  if (word === "BUSY") {
    let holders = await portHolders(opts.ports);
    throw new LaunchError(
      `2l-dashboard: no free port: ${busyText(opts.ports)}.
${holders.join(`
`)}
Stop one of them (/2l-dashboard-stop in its project) or pick a port with \`--port N\`.`,
      3
    );
  }
  let detail = word === "ERROR" ? rest : "the server did not report in time";
  throw new LaunchError(
    `2l-dashboard: could not start the server: ${detail} (log: ${path6.join(dashboardDir(project), "server.log")})`,
    1
  );
}
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
        `2l-dashboard-stop: the server (pid ${state.pid}) did not stop; state kept in ${path6.join(dashboardDir(project), "server.json")}`,
        1
      );
  }
  return clearState(project), { stopped: !0, message: `Stopped the 2L dashboard for ${project} (${state.url}, pid ${state.pid}).` };
}

// lib/dashboard/cleanup.ts
var STARTING_MS = 15e3;
function starting(project, now = Date.now()) {
  try {
    let st = fs8.lstatSync(path7.join(dashboardDir(project), "start.lock"));
    return st.isFile() && now - st.mtimeMs < STARTING_MS;
  } catch {
    return !1;
  }
}
async function stopOrphan(pid, project) {
  for (let sig of ["SIGTERM", "SIGKILL"]) {
    if (!ownedByMe(pid) || !cmdlineIsOurs(pid, project)) break;
    try {
      process.kill(pid, sig);
    } catch {
    }
    if (await waitGone(pid, 3e3)) return !0;
  }
  return !isAlive(pid) || !cmdlineIsOurs(pid, project);
}
async function recorded(project, all) {
  let state;
  try {
    state = readState(project);
  } catch (err) {
    return { entry: { project, action: "failed", why: `cannot read its state: ${errorMessage(err)}` } };
  }
  if (state === void 0) return {};
  if (state === "invalid")
    return clearState(project), { entry: { project, action: "removed", why: "unreadable state file (nothing signalled)" } };
  let verdict = await verify(state);
  if (verdict === "not-ours")
    return clearState(project), {
      pid: state.pid,
      entry: {
        project,
        pid: state.pid,
        action: "removed",
        why: `stale state: pid ${state.pid} is not its server (nothing signalled)`
      }
    };
  if (verdict === "ours" && !all)
    return {
      pid: state.pid,
      entry: { project, pid: state.pid, action: "running", why: "running and answering", url: state.url }
    };
  try {
    await stop(project);
    let why = verdict === "ours" ? "running (--all)" : "not answering";
    return { pid: state.pid, entry: { project, pid: state.pid, action: "stopped", why } };
  } catch (err) {
    return { pid: state.pid, entry: { project, pid: state.pid, action: "failed", why: errorMessage(err) } };
  }
}
async function cleanup(opts) {
  let processes = opts.processes ?? serverProcesses(), out = [];
  for (let project of dashboardProjects(opts.projects, processes)) {
    let r = await recorded(project, opts.all);
    r.entry && out.push(r.entry);
    for (let p of processes) {
      if (p.project !== project || p.pid === r.pid) continue;
      if (starting(project)) {
        out.push({ project, pid: p.pid, action: "running", why: "starting (its launcher holds the start lock)" });
        continue;
      }
      let stopped = await stopOrphan(p.pid, project);
      out.push({
        project,
        pid: p.pid,
        action: stopped ? "stopped" : "failed",
        why: stopped ? "orphaned: no state records it" : "orphaned, and did not stop"
      });
    }
  }
  return out;
}
function formatCleanup(entries) {
  if (entries.length === 0) return `No 2L dashboard servers or state to clean up.
`;
  let rows = entries.map(
    (e) => `  ${e.action.padEnd(8)} ${e.pid !== void 0 ? `pid ${e.pid} ` : ""}${e.project}: ${e.why}${e.url ? ` (${e.url}; \`--all\` stops it too)` : ""}`
  ), n = (a) => entries.filter((e) => e.action === a).length;
  return `2L dashboard cleanup:
${rows.join(`
`)}
${n("stopped")} stopped, ${n("removed")} stale state removed, ${n("running")} left running, ${n("failed")} failed.
`;
}

// lib/dashboard/command.ts
var DASHBOARD_HELP = `Usage: dashboard [--port N] [--no-open] [--json] [--project DIR]
       dashboard --cleanup [--all] [--json] [--project DIR]

Start this project's live 2L dashboard (or reuse the one already running) and
print its link. The link carries the server's secret: without it the page and
its data stay closed to other users of this machine. The server runs in the
background on 127.0.0.1 until /2l-dashboard-stop, or until it has had no
visitor for 2 hours.

With --cleanup, start nothing: stop this user's stale or orphaned dashboard
servers across projects (found by their processes and this project's state)
and remove their state. A pid is signalled only when it is verifiably a 2L
dashboard of ours, as /2l-dashboard-stop checks it; state naming any other
process, or a dead one, is just removed. Servers that answer are left
running unless --all.

Options:
  --cleanup      clean up stale and orphaned servers (see above)
  --all          with --cleanup, also stop servers that run and answer
  --port N       listen on port N (0: any free port); default: the first free
                 port of 8080-8099 (override with TWOL_DASHBOARD_PORTS=8080-8099)
  --no-open      do not open a browser (one is opened only when a display exists)
  --json         print {url, port, pid, project, reused} as JSON (url is the link)
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Exit codes: 0 running, 1 could not start, 2 bad arguments, 3 no free port.
With --cleanup: 0 done, 1 a server did not stop, 2 bad arguments.`;
function parseDashboardArgs(argv, env = process.env) {
  let { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: !0,
    options: {
      port: { type: "string" },
      "no-open": { type: "boolean" },
      cleanup: { type: "boolean" },
      all: { type: "boolean" },
      json: SHARED_OPTIONS.json,
      project: SHARED_OPTIONS.project,
      help: SHARED_OPTIONS.help
    }
  });
  if (values.help) return "help";
  if (positionals.length) throw unexpectedArgument(positionals[0]);
  if (values.all && !values.cleanup) throw new UsageError("`--all` goes with `--cleanup`");
  if (values.cleanup && (values.port !== void 0 || values["no-open"]))
    throw new UsageError("`--cleanup` starts no server: it takes no `--port` or `--no-open`");
  let ports, askedPort;
  if (values.port !== void 0) {
    let p = /^\d{1,5}$/.test(values.port) ? Number(values.port) : NaN;
    if (!(p >= 0 && p <= 65535))
      throw new UsageError(`\`--port\` must be a port number 0-65535, got \`${values.port.slice(0, 40)}\``);
    ports = [p], askedPort = p;
  } else if (env.TWOL_DASHBOARD_PORTS) {
    let parsed = parsePorts(env.TWOL_DASHBOARD_PORTS);
    if (!parsed)
      throw new UsageError(
        `\`TWOL_DASHBOARD_PORTS\` is not a port list (like 8080-8099): \`${env.TWOL_DASHBOARD_PORTS.slice(0, 40)}\``
      );
    ports = parsed;
  } else ports = defaultPorts();
  return {
    project: projectFromFlag(values.project, env),
    ports,
    askedPort,
    open: !values["no-open"],
    json: values.json === !0,
    ...values.cleanup ? { cleanup: { all: values.all === !0 } } : {}
  };
}
function openBrowser(url, env) {
  let cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : env.DISPLAY || env.WAYLAND_DISPLAY ? "xdg-open" : void 0;
  if (cmd)
    try {
      let child = spawn2(cmd, [url], { detached: !0, stdio: "ignore" });
      child.on("error", () => {
      }), child.unref();
    } catch {
    }
}
async function runDashboard(args, serverScript, env = process.env) {
  let idle = Number(env.TWOL_DASHBOARD_IDLE_MS);
  try {
    let r = await launch({
      project: args.project,
      ports: args.ports,
      serverScript,
      idleMs: Number.isFinite(idle) && idle > 0 ? idle : void 0
    }), stdout;
    if (args.json) stdout = `${JSON.stringify(r)}
`;
    else {
      let how = r.reused ? `already running (pid ${r.pid})` : `started (pid ${r.pid})`, portNote = r.reused && args.askedPort !== void 0 && args.askedPort !== r.port ? `; \`--port ${args.askedPort}\` ignored, stop it first to change the port` : "";
      stdout = `2L dashboard for ${r.project}: ${r.url}
${how}${portNote}${r.cleaned ? `; ${r.cleaned}` : ""}. Stop it with /2l-dashboard-stop.
`;
    }
    return args.open && openBrowser(r.url, env), { code: 0, stdout, stderr: "" };
  } catch (err) {
    if (err instanceof LaunchError) return { code: err.exitCode, stdout: "", stderr: `${err.message}
` };
    throw err;
  }
}
async function runCleanup(args) {
  let entries = await cleanup({ projects: [args.project], all: !!args.cleanup?.all });
  return {
    code: entries.some((e) => e.action === "failed") ? 1 : 0,
    stdout: args.json ? `${JSON.stringify(entries)}
` : formatCleanup(entries),
    stderr: ""
  };
}

// lib/bin/dashboard.ts
async function main(argv) {
  let args = parseDashboardArgs(argv);
  if (args === "help")
    return process.stdout.write(`${DASHBOARD_HELP}
`), 0;
  let r = args.cleanup ? await runCleanup(args) : await runDashboard(args, path8.join(path8.dirname(fileURLToPath2(import.meta.url)), SERVER_SCRIPT));
  return process.stdout.write(r.stdout), process.stderr.write(r.stderr), r.code;
}
runMain("2l-dashboard", import.meta.url, main);
export {
  main
};
