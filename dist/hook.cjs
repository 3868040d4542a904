"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// lib/hook/errors.ts
var import_node_fs2 = __toESM(require("node:fs"), 1), import_node_path2 = __toESM(require("node:path"), 1);

// lib/shared/safe-fs.ts
var import_node_fs = __toESM(require("node:fs"), 1), import_node_path = __toESM(require("node:path"), 1);

// lib/shared/errors.ts
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

// lib/shared/safe-fs.ts
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
var { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = import_node_fs.default.constants, O_NOFOLLOW = import_node_fs.default.constants.O_NOFOLLOW ?? 0, O_NONBLOCK = import_node_fs.default.constants.O_NONBLOCK ?? 0, READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK, APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, myUid = typeof process.getuid == "function" ? process.getuid() : void 0;
function openRegular(file, flags2, mode = 384) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, flags2 | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}
function regularOnly(fd, file) {
  let st;
  try {
    st = import_node_fs.default.fstatSync(fd);
  } catch (err) {
    throw import_node_fs.default.closeSync(fd), err;
  }
  if (!st.isFile())
    throw import_node_fs.default.closeSync(fd), new UnsafePathError(file, "not-regular");
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
    let size = import_node_fs.default.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, "too-big", `${size} bytes, limit ${maxBytes}`);
    let chunks = [], total = 0, buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (; ; ) {
      let n = import_node_fs.default.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (total += n, total > maxBytes) throw new UnsafePathError(file, "too-big", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes)?.toString("utf8");
}
function ensurePrivateDir(dir) {
  let created = !1;
  try {
    import_node_fs.default.mkdirSync(dir, { mode: 448 }), created = !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  return checkPrivateDir(dir), created;
}
function checkPrivateDir(dir) {
  let st = import_node_fs.default.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function ensureStateRoot(stateRoot) {
  let created = ensurePrivateDir(stateRoot);
  if (created)
    try {
      let fd = openRegular(import_node_path.default.join(stateRoot, ".gitignore"), CREATE_EXCL_FLAGS, 384);
      try {
        import_node_fs.default.writeSync(fd, `# 2L state: private to this machine
*
`);
      } finally {
        import_node_fs.default.closeSync(fd);
      }
    } catch {
    }
  return created;
}
function ensureStateSubdir(stateRoot, dir) {
  let rel = import_node_path.default.relative(stateRoot, dir);
  if (rel.startsWith("..") || import_node_path.default.isAbsolute(rel)) throw new Error(`${dir} is outside ${stateRoot}`);
  ensureStateRoot(stateRoot);
  let cur = stateRoot;
  for (let part of rel.split(import_node_path.default.sep).filter(Boolean))
    cur = import_node_path.default.join(cur, part), ensurePrivateDir(cur);
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/hook/errors.ts
var HOOK_ERRORS_FILE = "hook-errors.log", MAX_BYTES = 256 * 1024;
function recordHookError(dir, message, at = /* @__PURE__ */ new Date()) {
  try {
    checkPrivateDir(dir);
    let file = import_node_path2.default.join(dir, HOOK_ERRORS_FILE), st = import_node_fs2.default.lstatSync(file, { throwIfNoEntry: !1 });
    st?.isFile() && st.size > MAX_BYTES && import_node_fs2.default.renameSync(file, `${file}.1`);
    let fd = openRegular(file, APPEND_FLAGS);
    try {
      import_node_fs2.default.writeSync(fd, `${at.toISOString()} ${message.replace(/\s+/g, " ").slice(0, 2e3)}
`);
    } finally {
      import_node_fs2.default.closeSync(fd);
    }
  } catch {
  }
}

// lib/events/project-dir.ts
var import_node_path3 = __toESM(require("node:path"), 1);
function resolveProjectDir(candidates, fallback) {
  for (let c of candidates)
    if (typeof c == "string" && c.length > 0 && c.length < 4096 && import_node_path3.default.isAbsolute(c) && !c.includes("\0"))
      return import_node_path3.default.resolve(c);
  return import_node_path3.default.resolve(fallback);
}
var STATE_DIR = ".2L", EVENTS_FILE = "events.jsonl";
function stateDir(projectDir) {
  return import_node_path3.default.join(projectDir, STATE_DIR);
}

// lib/shared/stdin.ts
var import_node_fs3 = __toESM(require("node:fs"), 1);
var Collector = class {
  constructor(keepBytes) {
    this.keepBytes = keepBytes;
  }
  keepBytes;
  chunks = [];
  kept = 0;
  total = 0;
  add(chunk) {
    if (this.total += chunk.length, this.kept >= this.keepBytes) return;
    let take = Math.min(chunk.length, this.keepBytes - this.kept);
    this.chunks.push(Buffer.from(chunk.subarray(0, take))), this.kept += take;
  }
  result(timedOut) {
    return {
      text: Buffer.concat(this.chunks).toString("utf8"),
      totalBytes: this.total,
      overflow: this.total > this.kept,
      timedOut
    };
  }
}, sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function readSyncUntil(fd, into, until) {
  let buf = Buffer.allocUnsafe(65536);
  for (; ; ) {
    let n;
    try {
      n = import_node_fs3.default.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      let code = errorCode(err);
      if (code === "EOF") return !1;
      if (code !== "EAGAIN") throw err;
      if (Date.now() >= until) return !0;
      sleep(2);
      continue;
    }
    if (n === 0) return !1;
    if (into.add(buf.subarray(0, n)), Date.now() > until) return !0;
  }
}
var adopted = [];
function setNonBlocking(fd) {
  let binding = process.binding;
  if (process.platform === "win32" || typeof binding != "function") return !1;
  let quiet = process.noDeprecation;
  process.noDeprecation = !0;
  try {
    let { Pipe, constants } = binding.call(process, "pipe_wrap"), handle = new Pipe(constants.SOCKET);
    return handle.open(fd) !== 0 ? !1 : (adopted.push(handle), !0);
  } catch {
    return !1;
  } finally {
    process.noDeprecation = quiet;
  }
}
async function readStreamUntil(fd, into, deadlineMs) {
  let { Socket } = typeof process.getBuiltinModule == "function" ? process.getBuiltinModule("node:net") : await import("node:net");
  return new Promise((resolve) => {
    let socket = new Socket({ fd, readable: !0, writable: !1 }), finish = (timedOut) => {
      clearTimeout(timer), socket.destroy(), resolve(timedOut);
    }, timer = setTimeout(() => finish(!0), deadlineMs);
    socket.on("data", (chunk) => into.add(chunk)), socket.on("end", () => finish(!1)), socket.on("error", () => finish(!1));
  });
}
async function readStdinBounded(keepBytes, deadlineMs, fd = 0, opts = {}) {
  let into = new Collector(keepBytes), st = import_node_fs3.default.fstatSync(fd);
  if (st.isCharacterDevice()) return into.result(!1);
  let until = Date.now() + deadlineMs;
  return !st.isFIFO() && !st.isSocket() || opts.fastPath !== !1 && setNonBlocking(fd) ? into.result(readSyncUntil(fd, into, until)) : into.result(await readStreamUntil(fd, into, deadlineMs));
}

// lib/hook/claims.ts
var import_node_fs4 = __toESM(require("node:fs"), 1), import_node_os = __toESM(require("node:os"), 1), import_node_path4 = __toESM(require("node:path"), 1);

// lib/events/format.ts
var CHECK_TYPES = ["db_check", "mcp_check"], TOOL_TYPES = [...CHECK_TYPES, "performance_alert"], HOOK_EVENT_MAP = {
  SessionStart: "session_start",
  SessionEnd: "session_end",
  UserPromptSubmit: "user_prompt",
  UserPromptExpansion: "command_expansion",
  PreToolUse: "tool_start",
  PostToolUse: "tool_complete",
  PostToolUseFailure: "tool_error",
  PostToolBatch: "tool_batch",
  PermissionRequest: "permission_request",
  // A denied call's close: auto mode's denial, and the calls PostToolBatch names as denied (lib/hook/denied.ts).
  PermissionDenied: "tool_denied",
  Notification: "notification",
  SubagentStart: "agent_start",
  SubagentStop: "agent_complete",
  Stop: "stop",
  StopFailure: "stop_error",
  PreCompact: "compact_start",
  PostCompact: "compact_complete",
  InstructionsLoaded: "instructions_loaded"
}, DENIED_EVENT_TYPE = "tool_denied";
var DEFAULT_PHASE = "unknown";
var MAIN_AGENT = "main";
function hookEventType(hookName) {
  let mapped = HOOK_EVENT_MAP[hookName];
  return mapped || `hook_${hookName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9_]/g, "_").toLowerCase() || "unknown"}`;
}

// lib/hook/claims.ts
var KEEP_MS = 168 * 3600 * 1e3, SAFE_ID = /^[A-Za-z0-9_-]{1,120}$/, STALE_MS = 2e3;
function claimPhase(eventType) {
  if (eventType === "tool_start") return "start";
  if (eventType === "tool_complete" || eventType === "tool_error" || eventType === "tool_denied") return "end";
}
function claimKey(e) {
  let phase = claimPhase(e.event_type);
  if (phase) return e.tool_use_id ? { phase, id: e.tool_use_id } : void 0;
  if ((e.event_type === "agent_start" || e.event_type === "agent_complete") && e.agent_id && e.agent_id !== MAIN_AGENT)
    return { phase: e.event_type === "agent_start" ? "start" : "end", id: `agent-${e.agent_id}` };
}
function runtimeDir(env = process.env) {
  let xdg = env.XDG_RUNTIME_DIR, uid = typeof process.getuid == "function" ? process.getuid() : "user", dir = xdg && import_node_path4.default.isAbsolute(xdg) && !xdg.includes("\0") ? import_node_path4.default.join(xdg, "2l") : import_node_path4.default.join(import_node_os.default.tmpdir(), `2l-${uid}`);
  try {
    return ensurePrivateDir(dir), (import_node_fs4.default.statSync(dir).mode & 63) !== 0 && import_node_fs4.default.chmodSync(dir, 448), dir;
  } catch {
    return;
  }
}
function claim(rt, sessionId, phase, toolUseId) {
  if (!rt || !SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return !0;
  let dir = import_node_path4.default.join(rt, "claims", sessionId);
  try {
    return import_node_fs4.default.closeSync(import_node_fs4.default.openSync(import_node_path4.default.join(dir, `${phase}-${toolUseId}`), CREATE_EXCL_FLAGS, 384)), !0;
  } catch (err) {
    let code = err.code;
    if (code === "EEXIST") return !1;
    if (code !== "ENOENT") return !0;
  }
  try {
    return ensurePrivateDir(import_node_path4.default.join(rt, "claims")), ensurePrivateDir(dir), import_node_fs4.default.closeSync(import_node_fs4.default.openSync(import_node_path4.default.join(dir, `${phase}-${toolUseId}`), CREATE_EXCL_FLAGS, 384)), !0;
  } catch (err) {
    return err.code !== "EEXIST";
  }
}
function isClaimed(rt, sessionId, phase, toolUseId, now = Date.now()) {
  if (!SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)) return !1;
  let base = import_node_path4.default.join(rt, "claims", sessionId, `${phase}-${toolUseId}`), st = import_node_fs4.default.statSync(base, { throwIfNoEntry: !1 });
  return st ? now - st.mtimeMs < STALE_MS || import_node_fs4.default.existsSync(`${base}.w`) : !1;
}
function markWritten(rt, sessionId, phase, toolUseId) {
  if (!(!rt || !SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId)))
    try {
      import_node_fs4.default.closeSync(import_node_fs4.default.openSync(import_node_path4.default.join(rt, "claims", sessionId, `${phase}-${toolUseId}.w`), CREATE_EXCL_FLAGS, 384));
    } catch {
    }
}
function isWritten(rt, sessionId, phase, toolUseId) {
  return !SAFE_ID.test(sessionId) || !SAFE_ID.test(toolUseId) ? !1 : import_node_fs4.default.existsSync(import_node_path4.default.join(rt, "claims", sessionId, `${phase}-${toolUseId}.w`));
}
var TAKEOVERS = 8;
function takeOver(rt, sessionId, phase, toolUseId, now = Date.now()) {
  if (isClaimed(rt, sessionId, phase, toolUseId, now)) return !1;
  let base = import_node_path4.default.join(rt, "claims", sessionId, `${phase}-${toolUseId}`);
  for (let k = 1; k <= TAKEOVERS; k++) {
    let mark = k === 1 && import_node_fs4.default.existsSync(`${base}.r`) ? `${base}.r` : `${base}.r${k}`, st = import_node_fs4.default.statSync(mark, { throwIfNoEntry: !1 });
    if (st) {
      if (now - st.mtimeMs < STALE_MS) return !1;
      continue;
    }
    let fd;
    try {
      fd = import_node_fs4.default.openSync(mark, CREATE_EXCL_FLAGS, 384);
    } catch {
      return !1;
    }
    try {
      import_node_fs4.default.futimesSync(fd, now / 1e3, now / 1e3);
    } finally {
      import_node_fs4.default.closeSync(fd);
    }
    return !0;
  }
  return !1;
}
function sweepClaims(rt, now) {
  let root = import_node_path4.default.join(rt, "claims"), names;
  try {
    names = import_node_fs4.default.readdirSync(root);
  } catch {
    return;
  }
  for (let n of names) {
    let p = import_node_path4.default.join(root, n);
    try {
      let st = import_node_fs4.default.lstatSync(p);
      st.isDirectory() && now - st.mtimeMs > KEEP_MS && import_node_fs4.default.rmSync(p, { recursive: !0, force: !0 });
    } catch {
    }
  }
}

// lib/events/writer.ts
var import_node_fs8 = __toESM(require("node:fs"), 1), import_node_path8 = __toESM(require("node:path"), 1);

// lib/shared/state-lock.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
function takeStateLock(lock, opts) {
  try {
    return import_node_fs5.default.mkdirSync(lock, { mode: 448 }), !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  let st = import_node_fs5.default.lstatSync(lock, { throwIfNoEntry: !1 });
  if (st === void 0) return !1;
  if (st.isDirectory()) {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return !1;
    try {
      import_node_fs5.default.rmdirSync(lock);
    } catch (err) {
      let code = errorCode(err);
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return !1;
    }
  } else {
    if (opts.planted !== "remove") throw new UnsafePathError(lock, st.isSymbolicLink() ? "symlink" : "not-directory");
    try {
      import_node_fs5.default.unlinkSync(lock);
    } catch {
      return !1;
    }
  }
  if (!opts.takeOverStale) return !1;
  try {
    return import_node_fs5.default.mkdirSync(lock, { mode: 448 }), !0;
  } catch {
    return !1;
  }
}
function releaseStateLock(lock) {
  try {
    import_node_fs5.default.rmdirSync(lock);
  } catch {
  }
}

// lib/events/project-registry.ts
var import_node_fs7 = __toESM(require("node:fs"), 1), import_node_path7 = __toESM(require("node:path"), 1);

// lib/shared/atomic-write.ts
var import_node_fs6 = __toESM(require("node:fs"), 1), import_node_path5 = __toESM(require("node:path"), 1);
function atomicWriteFileSync(file, data, opts = {}) {
  let fs12 = opts.fs ?? import_node_fs6.default, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs12.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = import_node_path5.default.join(
    import_node_path5.default.dirname(file),
    `.${import_node_path5.default.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs12.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs12.writeSync(fd, buf, off, buf.length - off);
    opts.durable !== !1 && fs12.fsyncSync(fd), fs12.closeSync(fd), fd = void 0, fs12.chmodSync(tmp, mode), fs12.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs12.closeSync(fd);
      } catch {
      }
    try {
      fs12.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

// lib/shared/claude-config.ts
var import_node_os2 = __toESM(require("node:os"), 1), import_node_path6 = __toESM(require("node:path"), 1);
function claudeConfigDir(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir && import_node_path6.default.isAbsolute(dir) ? dir : import_node_path6.default.join(env.HOME || import_node_os2.default.homedir(), ".claude");
}

// lib/events/project-registry.ts
var MAX_BYTES2 = 524288, MAX_PROJECTS = 1e3, MAX_PATH = 4096;
function registryPath(env = process.env) {
  return import_node_path7.default.join(claudeConfigDir(env), "2l", "projects.json");
}
function cleanPath(p) {
  if (!(typeof p != "string" || p.length === 0 || p.length > MAX_PATH || p.includes("\0")))
    return import_node_path7.default.isAbsolute(p) && import_node_path7.default.resolve(p) === p ? p : void 0;
}
function readRegistry(env = process.env) {
  let raw;
  try {
    raw = readRegularText(registryPath(env), MAX_BYTES2);
  } catch {
    return [];
  }
  if (!raw) return [];
  let doc;
  try {
    doc = JSON.parse(raw);
  } catch {
    return [];
  }
  let list = doc && typeof doc == "object" ? doc.projects : void 0;
  if (!Array.isArray(list)) return [];
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let e of list.slice(0, MAX_PROJECTS)) {
    let p = cleanPath(e && typeof e == "object" ? e.path : void 0);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    let added = e.added;
    out.push({ path: p, added: typeof added == "string" ? added.slice(0, 40) : "" });
  }
  return out;
}
function registerProject(project, env = process.env, now = /* @__PURE__ */ new Date()) {
  if (env.TWOL_REGISTRY !== "off")
    try {
      let p = cleanPath(import_node_path7.default.resolve(project));
      if (!p) return;
      let config = claudeConfigDir(env);
      if (!import_node_fs7.default.lstatSync(config, { throwIfNoEntry: !1 })?.isDirectory()) return;
      let dir = import_node_path7.default.dirname(registryPath(env));
      ensurePrivateDir(dir);
      let entries = readRegistry(env);
      if (entries.some((e) => e.path === p) || entries.length >= MAX_PROJECTS) return;
      entries.push({ path: p, added: now.toISOString() }), atomicWriteFileSync(registryPath(env), `${JSON.stringify({ v: 1, projects: entries }, null, 1)}
`, {
        mode: 384
      });
    } catch {
    }
}

// lib/events/writer.ts
var DEFAULT_MAX_LOG_BYTES = 50 * 1024 * 1024, STALE_LOCK_MS = 1e4;
function maxLogBytes(env = process.env) {
  let n = Number(env.TWOL_LOG_MAX_BYTES);
  return Number.isFinite(n) && n >= 1024 ? Math.floor(n) : DEFAULT_MAX_LOG_BYTES;
}
function archiveName(at) {
  return `events-${at.toISOString().replace(/[-:.]/g, "")}.jsonl`;
}
function serialise(event) {
  return Buffer.from(`${JSON.stringify(event)}
`, "utf8");
}
var NEWLINE = Buffer.from(`
`), SETTLED_MS = 2e3;
function endsWithNewline(fd, size) {
  let last = Buffer.alloc(1);
  try {
    return import_node_fs8.default.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 10;
  } catch {
    return !0;
  }
}
function writeAll(fd, buf) {
  let off = 0;
  for (; off < buf.length; ) off += import_node_fs8.default.writeSync(fd, buf, off, buf.length - off);
}
function useStateDir(dir) {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT")
      ensureStateRoot(dir) && registerProject(import_node_path8.default.dirname(dir));
    else throw err;
  }
}
function appendToLog(dir, buf, opts = {}) {
  let file = import_node_path8.default.join(dir, EVENTS_FILE), cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = import_node_fs8.default.fstatSync(fd);
    st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts) && (import_node_fs8.default.closeSync(fd), fd = openRegular(file, APPEND_FLAGS), st = import_node_fs8.default.fstatSync(fd));
    let cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    import_node_fs8.default.closeSync(fd);
  }
}
function rotateOrWarn(dir, file, cap, opts) {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => /* @__PURE__ */ new Date()));
  } catch (err) {
    return opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), !1;
  }
}
var exists = (p) => import_node_fs8.default.lstatSync(p, { throwIfNoEntry: !1 }) !== void 0;
function rotate(dir, file, cap, now) {
  let lock = import_node_path8.default.join(dir, ".rotate.lock");
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: !1 })) return !1;
  try {
    let st = import_node_fs8.default.lstatSync(file, { throwIfNoEntry: !1 });
    if (st === void 0 || !st.isFile() || st.size < cap) return !0;
    let at = now(), target = import_node_path8.default.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = import_node_path8.default.join(dir, archiveName(at).replace(".jsonl", `-${i}.jsonl`));
    return import_node_fs8.default.renameSync(file, target), !0;
  } finally {
    releaseStateLock(lock);
  }
}
function appendEvent(projectDir, event, opts = {}) {
  appendToLog(import_node_path8.default.join(projectDir, STATE_DIR), serialise(event), opts);
}

// lib/events/redact-rules.ts
var TOKEN_RULES = [
  ["anthropic-key", String.raw`sk-ant-`, String.raw`sk-ant-[A-Za-z0-9_-]{8,400}`],
  ["api-key", String.raw`sk-`, String.raw`sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,400}`],
  [
    "stripe-key",
    String.raw`(?:sk|rk)_(?:live|test|prod)_|whsec_`,
    String.raw`(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,255}|whsec_[A-Za-z0-9+/=]{24,255}`
  ],
  [
    "github-token",
    String.raw`gh[pousr]_|github_pat_`,
    String.raw`gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255}`
  ],
  [
    "gitlab-token",
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-`,
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-[A-Za-z0-9_-]{20,255}`
  ],
  [
    "aws-key",
    String.raw`AKIA|ASIA|ABIA|ACCA|A3T`,
    String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}(?![0-9A-Za-z])`
  ],
  ["google-key", String.raw`AIza`, String.raw`AIza[A-Za-z0-9_-]{35,64}`],
  ["google-oauth-token", String.raw`ya29\.`, String.raw`ya29\.[A-Za-z0-9_-]{20,2048}`],
  ["google-client-secret", String.raw`GOCSPX-`, String.raw`GOCSPX-[A-Za-z0-9_-]{20,64}`],
  [
    "slack-token",
    String.raw`xox[abposre]-|xapp-`,
    String.raw`xox[abposre]-[A-Za-z0-9-]{10,255}|xapp-\d-[A-Za-z0-9-]{10,255}`
  ],
  [
    "slack-webhook",
    String.raw`hooks\.slack\.com\/`,
    String.raw`hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}`
  ],
  [
    "discord-webhook",
    String.raw`discord(?:app)?\.com\/api\/webhooks\/`,
    String.raw`discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,200}`
  ],
  [
    "teams-webhook",
    String.raw`webhook\.office\.com\/`,
    String.raw`webhook\.office\.com\/webhookb2\/[A-Za-z0-9@/_-]{20,400}`
  ],
  ["npm-token", String.raw`npm_`, String.raw`npm_[A-Za-z0-9]{36,64}`],
  ["hf-token", String.raw`hf_|api_org_`, String.raw`(?:hf_|api_org_)[A-Za-z0-9]{30,64}`],
  ["sendgrid-key", String.raw`SG\.`, String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}`],
  ["pypi-token", String.raw`pypi-AgE`, String.raw`pypi-AgE[A-Za-z0-9_-]{50,2048}`],
  ["jwt", String.raw`eyJ`, String.raw`eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}`],
  ["twilio-key", String.raw`SK[0-9a-fA-F]`, String.raw`SK[0-9a-fA-F]{32}(?![0-9A-Za-z])`],
  ["mailgun-key", String.raw`key-`, String.raw`key-[0-9a-f]{32}(?![0-9A-Za-z])`],
  ["shopify-token", String.raw`shp(?:at|ca|pa|ss)_`, String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`],
  ["digitalocean-token", String.raw`do[opr]_v1_`, String.raw`do[opr]_v1_[a-f0-9]{64}`],
  ["databricks-token", String.raw`dapi`, String.raw`dapi[a-f0-9]{32}(?:-\d)?`],
  ["vault-token", String.raw`hv[sb]\.`, String.raw`hv[sb]\.[A-Za-z0-9_-]{24,512}`],
  ["doppler-token", String.raw`dp\.`, String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,64}`],
  ["linear-key", String.raw`lin_`, String.raw`lin_(?:api|oauth)_[A-Za-z0-9]{40,64}`],
  ["age-key", String.raw`AGE-SECRET-KEY-1`, String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`],
  ["supabase-token", String.raw`sbp_|sb_secret_`, String.raw`sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,64}`],
  ["groq-key", String.raw`gsk_`, String.raw`gsk_[A-Za-z0-9]{48,64}`],
  ["docker-token", String.raw`dckr_pat_`, String.raw`dckr_pat_[A-Za-z0-9_-]{20,64}`],
  ["sentry-token", String.raw`sntry[us]_`, String.raw`sntry[us]_[A-Za-z0-9_+/=]{40,1024}`],
  [
    "grafana-token",
    String.raw`glsa_|glc_`,
    String.raw`glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,3}`
  ],
  ["postman-key", String.raw`PMAK-`, String.raw`PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}`],
  ["figma-token", String.raw`figd_`, String.raw`figd_[A-Za-z0-9_-]{40,64}`],
  ["replicate-token", String.raw`r8_`, String.raw`r8_[A-Za-z0-9]{37}(?![0-9A-Za-z])`],
  ["tailscale-key", String.raw`tskey-`, String.raw`tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9-]{20,128}`],
  ["atlassian-token", String.raw`ATATT3`, String.raw`ATATT3[A-Za-z0-9_=-]{150,300}`],
  ["perplexity-key", String.raw`pplx-`, String.raw`pplx-[A-Za-z0-9]{48,64}`],
  ["xai-key", String.raw`xai-`, String.raw`xai-[A-Za-z0-9]{70,100}`],
  ["langsmith-key", String.raw`lsv2_`, String.raw`lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}`],
  ["planetscale-token", String.raw`pscale_`, String.raw`pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64}`],
  ["heroku-key", String.raw`HRKU-`, String.raw`HRKU-AA[A-Za-z0-9_-]{58}`],
  // these two start before their hint: the shape is tried `back` characters earlier, with its own boundary
  [
    "azure-ad-secret",
    String.raw`[0-9]Q~`,
    String.raw`(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`,
    3
  ],
  ["telegram-token", String.raw`:AA`, String.raw`(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}`, 10]
], starting = TOKEN_RULES.filter(([, , , back]) => back === void 0), inner = TOKEN_RULES.filter(([, , , back]) => back !== void 0), HINTED_RULES = [...starting, ...inner], TOKEN_HINTS = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${starting.map(([, hint]) => `(${hint})`).join("|")})|${inner.map(([, hint]) => `(${hint})`).join("|")}`,
  "g"
), PRIVATE_KEY = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g, URL_CREDENTIALS = /:\/\/([^\s:/@[\]"'<>]{0,128}):(?![0-9]{1,5}(?:[/?#"'\s]|$))([^\s"'<>]{1,128})@(?=[A-Za-z0-9[])/g, HEADERS = /(?<![A-Za-z0-9_-])(["'`]?)((?:Proxy-)?Authorization|(?:Set-)?Cookie)\1[ \t]{0,8}[:=][ \t]{0,8}(["'`]?)([^\r\n]{1,2048})/gi, SCHEME_CREDENTIALS = /(?<![A-Za-z0-9_-])(Bearer|Basic|Token)[ \t]{1,8}([A-Za-z0-9._~+/=-]{8,4096})/gi, FLAGS = /(?<![^\s"'(=])(--?[A-Za-z][A-Za-z0-9_.-]{0,48})(?:([ \t]{1,8})|=)("(?:[^"\\\n]|\\.){1,512}"?|'[^'\n]{1,512}'?|(?!-)[^\s"'`;&|)]{1,512})/g, VALUE = String.raw`'[^'\n]{1,512}'?|"(?:[^"\\\n]|\\.){1,512}"?|[^\s'"]{1,512}`, upTo = (command) => String.raw`(?:(?!${command})[^\n;&|]){0,256}?`, COMMAND_OPTIONS = [
  [
    ["mysql", "mariadb"],
    String.raw`(\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b${upTo("mysql|mariadb")}[ \t]-p)(${VALUE})`
  ],
  [["sshpass"], String.raw`(\bsshpass\b${upTo("sshpass")}[ \t]-p[ \t]{0,8})(${VALUE})`],
  [
    ["login"],
    String.raw`(\b(?:docker|podman|nerdctl|buildah|skopeo|oras|helm registry)[ \t]{1,8}login\b${upTo("login")}[ \t]-p[ \t]{1,8})(${VALUE})`
  ],
  [["redis-cli"], String.raw`(\bredis-cli\b${upTo("redis-cli")}[ \t]-a[ \t]{1,8})(${VALUE})`],
  [
    ["ldap"],
    String.raw`(\bldap(?:search|modify|add|delete|passwd|whoami)\b${upTo("ldap")}[ \t]-w[ \t]{1,8})(${VALUE})`
  ],
  [
    ["-u", "--user", "-U", "--proxy-user"],
    String.raw`(\b(?:curl|wget|http|https|xh|ab)\b${upTo("curl|wget|http|xh|ab\b")}[ \t](?:-u|--user|--proxy-user|-U)(?:[ \t]{1,8}|=)?['"]?[^\s:'"]{0,128}:)([^\s'"]{1,512})`
  ],
  [["curl"], String.raw`(\bcurl\b${upTo("curl")}[ \t](?:-b|--cookie)[ \t]{1,8})(${VALUE})`],
  [
    ["secret"],
    String.raw`(\bgh[ \t]{1,8}secret[ \t]{1,8}set\b${upTo("gh[ 	]")}[ \t](?:-b|--body)(?:[ \t]{1,8}|=))(${VALUE})`
  ],
  [["pass:"], String.raw`((?<![^\s"'=])pass:)([^\s"']{1,512})`]
], CONFIG_SET = String.raw`(\bconfig(?:ure)?[ \t]{1,8}set[ \t]{1,8}([^\s=]{1,128})(?:[ \t]{1,8}|=))(${VALUE})`, NAME_KEYWORDS = /pass|pwd|secret|token|cred|key|auth|cookie|sig|mnemonic/gi, ASSIGNMENT_AT = /([A-Za-z_][A-Za-z0-9_.-]{0,79}(?: [A-Za-z][A-Za-z0-9_-]{0,30})?)(\\"|["'`]?)([ \t]{0,8}(?:=>|:=|\?=|=(?![=~])|:(?!:)|,)[ \t]{0,8})(\\"(?:[^"\\\n]|\\[^"\n]){0,512}(?:\\")?|"(?:[^"\\\n]|\\.){0,512}"?|'[^'\n]{0,512}'?|[^\s"'`,;&|)\]}>\\]{1,128})/y, NAME_CHAR = /[A-Za-z0-9_.-]/, NAME_MAX = 80, UNQUOTED_MAX = 128, XML_VALUES = /<([A-Za-z][A-Za-z0-9_.:-]{0,63})>([^<\n]{1,512})<\/\1>|(<add[ \t]{1,8}key=")([^"]{1,64})("[ \t]{1,8}value=")([^"]{1,512})"/g, NETRC = /(\bpassword[ \t]{1,8})(?<=\bmachine[\s\S]{1,600})([^\s]{1,512})/g;
function words(name) {
  return name.slice(-80).replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var SECRET_WORDS = /* @__PURE__ */ new Set(["pass", "pwd", "cookie"]), SECRET_ENDINGS = /(?:password|passwd|passphrase|passcode|secret|token|credentials?|apikey|secretkey|privatekey|accesskey|storepass|keypass|mnemonic)$/, SECRET_KEY_OWNERS = /* @__PURE__ */ new Set([
  "api",
  "secret",
  "private",
  "access",
  "account",
  "master",
  "signing",
  "encryption",
  "auth",
  "service",
  "app",
  "client",
  "license",
  "session",
  "subscription",
  "functions",
  "admin",
  "root",
  "webhook",
  "ingest",
  "consumer",
  "deploy",
  "write",
  "decryption",
  "hmac",
  "jwt",
  "cookie",
  "shared"
]), PUBLIC_KEY_OWNERS = /* @__PURE__ */ new Set([
  "public",
  "publishable",
  "primary",
  "foreign",
  "sort",
  "partition",
  "cache",
  "idempotency",
  "routing",
  "lookup",
  "dedup",
  "dedupe",
  "object",
  "hash",
  "row",
  "composite",
  "unique",
  "index",
  "map",
  "react",
  "i18n",
  "translation",
  "storage",
  "bucket",
  "file",
  "key"
]);
function secretName(name) {
  let w = words(name), last = w[w.length - 1], prev = w[w.length - 2];
  return last ? SECRET_WORDS.has(last) || SECRET_ENDINGS.test(last) || last === "auth" && w.length === 1 || last === "base" && prev === "key" && w[w.length - 3] === "secret" ? "always" : last === "key" ? prev && SECRET_KEY_OWNERS.has(prev) ? "always" : !prev || PUBLIC_KEY_OWNERS.has(prev) ? "no" : "if-random" : last === "signature" || last === "sig" ? "if-random" : "no" : "no";
}
function looksRandom(v) {
  return v.length >= 12 && /^[A-Za-z0-9+/=_.~%:-]+$/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}
function looksLikeCredential(scheme, v) {
  return /^bearer$/i.test(scheme) ? !/^(?:authentication|authorization|tokens?|scheme|header|credentials?|auth)\b/i.test(v) : /^[A-Za-z][a-z]*[.,;:]?$/.test(v) ? !1 : /[0-9+/=_~.-]/.test(v) || /[a-z]/.test(v) && /[A-Z]/.test(v);
}
function isPlaceholder(v) {
  return /\.\*|\.\+|\\[sSwWdD]/.test(v) || // a pattern (`sed 's/password=.*/…/'`), not a value
  // `${VAR}` and `${VAR:-}` name a secret (a rule may cut the `}`); Spring's `${VAR:literal}` holds one
  /^(?:\[?REDACTED\b|\$\{[A-Za-z_][\w.]*(?::-?)?\}?$|\$\{\{|\$\(|\{\{|\$\$|%[A-Za-z_][A-Za-z0-9_]*%$|<[^<>]{1,64}>$|\*+$|x{3,}$|\.{3}$|\$[A-Z_][A-Z0-9_]*$)/.test(
    v
  ) || /^(?:\$\d+|\?|[:@][A-Za-z_]\w*)$/.test(v) || // SQL parameters: `token = $1`, `= ?`, `= :token`
  /^(?:null|nil|none|true|false|yes|no|undefined|string|number|boolean|bool|str|int|any|unknown|object|bytes|secretstr|optional\[str\])$/i.test(
    v
  );
}
var KEYWORDS = /^(?:await|new|typeof|function|async|yield|this|self|lambda|require|import|super|not|def|fn|func)$/;
function isCode(value, next, code) {
  if (/^[{[(]/.test(value)) return !0;
  let m = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(value);
  if (!m) return !1;
  let rest = value.slice(m[0].length);
  return rest !== "" ? /^[([]/.test(rest) : KEYWORDS.test(m[0]) ? !0 : (code ? /^[,;)}\]([]/ : /^[,)([]/).test(next) || code && m[0].includes(".");
}

// lib/events/redact-string.ts
var MASK = "[REDACTED]", shapes = [], options = [], configSet;
function quoteOf(value) {
  return value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : "";
}
var closed = (value, q) => value.length >= 2 * q.length && value.endsWith(q) && !(q === '"' && value.endsWith('\\"'));
function unquote(value) {
  let q = quoteOf(value);
  return q ? value.slice(q.length, closed(value, q) ? -q.length : void 0) : value;
}
function secretValue(rating, value, next, codeLike) {
  if (rating === "no") return !1;
  let inner2 = unquote(value);
  return inner2 === "" || isPlaceholder(inner2) || !quoteOf(value) && isCode(inner2, next, codeLike) ? !1 : rating === "always" || looksRandom(inner2);
}
function masked(value) {
  let q = quoteOf(value);
  return q ? `${q}${MASK}${closed(value, q) ? q : ""}` : MASK;
}
function tokens(s) {
  let out = "", last = 0;
  TOKEN_HINTS.lastIndex = 0;
  for (let hint = TOKEN_HINTS.exec(s); hint; hint = TOKEN_HINTS.exec(s)) {
    let k = 1;
    for (; hint[k] === void 0; ) k++;
    let [name, , source, back = 0] = HINTED_RULES[k - 1], shape = shapes[k - 1] ??= new RegExp(source, "y"), m = null;
    for (let at = Math.max(last, hint.index - back); at <= hint.index && !m; at++)
      shape.lastIndex = at, m = shape.exec(s);
    m && (out += `${s.slice(last, m.index)}[REDACTED:${name}]`, last = m.index + m[0].length, TOKEN_HINTS.lastIndex = last);
  }
  return last === 0 ? s : out + s.slice(last);
}
function headers(s) {
  return s.replace(HEADERS, (m, open, name, quote, rest, at, all) => {
    let before = all.slice(Math.max(0, at - 2), at), close = quote || open || (before.endsWith('\\"') ? '\\"' : /["'`]$/.test(before) ? before.slice(-1) : '\\"'), end = rest.indexOf(close), value = end === -1 ? rest : rest.slice(0, end), after = end === -1 ? "" : rest.slice(end), head = m.slice(0, m.length - rest.length), scheme = /authorization$/i.test(name) ? /^[A-Za-z0-9-]{1,32}[ \t]+/.exec(value)?.[0] ?? "" : "", secret = value.slice(scheme.length).trim();
    return secret === "" || /^[{[]/.test(secret) || isPlaceholder(secret) || !quote && isCode(secret, "", !1) ? m : `${head}${scheme}${MASK}${after}`;
  });
}
function secretEnd(s, valueAt, value, cap) {
  let end = valueAt + value.length, q = quoteOf(value);
  if (q) {
    if (closed(value, q)) return end;
    let rest = s.slice(end, end + 8192), close = rest.search(q === '"' ? /["\n]/ : q === "'" ? /['\n]/ : /\\"|\n/);
    return close === -1 ? end : end + close + (rest.startsWith(q, close) ? q.length : 0);
  }
  let next = s[end] ?? "", after = s[end + 1] ?? "";
  if (value.length < cap && !(/[,;&|)\]}>]/.test(next) && after !== "" && !/[\s"'`]/.test(after))) return end;
  let stop = s.slice(end, end + 8192).search(/[\s"'`]/);
  return stop === -1 ? Math.min(s.length, end + 8192) : end + stop;
}
var HAS_KEYWORD = new RegExp(NAME_KEYWORDS.source, "i"), hasKeyword = (name) => HAS_KEYWORD.test(name);
function nameStart(s, at) {
  let start = at;
  for (; start > 0 && at - start < NAME_MAX && NAME_CHAR.test(s[start - 1]); ) start--;
  return start > 0 && NAME_CHAR.test(s[start - 1]) ? -1 : start;
}
function wordBefore(s, start) {
  if (s[start - 1] !== " ") return -1;
  let prev = nameStart(s, start - 1);
  return prev >= 0 && prev < start - 1 ? prev : -1;
}
function judge(s, m) {
  let [whole, name, closeQuote, sep, value] = m, valueAt = m.index + whole.length - value.length, commaOk = !sep.includes(",") || closeQuote !== "" && /^["']/.test(value) && /\bdefine[ \t]*\([ \t]*["']$/i.test(s.slice(Math.max(0, m.index - 24), m.index)), rated = name.includes(" ") && !sep.includes(":") ? name.slice(name.lastIndexOf(" ") + 1) : name, rating = commaOk ? secretName(rated) : "no", codeLike = sep.trim() !== "=" || /\s/.test(sep), next = !codeLike && /^[A-Z0-9_]+$/.test(rated) ? "" : s[valueAt + value.length] ?? "", prose = sep.includes(":") && /^(?:[a-z]+|[0-9]+)$/.test(value) && /^[ \t]+[A-Za-z]/.test(s.slice(valueAt + value.length, valueAt + value.length + 4));
  return value === "" || prose || !secretValue(rating, value, next, codeLike) ? { valueAt, end: -1 } : { valueAt, end: secretEnd(s, valueAt, value, UNQUOTED_MAX) };
}
function assignments(s) {
  let out = "", last = 0;
  NAME_KEYWORDS.lastIndex = 0;
  for (let kw = NAME_KEYWORDS.exec(s); kw; kw = NAME_KEYWORDS.exec(s)) {
    let kwEnd = kw.index + kw[0].length, start = nameStart(s, kw.index);
    if (!(start < 0 || start < last))
      for (let at of [wordBefore(s, start), start]) {
        if (at < last || at < 0) continue;
        ASSIGNMENT_AT.lastIndex = at;
        let m = ASSIGNMENT_AT.exec(s);
        if (!m || m.index + m[1].length < kwEnd) continue;
        let { valueAt, end } = judge(s, m);
        if (end < 0) {
          NAME_KEYWORDS.lastIndex = Math.max(valueAt, kwEnd);
          break;
        }
        out += s.slice(last, valueAt) + masked(s.slice(valueAt, end)), last = end, NAME_KEYWORDS.lastIndex = end;
        break;
      }
  }
  return last === 0 ? s : out + s.slice(last);
}
function flags(s) {
  return s.replace(FLAGS, (m, flag, _space, value, at, all) => {
    if (!hasKeyword(flag)) return m;
    let rating = secretName(flag.replace(/^-+/, ""));
    return secretValue(rating, value, all[at + m.length] ?? "", !1) ? `${m.slice(0, m.length - value.length)}${masked(value)}` : m;
  });
}
function commandOptions(s) {
  let out = s;
  return COMMAND_OPTIONS.forEach(([hints, option], i) => {
    hints.some((h) => out.includes(h)) && (out = out.replace(
      options[i] ??= new RegExp(option, "g"),
      (m, _keep, value) => isPlaceholder(unquote(value)) ? m : `${m.slice(0, m.length - value.length)}${masked(value)}`
    ));
  }), out.includes("set") && (out = out.replace(
    configSet ??= new RegExp(CONFIG_SET, "g"),
    (m, _keep, name, value) => secretName(name) === "no" || isPlaceholder(unquote(value)) ? m : `${m.slice(0, m.length - value.length)}${masked(value)}`
  )), out;
}
var MAY_HAVE_HEADER = /uthorization|ookie/i, PASSES = [
  (s) => s.includes("-----BEGIN") ? s.replace(PRIVATE_KEY, "[REDACTED:private-key]") : s,
  tokens,
  (s) => s.includes("://") ? s.replace(
    URL_CREDENTIALS,
    (m, user, password) => isPlaceholder(password) ? m : `://${user}:${MASK}@`
  ) : s,
  (s) => MAY_HAVE_HEADER.test(s) ? headers(s) : s,
  (s) => s.replace(
    SCHEME_CREDENTIALS,
    (m, scheme, value) => looksLikeCredential(scheme, value) && !isPlaceholder(value) ? `${scheme} ${MASK}` : m
  ),
  (s) => s.includes("-") ? flags(s) : s,
  commandOptions,
  assignments,
  (s) => s.includes("<") ? s.replace(
    XML_VALUES,
    (m, tag, text, addHead, key, mid, value) => tag !== void 0 ? secretValue(secretName(tag), text, "", !1) ? `<${tag}>${MASK}</${tag}>` : m : secretValue(secretName(key), value, "", !1) ? `${addHead}${key}${mid}${MASK}"` : m
  ) : s,
  (s) => s.includes("machine") ? s.replace(NETRC, (m, head, value) => isPlaceholder(value) ? m : `${head}${MASK}`) : s
], PLAIN = /^[\w./+~-]*$/;
function redactString(s) {
  if (PLAIN.test(s)) return tokens(s);
  let out = s;
  for (let pass of PASSES) out = pass(out);
  return out;
}

// lib/events/redact.ts
var DEFAULT_LIMITS = { maxString: 1e3, maxArray: 20, maxKeys: 50, maxDepth: 6 }, LOOKAHEAD = 4096, EDGE = 512;
function truncate(s, max) {
  return s.length <= max ? s : `${s.slice(0, max)}\u2026[truncated ${s.length - max} chars]`;
}
function redactHead(s, window) {
  if (s.length <= window) return redactString(s);
  let end = window, floor = Math.max(0, window - EDGE);
  for (; end > floor && !/\s/.test(s[end - 1]); ) end--;
  return redactString(s.slice(0, end === floor ? floor : end));
}
function cleanString(s, max, memo) {
  let window = Math.max(memo?.window ?? 0, max + LOOKAHEAD), key = s.length > window ? s.slice(0, window) : s, redacted = memo?.heads.get(key);
  return redacted === void 0 && (redacted = redactHead(s, window), memo?.heads.set(key, redacted)), s.length <= window ? truncate(redacted, max) : `${redacted.slice(0, max)}\u2026[truncated ${s.length - Math.min(max, redacted.length)} chars]`;
}
function secretArgs(list) {
  let hidden = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < list.length; i++) {
    let flag = list[i], next = list[i + 1];
    typeof flag == "string" && typeof next == "string" && /^--?[A-Za-z][\w.-]{0,48}$/.test(flag) && !next.startsWith("-") && secretValue(secretName(flag.replace(/^-+/, "")), next, "", !1) && hidden.add(i + 1);
  }
  return hidden;
}
function cleanKey(key, out, max, memo) {
  let clean = cleanString(key, max, memo);
  if (!Object.hasOwn(out, clean)) return clean;
  let n = 2;
  for (; Object.hasOwn(out, `${clean} #${n}`); ) n++;
  return `${clean} #${n}`;
}
function secretKey(key, value) {
  if (value === "" || !hasKeyword(key)) return !1;
  if (/^(?:proxy-)?authorization$|^(?:set-)?cookie$/i.test(key)) return !0;
  let rating = secretName(key);
  return rating === "always" || rating === "if-random" && looksRandom(value);
}
function cleanValue(value, limits = DEFAULT_LIMITS, depth = 0, memo) {
  if (typeof value == "string") return cleanString(value, limits.maxString, memo);
  if (value === null || typeof value == "number" || typeof value == "boolean") return value;
  if (typeof value == "function") return "[function]";
  if (typeof value != "object") return value === void 0 ? void 0 : String(value);
  if (depth >= limits.maxDepth) return "[truncated: too deep]";
  if (Array.isArray(value)) {
    let kept = value.slice(0, limits.maxArray), hidden = secretArgs(kept), out2 = kept.map((v, i) => hidden.has(i) ? MASK : cleanValue(v, limits, depth + 1, memo));
    return value.length > limits.maxArray && out2.push(`[truncated ${value.length - limits.maxArray} items]`), out2;
  }
  let out = {}, keys = Object.keys(value);
  for (let key of keys.slice(0, limits.maxKeys)) {
    let v = value[key], cleaned = typeof v == "string" && secretKey(key, v) ? MASK : cleanValue(v, limits, depth + 1, memo);
    Array.isArray(v) && Array.isArray(cleaned) && (cleaned = cleaned.map(
      (x, i) => i < limits.maxArray && typeof v[i] == "string" && secretKey(key, v[i]) ? MASK : x
    )), Object.defineProperty(out, cleanKey(key, out, limits.maxString, memo), {
      value: cleaned,
      enumerable: !0,
      writable: !0,
      configurable: !0
    });
  }
  return keys.length > limits.maxKeys && (out["\u2026"] = `[truncated ${keys.length - limits.maxKeys} keys]`), out;
}
function cleanPayload(value, maxBytes = 16384) {
  let limits = DEFAULT_LIMITS, memo = { window: limits.maxString + LOOKAHEAD, heads: /* @__PURE__ */ new Map() };
  for (; ; ) {
    let cleaned = cleanValue(value, limits, 0, memo), size = JSON.stringify(cleaned ?? null).length;
    if (size <= maxBytes) return cleaned;
    if (limits.maxString <= 40) return `[payload truncated: ${size} chars]`;
    limits = { ...limits, maxString: Math.floor(limits.maxString / 4), maxArray: Math.max(3, limits.maxArray >> 1) };
  }
}

// lib/hook/denied.ts
var DENIALS = [
  /^Claude requested permissions to .{1,2000}, but you haven't granted it yet\./s,
  /^Permission to use .{1,2000} (has been denied|denied by )/s,
  /^The user doesn't want to proceed with this tool use\./
];
function resultText(response) {
  if (typeof response == "string") return response;
  if (!Array.isArray(response)) return;
  let text = "";
  for (let block of response) {
    if (!block || typeof block != "object") return;
    let b = block;
    if (b.type !== "text" || typeof b.text != "string") return;
    text += b.text;
  }
  return text;
}
function isDenial(response) {
  let text = resultText(response);
  return text !== void 0 && text.length <= 4e3 && DENIALS.some((re) => re.test(text));
}
var str = (v) => typeof v == "string" && v.length > 0 ? v : void 0;
function deniedCalls(toolCalls) {
  if (!Array.isArray(toolCalls)) return [];
  let out = [];
  for (let call of toolCalls.slice(0, 1e3)) {
    if (!call || typeof call != "object") continue;
    let c = call, id = str(c.tool_use_id);
    !id || !isDenial(c.tool_response) || out.push({ tool_name: str(c.tool_name) ?? "tool", tool_use_id: id, reason: resultText(c.tool_response) });
  }
  return out;
}

// lib/hook/event.ts
var LIFTED = /* @__PURE__ */ new Set([
  "session_id",
  "transcript_path",
  "cwd",
  "hook_event_name",
  "tool_name",
  "tool_use_id",
  "duration_ms",
  "agent_type",
  "agent_id",
  "error",
  "permission_mode",
  "effort",
  "prompt_id",
  "agent_transcript_path"
]), str2 = (v) => typeof v == "string" && v.length > 0 ? v : void 0, num = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
function firstLine(s) {
  let i = s.indexOf(`
`);
  return i === -1 ? s : s.slice(0, i);
}
function toolSummary(input) {
  if (!input || typeof input != "object") return "";
  let i = input, pick = str2(i.command) ?? str2(i.file_path) ?? str2(i.notebook_path) ?? str2(i.pattern) ?? str2(i.url) ?? str2(i.query) ?? str2(i.description) ?? str2(i.prompt) ?? str2(i.path);
  return pick ? cleanString(firstLine(pick), 160) : "";
}
function describe2(hook, p) {
  let tool = str2(p.tool_name) ?? "tool", summary = toolSummary(p.tool_input), ms = num(p.duration_ms), took = ms === void 0 ? "" : ` (${Math.round(ms)} ms)`;
  switch (hook) {
    case "SessionStart":
      return `Session started (${str2(p.source) ?? "startup"})`;
    case "SessionEnd":
      return `Session ended (${str2(p.reason) ?? "other"})`;
    case "UserPromptSubmit":
      return `Prompt: ${cleanString(firstLine(str2(p.prompt) ?? ""), 200)}`;
    case "UserPromptExpansion":
      return `Command /${str2(p.command_name) ?? "?"}${str2(p.command_args) ? ` ${cleanString(str2(p.command_args), 160)}` : ""}`;
    case "PreToolUse":
      return summary ? `${tool}: ${summary}` : tool;
    case "PostToolUse":
      return `${summary ? `${tool}: ${summary}` : tool}${took}`;
    case "PostToolUseFailure":
      return `${tool} failed: ${cleanString(firstLine(str2(p.error) ?? "error"), 200)}${took}`;
    case "PermissionRequest":
      return `Permission requested for ${tool}${summary ? `: ${summary}` : ""}`;
    case "PermissionDenied":
      return `${tool} denied: ${cleanString(firstLine(str2(p.reason) ?? "permission denied"), 200)}`;
    case "Notification":
      return cleanString(str2(p.message) ?? str2(p.notification_type) ?? "Notification", 200);
    case "SubagentStart":
      return `${str2(p.agent_type) ?? "Subagent"} started`;
    case "SubagentStop":
      return `${str2(p.agent_type) ?? "Subagent"} finished`;
    case "Stop":
      return "Turn finished";
    case "StopFailure":
      return `Turn failed: ${cleanString(firstLine(str2(p.last_assistant_message) ?? str2(p.error) ?? "error"), 200)}`;
    case "PreCompact":
      return `Compaction started (${str2(p.trigger) ?? "auto"})`;
    case "PostCompact":
      return `Compaction finished (${str2(p.trigger) ?? "auto"})`;
    default:
      return hook;
  }
}
function hookPayloadToEvent(raw, ctx) {
  let p = raw && typeof raw == "object" && !Array.isArray(raw) ? raw : {}, hook = str2(p.hook_event_name) ?? "Unknown", rest = {};
  for (let [k, v] of Object.entries(p)) LIFTED.has(k) || (rest[k] = v);
  let event = {
    timestamp: ctx.now.toISOString(),
    event_type: hookEventType(hook),
    phase: DEFAULT_PHASE,
    agent_id: cleanString(str2(p.agent_id) ?? MAIN_AGENT, 120),
    data: describe2(hook, p),
    v: 1,
    source: "hook",
    hook: cleanString(hook, 80)
  }, session = str2(p.session_id);
  session && (event.session_id = cleanString(session, 120));
  let toolName = str2(p.tool_name);
  toolName && (event.tool_name = cleanString(toolName, 120));
  let toolUse = str2(p.tool_use_id);
  toolUse && (event.tool_use_id = cleanString(toolUse, 120));
  let duration = num(p.duration_ms);
  duration !== void 0 && (event.duration_ms = duration), event.hook_ms = Math.round(ctx.hookMs * 100) / 100;
  let message = hook === "StopFailure" ? str2(p.last_assistant_message) : void 0, error = str2(p.error);
  error ? event.error = cleanString(message ? `${error}: ${message}` : error, 1e3) : hook === "PostToolUseFailure" && (event.error = "unknown error");
  let agentType = typeof p.agent_type == "string" ? p.agent_type : void 0;
  return agentType !== void 0 && (event.agent_type = cleanString(agentType, 120)), Object.keys(rest).length > 0 && (event.payload = cleanPayload(rest)), event;
}
function hookPayloadToEvents(raw, ctx) {
  let p = raw && typeof raw == "object" && !Array.isArray(raw) ? raw : {};
  return p.hook_event_name !== "PostToolBatch" ? [hookPayloadToEvent(raw, ctx)] : deniedCalls(p.tool_calls).map((call) => {
    let event = hookPayloadToEvent(
      {
        hook_event_name: "PostToolBatch",
        session_id: p.session_id,
        agent_id: p.agent_id,
        agent_type: p.agent_type,
        tool_name: call.tool_name,
        tool_use_id: call.tool_use_id,
        reason: call.reason
      },
      ctx
    );
    return event.event_type = DENIED_EVENT_TYPE, event.data = `${event.tool_name ?? "tool"} denied: ${cleanString(firstLine(call.reason), 200)}`, event;
  });
}
function failedTurnEvent(turn, raw, ctx) {
  let event = hookPayloadToEvent(
    {
      hook_event_name: "StopFailure",
      session_id: raw.session_id,
      error: turn.text || turn.error || "API error"
    },
    ctx
  );
  event.hook = cleanString(str2(raw.hook_event_name) ?? "Unknown", 80), event.data = `Turn failed: ${cleanString(firstLine(turn.text || turn.error || "API error"), 200)}`;
  let payload = { found_in: "transcript", transcript_entry: turn.uuid };
  return turn.status !== void 0 && (payload.api_error_status = turn.status), turn.error !== void 0 && (payload.api_error = turn.error), turn.timestamp !== void 0 && (payload.failed_at = turn.timestamp), event.payload = cleanPayload(payload), event;
}
function oversizedPayloadToEvent(head, totalBytes, ctx, why = "too large to record") {
  let grab = (key) => {
    let m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.){1,200})"`).exec(head);
    if (m)
      try {
        return JSON.parse(`"${m[1]}"`);
      } catch {
        return;
      }
  }, partial = {};
  for (let k of ["hook_event_name", "session_id", "tool_name", "tool_use_id", "agent_id", "agent_type"]) {
    let v = grab(k);
    v !== void 0 && (partial[k] = v);
  }
  let event = hookPayloadToEvent(partial, ctx);
  return event.data = `${event.data} [payload of ${totalBytes} bytes ${why}]`, event.payload = { truncated_bytes: totalBytes }, event;
}

// lib/hook/failed-turn.ts
var import_node_fs9 = __toESM(require("node:fs"), 1), import_node_path9 = __toESM(require("node:path"), 1);
var TAIL_BYTES = 128 * 1024, LONG_TAIL_BYTES = 2 * 1024 * 1024, CLAIMS_DIR = "failed-turns", FAILED_TURN_HOOKS = /* @__PURE__ */ new Set([
  "SessionEnd",
  "UserPromptSubmit",
  "Stop",
  "StopFailure"
]), MARKER = '"isApiErrorMessage":true', ID = /^[0-9a-f-]{8,64}$/i, PROMPT_ID = /"promptId":"([0-9a-f-]{8,64})"/i;
function entryText(message) {
  let content = message?.content;
  if (!Array.isArray(content)) return "";
  for (let b of content)
    if (b && typeof b == "object" && b.type === "text") {
      let t = b.text;
      if (typeof t == "string") return t;
    }
  return "";
}
function apiErrorOf(entry, promptId) {
  let e = entry;
  if (!e || typeof e != "object" || e.type !== "assistant" || e.isApiErrorMessage !== !0 || e.isSidechain === !0 || typeof e.uuid != "string" || !ID.test(e.uuid)) return;
  let turn = { uuid: e.uuid.toLowerCase(), text: entryText(e.message) };
  return promptId && ID.test(promptId) && (turn.promptId = promptId.toLowerCase()), typeof e.apiErrorStatus == "number" && (turn.status = e.apiErrorStatus), typeof e.error == "string" && (turn.error = e.error), typeof e.timestamp == "string" && (turn.timestamp = e.timestamp), turn;
}
function apiErrorsIn(text) {
  let out = [];
  if (!text.includes(MARKER)) return out;
  let promptId;
  for (let line of text.split(`
`)) {
    if (!line.includes(MARKER)) {
      let m = line.startsWith("{") && line.includes('"promptId"') ? PROMPT_ID.exec(line) : null;
      m && (promptId = m[1].toLowerCase());
      continue;
    }
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    let turn = apiErrorOf(e, promptId);
    turn && out.push(turn);
  }
  return out;
}
function readTail(transcriptPath, bytes = TAIL_BYTES) {
  if (typeof transcriptPath != "string" || !import_node_path9.default.isAbsolute(transcriptPath) || !transcriptPath.endsWith(".jsonl"))
    return "";
  let fd;
  try {
    if (fd = openRegularForRead(transcriptPath), fd === void 0) return "";
    let size = import_node_fs9.default.fstatSync(fd).size, start = Math.max(0, size - bytes), buf = Buffer.alloc(Math.min(size, bytes)), n = import_node_fs9.default.readSync(fd, buf, 0, buf.length, start);
    return buf.subarray(0, n).toString("utf8");
  } catch {
    return "";
  } finally {
    fd !== void 0 && import_node_fs9.default.closeSync(fd);
  }
}
function claim2(stateRoot, key) {
  let dir = import_node_path9.default.join(stateRoot, CLAIMS_DIR);
  ensureStateSubdir(stateRoot, dir);
  try {
    return import_node_fs9.default.closeSync(openRegular(import_node_path9.default.join(dir, key), CREATE_EXCL_FLAGS)), !0;
  } catch (err) {
    if (errorCode(err) === "EEXIST") return !1;
    throw err;
  }
}
function unreportedFailedTurns(stateRoot, transcriptPath) {
  let turns = apiErrorsIn(readTail(transcriptPath));
  return turns.some((t) => !t.promptId) && (turns = apiErrorsIn(readTail(transcriptPath, LONG_TAIL_BYTES))), turns.filter((t) => firstReport(stateRoot, t));
}
function firstReport(stateRoot, t) {
  return claim2(stateRoot, `entry-${t.uuid}`) ? !t.promptId || claim2(stateRoot, `prompt-${t.promptId}`) : !1;
}
function claimForStopFailure(stateRoot, promptId) {
  return typeof promptId != "string" || !ID.test(promptId) ? !0 : claim2(stateRoot, `prompt-${promptId.toLowerCase()}`);
}

// lib/hook/reconcile.ts
var import_node_fs11 = __toESM(require("node:fs"), 1), import_node_path11 = __toESM(require("node:path"), 1);

// lib/transcript/reader.ts
var import_node_fs10 = __toESM(require("node:fs"), 1), import_node_path10 = __toESM(require("node:path"), 1);
var CHUNK = 1 << 20;
function readNew(file, cursor, opts = {}) {
  let maxLine = opts.maxLineBytes ?? 8388608, maxBytes = opts.maxBytes ?? 64 << 20, fd;
  try {
    fd = import_node_fs10.default.openSync(file, READ_FLAGS);
  } catch {
    return { records: [], cursor: void 0, skipped: 0 };
  }
  try {
    let st = import_node_fs10.default.fstatSync(fd);
    if (!st.isFile()) return { records: [], cursor: void 0, skipped: 0 };
    let pos = cursor && cursor.dev === st.dev && cursor.ino === st.ino && cursor.offset <= st.size ? cursor.offset : 0, stop = Math.min(st.size, pos + maxBytes), records = [], skipped = 0, pending = [], pendingBytes = 0, lineStart = pos, overlong = !1, buf = Buffer.allocUnsafe(CHUNK), readAt = pos;
    for (; readAt < stop; ) {
      let n = import_node_fs10.default.readSync(fd, buf, 0, Math.min(CHUNK, stop - readAt), readAt);
      if (n <= 0) break;
      let from = 0;
      for (let nl = buf.indexOf(10, 0); nl !== -1 && nl < n; nl = buf.indexOf(10, from)) {
        let end = readAt + nl + 1;
        if (overlong || pendingBytes + nl - from > maxLine) skipped++;
        else {
          pending.push(buf.subarray(from, nl));
          let text = Buffer.concat(pending).toString("utf8");
          if (text.trim() !== "")
            try {
              records.push({ file, offset: lineStart, end, value: JSON.parse(text) });
            } catch {
              skipped++;
            }
        }
        pending = [], pendingBytes = 0, overlong = !1, lineStart = end, pos = end, from = nl + 1;
      }
      from < n && !overlong && (pendingBytes + n - from > maxLine ? (overlong = !0, pending = [], pendingBytes = 0) : (pending.push(Buffer.from(buf.subarray(from, n))), pendingBytes += n - from)), readAt += n;
    }
    return overlong && (pos = readAt), { records, cursor: { dev: st.dev, ino: st.ino, offset: pos }, skipped };
  } finally {
    import_node_fs10.default.closeSync(fd);
  }
}
var MAX_OTHERS = 20, OTHERS_WITHIN_MS = 24 * 3600 * 1e3;
function transcriptFiles(transcriptPath, others, now) {
  if (!import_node_path10.default.isAbsolute(transcriptPath) || !transcriptPath.endsWith(".jsonl")) return [];
  let mains = [transcriptPath];
  if (others) {
    let dir = import_node_path10.default.dirname(transcriptPath);
    try {
      let recent = import_node_fs10.default.readdirSync(dir).filter((n) => n.endsWith(".jsonl") && import_node_path10.default.join(dir, n) !== transcriptPath).map((n) => ({ p: import_node_path10.default.join(dir, n), m: import_node_fs10.default.lstatSync(import_node_path10.default.join(dir, n)) })).filter((x) => x.m.isFile() && now - x.m.mtimeMs < OTHERS_WITHIN_MS).sort((a, b) => b.m.mtimeMs - a.m.mtimeMs).slice(0, MAX_OTHERS);
      mains.push(...recent.map((x) => x.p));
    } catch {
    }
  }
  let out = [];
  for (let m of mains) {
    out.push(m);
    let sub = import_node_path10.default.join(m.slice(0, -6), "subagents");
    try {
      for (let n of import_node_fs10.default.readdirSync(sub).sort())
        n.startsWith("agent-") && n.endsWith(".jsonl") && out.push(import_node_path10.default.join(sub, n));
    } catch {
    }
  }
  return out;
}
function pathKey(file) {
  let a = 2166136261, b = 16777619;
  for (let i = 0; i < file.length; i++)
    a = Math.imul(a ^ file.charCodeAt(i), 16777619) >>> 0, b = Math.imul(b ^ file.charCodeAt(file.length - 1 - i), 2166136261) >>> 0;
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}

// lib/transcript/tools.ts
var isObj = (v) => !!v && typeof v == "object" && !Array.isArray(v), str3 = (v) => typeof v == "string" && v.length > 0 ? v : void 0, ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
function resultText2(content) {
  return typeof content == "string" ? content : Array.isArray(content) ? content.map((c) => isObj(c) && typeof c.text == "string" ? c.text : "").filter(Boolean).join(`
`) : "";
}
function toolEvents(entry) {
  if (!isObj(entry) || !isObj(entry.message)) return [];
  let content = entry.message.content;
  if (!Array.isArray(content)) return [];
  let common = {
    sessionId: str3(entry.sessionId),
    agentId: str3(entry.agentId),
    timestamp: str3(entry.timestamp) && ISO.test(entry.timestamp) ? entry.timestamp : void 0
  }, out = [];
  for (let block of content)
    if (isObj(block)) {
      if (entry.type === "assistant" && block.type === "tool_use" && str3(block.id) && str3(block.name))
        out.push({ kind: "use", id: block.id, name: block.name, input: block.input, ...common });
      else if (entry.type === "user" && block.type === "tool_result" && str3(block.tool_use_id)) {
        let isError = block.is_error === !0;
        out.push({
          kind: "result",
          id: block.tool_use_id,
          isError,
          errorText: isError ? resultText2(block.content) : "",
          // One entry per result as a rule; with several, the entry-level record belongs to none of them for sure.
          response: content.length === 1 ? entry.toolUseResult : void 0,
          ...common
        });
      }
    }
  return out;
}

// lib/transcript/agents.ts
var isObj2 = (v) => !!v && typeof v == "object" && !Array.isArray(v), str4 = (v) => typeof v == "string" && v.length > 0 ? v : void 0, ISO2 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
function subagentOfFile(file) {
  return /[\\/]subagents[\\/]agent-([A-Za-z0-9_-]{1,128})\.jsonl$/.exec(file)?.[1];
}
var metaFileOf = (file) => `${file.slice(0, -6)}.meta.json`;
function agentTypeFromMeta(text) {
  if (text !== void 0)
    try {
      let meta = JSON.parse(text);
      return isObj2(meta) && typeof meta.agentType == "string" ? meta.agentType : void 0;
    } catch {
      return;
    }
}
function agentMarks(entry, started) {
  if (!isObj2(entry) || entry.type !== "user" && entry.type !== "assistant") return [];
  let common = {
    sessionId: str4(entry.sessionId),
    agentId: str4(entry.agentId),
    timestamp: str4(entry.timestamp) && ISO2.test(entry.timestamp) ? entry.timestamp : void 0
  }, out = [];
  started || out.push({ kind: "start", ...common });
  let message = isObj2(entry.message) ? entry.message : void 0, stop = message?.stop_reason;
  if (entry.type === "assistant" && typeof stop == "string" && stop !== "tool_use") {
    let content = message?.content, text = Array.isArray(content) ? content.map((b) => isObj2(b) && b.type === "text" && typeof b.text == "string" ? b.text : "").filter(Boolean).join(`
`) : typeof content == "string" ? content : "";
    out.push({ kind: "stop", ...common, lastMessage: text });
  }
  return out;
}

// lib/transcript/turns.ts
var isObj3 = (v) => !!v && typeof v == "object" && !Array.isArray(v), ISO3 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, SAFE = /^[A-Za-z0-9_-]{1,100}$/, NOT_A_PROMPT = /^(\[Request interrupted by user|<local-command-(stdout|stderr|caveat)>)/;
function texts(content) {
  if (typeof content == "string") return content;
  if (!Array.isArray(content)) return;
  let parts = [];
  for (let b of content)
    if (isObj3(b)) {
      if (b.type === "tool_result") return;
      b.type === "text" && typeof b.text == "string" && parts.push(b.text);
    }
  return parts.length > 0 ? parts.join(`
`) : void 0;
}
var COMMAND_NAME = /<command-name>([^<]{1,200})<\/command-name>/, COMMAND_ARGS = /<command-args>([^<]{0,4000})<\/command-args>/;
function promptText(text) {
  let name = text.startsWith("<command-") ? COMMAND_NAME.exec(text) : null;
  if (!name) return text;
  let args = COMMAND_ARGS.exec(text)?.[1]?.trim();
  return args ? `${name[1]} ${args}` : name[1];
}
function turnMarks(entry) {
  if (!isObj3(entry) || entry.isSidechain === !0 || typeof entry.sessionId != "string") return [];
  if (!SAFE.test(entry.sessionId) || typeof entry.uuid != "string" || !SAFE.test(entry.uuid)) return [];
  let timestamp = typeof entry.timestamp == "string" && ISO3.test(entry.timestamp) ? entry.timestamp : void 0, message = isObj3(entry.message) ? entry.message : void 0;
  if (entry.type === "user") {
    if (entry.isMeta === !0 || entry.isCompactSummary === !0 || entry.toolUseResult !== void 0) return [];
    let text = texts(message?.content);
    if (text === void 0 || NOT_A_PROMPT.test(text)) return [];
    let promptId = typeof entry.promptId == "string" && SAFE.test(entry.promptId) ? entry.promptId : void 0;
    return [
      { kind: "prompt", uuid: entry.uuid, sessionId: entry.sessionId, timestamp, promptId, text: promptText(text) }
    ];
  }
  if (entry.type !== "assistant" || entry.isApiErrorMessage === !0 || !message) return [];
  let stop = message.stop_reason;
  if (typeof stop != "string" || stop === "tool_use") return [];
  let id = message.id;
  return [
    {
      kind: "turn-end",
      key: typeof id == "string" && SAFE.test(id) ? id : entry.uuid,
      sessionId: entry.sessionId,
      timestamp,
      stopReason: stop,
      lastMessage: texts(message.content) ?? ""
    }
  ];
}

// lib/hook/reconcile.ts
var MAX_OPEN = 2e3, MAX_DEFERRED = 500, STATE_MAX = 1024 * 1024;
function stateFile(rt, file) {
  return import_node_path11.default.join(rt, "cursors", `${pathKey(file)}.json`);
}
function load(rt, file) {
  let text;
  try {
    text = readRegularText(stateFile(rt, file), STATE_MAX);
    let s = text === void 0 ? void 0 : JSON.parse(text);
    return { saved: s && typeof s == "object" ? s : {}, text };
  } catch {
    return { saved: {}, text };
  }
}
function save(rt, file, saved, before) {
  let text = JSON.stringify(saved);
  if (text === before) return;
  let target = stateFile(rt, file);
  import_node_fs11.default.mkdirSync(import_node_path11.default.dirname(target), { recursive: !0, mode: 448 }), atomicWriteFileSync(target, text, { mode: 384, keepMode: !1, durable: !1 });
}
function recoveredEvent(item, toolName, startedAt, summary) {
  let denied = item.kind === "result" && item.isError && isDenial(item.errorText), payload = {
    hook_event_name: item.kind === "use" ? "PreToolUse" : denied ? "PostToolBatch" : item.isError ? "PostToolUseFailure" : "PostToolUse",
    session_id: item.sessionId,
    tool_use_id: item.id,
    agent_id: item.agentId,
    tool_name: item.kind === "use" ? item.name : toolName
  };
  if (item.kind === "use") payload.tool_input = item.input;
  else {
    let took = startedAt && item.timestamp ? Date.parse(item.timestamp) - Date.parse(startedAt) : Number.NaN;
    took >= 0 && (payload.duration_ms = took), denied ? payload.reason = item.errorText : item.isError ? payload.error = item.errorText || "error" : item.response !== void 0 && (payload.tool_response = item.response);
  }
  let when = item.timestamp ? new Date(item.timestamp) : /* @__PURE__ */ new Date(), event = hookPayloadToEvent(payload, { now: when, hookMs: 0 });
  if (delete event.hook_ms, item.kind === "result" && !item.isError && summary) {
    let took = event.duration_ms === void 0 ? "" : ` (${Math.round(event.duration_ms)} ms)`;
    event.data = `${event.tool_name ?? "tool"}: ${summary}${took}`;
  }
  return denied && (event.event_type = DENIED_EVENT_TYPE, event.data = `${event.tool_name ?? "tool"} denied: ${cleanString(firstLine2(item.errorText), 200)}`), event.recovered = "transcript", event;
}
function recoveredAgentEvent(mark, agentId, agentType) {
  let payload = {
    hook_event_name: mark.kind === "start" ? "SubagentStart" : "SubagentStop",
    session_id: mark.sessionId,
    agent_id: agentId
  };
  agentType !== void 0 && (payload.agent_type = agentType), mark.kind === "stop" && (payload.last_assistant_message = mark.lastMessage);
  let event = hookPayloadToEvent(payload, { now: mark.timestamp ? new Date(mark.timestamp) : /* @__PURE__ */ new Date(), hookMs: 0 });
  return delete event.hook_ms, event.recovered = "transcript", event;
}
function recoveredTurnEvent(mark) {
  let payload = mark.kind === "prompt" ? { hook_event_name: "UserPromptSubmit", session_id: mark.sessionId, prompt: mark.text, prompt_id: mark.promptId } : {
    hook_event_name: "Stop",
    session_id: mark.sessionId,
    stop_reason: mark.stopReason,
    last_assistant_message: mark.lastMessage
  }, event = hookPayloadToEvent(payload, { now: mark.timestamp ? new Date(mark.timestamp) : /* @__PURE__ */ new Date(), hookMs: 0 });
  return delete event.hook_ms, event.recovered = "transcript", event;
}
function recoveredFailureEvent(turn, sessionId) {
  let when = turn.timestamp && !Number.isNaN(Date.parse(turn.timestamp)) ? new Date(turn.timestamp) : /* @__PURE__ */ new Date(), event = failedTurnEvent(
    turn,
    { hook_event_name: "StopFailure", session_id: sessionId },
    { now: when, hookMs: 0 }
  );
  return delete event.hook_ms, event.recovered = "transcript", event;
}
var META_MAX = 64 * 1024;
function agentTypeOf(file) {
  try {
    return agentTypeFromMeta(readRegularText(metaFileOf(file), META_MAX));
  } catch {
    return;
  }
}
var firstLine2 = (s) => {
  let i = s.indexOf(`
`);
  return i === -1 ? s : s.slice(0, i);
}, running = /* @__PURE__ */ new Map();
function reconcile(opts) {
  let key = opts.transcriptPath, pass = (running.get(key) ?? Promise.resolve()).then(
    () => reconcileOnce(opts),
    () => reconcileOnce(opts)
  );
  return running.set(key, pass), pass.finally(() => {
    running.get(key) === pass && running.delete(key);
  }).catch(() => {
  }), pass;
}
async function reconcileOnce(opts) {
  let rt = opts.runtime ?? runtimeDir();
  if (!rt) return 0;
  let now = opts.now ?? Date.now, sleep2 = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))), todo = [], states = [];
  for (let file of transcriptFiles(opts.transcriptPath, opts.others ?? !1, now())) {
    let { saved, text: before } = load(rt, file), { records, cursor } = readNew(file, saved.cursor);
    if (!cursor) continue;
    let open = { ...saved.open ?? {} };
    if (Array.isArray(saved.deferred)) for (let h of saved.deferred) isHalf(h) && todo.push({ ...h, file });
    let fileAgent = subagentOfFile(file), prompt = typeof saved.prompt == "string" ? saved.prompt : void 0, marked = /* @__PURE__ */ new Set(), started = saved.agent === 1, agentType = null;
    for (let r of records) {
      if (fileAgent)
        for (let mark of agentMarks(r.value, started)) {
          if (mark.kind === "start" && (started = !0), !mark.sessionId) continue;
          let id = mark.agentId ?? fileAgent, phase = mark.kind === "start" ? "start" : "end";
          if (isWritten(rt, mark.sessionId, phase, `agent-${id}`)) continue;
          agentType === null && (agentType = agentTypeOf(file));
          let event = recoveredAgentEvent(mark, id, agentType);
          todo.push({ sid: mark.sessionId, phase, id: `agent-${id}`, event, file });
        }
      if (!fileAgent) {
        let v = r.value;
        v?.type === "user" && typeof v.promptId == "string" && v.promptId.length <= 100 && (prompt = v.promptId);
        for (let mark of turnMarks(r.value)) {
          let phase = mark.kind === "prompt" ? "start" : "end", id = mark.kind === "prompt" ? `prompt-${mark.uuid}` : `stop-${mark.key}`;
          marked.has(id) || isWritten(rt, mark.sessionId, phase, id) || (marked.add(id), todo.push({ sid: mark.sessionId, phase, id, event: recoveredTurnEvent(mark), file }));
        }
        let failed = apiErrorOf(r.value, prompt), sid = typeof v?.sessionId == "string" ? v.sessionId : void 0;
        failed && sid && !isWritten(rt, sid, "end", `failed-${failed.uuid}`) && todo.push({
          sid,
          phase: "end",
          id: `failed-${failed.uuid}`,
          event: recoveredFailureEvent(failed, sid),
          failed,
          file
        });
      }
      for (let item of toolEvents(r.value)) {
        if (!item.sessionId) continue;
        let name, startedAt, summary;
        if (item.kind === "use")
          name = item.name, open[item.id] = { n: item.name, t: item.timestamp, s: toolSummary(item.input) || void 0 };
        else {
          let o = open[item.id];
          name = typeof o == "string" ? o : o?.n, typeof o == "object" && ({ t: startedAt, s: summary } = o), delete open[item.id];
        }
        let phase = item.kind === "use" ? "start" : "end";
        if (isWritten(rt, item.sessionId, phase, item.id)) continue;
        let event = recoveredEvent(item, name, startedAt, summary);
        todo.push({ sid: item.sessionId, phase, id: item.id, event, file });
      }
    }
    let keys = Object.keys(open);
    for (let k of keys.slice(0, Math.max(0, keys.length - MAX_OPEN))) delete open[k];
    let next = started ? { cursor, open, agent: 1 } : { cursor, open };
    prompt !== void 0 && (next.prompt = prompt), states.push([file, next, before]);
  }
  todo.sort((a, b) => a.event.timestamp < b.event.timestamp ? -1 : a.event.timestamp > b.event.timestamp ? 1 : 0);
  let written = 0, write = (h) => {
    (!h.failed || reportFailure(opts, h.failed)) && (appendEvent(opts.project, h.event, { onWarning: opts.onWarning }), written++, h.event.event_type === "stop" && opts.onTurnEnd?.(new Date(h.event.timestamp))), markWritten(rt, h.sid, h.phase, h.id);
  }, held = [];
  for (let h of todo)
    isWritten(rt, h.sid, h.phase, h.id) || (claim(rt, h.sid, h.phase, h.id) || takeOver(rt, h.sid, h.phase, h.id, now()) ? write(h) : held.push(h));
  if (held.length > 0 && !opts.live) {
    await sleep2(STALE_MS);
    let still = [];
    for (let h of held)
      isWritten(rt, h.sid, h.phase, h.id) || (takeOver(rt, h.sid, h.phase, h.id, now()) ? write(h) : still.push(h));
    held = still;
  }
  for (let [file, saved, before] of states) {
    let deferred = held.filter((h) => h.file === file).slice(-MAX_DEFERRED).map(
      ({ sid, phase, id, event, failed }) => failed ? { sid, phase, id, event, failed: { ...failed, text: "" } } : { sid, phase, id, event }
    );
    try {
      save(rt, file, deferred.length > 0 ? { ...saved, deferred } : saved, before);
    } catch {
    }
  }
  return written;
}
function reportFailure(opts, turn) {
  try {
    return firstReport(stateDir(opts.project), turn);
  } catch (err) {
    return opts.onWarning?.(`failed-turn check: ${err instanceof Error ? err.message : String(err)}`), !1;
  }
}
function isHalf(v) {
  let h = v;
  return !!h && typeof h == "object" && typeof h.sid == "string" && typeof h.id == "string" && (h.phase === "start" || h.phase === "end") && !!h.event && typeof h.event == "object" && typeof h.event.event_type == "string" && typeof h.event.timestamp == "string" && (h.failed === void 0 || typeof h.failed == "object" && /^[0-9a-f-]{8,64}$/i.test(String(h.failed.uuid)));
}

// lib/hook/log-payload.ts
var RECONCILE_AT = /* @__PURE__ */ new Set(["Stop", "SessionEnd", "SessionStart"]), COST_AT = /* @__PURE__ */ new Set(["Stop", "SubagentStop", "SessionEnd"]);
function callTime(raw, now, maxAgeMs = 6e4) {
  let m = raw ? /^(\d{9,11})[.,](\d{1,9})$/.exec(raw) : null;
  if (!m) return now;
  let ms = Number(m[1]) * 1e3 + Math.floor(+`0.${m[2]}` * 1e3), age = now.getTime() - ms;
  return age < maxAgeMs && age > -6e4 ? new Date(ms) : now;
}
function withFailedTurns(events, project, payload, ctx, record) {
  let p = payload && typeof payload == "object" ? payload : {}, hook = p.hook_event_name;
  if (typeof hook != "string" || !FAILED_TURN_HOOKS.has(hook)) return events;
  try {
    return hook === "StopFailure" ? claimForStopFailure(stateDir(project), p.prompt_id) ? events : [] : [...unreportedFailedTurns(stateDir(project), p.transcript_path).map((t) => failedTurnEvent(t, p, ctx)), ...events];
  } catch (err) {
    return record(`failed-turn check: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), events;
  }
}
function logPayload(input, env) {
  let project = resolveProjectDir([env.projectDir], env.cwd), record = (message) => recordHookError(stateDir(project), `hook: ${message}`);
  try {
    let payload = {}, parseError;
    if (!input.overflow && input.text.trim() !== "")
      try {
        payload = JSON.parse(input.text);
      } catch (err) {
        parseError = errorMessage(err);
      }
    let cwd = payload && typeof payload == "object" ? payload.cwd : void 0;
    project = resolveProjectDir([env.projectDir, typeof cwd == "string" ? cwd : void 0], env.cwd);
    let ctx = { now: env.now, hookMs: env.hookMs() }, empty = input.text.trim() === "", cutBy = env.cutBy ?? "the stdin deadline", cut = input.timedOut && (parseError !== void 0 || input.overflow), events = input.overflow || cut ? [
      oversizedPayloadToEvent(
        input.text.slice(0, 65536),
        input.totalBytes,
        ctx,
        input.overflow ? void 0 : `cut off by ${cutBy}`
      )
    ] : hookPayloadToEvents(payload, ctx), event = events[0];
    event && input.timedOut ? event.error = empty ? `no hook payload before ${cutBy} (stdin left open)` : cut ? `hook payload cut off by ${cutBy} after ${input.totalBytes} bytes (stdin left open)` : `stdin left open past ${cutBy} (the payload was complete)` : event && (parseError !== void 0 || empty) && (event.error = parseError ? `hook payload is not JSON: ${parseError.slice(0, 200)}` : "empty hook payload");
    let rt = env.runtime, lines = withFailedTurns(events, project, payload, ctx, record), p = payload && typeof payload == "object" ? payload : {}, hook = p.hook_event_name, transcriptPath = typeof p.transcript_path == "string" ? p.transcript_path : void 0;
    typeof hook == "string" && transcriptPath !== void 0 && env.onTranscript?.({
      project,
      transcriptPath,
      hook,
      record,
      sessionId: typeof p.session_id == "string" ? p.session_id : void 0,
      source: typeof p.source == "string" ? p.source : void 0,
      cli: env.cli,
      at: env.now
    });
    let first = (!env.commit || env.commit() ? lines : []).filter((e) => {
      let key = claimKey(e);
      return !key || !e.session_id || claim(rt, e.session_id, key.phase, key.id);
    });
    if (first.length > 0) {
      appendToLog(stateDir(project), Buffer.concat(first.map(serialise)), { onWarning: record });
      for (let e of first) {
        let key = claimKey(e);
        key && e.session_id && markWritten(rt, e.session_id, key.phase, key.id);
      }
    }
    if (typeof hook != "string" || transcriptPath === void 0) return;
    let work = [], onError = (err) => record(isUnsafePath(err) ? `refused ${err.message}` : errorStack(err));
    if (RECONCILE_AT.has(hook)) {
      let others = hook === "SessionStart";
      others && rt && sweepClaims(rt, Date.now()), work.push(reconcile({ project, transcriptPath, others, runtime: rt, onWarning: record }).catch(onError));
    }
    if (env.turnCost && COST_AT.has(hook) && work.push(env.turnCost({ project, transcriptPath, hook, at: ctx.now, runtime: rt, record }).catch(onError)), env.stopAlerts && (hook === "Stop" || hook === "SessionEnd")) {
      let stopAlerts2 = env.stopAlerts;
      return Promise.all(work).then(() => stopAlerts2({ project, runtime: rt, record }).catch(onError));
    }
    if (work.length > 0) return Promise.all(work);
  } catch (err) {
    record(isUnsafePath(err) ? `refused ${err.message}` : errorStack(err));
  }
}

// lib/hook/install-copy.ts
var import_node_fs12 = __toESM(require("node:fs"), 1), import_node_os3 = __toESM(require("node:os"), 1), import_node_path12 = __toESM(require("node:path"), 1);
function installedHookPath(env = process.env) {
  let home = env.HOME && import_node_path12.default.isAbsolute(env.HOME) ? env.HOME : import_node_os3.default.homedir(), config = env.CLAUDE_CONFIG_DIR && import_node_path12.default.isAbsolute(env.CLAUDE_CONFIG_DIR) ? env.CLAUDE_CONFIG_DIR : import_node_path12.default.join(home, ".claude");
  return import_node_path12.default.join(config, "lib", "2l", "dist", "hook.cjs");
}
function shadowedByInstall(self, env = process.env) {
  try {
    let installed = import_node_fs12.default.statSync(installedHookPath(env), { throwIfNoEntry: !1 });
    if (!installed?.isFile()) return !1;
    let me = self ? import_node_fs12.default.statSync(self, { throwIfNoEntry: !1 }) : void 0;
    return !(me && me.dev === installed.dev && me.ino === installed.ino);
  } catch {
    return !1;
  }
}

// lib/hook/spool.ts
var TRAILER = Buffer.from(`\0end
`), KEEP_BYTES = 4 * 1024 * 1024;
function parseCli(text) {
  let m = text ? /^([1-9]\d{0,9}) (\d{1,20}|-)$/.exec(text) : null;
  return m ? { pid: Number(m[1]), start: m[2] } : void 0;
}

// lib/bin/hook.ts
var KEEP_BYTES2 = 4 * 1024 * 1024, STDIN_DEADLINE_MS = 3e3, TAIL_MS = 200, FOLLOW_QUIET_MS = 1800 * 1e3, turnCost = async (args) => {
  let file = `${__dirname}/turn-cost.cjs`;
  return require(file).turnCost(args);
}, follower = (opts) => {
  let file = `${__dirname}/follow-session.cjs`;
  return new (require(file)).Followed(opts);
}, stopAlerts = async (args) => {
  let file = `${__dirname}/turn-cost.cjs`;
  return require(file).stopAlerts(args);
};
async function run() {
  if (process.env.TWOL_DISABLE !== "1" && !shadowedByInstall(process.argv[1]))
    try {
      let input = await readStdinBounded(KEEP_BYTES2, STDIN_DEADLINE_MS), runtime = runtimeDir(), pending = /* @__PURE__ */ new Set(), followed;
      for (await logPayload(input, {
        projectDir: process.env.CLAUDE_PROJECT_DIR,
        cwd: process.cwd(),
        now: callTime(process.env.TWOL_HOOK_T, /* @__PURE__ */ new Date()),
        // process.uptime(), not performance.now(): the global `performance` loads 11 internal modules.
        hookMs: () => process.uptime() * 1e3,
        runtime,
        turnCost,
        stopAlerts,
        cutBy: `the ${STDIN_DEADLINE_MS / 1e3} s stdin deadline`,
        cli: parseCli(process.env.TWOL_CLI),
        onTranscript: (seen) => {
          seen.hook !== "SessionStart" || !seen.cli || (followed = follower({
            runtime,
            liveMs: FOLLOW_QUIET_MS,
            turnCost,
            stopAlerts,
            track: (work) => {
              pending.add(work), work.finally(() => pending.delete(work));
            }
          }), followed.seen(seen));
        }
      }); followed && (followed.size > 0 || pending.size > 0); )
        await followed.pass(), await new Promise((r) => setTimeout(r, TAIL_MS));
    } catch (err) {
      let project = resolveProjectDir([process.env.CLAUDE_PROJECT_DIR], process.cwd());
      recordHookError(stateDir(project), `hook: ${errorStack(err)}`);
    }
}
run().catch(() => {
}).finally(() => {
  process.exitCode = 0;
});
