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

// lib/bin/statusline.ts
var import_node_fs5 = __toESM(require("node:fs"), 1), import_node_path4 = __toESM(require("node:path"), 1);

// lib/events/writer.ts
var import_node_fs2 = __toESM(require("node:fs"), 1), import_node_path2 = __toESM(require("node:path"), 1);

// lib/events/project-dir.ts
var import_node_path = __toESM(require("node:path"), 1);
function resolveProjectDir(candidates, fallback) {
  for (let c of candidates)
    if (typeof c == "string" && c.length > 0 && c.length < 4096 && import_node_path.default.isAbsolute(c) && !c.includes("\0"))
      return import_node_path.default.resolve(c);
  return import_node_path.default.resolve(fallback);
}

// lib/shared/safe-fs.ts
var import_node_fs = __toESM(require("node:fs"), 1);

// lib/shared/errors.ts
function errorCode(err) {
  let code = err?.code;
  return typeof code == "string" ? code : void 0;
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
function openRegular(file, flags, mode = 384) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, flags | O_NOFOLLOW, mode);
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
function checkPrivateDir(dir) {
  let st = import_node_fs.default.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/events/writer.ts
var DEFAULT_MAX_LOG_BYTES = 50 * 1024 * 1024;
var NEWLINE = Buffer.from(`
`);
function listArchives(dir) {
  let names;
  try {
    names = import_node_fs2.default.readdirSync(dir);
  } catch {
    return [];
  }
  let keyed = [];
  for (let n of names) {
    let m = /^events-(\d{8}T\d{9}Z)(?:-(\d+))?\.jsonl$/.exec(n);
    m && keyed.push([m[1], Number(m[2] ?? 0), n]);
  }
  return keyed.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]), keyed.map(([, , n]) => import_node_path2.default.join(dir, n));
}

// lib/hook/errors.ts
var import_node_fs3 = __toESM(require("node:fs"), 1), import_node_path3 = __toESM(require("node:path"), 1);
var HOOK_ERRORS_FILE = "hook-errors.log", MAX_BYTES = 256 * 1024;
function recordHookError(dir, message, at = /* @__PURE__ */ new Date()) {
  try {
    checkPrivateDir(dir);
    let file = import_node_path3.default.join(dir, HOOK_ERRORS_FILE), st = import_node_fs3.default.lstatSync(file, { throwIfNoEntry: !1 });
    st?.isFile() && st.size > MAX_BYTES && import_node_fs3.default.renameSync(file, `${file}.1`);
    let fd = openRegular(file, APPEND_FLAGS);
    try {
      import_node_fs3.default.writeSync(fd, `${at.toISOString()} ${message.replace(/\s+/g, " ").slice(0, 2e3)}
`);
    } finally {
      import_node_fs3.default.closeSync(fd);
    }
  } catch {
  }
}

// lib/shared/stdin.ts
var import_node_fs4 = __toESM(require("node:fs"), 1);
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
      n = import_node_fs4.default.readSync(fd, buf, 0, buf.length, null);
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
  let into = new Collector(keepBytes), st = import_node_fs4.default.fstatSync(fd);
  if (st.isCharacterDevice()) return into.result(!1);
  let until = Date.now() + deadlineMs;
  return !st.isFIFO() && !st.isSocket() || opts.fastPath !== !1 && setNonBlocking(fd) ? into.result(readSyncUntil(fd, into, until)) : into.result(await readStreamUntil(fd, into, deadlineMs));
}

// lib/shared/duration.ts
function formatMsShort(ms) {
  return ms < 1e3 ? `${Math.round(ms)}ms` : ms < 6e4 ? `${(ms / 1e3).toFixed(1)}s` : `${Math.round(ms / 6e4)}m`;
}
function localDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// lib/monitor/percentiles.ts
var GROWTH = 1.02, LOG_GROWTH = Math.log(GROWTH);
function bucketOf(v) {
  return v <= 0 ? -1 / 0 : Math.ceil(Math.log(v) / LOG_GROWTH - 1e-9);
}
function bucketValue(i) {
  return i === -1 / 0 ? 0 : GROWTH ** (i - 0.5);
}

// lib/shared/text.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g, CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, CSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function stripControls(text, opts = {}) {
  return (opts.dropEscapes ? text.replace(CSI, "") : text).replace(opts.keepLayout ? CONTROLS_BUT_LAYOUT : CONTROLS, opts.replacement ?? " ");
}
function clip(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// lib/monitor/statusline.ts
var TAIL_BYTES = 256 * 1024, MAX_SESSIONS = 8, MAX_AGENTS = 64, ORPHAN_AFTER_MS = 30 * 6e4;
function emptyCache() {
  return { v: 1, ino: 0, offset: 0, sessions: {}, agents: {} };
}
function parseCache(text) {
  if (!text) return emptyCache();
  try {
    let c = JSON.parse(text);
    if (c && c.v === 1 && typeof c.ino == "number" && typeof c.offset == "number" && c.sessions && typeof c.sessions == "object" && c.agents && typeof c.agents == "object")
      return c;
  } catch {
  }
  return emptyCache();
}
var INTERESTING = /* @__PURE__ */ new Set([
  "cost_update",
  "tool_complete",
  "tool_error",
  "agent_start",
  "agent_spawn",
  "agent_complete"
]);
function typeOf(line) {
  let i = line.indexOf('"event_type":"');
  if (i === -1) return;
  let end = line.indexOf('"', i + 14);
  return end === -1 ? void 0 : line.slice(i + 14, end);
}
function trim(obj, max, order) {
  let keys = Object.keys(obj);
  if (!(keys.length <= max)) {
    keys.sort((a, b) => order(obj[a]) < order(obj[b]) ? -1 : 1);
    for (let k of keys.slice(0, keys.length - max)) delete obj[k];
  }
}
function foldLines(cache, text, partial) {
  for (let line of text.split(`
`)) {
    let type = typeOf(line);
    if (!type || !INTERESTING.has(type)) continue;
    let e;
    try {
      e = JSON.parse(line);
    } catch {
      continue;
    }
    let ts = typeof e.timestamp == "string" ? e.timestamp : "", agent = typeof e.agent_id == "string" ? e.agent_id : "", sid = typeof e.session_id == "string" ? e.session_id : void 0;
    if (e.source !== "hook") {
      type === "agent_complete" ? delete cache.agents[agent] : type !== "tool_complete" && type !== "tool_error" && agent && (cache.agents[agent] = ts);
      continue;
    }
    if (!sid || sid === "__proto__") continue;
    let s = cache.sessions[sid];
    if (s || (s = cache.sessions[sid] = { tools: 0, failed: 0, hist: {}, max: 0, agents: {}, last: ts, partial }), s.last = ts > s.last ? ts : s.last, type === "cost_update") {
      let p = e.payload, usd = p?.cumulative?.totals?.usd;
      typeof usd == "number" && Number.isFinite(usd) && usd >= 0 && (s.usd = usd);
      let day = p?.day;
      day && typeof day.date == "string" && typeof day.usd == "number" && Number.isFinite(day.usd) && (cache.day = { date: day.date.slice(0, 10), usd: day.usd });
    } else if (type === "tool_complete" || type === "tool_error") {
      s.tools++, type === "tool_error" && s.failed++;
      let d = e.duration_ms;
      if (typeof d == "number" && Number.isFinite(d) && d >= 0) {
        let b = String(bucketOf(d));
        s.hist[b] = (s.hist[b] ?? 0) + 1, d > s.max && (s.max = d);
      }
    } else e.agent_type !== "" && (type === "agent_complete" ? delete s.agents[agent] : agent && (s.agents[agent] = ts, trim(s.agents, MAX_AGENTS, (v) => v)));
  }
  trim(cache.sessions, MAX_SESSIONS, (v) => v.last), trim(cache.agents, MAX_AGENTS, (v) => v);
}
function histQuantile(hist, max, p) {
  let keys = Object.keys(hist).map(Number).sort((a, b) => a - b), total = keys.reduce((n, k) => n + hist[String(k)], 0);
  if (total === 0) return;
  let rank = Math.ceil(p / 100 * total), seen = 0;
  for (let k of keys)
    if (seen += hist[String(k)], seen >= rank) return Math.min(max, bucketValue(k));
  return max;
}
function contextPercent(p) {
  let cw = p.context_window;
  if (!cw) return;
  if (typeof cw.used_percentage == "number" && Number.isFinite(cw.used_percentage)) return cw.used_percentage;
  let u = cw.current_usage;
  if (u && typeof cw.context_window_size == "number" && cw.context_window_size > 0)
    return 100 * ((u.input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0)) / cw.context_window_size;
}
function clean(s, max) {
  return clip(stripControls(s).trim(), max);
}
function failing(s) {
  return s.tools < 20 || s.failed / s.tools <= 0.1 ? "" : `, \u26A0 ${Math.round(100 * s.failed / s.tools)}%`;
}
function renderStatusLine(p, cache, alerts, now, refused) {
  let parts = [], model = p.model?.display_name || p.model?.id;
  parts.push(model ? clean(String(model), 40) : "Claude");
  let ctx = contextPercent(p);
  parts.push(ctx === void 0 ? "ctx -" : `ctx ${Math.round(ctx)}%`);
  let s = p.session_id && Object.hasOwn(cache.sessions, p.session_id) ? cache.sessions[p.session_id] : void 0;
  if (s && s.tools > 0) {
    let p95 = histQuantile(s.hist, s.max, 95);
    parts.push(
      `${s.tools}${s.partial ? "+" : ""} tool${s.tools === 1 ? "" : "s"}${p95 === void 0 ? "" : ` p95 ${formatMsShort(p95)}`}${s.failed ? ` (${s.failed} failed${failing(s)})` : ""}`
    );
  } else parts.push("0 tools");
  let fresh = (started) => now.getTime() - Date.parse(started) <= ORPHAN_AFTER_MS, agents = (s ? Object.values(s.agents).filter(fresh).length : 0) + Object.values(cache.agents).filter(fresh).length;
  agents > 0 && parts.push(`${agents} agent${agents === 1 ? "" : "s"}`);
  let today = localDate(now), day = cache.day?.date === today ? cache.day.usd : void 0;
  return (s?.usd !== void 0 || day !== void 0) && parts.push(
    `${s?.usd !== void 0 ? `$${s.usd.toFixed(2)}` : "$-"}${day !== void 0 ? ` \xB7 today $${day.toFixed(2)}` : ""}`
  ), alerts.count > 0 && parts.push(
    `${alerts.critical ? "\u203C" : "\u26A0"} ${alerts.first ? clean(alerts.first, 60) : "alert"}${alerts.count > 1 ? ` +${alerts.count - 1}` : ""}`
  ), refused && parts.push(`\u26A0 ${clean(refused, 60)} refused`), parts.join(" \xB7 ");
}

// lib/bin/statusline.ts
var CACHE_FILE = "statusline-cache.json", MAX_SMALL_FILE = 1024 * 1024, REWRITE_AFTER_BYTES = 64 * 1024, Refused = class extends Error {
  constructor(name) {
    super(name);
    this.name = name;
  }
  name;
};
function readSmall(dir, name) {
  try {
    return readRegularText(import_node_path4.default.join(dir, name), MAX_SMALL_FILE);
  } catch (err) {
    if (isUnsafePath(err) && err.reason !== "too-big") throw new Refused(`.2L/${name}`);
    return;
  }
}
function readFrom(fd, from, size) {
  let clipped = size - from > TAIL_BYTES, start = clipped ? size - TAIL_BYTES : from, buf = Buffer.allocUnsafe(size - start), got = 0;
  for (; got < buf.length; ) {
    let n = import_node_fs5.default.readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  let lastNl = buf.lastIndexOf(10, got - 1);
  if (lastNl === -1) return { text: "", offset: clipped ? start : from, clipped };
  let firstLine = clipped ? buf.indexOf(10) + 1 : 0;
  return { text: buf.toString("utf8", firstLine, lastNl), offset: start + lastNl + 1, clipped };
}
function withFile(file, fn) {
  let fd;
  try {
    fd = openRegularForRead(file);
  } catch (err) {
    throw isUnsafePath(err) ? new Refused(`.2L/${import_node_path4.default.basename(file)}`) : err;
  }
  if (fd !== void 0)
    try {
      return fn(fd, import_node_fs5.default.fstatSync(fd));
    } finally {
      import_node_fs5.default.closeSync(fd);
    }
}
function update(dir, cache) {
  let before = cache.offset, beforeIno = cache.ino;
  return withFile(import_node_path4.default.join(dir, "events.jsonl"), (fd, st) => {
    let rotated = cache.ino !== 0 && cache.ino !== st.ino;
    if (rotated) {
      let archive = listArchives(dir).pop();
      archive && withFile(archive, (afd, ast) => {
        if (ast.ino === cache.ino && ast.size > cache.offset) {
          let r = readFrom(afd, cache.offset, ast.size);
          foldLines(cache, r.text, r.clipped);
        }
      }), cache.offset = 0;
    }
    let from = cache.ino === st.ino || cache.ino !== 0 ? cache.offset : Math.max(0, st.size - TAIL_BYTES);
    from > st.size && (from = 0);
    let firstRun = cache.ino === 0;
    if (cache.ino = st.ino, st.size > from) {
      let r = readFrom(fd, from, st.size);
      foldLines(cache, r.text, r.clipped || firstRun && from > 0), cache.offset = r.offset;
    } else cache.offset = from;
    return beforeIno === 0 || rotated || cache.offset - before >= REWRITE_AFTER_BYTES || cache.offset < before;
  }) ?? !1;
}
function saveCache(dir, cache) {
  let file = import_node_path4.default.join(dir, CACHE_FILE), tmp = `${file}.${process.pid}.tmp`;
  try {
    import_node_fs5.default.unlinkSync(tmp);
  } catch {
  }
  let fd = openRegular(tmp, CREATE_EXCL_FLAGS, 384);
  try {
    import_node_fs5.default.writeSync(fd, JSON.stringify(cache));
  } finally {
    import_node_fs5.default.closeSync(fd);
  }
  import_node_fs5.default.renameSync(tmp, file);
}
function alertBrief(dir) {
  let text = readSmall(dir, "alerts-state.json");
  if (!text) return { count: 0 };
  try {
    let active = Object.values(JSON.parse(text).active ?? {}).filter((a2) => a2 && typeof a2 == "object" && a2.state !== "pending").sort((a2, b) => +(b.severity === "critical") - +(a2.severity === "critical")), a = active[0], fmt = (v, unit) => typeof v != "number" ? "?" : unit === "ratio" ? `${Math.round(v * 1e3) / 10}%` : unit === "usd" ? `$${v.toFixed(2)}` : unit === "ms" || unit === void 0 ? formatMsShort(v) : `${Math.round(v * 100) / 100}`;
    return {
      count: active.length,
      first: a ? `${a.label ?? "alert"} ${fmt(a.value, a.unit)}>${fmt(a.target, a.unit)}` : void 0,
      critical: a?.severity === "critical"
    };
  } catch {
    return { count: 0 };
  }
}
function collect(dir) {
  let refused = [], attempt = (fallback, fn) => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      return refused.push(err.name), fallback;
    }
  }, cache = parseCache(attempt(void 0, () => readSmall(dir, CACHE_FILE))), cacheRefused = refused.length > 0;
  try {
    attempt(!1, () => update(dir, cache)) && !cacheRefused && saveCache(dir, cache);
  } catch {
  }
  cacheRefused && recordHookError(
    dir,
    `statusline: refused ${import_node_path4.default.join(dir, CACHE_FILE)}: a link or special file; the cache is not written`
  );
  let alerts = attempt({ count: 0 }, () => alertBrief(dir));
  return { cache, alerts, refused: refused[0] };
}
async function main() {
  let payload = {};
  try {
    let input = await readStdinBounded(1048576, 1e3);
    input.text.trim() && (payload = JSON.parse(input.text));
  } catch {
  }
  (!payload || typeof payload != "object") && (payload = {});
  let project = resolveProjectDir(
    [process.env.CLAUDE_PROJECT_DIR, payload.workspace?.project_dir, payload.cwd],
    process.cwd()
  ), dir = import_node_path4.default.join(project, ".2L"), shown = { cache: emptyCache(), alerts: { count: 0 } };
  try {
    checkPrivateDir(dir), shown = collect(dir);
  } catch (err) {
    isUnsafePath(err) && (shown.refused = ".2L");
  }
  out(`${renderStatusLine(payload, shown.cache, shown.alerts, /* @__PURE__ */ new Date(), shown.refused)}
`);
}
main().catch(() => out(`2L
`));
function out(text) {
  try {
    import_node_fs5.default.writeSync(1, text);
  } catch {
  }
}
