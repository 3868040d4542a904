import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);

// lib/bin/dashboard-server.ts
import fs9 from "node:fs";
import { parseArgs } from "node:util";

// lib/dashboard/server.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import http from "node:http";
import path10 from "node:path";

// lib/dashboard/answers.ts
import path5 from "node:path";

// lib/dashboard/backpressure.ts
var Outbox = class {
  pending = /* @__PURE__ */ new Map();
  budget;
  stallMs;
  constructor(opts = {}) {
    this.budget = opts.budget ?? 64 << 20, this.stallMs = opts.stallMs ?? 3e4;
  }
  /** Bytes of distinct bodies held for unfinished responses. */
  pinnedBytes() {
    let n = 0;
    for (let b of new Set(this.pending.values())) n += b.length;
    return n;
  }
  send(res, status, headers, body) {
    if (res.writeHead(status, { ...headers, "content-length": body.length }), res.req.method === "HEAD" || body.length === 0) {
      res.end();
      return;
    }
    this.pending.set(res, body), this.keepWithinBudget(body);
    let done = () => this.pending.delete(res);
    res.once("finish", done), res.once("close", done), res.setTimeout(this.stallMs, () => res.destroy());
    let off = 0, pump = () => {
      for (; off < body.length; ) {
        if (res.writableLength >= 1048576) return;
        let end = Math.min(off + 65536, body.length);
        res.write(body.subarray(off, end)), off = end;
      }
      res.off("drain", pump), res.end();
    };
    res.on("drain", pump), pump();
  }
  /** Drop the responses that pin the oldest bodies until what is pinned fits the budget again. */
  keepWithinBudget(newest) {
    let pinned = this.pinnedBytes();
    if (!(pinned <= this.budget))
      for (let [res, body] of this.pending) {
        if (body === newest) continue;
        let last = ![...this.pending].some(([r, b]) => r !== res && b === body);
        if (this.pending.delete(res), res.destroy(), last && (pinned -= body.length), pinned <= this.budget) return;
      }
  }
}, SharedBody = class {
  constructor(build, keyOf, maxAgeMs) {
    this.build = build;
    this.keyOf = keyOf;
    this.maxAgeMs = maxAgeMs;
  }
  build;
  keyOf;
  maxAgeMs;
  body;
  key = "";
  at = 0;
  get() {
    let key = this.keyOf(), now = Date.now();
    return (!this.body || key !== this.key || now - this.at >= this.maxAgeMs) && (this.body = Buffer.from(this.build()), this.key = key, this.at = now), this.body;
  }
};
function writeStream(res, chunk) {
  return res.destroyed ? !1 : res.writableLength + chunk.length > 8388608 ? (res.destroy(), !1) : (res.write(chunk), !0);
}

// lib/dashboard/state.ts
import fs2 from "node:fs";
import path4 from "node:path";

// lib/shared/atomic-write.ts
import nodeFs from "node:fs";
import path from "node:path";
function atomicWriteFileSync(file, data, opts = {}) {
  let fs10 = opts.fs ?? nodeFs, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs10.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs10.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs10.writeSync(fd, buf, off, buf.length - off);
    fs10.fsyncSync(fd), fs10.closeSync(fd), fd = void 0, fs10.chmodSync(tmp, mode), fs10.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs10.closeSync(fd);
      } catch {
      }
    try {
      fs10.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

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

// lib/dashboard/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var TOKEN_PARAM = "token";
function newToken() {
  return randomBytes(24).toString("base64url");
}
function cookieName(port) {
  return `twol_dashboard_${port}`;
}
function sessionCookie(port, token) {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
function sameSecret(given, token) {
  let a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
function cookieValue(header, name) {
  if (header)
    for (let part of header.split(";")) {
      let eq = part.indexOf("=");
      if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
    }
}
function presented(headers, query, port) {
  let out = [], cookie = cookieValue(headers.cookie, cookieName(port));
  cookie !== void 0 && out.push(cookie);
  let bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? "");
  bearer && out.push(bearer[1]);
  let q = query.get(TOKEN_PARAM);
  return q !== null && out.push(q), out;
}
function isAuthorized(headers, query, port, token) {
  let ok = !1;
  for (let given of presented(headers, query, port)) ok = sameSecret(given, token) || ok;
  return ok;
}
function identityProof(token, challenge) {
  return createHmac("sha256", token).update(`2l-dashboard identity
${challenge}`).digest("base64url");
}

// lib/events/project-dir.ts
import path2 from "node:path";
var STATE_DIR = ".2L", EVENTS_FILE = "events.jsonl";
function stateDir(projectDir) {
  return path2.join(projectDir, STATE_DIR);
}
function eventsPath(projectDir) {
  return path2.join(projectDir, STATE_DIR, EVENTS_FILE);
}

// lib/dashboard/port-pick.ts
var LOOPBACK = "127.0.0.1", PortsBusyError = class extends Error {
  constructor(ports) {
    super(`no free port: ${busyText(ports)}`);
    this.ports = ports;
  }
  ports;
};
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
function listenOnce(server, port, host) {
  return new Promise((resolve, reject) => {
    let onError = (err) => {
      server.off("listening", onListening), err.code === "EADDRINUSE" || err.code === "EACCES" ? resolve(!1) : reject(err);
    }, onListening = () => {
      server.off("error", onError), resolve(!0);
    };
    server.once("error", onError), server.once("listening", onListening), server.listen({ port, host, exclusive: !0 });
  });
}
async function listenOnFirstFree(server, ports, host = LOOPBACK) {
  for (let port of ports)
    if (await listenOnce(server, port, host)) {
      let addr = server.address();
      return typeof addr == "object" && addr ? addr.port : port;
    }
  throw new PortsBusyError([...ports]);
}

// lib/shared/safe-fs.ts
import fs from "node:fs";
import path3 from "node:path";
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
var { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = fs.constants, O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0, O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0, READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK, APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, myUid = typeof process.getuid == "function" ? process.getuid() : void 0;
function openRegular(file, flags, mode = 384) {
  let fd;
  try {
    fd = fs.openSync(file, flags | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}
function regularOnly(fd, file) {
  let st;
  try {
    st = fs.fstatSync(fd);
  } catch (err) {
    throw fs.closeSync(fd), err;
  }
  if (!st.isFile())
    throw fs.closeSync(fd), new UnsafePathError(file, "not-regular");
  return fd;
}
function openError(file, err) {
  let code = errorCode(err);
  return code === "ELOOP" || code === "EMLINK" ? new UnsafePathError(file, "symlink") : code === "ENXIO" || code === "EOPNOTSUPP" ? new UnsafePathError(file, "not-regular") : err;
}
async function openRegularHandle(file) {
  let h;
  try {
    h = await fs.promises.open(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw openError(file, err);
  }
  let regular;
  try {
    regular = (await h.stat()).isFile();
  } catch (err) {
    throw await h.close(), err;
  }
  if (!regular)
    throw await h.close(), new UnsafePathError(file, "not-regular");
  return h;
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
    let size = fs.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, "too-big", `${size} bytes, limit ${maxBytes}`);
    let chunks = [], total = 0, buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (; ; ) {
      let n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (total += n, total > maxBytes) throw new UnsafePathError(file, "too-big", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes)?.toString("utf8");
}
function ensurePrivateDir(dir) {
  let created = !1;
  try {
    fs.mkdirSync(dir, { mode: 448 }), created = !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  return checkPrivateDir(dir), created;
}
function checkPrivateDir(dir) {
  let st = fs.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function ensureStateRoot(stateRoot) {
  let created = ensurePrivateDir(stateRoot);
  if (created)
    try {
      let fd = openRegular(path3.join(stateRoot, ".gitignore"), CREATE_EXCL_FLAGS, 384);
      try {
        fs.writeSync(fd, `# 2L state: private to this machine
*
`);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
    }
  return created;
}
function ensureStateSubdir(stateRoot, dir) {
  let rel = path3.relative(stateRoot, dir);
  if (rel.startsWith("..") || path3.isAbsolute(rel)) throw new Error(`${dir} is outside ${stateRoot}`);
  ensureStateRoot(stateRoot);
  let cur = stateRoot;
  for (let part of rel.split(path3.sep).filter(Boolean))
    cur = path3.join(cur, part), ensurePrivateDir(cur);
}
function refusalText(err) {
  let text = `${describe(err.reason)}${err.detail ? ` (${err.detail})` : ""}`;
  return err.reason === "not-regular" ? `${text} (remove it)` : text;
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/dashboard/state.ts
var APP_ID = "2l-dashboard";
var MAX_STATE_BYTES = 65536;
function dashboardDir(project) {
  return path4.join(stateDir(project), "dashboard");
}
function statePath(project) {
  return path4.join(dashboardDir(project), "server.json");
}
function serverUrl(port) {
  return `http://${LOOPBACK}:${port}/`;
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
function writeState(project, state) {
  ensureDashboardDir(project), atomicWriteFileSync(statePath(project), `${JSON.stringify(state, null, 2)}
`, { mode: 384, keepMode: !1 });
}
function clearState(project, instance) {
  if (stateDirsAreOurs(project)) {
    if (instance !== void 0) {
      let cur = readState(project);
      if (cur && cur !== "invalid" && cur.instance !== instance) return;
    }
    fs2.rmSync(statePath(project), { force: !0 });
  }
}

// lib/monitor/percentiles.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return;
  if (p <= 0) return sorted[0];
  if (p >= 100) return sorted[sorted.length - 1];
  let rank = Math.ceil(p / 100 * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}
var GROWTH = 1.02, LOG_GROWTH = Math.log(GROWTH);
function bucketOf(v) {
  return v <= 0 ? -1 / 0 : Math.ceil(Math.log(v) / LOG_GROWTH - 1e-9);
}
function bucketValue(i) {
  return i === -1 / 0 ? 0 : GROWTH ** (i - 0.5);
}
var EXPORT_BUCKETS_MS = [
  1,
  5,
  10,
  25,
  50,
  100,
  250,
  500,
  1e3,
  2500,
  5e3,
  1e4,
  3e4,
  6e4,
  3e5
], DurationStats = class {
  constructor(exactLimit = 2048) {
    this.exactLimit = exactLimit;
  }
  exactLimit;
  count = 0;
  sum = 0;
  min = 1 / 0;
  max = -1 / 0;
  exact = [];
  sorted = !0;
  buckets = /* @__PURE__ */ new Map();
  /** Cumulative counts for EXPORT_BUCKETS_MS, kept exact at any size. */
  exportCounts = EXPORT_BUCKETS_MS.map(() => 0);
  add(v) {
    if (!Number.isFinite(v) || v < 0) return;
    this.count++, this.sum += v, v < this.min && (this.min = v), v > this.max && (this.max = v);
    for (let i = 0; i < EXPORT_BUCKETS_MS.length; i++) v <= EXPORT_BUCKETS_MS[i] && this.exportCounts[i]++;
    let b = bucketOf(v);
    this.buckets.set(b, (this.buckets.get(b) ?? 0) + 1), this.exact && (this.exact.length >= this.exactLimit ? this.exact = void 0 : (this.sorted && this.exact.length > 0 && v < this.exact[this.exact.length - 1] && (this.sorted = !1), this.exact.push(v)));
  }
  quantile(p) {
    if (this.count === 0) return;
    if (this.exact)
      return this.sorted || (this.exact.sort((a, b) => a - b), this.sorted = !0), percentile(this.exact, p);
    if (p >= 100) return this.max;
    if (p <= 0) return this.min;
    let rank = Math.ceil(p / 100 * this.count), seen = 0;
    for (let key of [...this.buckets.keys()].sort((a, b) => a - b))
      if (seen += this.buckets.get(key), seen >= rank) return Math.min(this.max, Math.max(this.min, bucketValue(key)));
    return this.max;
  }
  snapshot() {
    if (this.count === 0) return { count: 0, sum: 0 };
    let r = (n) => n === void 0 ? void 0 : Math.round(n * 100) / 100;
    return {
      count: this.count,
      sum: r(this.sum),
      min: r(this.min),
      max: r(this.max),
      p50: r(this.quantile(50)),
      p95: r(this.quantile(95)),
      p99: r(this.quantile(99))
    };
  }
};

// lib/monitor/prometheus.ts
var PROM_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8", PROM_PREFIX = "twol_";
function escapeLabelValue(v) {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}
function escapeHelp(v) {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function formatValue(n) {
  return Number.isNaN(n) ? "NaN" : n === 1 / 0 ? "+Inf" : n === -1 / 0 ? "-Inf" : String(n);
}
function labelText(labels) {
  let keys = Object.keys(labels);
  return keys.length === 0 ? "" : `{${keys.map((k) => `${k}="${escapeLabelValue(labels[k])}"`).join(",")}}`;
}
var Writer = class {
  lines = [];
  family(name, type, help) {
    this.lines.push(`# HELP ${PROM_PREFIX}${name} ${escapeHelp(help)}`, `# TYPE ${PROM_PREFIX}${name} ${type}`);
  }
  sample(name, value, labels = {}) {
    this.lines.push(`${PROM_PREFIX}${name}${labelText(labels)} ${formatValue(value)}`);
  }
  /** Cumulative buckets in seconds from DurationStats' millisecond export counts. */
  histogram(name, stats, labels = {}) {
    EXPORT_BUCKETS_MS.forEach(
      (ms, i) => this.sample(`${name}_bucket`, stats.exportCounts[i], { ...labels, le: formatValue(ms / 1e3) })
    ), this.sample(`${name}_bucket`, stats.count, { ...labels, le: "+Inf" }), this.sample(`${name}_sum`, stats.sum / 1e3, labels), this.sample(`${name}_count`, stats.count, labels);
  }
  text() {
    return `${this.lines.join(`
`)}
`;
  }
}, PLAN_STATES = ["none", "running", "complete"];
function renderPrometheus(summary, now = /* @__PURE__ */ new Date()) {
  let s = summary.snapshot(now), w = new Writer();
  w.family("events_total", "counter", "Events read from the 2L log, by event type.");
  let types = Object.keys(s.by_type).sort();
  for (let type of types) w.sample("events_total", s.by_type[type], { type });
  w.family("malformed_lines_total", "counter", "Log lines skipped because they were not 2L events."), w.sample("malformed_lines_total", s.malformed), w.family("errors_total", "counter", "Error events (tool failures, stop errors, events carrying an error)."), w.sample("errors_total", s.errors.count), w.family("sessions", "gauge", "Claude Code sessions seen in the log, by state.");
  let ended = s.sessions.filter((x) => x.ended !== void 0).length;
  w.sample("sessions", s.sessions.length - ended, { state: "open" }), w.sample("sessions", ended, { state: "ended" }), w.family(
    "agents",
    "gauge",
    "Agents started and not completed, by state (orphaned: no completion after the timeout or after their session ended)."
  ), w.sample("agents", s.agents.active.length, { state: "active" }), w.sample("agents", s.agents.orphaned.length, { state: "orphaned" }), w.family("agents_completed_total", "counter", "Agent completions seen in the log."), w.sample("agents_completed_total", s.agents.completed), w.family("plan_status", "gauge", "State of the 2L plan: 1 for the current state, 0 for the others.");
  for (let state of PLAN_STATES) w.sample("plan_status", s.plan.status === state ? 1 : 0, { status: state });
  w.family("phases", "gauge", "Phases entered in the current plan."), w.sample("phases", s.phases.length);
  let tools = [...summary.toolStats()].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  w.family("tool_calls_total", "counter", "Completed tool calls (success or failure), by tool.");
  for (let [tool, t] of tools) w.sample("tool_calls_total", t.calls, { tool });
  w.family("tool_failures_total", "counter", "Failed tool calls, by tool.");
  for (let [tool, t] of tools) w.sample("tool_failures_total", t.failures, { tool });
  w.family("tool_duration_seconds", "histogram", "Tool call duration as reported by Claude Code, by tool.");
  for (let [tool, t] of tools) w.histogram("tool_duration_seconds", t.stats, { tool });
  if (w.family("hook_duration_seconds", "histogram", "Time the 2L hook took per event before its write (hook overhead)."), w.histogram("hook_duration_seconds", summary.hookStats()), renderMetricSeries(w, s.metrics.series), s.last) {
    let t = Date.parse(s.last);
    Number.isFinite(t) && (w.family("last_event_timestamp_seconds", "gauge", "Unix time of the newest event in the log."), w.sample("last_event_timestamp_seconds", t / 1e3));
  }
  return w.text();
}
function renderMetricSeries(w, series) {
  if (series.length === 0) return;
  let labelsOf = (m) => ({ name: m.name, ...m.labels });
  w.family("metric_value", "gauge", "Newest value of each metric orchestrators reported (2l metric), in its own unit.");
  for (let m of series) w.sample("metric_value", m.last, m.unit ? { ...labelsOf(m), unit: m.unit } : labelsOf(m));
  w.family(
    "metric_observations",
    "summary",
    "Values reported per metric: quantiles of the newest 256, sum and count of all."
  );
  for (let m of series)
    w.sample("metric_observations", m.p50, { ...labelsOf(m), quantile: "0.5" }), w.sample("metric_observations", m.p95, { ...labelsOf(m), quantile: "0.95" }), w.sample("metric_observations_sum", m.sum, labelsOf(m)), w.sample("metric_observations_count", m.count, labelsOf(m));
}

// lib/dashboard/answers.ts
var Answers = class {
  constructor(feed, project, started) {
    this.feed = feed;
    this.project = project;
    this.started = started;
    let problemKey = () => feed.logStatus().problem ?? "";
    this.state = new SharedBody(
      () => JSON.stringify(this.statePayload()),
      () => `${feed.epoch}|${problemKey()}`,
      500
    ), this.early = new SharedBody(
      () => JSON.stringify({
        ...this.statePayload(),
        loading: !0,
        progress: feed.progress(),
        seq: 0,
        events: this.preview
      }),
      () => "",
      250
    ), this.summary = new SharedBody(
      () => JSON.stringify(feed.summary.snapshot()),
      () => `${feed.epoch}|${feed.seq}`,
      1e3
    ), this.metrics = new SharedBody(
      () => renderPrometheus(feed.summary),
      () => `${feed.epoch}|${feed.seq}`,
      1e3
    );
  }
  feed;
  project;
  started;
  /** `/api/state`: the newest events, the summary and where the log stands. */
  state;
  /** `/api/summary`. */
  summary;
  /** `/metrics`, in Prometheus text format. */
  metrics;
  early;
  preview = [];
  /** `/api/state?early=1` while the log is still being read: its newest events and the summary so far. */
  async earlyState() {
    return this.preview = await this.feed.preview(), this.early.get();
  }
  statePayload() {
    let feed = this.feed;
    return {
      app: APP_ID,
      project: this.project,
      name: path5.basename(this.project),
      log: { path: feed.file, ...feed.logStatus() },
      started: this.started,
      seq: feed.seq,
      epoch: feed.epoch,
      now: (/* @__PURE__ */ new Date()).toISOString(),
      summary: feed.summary.snapshot(),
      events: feed.lines(),
      loading: !1,
      progress: 1
    };
  }
};

// lib/dashboard/feed.ts
import fs7 from "node:fs";
import path8 from "node:path";

// lib/dashboard/event.ts
var NAME_FIELDS = [
  "event_type",
  "phase",
  "agent_id",
  "session_id",
  "hook",
  "tool_name",
  "tool_use_id",
  "agent_type"
], TEXT_FIELDS = ["data", "error"], NUMBER_FIELDS = ["duration_ms", "hook_ms"], PAYLOAD_TYPES = /* @__PURE__ */ new Set(["performance_alert", "db_check", "mcp_check"]), CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function digit(ts, i, max = 57) {
  let c = ts.charCodeAt(i);
  return c >= 48 && c <= max;
}
function secondsOk(ts) {
  return digit(ts, 17, 53) && digit(ts, 18) && ts.charCodeAt(19) === 46 && digit(ts, 20) && digit(ts, 21) && digit(ts, 22) && ts.charCodeAt(23) === 90;
}
var checkedMinute = "\0", ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function eventTime(ts) {
  if (typeof ts != "string" || ts.length > 40) return "";
  if (ts.length === 24 && ts.startsWith(checkedMinute) && secondsOk(ts)) return ts;
  let m = ISO.exec(ts);
  if (!m) return "";
  let [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number), at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d || at.getUTCHours() !== h || at.getUTCMinutes() !== mi || at.getUTCSeconds() !== s)
    return "";
  if (CANONICAL.test(ts))
    return checkedMinute = ts.slice(0, 17), ts;
  let t = Date.parse(ts);
  return Number.isFinite(t) ? new Date(t).toISOString() : "";
}
function asText(v, max) {
  if (v == null) return;
  let s = typeof v == "string" ? v : JSON.stringify(v);
  if (typeof s == "string")
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
function asAmount(v) {
  return typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
}
function payloadFits(p) {
  if (p === void 0) return !0;
  try {
    return (JSON.stringify(p)?.length ?? 0) <= 16384;
  } catch {
    return !1;
  }
}
function fits(v, max) {
  return v === void 0 || typeof v == "string" && v.length <= max;
}
function isAmountOrAbsent(v) {
  return v === void 0 || asAmount(v) !== void 0;
}
function isClean(e) {
  return fits(e.event_type, 200) && fits(e.phase, 200) && fits(e.agent_id, 200) && fits(e.session_id, 200) && fits(e.hook, 200) && fits(e.tool_name, 200) && fits(e.tool_use_id, 200) && fits(e.agent_type, 200) && fits(e.data, 2e3) && fits(e.error, 2e3) && isAmountOrAbsent(e.duration_ms) && isAmountOrAbsent(e.hook_ms) && eventTime(e.timestamp) === e.timestamp && (!PAYLOAD_TYPES.has(e.event_type) || payloadFits(e.payload));
}
function forSummary(e) {
  if (isClean(e)) return e;
  let c = { ...e };
  for (let k of NAME_FIELDS) c[k] = asText(c[k], 200);
  for (let k of TEXT_FIELDS) c[k] = asText(c[k], 2e3);
  for (let k of NUMBER_FIELDS) c[k] = asAmount(c[k]);
  c.timestamp = eventTime(e.timestamp), c.event_type ??= "", c.phase ??= "", c.agent_id ??= "", c.data ??= "", PAYLOAD_TYPES.has(String(c.event_type)) && !payloadFits(c.payload) && delete c.payload;
  for (let k of Object.keys(c)) c[k] === void 0 && delete c[k];
  return c;
}
function shortLine(e, length) {
  let c = forSummary(e), out = { timestamp: asText(e.timestamp, 40) };
  for (let k of [...NAME_FIELDS, ...TEXT_FIELDS, ...NUMBER_FIELDS, "v", "source"])
    c[k] !== void 0 && (out[k] = c[k]);
  return out.payload = `[omitted: ${length} chars]`, JSON.stringify(out);
}

// lib/events/format.ts
var CHECK_TYPES = ["db_check", "mcp_check"], TOOL_TYPES = [...CHECK_TYPES, "performance_alert"];
var DENIED_EVENT_TYPE = "tool_denied", ERROR_EVENT_TYPES = ["tool_error", "stop_error", "error"];
function isErrorEvent(type) {
  return ERROR_EVENT_TYPES.includes(type);
}
var DEFAULT_PHASE = "unknown", DEFAULT_AGENT = "orchestrator";
function parseEventLine(line) {
  if (!line || line[0] !== "{") return;
  let e;
  try {
    e = JSON.parse(line);
  } catch {
    return;
  }
  if (!(!e || typeof e != "object" || Array.isArray(e) || typeof e.timestamp != "string" || typeof e.event_type != "string"))
    return typeof e.phase != "string" && (e.phase = DEFAULT_PHASE), typeof e.agent_id != "string" && (e.agent_id = DEFAULT_AGENT), typeof e.data != "string" && (e.data = e.data === void 0 ? "" : JSON.stringify(e.data)), typeof e.v != "number" && (e.v = 0), e.source !== "hook" && (e.source = "emit"), e;
}
function newEvent(eventType, data, fields = {}, now = /* @__PURE__ */ new Date()) {
  return {
    timestamp: now.toISOString(),
    event_type: eventType,
    phase: DEFAULT_PHASE,
    agent_id: DEFAULT_AGENT,
    data,
    v: 1,
    source: "emit",
    ...fields
  };
}

// lib/events/stream.ts
import fs5 from "node:fs";

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

// lib/events/writer.ts
import fs4 from "node:fs";
import path6 from "node:path";

// lib/shared/state-lock.ts
import fs3 from "node:fs";
function takeStateLock(lock, opts) {
  try {
    return fs3.mkdirSync(lock, { mode: 448 }), !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  let st = fs3.lstatSync(lock, { throwIfNoEntry: !1 });
  if (st === void 0) return !1;
  if (st.isDirectory()) {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return !1;
    try {
      fs3.rmdirSync(lock);
    } catch (err) {
      let code = errorCode(err);
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return !1;
    }
  } else {
    if (opts.planted !== "remove") throw new UnsafePathError(lock, st.isSymbolicLink() ? "symlink" : "not-directory");
    try {
      fs3.unlinkSync(lock);
    } catch {
      return !1;
    }
  }
  if (!opts.takeOverStale) return !1;
  try {
    return fs3.mkdirSync(lock, { mode: 448 }), !0;
  } catch {
    return !1;
  }
}
function releaseStateLock(lock) {
  try {
    fs3.rmdirSync(lock);
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
    return fs4.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 10;
  } catch {
    return !0;
  }
}
function writeAll(fd, buf) {
  let off = 0;
  for (; off < buf.length; ) off += fs4.writeSync(fd, buf, off, buf.length - off);
}
function useStateDir(dir) {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT") ensureStateRoot(dir);
    else throw err;
  }
}
function appendToLog(dir, buf, opts = {}) {
  let file = path6.join(dir, EVENTS_FILE), cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = fs4.fstatSync(fd);
    st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts) && (fs4.closeSync(fd), fd = openRegular(file, APPEND_FLAGS), st = fs4.fstatSync(fd));
    let cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    fs4.closeSync(fd);
  }
}
function rotateOrWarn(dir, file, cap, opts) {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => /* @__PURE__ */ new Date()));
  } catch (err) {
    return opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), !1;
  }
}
var exists = (p) => fs4.lstatSync(p, { throwIfNoEntry: !1 }) !== void 0;
function rotate(dir, file, cap, now) {
  let lock = path6.join(dir, ".rotate.lock");
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: !1 })) return !1;
  try {
    let st = fs4.lstatSync(file, { throwIfNoEntry: !1 });
    if (st === void 0 || !st.isFile() || st.size < cap) return !0;
    let at = now(), target = path6.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = path6.join(dir, archiveName(at).replace(".jsonl", `-${i}.jsonl`));
    return fs4.renameSync(file, target), !0;
  } finally {
    releaseStateLock(lock);
  }
}
function appendEvent(projectDir, event, opts = {}) {
  appendToLog(path6.join(projectDir, STATE_DIR), serialise(event), opts);
}
function listArchives(dir) {
  let names;
  try {
    names = fs4.readdirSync(dir);
  } catch {
    return [];
  }
  let keyed = [];
  for (let n of names) {
    let m = /^events-(\d{8}T\d{9}Z)(?:-(\d+))?\.jsonl$/.exec(n);
    m && keyed.push([m[1], Number(m[2] ?? 0), n]);
  }
  return keyed.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]), keyed.map(([, , n]) => path6.join(dir, n));
}

// lib/events/stream.ts
function newStreamStats() {
  return {
    files: 0,
    bytes: 0,
    lines: 0,
    events: 0,
    skipped: 0,
    malformed: 0,
    truncated: 0,
    oversized: 0,
    skippedFiles: 0
  };
}
async function* fileLines(file, maxLineBytes, stats, chunkBytes = 65536) {
  let splitter = new LineSplitter({ maxLineBytes }), fd = typeof file == "number" ? file : openRegular(file, READ_FLAGS), stream = fs5.createReadStream("", { fd, highWaterMark: chunkBytes });
  for await (let chunk of stream) {
    stats.bytes += chunk.length;
    let lines = splitter.push(chunk);
    lines.length > 0 && (yield { lines, complete: !0 });
  }
  let last = splitter.end();
  last !== void 0 && (yield { lines: [last], complete: !1 });
}
var CANONICAL2 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function isBefore(timestamp, since, sinceIso) {
  if (timestamp.length === 24 && CANONICAL2.test(timestamp)) return timestamp < sinceIso;
  let t = Date.parse(timestamp);
  return Number.isNaN(t) ? !1 : t < since.getTime();
}
async function* streamFileBatches(files, opts = {}) {
  let stats = opts.stats ?? newStreamStats(), maxLine = opts.maxLineBytes ?? 16 * 1024 * 1024, since = opts.since, sinceIso = since?.toISOString() ?? "", bad = (kind) => {
    stats[kind]++, opts.onBadLine?.(kind);
  };
  for (let file of files) {
    let fd, mtime;
    try {
      if (fd = openRegularForRead(file), fd === void 0) continue;
      mtime = fs5.fstatSync(fd).mtimeMs;
    } catch (err) {
      throw fd !== void 0 && fs5.closeSync(fd), readError(file, err);
    }
    if (since && file.includes("events-") && mtime < since.getTime()) {
      fs5.closeSync(fd), stats.skippedFiles++;
      continue;
    }
    stats.files++;
    try {
      for await (let batch of fileLines(fd, maxLine, stats, opts.chunkBytes)) {
        let out = [];
        for (let text of batch.lines) {
          if (text === "") continue;
          if (stats.lines++, typeof text != "string") {
            bad("oversized");
            continue;
          }
          let event = parseEventLine(text);
          if (!event) {
            bad(batch.complete ? "malformed" : "truncated");
            continue;
          }
          if (stats.events++, since && isBefore(event.timestamp, since, sinceIso)) {
            stats.skipped++;
            continue;
          }
          out.push(event);
        }
        out.length > 0 && (yield out);
      }
    } catch (err) {
      if (errorCode(err) === "ENOENT") continue;
      throw readError(file, err);
    }
  }
}
function readError(file, err) {
  let why = isUnsafePath(err) ? refusalText(err) : errorMessage(err);
  return Object.assign(new Error(`cannot read the event log \`${file}\`: ${why}`), { code: errorCode(err) });
}

// lib/events/follower.ts
import fs6 from "node:fs";
import path7 from "node:path";
var LogFollower = class {
  constructor(file, opts) {
    this.file = file;
    this.opts = {
      ...opts,
      pollMs: opts.pollMs ?? 1e3,
      chunkBytes: opts.chunkBytes ?? 1 << 20,
      maxLineBytes: opts.maxLineBytes ?? 4 << 20,
      watch: opts.watch ?? !0
    }, this.buf = Buffer.allocUnsafe(this.opts.chunkBytes), this.splitter = new LineSplitter({ maxLineBytes: this.opts.maxLineBytes });
  }
  file;
  /** Bytes of the current file consumed, up to the last complete line. */
  offset = 0;
  handle;
  ino = -1;
  splitter;
  buf;
  running = Promise.resolve();
  queued = !1;
  closed = !1;
  watcher;
  timer;
  known = /* @__PURE__ */ new Set();
  problem;
  opts;
  /**
   * Reads everything already in the log, then follows it. `alreadyRead` names
   * the archives the caller has read itself (default: every archive present
   * now); any other archive found before the log is opened is read first.
   */
  async start(alreadyRead) {
    for (let a of alreadyRead ?? this.opts.archives?.() ?? []) this.known.add(a);
    await this.check(), !this.closed && (this.timer = setInterval(() => {
      this.check();
    }, this.opts.pollMs), this.timer.unref(), this.ensureWatch());
  }
  /** Catch up with the file now; concurrent calls coalesce into one pass. */
  check() {
    return this.queued ? this.running : (this.queued = !0, this.running = this.running.then(async () => {
      if (this.queued = !1, !this.closed)
        try {
          await this.pass();
        } catch {
        }
    }), this.running);
  }
  async close() {
    this.closed = !0, this.timer && clearInterval(this.timer), this.watcher?.close(), await this.running, await this.handle?.close().catch(() => {
    }), this.handle = void 0;
  }
  ensureWatch() {
    if (!this.opts.watch || this.watcher || this.closed) return;
    let base = path7.basename(this.file);
    try {
      this.watcher = fs6.watch(path7.dirname(this.file), { persistent: !1 }, (_event, name) => {
        (!name || name === base) && this.check();
      }), this.watcher.on("error", () => {
        this.watcher?.close(), this.watcher = void 0;
      });
    } catch {
      this.watcher = void 0;
    }
  }
  /** The log's lstat when it is a regular file in a folder of ours; undefined when absent. */
  async look() {
    try {
      checkPrivateDir(path7.dirname(this.file));
      let st = await fs6.promises.lstat(this.file);
      if (st.isSymbolicLink()) throw new UnsafePathError(this.file, "symlink");
      if (!st.isFile()) throw new UnsafePathError(this.file, "not-regular");
      return st;
    } catch (err) {
      if (isUnsafePath(err)) throw err;
      return;
    }
  }
  /** Tell the owner when the verdict on the path changes, not on every poll. */
  report(problem) {
    problem?.message !== this.problem && (this.problem = problem?.message, this.opts.onProblem?.(problem));
  }
  async pass() {
    let st, problem;
    try {
      st = await this.look();
    } catch (err) {
      problem = err;
    }
    problem || this.ensureWatch();
    let replaced = this.handle !== void 0 && (!st || st.ino !== this.ino || (await this.handle.stat()).nlink === 0);
    if (this.handle && replaced) {
      if (await this.drain().catch(() => {
      }), !st) return this.report(problem);
      await this.handle.close().catch(() => {
      }), this.handle = void 0, this.endOfFile();
    }
    if (!st) return this.report(problem);
    if (!this.handle) {
      await this.catchUpArchives();
      try {
        this.handle = await openRegularHandle(this.file);
      } catch (err) {
        isUnsafePath(err) && this.report(err);
        return;
      }
      if (!this.handle) return;
      this.report(void 0);
      let opened = await this.handle.stat(), first = this.ino === -1;
      this.ino = opened.ino, this.offset = 0, first || this.opts.onSwitch?.();
    }
    (await this.handle.stat()).size < this.offset + this.splitter.held && (this.offset = 0, this.splitter.reset(), this.opts.onTruncate?.()), await this.drain();
  }
  async catchUpArchives() {
    if (this.opts.archives)
      for (let a of this.opts.archives()) {
        if (this.known.has(a)) continue;
        this.known.add(a);
        let h;
        try {
          h = await openRegularHandle(a);
        } catch {
          h = void 0;
        }
        if (h)
          try {
            if ((await h.stat()).ino === this.ino) continue;
            this.handle = h, this.offset = 0, await this.drain();
          } finally {
            this.handle = void 0, await h.close().catch(() => {
            }), this.endOfFile();
          }
      }
  }
  /** Read from the held descriptor to its end. */
  async drain() {
    let h = this.handle;
    if (h)
      for (; ; ) {
        let pos = this.offset + this.splitter.held, { bytesRead } = await h.read(this.buf, 0, this.buf.length, pos);
        if (bytesRead === 0 || this.closed) return;
        this.consume(this.buf.subarray(0, bytesRead));
      }
  }
  consume(chunk) {
    let before = this.splitter.held, lines = [];
    for (let line of this.splitter.push(chunk))
      typeof line == "string" ? lines.push(line) : this.opts.onDropped?.();
    this.offset += before + chunk.length - this.splitter.held, lines.length > 0 && this.opts.onLines(lines);
  }
  /** The old file is finished: half a line left in it will never complete. */
  endOfFile() {
    this.splitter.end() !== void 0 && this.opts.onDropped?.();
  }
};

// lib/events/metric.ts
var METRIC_EVENT_TYPE = "metric", METRIC_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/, METRIC_UNIT_RE = /^[A-Za-z%/][A-Za-z0-9_%/.]{0,15}$/, LABEL_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/, RESERVED_LABELS = /* @__PURE__ */ new Set(["le", "quantile", "name", "unit", "job", "instance"]), MAX_LABELS = 8, MAX_LABEL_VALUE = 128, MAX_ABS_VALUE = 1e15;
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function metricNameProblem(name) {
  if (!METRIC_NAME_RE.test(name))
    return `\`${printable(name)}\` is not a metric name (a letter or _, then letters, digits or _; up to 64)`;
}
function parseLabel(text) {
  let eq = text.indexOf("=");
  if (eq <= 0) return `\`--label ${printable(text)}\` must be key=value`;
  let key = text.slice(0, eq), value = text.slice(eq + 1);
  return !LABEL_KEY_RE.test(key) || key.startsWith("__") ? `\`${printable(key)}\` is not a label name (a letter or _, then letters, digits or _; up to 32; not __\u2026)` : RESERVED_LABELS.has(key) ? `label \`${key}\` is reserved` : value.length > MAX_LABEL_VALUE ? `label \`${key}\` is longer than ${MAX_LABEL_VALUE} characters` : CONTROL_RE.test(value) ? `label \`${key}\` holds a control character` : [key, value];
}
function readMetricPayload(payload) {
  if (!payload || typeof payload != "object" || Array.isArray(payload)) return;
  let p = payload;
  if (typeof p.name != "string" || metricNameProblem(p.name) || typeof p.value != "number" || !Number.isFinite(p.value) || Math.abs(p.value) >= MAX_ABS_VALUE) return;
  let out = { name: p.name, value: p.value };
  if (typeof p.unit == "string" && METRIC_UNIT_RE.test(p.unit) && (out.unit = p.unit), p.labels && typeof p.labels == "object" && !Array.isArray(p.labels)) {
    let entries = Object.entries(p.labels).filter(
      (kv) => typeof kv[1] == "string" && Array.isArray(parseLabel(`${kv[0]}=${kv[1]}`))
    ).sort((a, b) => a[0] < b[0] ? -1 : 1);
    if (entries.length > MAX_LABELS) return;
    entries.length > 0 && (out.labels = Object.fromEntries(entries));
  }
  return out;
}
function seriesKey(m) {
  return JSON.stringify([m.name, m.labels ?? {}]);
}
function printable(s) {
  return s.replace(new RegExp(CONTROL_RE.source, "g"), "?").slice(0, 80);
}

// lib/monitor/metrics.ts
var MetricsTracker = class {
  constructor(maxSeries = 200, keepValues = 256) {
    this.maxSeries = maxSeries;
    this.keepValues = keepValues;
  }
  maxSeries;
  keepValues;
  series = /* @__PURE__ */ new Map();
  droppedKeys = /* @__PURE__ */ new Set();
  invalid = 0;
  add(e) {
    if (e.event_type !== METRIC_EVENT_TYPE) return;
    let m = readMetricPayload(e.payload);
    if (!m) {
      this.invalid++;
      return;
    }
    let key = seriesKey(m), acc = this.series.get(key);
    if (!acc) {
      if (this.series.size >= this.maxSeries) {
        this.droppedKeys.size < 1e4 && this.droppedKeys.add(key);
        return;
      }
      acc = {
        name: m.name,
        labels: m.labels ?? {},
        last: m.value,
        lastAt: e.timestamp,
        count: 0,
        sum: 0,
        min: m.value,
        max: m.value,
        recent: []
      }, this.series.set(key, acc);
    }
    acc.count++, acc.sum += m.value, acc.min = Math.min(acc.min, m.value), acc.max = Math.max(acc.max, m.value), e.timestamp >= acc.lastAt && (acc.last = m.value, acc.lastAt = e.timestamp, m.unit && (acc.unit = m.unit)), acc.recent.push(m.value), acc.recent.length > this.keepValues && acc.recent.shift();
  }
  snapshot() {
    return { series: [...this.series.values()].map((a) => {
      let sorted = [...a.recent].sort((x, y) => x - y), s = {
        name: a.name,
        labels: { ...a.labels },
        last: a.last,
        last_at: a.lastAt,
        count: a.count,
        sum: a.sum,
        min: a.min,
        max: a.max,
        p50: percentile(sorted, 50) ?? a.last,
        p95: percentile(sorted, 95) ?? a.last,
        recent: a.recent.slice(-20)
      };
      return a.unit && (s.unit = a.unit), s;
    }).sort((x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : seriesKey(x) < seriesKey(y) ? -1 : 1), dropped_series: this.droppedKeys.size, invalid: this.invalid };
  }
};

// lib/monitor/kpis.ts
function coverage(intervals, from, to) {
  let edges = [];
  for (let i of intervals) {
    let s = Math.max(i.start, from), e = Math.min(i.end, to);
    e > s && edges.push([s, 1], [e, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0, prev = from, any = 0, multi = 0;
  for (let [t, d] of edges)
    depth >= 1 && (any += t - prev), depth >= 2 && (multi += t - prev), depth += d, prev = t;
  return { any, multi };
}
function validationOutcome(e) {
  let p = e.payload;
  if (p && typeof p == "object" && !Array.isArray(p)) {
    if (typeof p.passed == "boolean") return p.passed;
    for (let k of ["status", "outcome", "result"]) {
      let v = p[k];
      if (typeof v == "string") {
        if (/^(pass|passed|ok|success)$/i.test(v)) return !0;
        if (/^(fail|failed|error|failure)$/i.test(v)) return !1;
      }
    }
  }
  if (/^\s*(PASS(ED)?|OK|SUCCESS)\b/i.test(e.data)) return !0;
  if (/^\s*(FAIL(ED|URE)?|ERROR)\b/i.test(e.data)) return !1;
}
var ratio = (n, d) => d > 0 ? n / d : null, KpiTracker = class {
  constructor(maxIntervals = 5e3) {
    this.maxIntervals = maxIntervals;
  }
  maxIntervals;
  first = 1 / 0;
  last = -1 / 0;
  passed = 0;
  failed = 0;
  toolOk = 0;
  toolFailed = 0;
  iterations = 0;
  agentsCompleted = 0;
  intervals = [];
  openAgents = /* @__PURE__ */ new Map();
  add(e) {
    let t = Date.parse(e.timestamp);
    if (Number.isFinite(t))
      switch (this.first = Math.min(this.first, t), this.last = Math.max(this.last, t), e.event_type) {
        case "validation_result": {
          let ok = validationOutcome(e);
          ok === !0 && this.passed++, ok === !1 && this.failed++;
          break;
        }
        case "iteration_complete":
          this.iterations++;
          break;
        case "tool_complete":
        case "tool_error":
          e.event_type === "tool_complete" ? this.toolOk++ : this.toolFailed++, typeof e.duration_ms == "number" && e.duration_ms > 0 && this.push({ start: t - e.duration_ms, end: t, kind: "tool" });
          break;
        case "agent_spawn":
        case "agent_start": {
          if (e.source === "hook" && e.agent_type === "") break;
          let key = `${e.source}:${e.agent_id}`;
          this.openAgents.has(key) || this.openAgents.set(key, t), this.openAgents.size > 2e3 && this.openAgents.delete(this.openAgents.keys().next().value);
          break;
        }
        case "agent_complete": {
          if (e.source === "hook" && e.agent_type === "") break;
          this.agentsCompleted++;
          let key = `${e.source}:${e.agent_id}`, start = this.openAgents.get(key);
          start !== void 0 && (this.openAgents.delete(key), this.push({ start, end: t, kind: "agent" }));
          break;
        }
      }
  }
  push(i) {
    this.intervals.push(i), this.intervals.length > this.maxIntervals * 2 && (this.intervals = this.intervals.slice(-this.maxIntervals));
  }
  /** Agents still open count as running until the newest event (not `now`: a quiet log is not busy). */
  snapshot() {
    let wall = Number.isFinite(this.first) ? this.last - this.first : 0, open = [...this.openAgents.values()].map((start) => ({ start, end: this.last, kind: "agent" })), all = [...this.intervals.slice(-this.maxIntervals), ...open], agents = coverage(
      all.filter((i) => i.kind === "agent"),
      this.first,
      this.last
    ), both = coverage(all, this.first, this.last), tasks = this.iterations + this.agentsCompleted;
    return {
      wall_ms: wall,
      validation: {
        passed: this.passed,
        failed: this.failed,
        success_rate: ratio(this.passed, this.passed + this.failed)
      },
      tools: {
        succeeded: this.toolOk,
        failed: this.toolFailed,
        success_rate: ratio(this.toolOk, this.toolOk + this.toolFailed)
      },
      tasks: {
        iterations: this.iterations,
        agents_completed: this.agentsCompleted,
        per_hour: wall >= 6e4 ? tasks * 36e5 / wall : null
      },
      agent_utilisation: ratio(agents.any, wall),
      parallel_ratio: ratio(both.multi, wall)
    };
  }
};

// lib/monitor/resources.ts
var RESOURCE_EVENT_TYPE = "resource_sample";
function parseProcStat(text) {
  let open = text.indexOf("("), close = text.lastIndexOf(")");
  if (open < 0 || close < open) return;
  let pid = Number(text.slice(0, open).trim()), f = text.slice(close + 2).trim().split(" "), n = (field) => Number(f[field - 3]), ticks = n(14) + n(15) + n(16) + n(17);
  if (!(!Number.isInteger(pid) || !Number.isFinite(ticks) || !Number.isFinite(n(4))))
    return { pid, ppid: n(4), comm: text.slice(open + 1, close), ticks, start: n(22) };
}
function parseVmRss(status) {
  let m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}
function descendants(procs, roots) {
  let children = /* @__PURE__ */ new Map();
  for (let [pid, p] of procs) {
    let list = children.get(p.ppid);
    list ? list.push(pid) : children.set(p.ppid, [pid]);
  }
  let out = /* @__PURE__ */ new Set(), stack = [...roots];
  for (; stack.length > 0; ) {
    let pid = stack.pop();
    out.has(pid) || !procs.has(pid) || (out.add(pid), stack.push(...children.get(pid) ?? []));
  }
  return out;
}
function ticksSince(now, members, prev, prevUptimeTicks) {
  let used = 0;
  for (let pid of members) {
    let p = now.get(pid);
    if (!p) continue;
    let before = prev?.get(pid);
    before !== void 0 ? used += Math.max(0, p.ticks - before) : prevUptimeTicks !== void 0 && p.start >= prevUptimeTicks && (used += p.ticks);
  }
  return used;
}
var num = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
function group(v) {
  if (!v || typeof v != "object") return;
  let g = v, pids = num(g.pids), cpu = num(g.cpu_pct), rss = num(g.rss_bytes);
  return pids === void 0 || cpu === void 0 || rss === void 0 ? void 0 : { pids, cpu_pct: cpu, rss_bytes: rss };
}
function readResourceSample(payload) {
  if (!payload || typeof payload != "object") return;
  let p = payload, claude = group(p.claude), pack = group(p.pack), m = p.machine;
  if (!claude || !pack || !m || typeof m != "object") return;
  let machine = {
    load1: num(m.load1),
    load5: num(m.load5),
    load15: num(m.load15),
    mem_available_bytes: num(m.mem_available_bytes),
    mem_total_bytes: num(m.mem_total_bytes),
    cpus: num(m.cpus)
  };
  if (!Object.values(machine).some((x) => x === void 0))
    return {
      interval_ms: num(p.interval_ms) ?? 0,
      claude: { ...claude, roots: num(p.claude.roots) ?? 0 },
      pack,
      machine,
      cost_ms: num(p.cost_ms) ?? 0
    };
}
function latestResources(current, e) {
  if (e.event_type !== RESOURCE_EVENT_TYPE || current && e.timestamp < current.at) return current;
  let s = readResourceSample(e.payload);
  return s ? { ...s, at: e.timestamp } : current;
}

// lib/monitor/summary.ts
var CLOSES = /* @__PURE__ */ new Set(["tool_complete", "tool_error", DENIED_EVENT_TYPE]), MAX_CLOSED = 4096;
function evictOldest(map, max) {
  for (; map.size > max; ) map.delete(map.keys().next().value);
}
var Summary = class {
  events = 0;
  malformed = 0;
  first;
  last;
  byType = /* @__PURE__ */ new Map();
  sessions = /* @__PURE__ */ new Map();
  agents = /* @__PURE__ */ new Map();
  completedAgents = 0;
  activeAlerts = /* @__PURE__ */ new Map();
  pipelineErrors = 0;
  plan = { status: "none" };
  phases = [];
  tools = /* @__PURE__ */ new Map();
  /** Calls already closed, so that a second close (a denial both auto mode and the batch report) counts once. */
  closed = /* @__PURE__ */ new Map();
  slowest = [];
  hookMs = new DurationStats();
  errorCount = 0;
  recentErrors = [];
  checks = {};
  alerts = [];
  minutes = /* @__PURE__ */ new Map();
  metrics = new MetricsTracker();
  kpis = new KpiTracker();
  resources;
  lastActivity;
  opts;
  constructor(opts = {}) {
    this.opts = {
      orphanAfterMs: 30 * 6e4,
      keepErrors: 50,
      keepSlowest: 10,
      maxSessions: 500,
      maxAgents: 2e3,
      keepMinutes: 120,
      ...opts
    };
  }
  addMalformed() {
    this.malformed++;
  }
  add(e) {
    this.events++;
    let ts = e.timestamp;
    (!this.first || ts < this.first) && (this.first = ts), (!this.last || ts > this.last) && (this.last = ts), this.byType.set(e.event_type, (this.byType.get(e.event_type) ?? 0) + 1), typeof e.hook_ms == "number" && this.hookMs.add(e.hook_ms), e.event_type === "performance_alert" && this.trackActiveAlert(e), e.source === "hook" && e.error && !isErrorEvent(e.event_type) && this.pipelineErrors++;
    let repeatClose = this.isRepeatClose(e);
    this.trackSession(e, repeatClose), this.trackAgents(e), this.trackPlan(e), repeatClose || this.trackTools(e);
    let isError = isErrorEvent(e.event_type) || !!e.error && e.event_type !== "session_start";
    isError && this.trackError(e), this.trackMinute(ts, isError), e.event_type === "db_check" && (this.checks.db = e), e.event_type === "mcp_check" && (this.checks.mcp = e), e.event_type === "performance_alert" && (this.alerts = [...this.alerts.slice(-19), e]), this.metrics.add(e), this.kpis.add(e), this.resources = latestResources(this.resources, e), e.event_type !== RESOURCE_EVENT_TYPE && (!this.lastActivity || ts > this.lastActivity) && (this.lastActivity = ts);
  }
  /** The newest event that is not the server's own resource sample: whether a session is at work. */
  lastActivityAt() {
    return this.lastActivity;
  }
  trackActiveAlert(e) {
    let p = e.payload;
    !p || typeof p.key != "string" || (p.state === "resolved" ? this.activeAlerts.delete(p.key) : p.state === "breach" && (this.activeAlerts.delete(p.key), this.activeAlerts.set(p.key, e), evictOldest(this.activeAlerts, 200)));
  }
  /**
   * A denial for a call already closed: the same call reported by PermissionDenied
   * and PostToolBatch, or a completed tool whose output reads like a denial.
   */
  isRepeatClose(e) {
    if (!e.tool_use_id || !CLOSES.has(e.event_type)) return !1;
    let key = `${e.session_id ?? ""}\0${e.tool_use_id}`;
    return this.closed.has(key) ? e.event_type === DENIED_EVENT_TYPE : (this.closed.set(key, !0), evictOldest(this.closed, MAX_CLOSED), !1);
  }
  trackSession(e, repeatClose) {
    if (!e.session_id) return;
    let s = this.sessions.get(e.session_id);
    s || (s = {
      id: e.session_id,
      started: e.timestamp,
      last: e.timestamp,
      events: 0,
      tools: 0,
      toolErrors: 0,
      toolDenied: 0
    }, this.sessions.set(e.session_id, s), evictOldest(this.sessions, this.opts.maxSessions)), s.events++, s.last = e.timestamp, e.event_type === "session_end" && (s.ended = e.timestamp), e.event_type === "session_start" && (s.ended = void 0), e.event_type === "tool_complete" && s.tools++, e.event_type === "tool_error" && (s.tools++, s.toolErrors++), e.event_type === DENIED_EVENT_TYPE && !repeatClose && (s.tools++, s.toolDenied++);
  }
  /** Hook subagents are keyed by their id; 2L agents by id within no session. */
  agentKey(e) {
    return e.source === "hook" ? `hook:${e.agent_id}` : `emit:${e.agent_id}`;
  }
  trackAgents(e) {
    let isStart = e.event_type === "agent_start" || e.event_type === "agent_spawn", isEnd = e.event_type === "agent_complete";
    if (!isStart && !isEnd || e.source === "hook" && e.agent_type === "") return;
    let key = this.agentKey(e), known = this.agents.get(key);
    if (isStart) {
      if (known && known.status === "active") return;
      this.agents.set(key, {
        key,
        agent_id: e.agent_id,
        agent_type: e.agent_type,
        session_id: e.session_id,
        source: e.source,
        started: e.timestamp,
        status: "active"
      }), evictOldest(this.agents, this.opts.maxAgents);
      return;
    }
    this.completedAgents++, known ? (known.status = "complete", known.ended = e.timestamp) : this.agents.set(key, {
      key,
      agent_id: e.agent_id,
      agent_type: e.agent_type,
      session_id: e.session_id,
      source: e.source,
      started: e.timestamp,
      ended: e.timestamp,
      status: "complete"
    });
  }
  trackPlan(e) {
    switch (e.event_type) {
      case "plan_start":
        this.plan = { status: "running", started: e.timestamp, phase: e.phase !== "unknown" ? e.phase : void 0 }, this.phases = [];
        break;
      case "plan_complete":
        this.plan = { ...this.plan, status: "complete", completed: e.timestamp }, this.closePhase(e.timestamp);
        break;
      case "iteration_start":
        this.plan = {
          ...this.plan,
          status: this.plan.status === "none" ? "running" : this.plan.status,
          started: this.plan.started ?? e.timestamp,
          iteration: e.data
        };
        break;
      case "phase_change": {
        this.plan.status === "none" && (this.plan = { status: "running", started: e.timestamp });
        let phase = e.phase !== "unknown" ? e.phase : e.data;
        this.closePhase(e.timestamp), this.phases.push({ phase, started: e.timestamp }), this.phases.length > 200 && this.phases.shift(), this.plan = { ...this.plan, phase };
        break;
      }
    }
  }
  closePhase(at) {
    let open = this.phases[this.phases.length - 1];
    open && !open.ended && (open.ended = at);
  }
  trackTools(e) {
    if (!CLOSES.has(e.event_type) || !e.tool_name) return;
    let t = this.tools.get(e.tool_name);
    if (t || (t = { stats: new DurationStats(), calls: 0, failures: 0, denied: 0 }, this.tools.set(e.tool_name, t)), t.calls++, e.event_type === DENIED_EVENT_TYPE) {
      t.denied++;
      return;
    }
    let failed = e.event_type === "tool_error";
    if (failed && t.failures++, typeof e.duration_ms == "number") {
      t.stats.add(e.duration_ms);
      let k = this.opts.keepSlowest;
      (this.slowest.length < k || e.duration_ms > this.slowest[this.slowest.length - 1].duration_ms) && (this.slowest.push({
        tool: e.tool_name,
        duration_ms: e.duration_ms,
        timestamp: e.timestamp,
        data: e.data,
        failed
      }), this.slowest.sort((a, b) => b.duration_ms - a.duration_ms), this.slowest.length > k && this.slowest.pop());
    }
  }
  trackMinute(ts, isError) {
    let minute = ts.slice(0, 16);
    if (minute.length !== 16) return;
    let m = this.minutes.get(minute);
    if (!m && (m = { events: 0, errors: 0 }, this.minutes.set(minute, m), this.minutes.size > this.opts.keepMinutes)) {
      let oldest = minute;
      for (let k of this.minutes.keys()) k < oldest && (oldest = k);
      this.minutes.delete(oldest);
    }
    m.events++, isError && m.errors++;
  }
  trackError(e) {
    this.errorCount++;
    let entry = {
      timestamp: e.timestamp,
      event_type: e.event_type,
      agent_id: e.agent_id,
      data: e.data
    };
    e.tool_name && (entry.tool_name = e.tool_name), e.error && (entry.error = e.error), this.recentErrors.push(entry), this.recentErrors.length > this.opts.keepErrors && this.recentErrors.shift();
  }
  /** Per-tool duration stats, for exporters that need the histogram itself. */
  toolStats() {
    return this.tools;
  }
  hookStats() {
    return this.hookMs;
  }
  snapshot(now = /* @__PURE__ */ new Date()) {
    let reference = Math.max(now.getTime(), this.last ? Date.parse(this.last) : 0), active = [], orphaned = [];
    for (let a of this.agents.values()) {
      if (a.status !== "active") continue;
      let session = a.session_id ? this.sessions.get(a.session_id) : void 0;
      session?.ended !== void 0 && session.ended >= a.started || reference - Date.parse(a.started) > this.opts.orphanAfterMs ? orphaned.push(a) : active.push(a);
    }
    return {
      events: this.events,
      malformed: this.malformed,
      pipeline_errors: this.pipelineErrors,
      active_alerts: [...this.activeAlerts.values()],
      first: this.first,
      last: this.last,
      by_type: Object.fromEntries([...this.byType].sort((a, b) => b[1] - a[1])),
      sessions: [...this.sessions.values()],
      agents: { active, orphaned, completed: this.completedAgents },
      plan: { ...this.plan },
      phases: this.phases.map((p) => ({ ...p })),
      tools: [...this.tools].map(([tool, t]) => ({
        tool,
        calls: t.calls,
        failures: t.failures,
        denied: t.denied,
        // Over the calls that ran: a denied call neither failed nor succeeded.
        failure_rate: t.calls - t.denied ? t.failures / (t.calls - t.denied) : 0,
        ...t.stats.snapshot()
      })).sort((a, b) => b.calls - a.calls),
      slowest: this.slowest.map((s) => ({ ...s })),
      hook_ms: this.hookMs.snapshot(),
      errors: { count: this.errorCount, recent: [...this.recentErrors] },
      checks: { ...this.checks },
      alerts: [...this.alerts],
      per_minute: [...this.minutes].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([minute, m]) => ({ minute, ...m })),
      metrics: this.metrics.snapshot(),
      kpis: this.kpis.snapshot(),
      ...this.resources ? { resources: this.resources } : {}
    };
  }
};

// lib/dashboard/feed.ts
var MAX_LINE_BYTES = 4 << 20;
function regularStat(file) {
  try {
    let st = fs7.lstatSync(file);
    return st.isFile() ? st : void 0;
  } catch {
    return;
  }
}
function fileSize(file) {
  return regularStat(file)?.size ?? 0;
}
function splitArchives(dir) {
  try {
    checkPrivateDir(dir);
  } catch {
    return { regular: [], refused: [] };
  }
  let regular = [], refused = [];
  for (let a of listArchives(dir)) (regularStat(a) ? regular : refused).push(a);
  return { regular, refused };
}
async function readTail(file, count, maxBytes = 16 << 20) {
  let h;
  try {
    h = await openRegularHandle(file);
  } catch {
    h = void 0;
  }
  if (!h) return [];
  try {
    let size = (await h.stat()).size;
    for (let window = 262144; ; window *= 4) {
      let len = Math.min(size, window, maxBytes), buf = Buffer.alloc(len);
      await h.read(buf, 0, len, size - len);
      let lines = buf.toString("utf8").split(`
`);
      len < size && lines.shift();
      let valid = lines.map((l) => l.trim()).filter((l) => l !== "" && parseEventLine(l) !== void 0);
      if (valid.length >= count || len === size || len === maxBytes) return valid.slice(-count);
    }
  } finally {
    await h.close();
  }
}
async function readTailOf(files, count) {
  let out = [];
  for (let i = files.length - 1; i >= 0 && out.length < count; i--)
    out = [...await readTail(files[i], count - out.length), ...out];
  return out;
}
var DashboardFeed = class {
  constructor(project, opts = {}) {
    this.project = project;
    this.tail = opts.tail ?? 500, this.maxTailLine = opts.maxTailLine ?? 32768, this.file = eventsPath(project), this.follower = new LogFollower(this.file, {
      onLines: (lines) => this.accept(lines),
      onTruncate: () => this.reset(),
      onDropped: () => this.summary.addMalformed(),
      onProblem: (p) => {
        this.problem = p?.message, this.emit({ kind: "log" });
      },
      pollMs: opts.pollMs,
      watch: opts.watch,
      archives: () => listArchives(path8.dirname(this.file))
    });
    let { regular, refused } = splitArchives(path8.dirname(this.file));
    this.archives = regular, this.unreadable.push(...refused), this.initialSize = this.archives.reduce((n, a) => n + fileSize(a), 0) + fileSize(this.file), this.loaded = this.readArchives().then(() => this.follower.start(this.archives)).then(() => {
      this.live = !0, this.previewLines = [];
    });
  }
  project;
  summary = new Summary();
  /** Number of events accepted so far; the SSE id of the newest one. */
  seq = 0;
  /** Bumped when the log was truncated and everything was read again. */
  epoch = 0;
  file;
  loaded;
  /** Archives that could not be read at start (links, FIFOs, permissions, I/O errors); their events are missing. */
  unreadable = [];
  /** What is wrong with the log or its folder (a link, a FIFO…), as the page shows it; undefined when fine. */
  problem;
  /** Parsed events from archives stay objects until shown: only the last `tail` are ever turned back into text. */
  ring = [];
  ringStart = 0;
  listeners = /* @__PURE__ */ new Set();
  follower;
  tail;
  maxTailLine;
  live = !1;
  closing = !1;
  archives;
  initialSize;
  archiveBytesRead = 0;
  previewLines = [];
  /** Every archive present at start, oldest first, through the shared log reader. */
  async readArchives() {
    let stats = newStreamStats();
    for (let file of this.archives) {
      let before = stats.bytes;
      try {
        for await (let batch of streamFileBatches([file], {
          stats,
          maxLineBytes: MAX_LINE_BYTES,
          chunkBytes: 1 << 20,
          onBadLine: () => this.summary.addMalformed()
        })) {
          if (this.closing) return;
          for (let e of batch)
            this.summary.add(forSummary(e)), this.seq++, this.push(e);
          this.archiveBytesRead = stats.bytes;
        }
      } catch {
        this.unreadable.push(file), stats.bytes = before + fileSize(file), this.archiveBytesRead = stats.bytes;
      }
    }
    for (let i = 0; i < this.ring.length; i++) this.ring[i] = this.text(this.ring[i]);
  }
  /** True once the whole log has been read and the summary is complete. */
  isLoaded() {
    return this.live;
  }
  /** Share of the log read so far, 0..1, while loading. */
  progress() {
    return this.live || this.initialSize === 0 ? 1 : Math.min(1, (this.archiveBytesRead + this.follower.offset) / this.initialSize);
  }
  /**
   * The newest events straight from the end of the file, for a first render
   * that does not wait for the whole log to be summarised.
   */
  async preview() {
    return this.live ? this.lines() : (this.previewLines.length === 0 && (this.previewLines = await readTailOf([...this.archives, this.file], this.tail)), this.previewLines);
  }
  /** Whether the live log is there to read, and what is wrong with it when it is not. */
  logStatus() {
    let status = { exists: regularStat(this.file) !== void 0 && this.problem === void 0 };
    return this.problem !== void 0 && (status.problem = this.problem), this.unreadable.length > 0 && (status.skipped = this.unreadable.map((a) => path8.basename(a))), status;
  }
  subscribe(fn) {
    return this.listeners.add(fn), () => this.listeners.delete(fn);
  }
  /** The tail, oldest first. */
  lines() {
    return (this.ring.length < this.tail ? this.ring : [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)]).map((x) => this.text(x));
  }
  /** Events after `seq`, or undefined when they are no longer held (the client must reload). */
  since(seq) {
    if (!Number.isInteger(seq) || seq < 0 || seq > this.seq) return;
    let missing = this.seq - seq;
    if (missing > this.ring.length) return;
    let all = this.lines();
    return missing === 0 ? [] : all.slice(all.length - missing);
  }
  async close() {
    this.closing = !0, this.listeners.clear(), await this.follower.close(), await this.loaded.catch(() => {
    });
  }
  /** Pick up new lines now instead of waiting for the watch or the poll. */
  poke() {
    return this.follower.check();
  }
  accept(lines) {
    let fresh = [];
    for (let raw of lines) {
      let line = raw.trim();
      if (line === "") continue;
      let e = parseEventLine(line);
      if (!e) {
        this.summary.addMalformed();
        continue;
      }
      this.summary.add(forSummary(e)), this.seq++;
      let kept = line.length > this.maxTailLine ? shortLine(e, line.length) : line;
      this.push(kept), this.live && fresh.push(kept);
    }
    fresh.length > 0 && this.emit({ kind: "events", lastSeq: this.seq, lines: fresh });
  }
  /** A tail entry as text: long events are kept in a shortened form. */
  text(x) {
    if (typeof x == "string") return x;
    let line = JSON.stringify(x);
    return line.length > this.maxTailLine ? shortLine(x, line.length) : line;
  }
  push(line) {
    if (this.ring.length < this.tail) {
      this.ring.push(line);
      return;
    }
    this.ring[this.ringStart] = line, this.ringStart = (this.ringStart + 1) % this.tail;
  }
  reset() {
    this.summary = new Summary(), this.ring = [], this.ringStart = 0, this.epoch++, this.emit({ kind: "reset" });
  }
  emit(m) {
    for (let fn of this.listeners) fn(m);
  }
};

// lib/dashboard/page.ts
import { createHash } from "node:crypto";

// lib/dashboard/client.ts
var CLIENT_JS = '"use strict";(()=>{var bt=Object.defineProperty;var Et=(t,e,n)=>e in t?bt(t,e,{enumerable:!0,configurable:!0,writable:!0,value:n}):t[e]=n;var P=(t,e,n)=>Et(t,typeof e!="symbol"?e+"":e,n);function u(t){let e=document.getElementById(t);if(!e)throw new Error(`no #${t}`);return e}function c(t,e="",n){let r=document.createElement(t);return e&&(r.className=e),n!==void 0&&(r.textContent=String(n)),r}function O(t,e,n){let r=document.createElementNS("http://www.w3.org/2000/svg",t);for(let[s,o]of Object.entries(e))r.setAttribute(s,String(o));return n!==void 0&&(r.textContent=n),r}function x(t){for(;t.firstChild;)t.removeChild(t.firstChild)}function y(t,e){try{e()}catch(n){console.error(`2L dashboard: ${t} failed: ${n}`)}}function T(t,e="-"){if(t===void 0||!Number.isFinite(t)||t<0)return e;if(t<1e3)return`${t<10?Math.round(t*10)/10:Math.round(t)} ms`;if(t<6e4)return`${(t/1e3).toFixed(t<1e4?2:1)} s`;let n=Math.round(t/1e3);return n<3600?`${Math.floor(n/60)}m ${String(n%60).padStart(2,"0")}s`:n<86400?`${Math.floor(n/3600)}h ${String(Math.floor(n%3600/60)).padStart(2,"0")}m`:`${Math.floor(n/86400)}d ${Math.floor(n%86400/3600)}h`}function j(t,e="-"){if(t===void 0||!Number.isFinite(t)||t<0)return e;let n=Math.floor(t/1e3);return n<60?`${n}s`:T(n*1e3,e)}var Tt=/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/;function C(t,e,n=57){let r=t.charCodeAt(e);return r>=48&&r<=n}function Ct(t){return C(t,17,53)&&C(t,18)&&t.charCodeAt(19)===46&&C(t,20)&&C(t,21)&&C(t,22)&&t.charCodeAt(23)===90}var et="\\0",kt=/^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$/;function nt(t){var h;if(typeof t!="string"||t.length>40)return"";if(t.length===24&&t.startsWith(et)&&Ct(t))return t;let e=kt.exec(t);if(!e)return"";let[n,r,s,o,a,l]=[e[1],e[2],e[3],e[4],e[5],(h=e[6])!=null?h:"0"].map(Number),i=new Date(Date.UTC(n,r-1,s,o,a,l));if(i.getUTCFullYear()!==n||i.getUTCMonth()!==r-1||i.getUTCDate()!==s||i.getUTCHours()!==o||i.getUTCMinutes()!==a||i.getUTCSeconds()!==l)return"";if(Tt.test(t))return et=t.slice(0,17),t;let d=Date.parse(t);return Number.isFinite(d)?new Date(d).toISOString():""}function rt(t,e){if(t==null)return;let n=typeof t=="string"?t:JSON.stringify(t);if(typeof n=="string")return n.length>e?`${n.slice(0,e)}\\u2026`:n}function U(t){return typeof t=="number"&&Number.isFinite(t)&&t>=0?t:void 0}function m(t){return t!==null&&typeof t=="object"&&!Array.isArray(t)?t:{}}function p(t,e=2e3){var n;return(n=rt(t,e))!=null?n:""}function f(t){var e;return(e=U(t))!=null?e:0}function v(t){return Array.isArray(t)?t:[]}function w(t){let e=nt(t);return e===""?NaN:Date.parse(e)}function F(t){let e=new Date(t);return Number.isFinite(e.getTime())?e.toISOString():""}function k(t,e){let n=e-w(t);return Number.isFinite(n)?(n<0&&(n=0),n<5e3?"just now":n<6e4?`${Math.floor(n/1e3)}s ago`:n<36e5?`${Math.floor(n/6e4)}m ago`:n<864e5?`${Math.floor(n/36e5)}h ago`:`${Math.floor(n/864e5)}d ago`):"\\u2013"}function D(t){let e=p(t,200);return e.length>12?`${e.slice(0,8)}\\u2026`:e}function V(t,e){let n;try{n=JSON.parse(t)}catch{return null}if(!n||typeof n!="object"||Array.isArray(n))return null;let r=n;return typeof r.event_type!="string"?null:{seq:e,line:p(t,1<<20),timestamp:p(r.timestamp,40),event_type:p(r.event_type,200),phase:p(r.phase,200),agent_id:p(r.agent_id,200),agent_type:p(r.agent_type,200),session_id:p(r.session_id,200),tool_name:p(r.tool_name,200),data:p(r.data),error:p(r.error),duration_ms:U(r.duration_ms)}}function ot(t){try{return JSON.stringify(JSON.parse(t),null,2)}catch{return t}}function Y(t){return t.session!==""||t.agent!==""||t.type!==""||t.text!==""}function I(t,e){return!(t.session&&e.session_id!==t.session||t.agent&&e.agent_id!==t.agent||t.type&&e.event_type!==t.type||t.text&&![e.event_type,e.agent_id,e.agent_type,e.data,e.tool_name,e.error,e.phase,e.session_id].join(" ").toLowerCase().includes(t.text))}function q(t,e,n){return Y(t)?`${e} matching${n<e?`, newest ${n} shown`:""}`:""}function st(t){return t.agent_type?`${t.agent_id} (${t.agent_type})`:t.agent_id}function it(t){let e=t.data;return t.tool_name&&!e.startsWith(t.tool_name)&&(e=`${t.tool_name}: ${e}`),t.error&&t.event_type!=="tool_error"&&(e+=` \\u2014 ${t.error}`),e}function at(t,e){let n=new Set,r=new Set,s=new Set;for(let a of t)a.session_id&&n.add(a.session_id),a.agent_id&&r.add(a.agent_id),s.add(a.event_type);let o=m(e);if(e){for(let a of v(o.sessions)){let l=m(a).id;l&&n.add(p(l,200))}for(let a of Object.keys(m(o.by_type)))s.add(a)}return{sessions:[...n].sort(),agents:[...r].sort(),types:[...s].sort()}}function lt(t,e){if(!f(t))return"0";let n=f(e);return`${(100*n).toFixed(n<.1?1:0)}%`}function ut(t,e){return e.startsWith(t)?e:`${t}: ${e}`}var A=60;function ct(t){let e=new Map,n=1,r=NaN;for(let o of v(t)){let a=m(o),l=p(a.minute,16),i=w(`${l}:00Z`);if(!Number.isFinite(i))continue;let d=f(a.events);e.set(l,{slot:0,minute:l,events:d,errors:f(a.errors)}),d>n&&(n=d),r=i}if(!Number.isFinite(r))return;let s=[];for(let o=0;o<A;o++){let a=e.get(F(r-(A-1-o)*6e4).slice(0,16));a&&s.push({...a,slot:o})}return{bars:s,max:n,left:`${F(r-(A-1)*6e4).slice(11,16)} UTC`,right:`peak ${n}/min \\xB7 ${F(r).slice(11,16)}`}}function dt(t,e,n){let r=m(t),s=w(r.first);return(n?"Reading the log, figures so far \\xB7 ":"")+`Log: ${e.path} \\xB7 ${f(r.events)} events`+(f(r.malformed)?` \\xB7 ${f(r.malformed)} malformed lines skipped`:"")+(Number.isFinite(s)?` \\xB7 since ${new Date(s).toLocaleString()}`:"")+(e.skipped?` \\xB7 ${e.skipped} archives not read (links, FIFOs or unreadable)`:"")}function pt(t){if(t.locked)return{title:"This link no longer opens the dashboard",text:"The dashboard server was stopped or restarted, and each server has its own secret link.",hint:"Run /2l-dashboard in the project and open the link it prints."};if(t.log.problem)return{title:"2L does not read this project\'s event log",text:t.log.problem,hint:"2L reads .2L/events.jsonl only when it is a regular file in a .2L folder of yours; it never follows a link the repository planted. The page picks the log up once that is fixed."};if(!(f(m(t.summary).events)>0||t.events>0))return t.log.exists?{title:"No events yet",text:"The event log exists but holds no events. New events show up here as soon as they are written.",hint:""}:{title:"No event log yet",text:"This project has no .2L/events.jsonl. It appears when Claude Code runs here with the 2L pack enabled (its hooks write every session, prompt, tool call and agent), or when an orchestrator records a milestone.",hint:\'Try: /2l-event note "hello from 2L" \\u2014 this page updates by itself.\'}}var Mt=30*6e4,S=t=>T(typeof t=="number"?t:void 0,"\\u2013");function mt(t){if(!t.summary||typeof t.summary!="object")return;let e=m(t.summary),n=m(e.agents),r=m(e.errors),s=m(e.plan),o=v(e.tools).map(h=>m(h));u("c-events").textContent=String(f(e.events)),u("c-sessions").textContent=String(v(e.sessions).length),u("c-agents").textContent=String(v(n.active).length);let a=0,l=0;for(let h of o)a+=f(h.calls),l=Math.max(l,f(h.p95));u("c-tools").textContent=String(a),u("c-errors").textContent=String(f(r.count)),u("card-errors").className=f(r.count)?"card bad":"card",u("c-p95").textContent=o.length?S(l):"\\u2013";let i=s.status==="running"||s.status==="complete"?s.status:"none",d=u("plan-status");d.textContent=i,d.className=`pill ${i}`,u("plan-phase").textContent=p(s.phase,200)||"\\u2013",u("plan-iteration").textContent=p(s.iteration,200)||"\\u2013",y("agents",()=>Nt(e,t.now())),y("tools",()=>$t(e,o)),y("chart",()=>Pt(e)),y("errors",()=>Lt(e,t.now())),y("clock",()=>B(t)),u("foot").textContent=dt(t.summary,t.log,t.loading),J(t)}function J(t){let e=pt({locked:t.locked,log:t.log,summary:t.summary,events:t.events});u("empty").hidden=e===void 0,e&&(u("empty-title").textContent=e.title,u("empty-text").textContent=e.text,u("empty-hint").textContent=e.hint)}function Nt(t,e){let n=u("agents");x(n);let r=m(t.agents),s=f(r.completed),o=[...v(r.active).map(l=>({a:m(l),orphan:!1})),...v(r.orphaned).map(l=>({a:m(l),orphan:!0}))];if(!o.length){n.appendChild(c("li","none",`No active agents${s?` (${s} completed)`:""}`));return}let a=l=>{let i=w(l.started);return Number.isFinite(i)?i:0};o.sort((l,i)=>a(i.a)-a(l.a));for(let{a:l,orphan:i}of o){let d=c("li",`agent${i||e-w(l.started)>Mt?" orphan":""}`),h=c("div");h.appendChild(c("div","name",p(l.agent_id,200)));let E=l.source==="hook"?"subagent":"2L agent";h.appendChild(c("div","muted",`${E}${l.agent_type?` \\xB7 ${p(l.agent_type,200)}`:""}${l.session_id?` \\xB7 session ${D(l.session_id)}`:""}`)),d.appendChild(h);let tt=c("div","dur","\\u2013");tt.dataset.since=p(l.started,40),d.appendChild(tt),n.appendChild(d)}s&&n.appendChild(c("li","none",`${s} completed`))}function $t(t,e){let n=u("tools");if(x(n),!e.length){let i=c("tr"),d=c("td","none","No tool calls yet");d.colSpan=6,i.appendChild(d),n.appendChild(i)}for(let i of e.slice(0,15)){let d=c("tr"),h=p(i.tool,200),E=c("td","",h);E.title=h,d.appendChild(E),d.appendChild(c("td","",f(i.calls))),d.appendChild(c("td","",S(i.p50))),d.appendChild(c("td","",S(i.p95))),d.appendChild(c("td","",S(i.max))),d.appendChild(c("td",f(i.failures)?"bad":"",lt(i.failures,i.failure_rate))),n.appendChild(d)}let r=u("slowest"),s=v(t.slowest).map(i=>m(i));x(r),s.length||r.appendChild(c("li","none","None yet"));for(let i of s.slice(0,5)){let d=c("li","line");d.appendChild(c("span",`n${i.failed?" bad":""}`,S(i.duration_ms)));let h=ut(p(i.tool,200),p(i.data)),E=c("span","t",h);E.title=h,d.appendChild(E),r.appendChild(d)}let o=m(t.hook_ms),a=f(o.count),l=u("hooks");x(l),l.appendChild(c("div",a?"line":"none",a?`p50 ${S(o.p50)} \\xB7 p95 ${S(o.p95)} \\xB7 max ${S(o.max)} over ${a} hook runs`:"No hook timings yet"))}function Lt(t,e){let n=u("errors");x(n);let r=v(m(t.errors).recent).slice(-8).reverse();if(!r.length){n.appendChild(c("li","none","No errors"));return}for(let s of r){let o=m(s),a=c("li","line"),l=c("span","n rel",k(o.timestamp,e));l.dataset.ts=p(o.timestamp,40),a.appendChild(l);let i=(o.tool_name?`${p(o.tool_name,200)}: `:"")+p(o.error||o.data),d=c("span","t",i);d.title=i,a.appendChild(d),n.appendChild(a)}}function Pt(t){let e=u("chart");x(e);let n=ct(t.per_minute);if(!n){u("chart-left").textContent="No events yet",u("chart-right").textContent="";return}let r=300/A,s=o=>Math.max(1,o/n.max*86);for(let o of n.bars){let a=s(o.events),l=O("rect",{x:o.slot*r+.5,y:90-a,width:r-1,height:a,class:"bar"});l.appendChild(O("title",{},`${o.minute.replace("T"," ")} UTC: ${o.events} events${o.errors?`, ${o.errors} errors`:""}`)),e.appendChild(l),o.errors&&e.appendChild(O("rect",{x:o.slot*r+.5,y:90-s(o.errors),width:r-1,height:s(o.errors),class:"err"}))}u("chart-left").textContent=n.left,u("chart-right").textContent=n.right}function B(t){let e=m(m(t.summary).plan),n=t.now();if(e.started){let r=e.status==="complete"&&e.completed?w(e.completed):n;u("plan-elapsed").textContent=j(Math.max(0,r-w(e.started)),"\\u2013")}for(let r of document.querySelectorAll("#agents .dur"))r.textContent=j(Math.max(0,n-w(r.dataset.since)),"\\u2013")}function ft(t){for(let e of document.querySelectorAll(".rel"))e.dataset.ts!==void 0&&(e.textContent=k(e.dataset.ts,t))}var Ot=["plan_start","plan_complete","iteration_start","phase_change","complexity_decision","agent_spawn","agent_start","agent_complete","validation_result","iteration_complete","cost_update"],ht=["db_check","mcp_check"],re=[...ht,"performance_alert"],Ft={SessionStart:"session_start",SessionEnd:"session_end",UserPromptSubmit:"user_prompt",UserPromptExpansion:"command_expansion",PreToolUse:"tool_start",PostToolUse:"tool_complete",PostToolUseFailure:"tool_error",PostToolBatch:"tool_batch",PermissionRequest:"permission_request",PermissionDenied:"tool_denied",Notification:"notification",SubagentStart:"agent_start",SubagentStop:"agent_complete",Stop:"stop",StopFailure:"stop_error",PreCompact:"compact_start",PostCompact:"compact_complete",InstructionsLoaded:"instructions_loaded"};var Dt=["tool_error","stop_error","error"],It=["performance_alert","permission_denied"];var Rt=Ot,Xt=ht,M;function gt(t){return Dt.includes(t)?"error":It.includes(t)?"warning":t.startsWith("tool_")?"tool":t.startsWith("agent_")?"agent":Rt.includes(t)||t.startsWith("iteration_")?"plan":Xt.includes(t)?"check":(M!=null||(M=new Set(Object.values(Ft))),t.startsWith("session_")||t.startsWith("compact_")||M.has(t)?"session":"other")}var _t=2e3,yt=300,R=class{constructor(e){P(this,"now",e);P(this,"events",[]);P(this,"filters",{session:"",agent:"",type:"",text:""})}render(){let e=u("timeline");x(e);let n=0,r=0;for(let s=this.events.length-1;s>=0;s--){let o=this.events[s];I(this.filters,o)&&(r++,n<yt&&(e.appendChild(this.row(o)),n++))}u("f-count").textContent=q(this.filters,r,n)}add(e,n){if(e.length===0)return;let r=u("timeline");for(let s of e)this.events.push(s),I(this.filters,s)&&r.insertBefore(this.row(s),r.firstChild);for(this.events.length>_t&&this.events.splice(0,this.events.length-_t);r.children.length>yt;)r.removeChild(r.lastChild);if(Y(this.filters)){let s=this.events.filter(o=>I(this.filters,o)).length;u("f-count").textContent=q(this.filters,s,r.children.length)}this.refreshChoices(n)}refreshChoices(e){let n=at(this.events,e);K(u("f-session"),n.sessions,r=>`Session ${D(r)}`),K(u("f-agent"),n.agents),K(u("f-type"),n.types)}bindFilters(){for(let n of["session","agent","type"])u(`f-${n}`).addEventListener("change",r=>{this.filters[n]=r.target.value,this.render()});let e;u("f-text").addEventListener("input",n=>{clearTimeout(e),e=setTimeout(()=>{this.filters.text=n.target.value.trim().toLowerCase(),this.render()},120)})}row(e){let n=c("li",`ev k-${gt(e.event_type)}`);n.dataset.seq=String(e.seq);let r=c("details"),s=c("summary"),o=c("time","rel",k(e.timestamp,this.now()));return o.dataset.ts=e.timestamp,o.title=e.timestamp,s.appendChild(o),s.appendChild(c("span","type",e.event_type)),s.appendChild(c("span","who",st(e))),s.appendChild(c("span","text",it(e))),e.duration_ms!==void 0&&s.appendChild(c("span","dur",T(e.duration_ms,"\\u2013"))),r.appendChild(s),r.addEventListener("toggle",()=>{r.open&&!r.querySelector("pre")&&r.appendChild(c("pre","",ot(e.line)))}),n.appendChild(r),n}};function K(t,e,n){let r=t.value,s=[];for(let o=1;o<t.options.length;o++)s.push(t.options[o].value);if(s.join(`\n`)!==e.join(`\n`)){for(;t.options.length>1;)t.remove(1);for(let o of e){let a=c("option","",n?n(o):o);a.value=o,t.appendChild(a)}t.value=e.includes(r)?r:""}}var H=class extends Error{};/[?&]token=/.test(location.search)&&history.replaceState(null,"",location.pathname+location.hash);var $=0,xt=0,N=null,X=0,_={summary:null,log:{path:"",exists:!0,problem:"",skipped:0},loading:!1,locked:!1,events:0,now:()=>Date.now()+X},b=new R(_.now);function G(){_.events=b.events.length,y("summary",()=>mt(_))}function Q(){_.events=b.events.length,y("message",()=>J(_))}function L(t,e=""){let n=u("conn");n.textContent=t,n.className=`pill ${e}`}function St(t){let e=m(t);return{path:p(e.path,4096),exists:e.exists===!0,problem:p(e.problem,4096),skipped:v(e.skipped).length}}async function vt(t){let e=await fetch(`/api/state${t?"?early=1":""}`,{cache:"no-store",credentials:"same-origin"});if(e.status===401)throw new H;if(!e.ok)throw new Error(`HTTP ${e.status}`);return e.json()}function wt(t){let e=m(t);X=w(e.now)-Date.now(),Number.isFinite(X)||(X=0);let n=p(e.name,500);_.log=St(e.log),$=f(e.seq),xt=f(e.epoch),_.summary=e.summary,_.loading=e.loading===!0;let r=v(e.events),s=$-r.length+1,o=[];r.forEach((a,l)=>{let i=typeof a=="string"?V(a,s+l):null;i&&o.push(i)}),b.events=o,y("header",()=>{u("project").textContent=n,u("project-path").textContent=p(e.project,4096),document.title=`${n} \\xB7 2L dashboard`}),y("timeline",()=>b.render()),y("filters",()=>b.refreshChoices(_.summary)),G()}async function W(){N==null||N.close(),N=null;try{let t=await vt(!0);m(t).loading&&(wt(t),L(`reading log ${Math.round(100*f(m(t).progress))}%`),t=await vt(!1)),wt(t),Wt()}catch(t){if(t instanceof H){_.locked=!0,L("link expired","down"),Q();return}L("offline","down"),setTimeout(W,3e3)}}var Z=[],z=!1;function Ht(){z=!1;let t=Z;Z=[],y("timeline",()=>b.add(t,_.summary)),Q()}function Wt(){let t=new EventSource(`/api/stream?since=${$}&epoch=${xt}`);N=t,t.onopen=()=>L("live","live"),t.onerror=()=>{let e=t.readyState===EventSource.CLOSED;L(e?"offline":"reconnecting","down"),e&&setTimeout(W,3e3)},t.onmessage=e=>{let n=Number(e.lastEventId);if(!(n>$))return;let r=V(e.data,n);$=n,r&&(_.log.exists=!0,Z.push(r),z||(z=!0,setTimeout(Ht,0)))},t.addEventListener("summary",e=>{try{_.summary=JSON.parse(e.data)}catch{return}G(),y("filters",()=>b.refreshChoices(_.summary))}),t.addEventListener("log",e=>{try{_.log=St(JSON.parse(e.data))}catch{return}G(),Q()}),t.addEventListener("reset",()=>{W()})}b.bindFilters();setInterval(()=>y("clock",()=>B(_)),1e3);setInterval(()=>y("times",()=>ft(_.now())),5e3);W();})();';

// lib/dashboard/page.ts
var CSS = String.raw`
:root { --bg:#f6f7f9; --panel:#fff; --ink:#1d2330; --muted:#677084; --line:#e3e6ec; --accent:#3b5bdb;
  --c-session:#5c7cfa; --c-tool:#0c8599; --c-error:#e03131; --c-agent:#9c36b5; --c-plan:#e8590c; --c-check:#2b8a3e; --c-alert:#f08c00; --c-other:#868e96; }
@media (prefers-color-scheme: dark) { :root { --bg:#14171c; --panel:#1c2027; --ink:#e6e9ef; --muted:#98a0b0; --line:#2c323c; --accent:#748ffc; } }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; flex-wrap:wrap; align-items:center; gap:12px 24px; padding:14px 20px; background:var(--panel); border-bottom:1px solid var(--line); }
.brand { font-weight:800; font-size:18px; color:#fff; background:var(--accent); border-radius:8px; padding:4px 9px; }
.proj h1 { margin:0; font-size:18px; }
.muted { color:var(--muted); font-size:12px; }
.pill { display:inline-block; padding:2px 10px; border-radius:999px; font-size:12px; font-weight:600; background:var(--line); color:var(--muted); }
.pill.live { background:#d3f9d8; color:#2b8a3e; } .pill.down { background:#ffe3e3; color:#c92a2a; }
.pill.running { background:#fff4e6; color:#d9480f; } .pill.complete { background:#d3f9d8; color:#2b8a3e; }
dl.plan { display:flex; gap:22px; margin:0 0 0 auto; }
dl.plan dt { font-size:11px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
dl.plan dd { margin:0; font-weight:600; font-variant-numeric:tabular-nums; }
main { padding:16px 20px 28px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(130px,1fr)); gap:10px; margin-bottom:14px; }
.card { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:10px 14px; }
.card b { display:block; font-size:22px; font-variant-numeric:tabular-nums; }
.card span { color:var(--muted); font-size:12px; }
.card.bad b { color:var(--c-error); }
.grid { display:grid; grid-template-columns:minmax(0,1.7fr) minmax(300px,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .grid { grid-template-columns:1fr; } dl.plan { margin-left:0; } }
.panel { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:12px 14px; margin-bottom:14px; }
.panel h2 { font-size:13px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:0 0 10px; }
.panel h3 { font-size:12px; color:var(--muted); margin:12px 0 6px; font-weight:600; }
.empty { background:var(--panel); border:1px dashed var(--line); border-radius:10px; padding:22px; margin-bottom:14px; }
.empty h2 { margin:0 0 6px; font-size:16px; }
.empty p { margin:4px 0; color:var(--muted); }
.filters { display:flex; flex-wrap:wrap; gap:8px; margin-bottom:10px; align-items:center; }
.filters select, .filters input { font:inherit; font-size:13px; padding:5px 8px; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); max-width:190px; }
.filters input { flex:1; min-width:140px; max-width:none; }
ol, ul { list-style:none; margin:0; padding:0; }
#timeline { max-height:70vh; overflow:auto; }
.ev { border-left:3px solid var(--c-other); margin:0 0 4px; border-radius:4px; background:var(--bg); }
.ev summary { display:flex; gap:10px; align-items:baseline; padding:5px 8px; cursor:pointer; list-style:none; }
.ev summary::-webkit-details-marker { display:none; }
.ev .rel { color:var(--muted); font-size:12px; min-width:64px; font-variant-numeric:tabular-nums; }
.ev .type { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:12px; font-weight:600; min-width:118px; }
.ev .who { color:var(--muted); font-size:12px; white-space:nowrap; }
.ev .text { flex:1; min-width:0; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.ev .dur { font-size:12px; font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.ev pre { margin:0; padding:8px 10px; font-size:12px; white-space:pre-wrap; word-break:break-word; border-top:1px solid var(--line); }
.k-session { border-color:var(--c-session); } .k-session .type { color:var(--c-session); }
.k-tool { border-color:var(--c-tool); } .k-tool .type { color:var(--c-tool); }
.k-error { border-color:var(--c-error); } .k-error .type { color:var(--c-error); }
.k-agent { border-color:var(--c-agent); } .k-agent .type { color:var(--c-agent); }
.k-plan { border-color:var(--c-plan); } .k-plan .type { color:var(--c-plan); }
.k-check { border-color:var(--c-check); } .k-check .type { color:var(--c-check); }
.k-warning { border-color:var(--c-alert); } .k-warning .type { color:var(--c-alert); }
.agent { display:flex; justify-content:space-between; gap:8px; padding:6px 0; border-bottom:1px solid var(--line); }
.agent:last-child { border-bottom:0; }
.agent .name { font-weight:600; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.agent .dur { font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.agent.orphan .name::after { content:" orphaned"; color:var(--c-error); font-size:11px; font-weight:600; text-transform:uppercase; margin-left:6px; }
table { width:100%; border-collapse:collapse; font-size:13px; font-variant-numeric:tabular-nums; }
th, td { text-align:right; padding:4px 6px; border-bottom:1px solid var(--line); }
th:first-child, td:first-child { text-align:left; max-width:150px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
th { font-size:11px; text-transform:uppercase; color:var(--muted); font-weight:600; }
td.bad { color:var(--c-error); font-weight:600; }
.line { display:flex; gap:8px; padding:3px 0; font-size:13px; }
.line .n { font-variant-numeric:tabular-nums; min-width:64px; text-align:right; font-weight:600; }
.line .t { color:var(--muted); overflow:hidden; text-overflow:ellipsis; white-space:nowrap; min-width:0; flex:1; }
#chart { width:100%; height:90px; display:block; }
#chart .bar { fill:var(--accent); opacity:.75; } #chart .err { fill:var(--c-error); }
.axis { display:flex; justify-content:space-between; color:var(--muted); font-size:11px; margin-top:4px; font-variant-numeric:tabular-nums; }
.line .n.bad { color:var(--c-error); }
.none { color:var(--muted); font-size:13px; padding:4px 0; }
footer { color:var(--muted); font-size:12px; padding:0 20px 20px; }
`, BODY = String.raw`
<header>
  <div class="brand">2L</div>
  <div class="proj"><h1 id="project">Dashboard</h1><div id="project-path" class="muted"></div></div>
  <span id="conn" class="pill">connecting</span>
  <dl class="plan">
    <div><dt>Plan</dt><dd id="plan-status">none</dd></div>
    <div><dt>Phase</dt><dd id="plan-phase">–</dd></div>
    <div><dt>Iteration</dt><dd id="plan-iteration">–</dd></div>
    <div><dt>Elapsed</dt><dd id="plan-elapsed">–</dd></div>
  </dl>
</header>
<main>
  <section class="cards">
    <div class="card"><b id="c-events">0</b><span>events</span></div>
    <div class="card"><b id="c-sessions">0</b><span>sessions</span></div>
    <div class="card"><b id="c-agents">0</b><span>active agents</span></div>
    <div class="card"><b id="c-tools">0</b><span>tool calls</span></div>
    <div class="card" id="card-errors"><b id="c-errors">0</b><span>errors</span></div>
    <div class="card"><b id="c-p95">–</b><span>slowest tool p95</span></div>
  </section>
  <div id="empty" class="empty" hidden><h2 id="empty-title"></h2><p id="empty-text"></p><p id="empty-hint"></p></div>
  <div class="grid">
    <section class="panel">
      <h2>Timeline</h2>
      <div class="filters">
        <select id="f-session" aria-label="Session"><option value="">All sessions</option></select>
        <select id="f-agent" aria-label="Agent"><option value="">All agents</option></select>
        <select id="f-type" aria-label="Event type"><option value="">All types</option></select>
        <input id="f-text" type="search" placeholder="Filter text…" aria-label="Filter text">
        <span id="f-count" class="muted"></span>
      </div>
      <ol id="timeline"></ol>
    </section>
    <aside>
      <section class="panel"><h2>Agents</h2><ul id="agents"></ul></section>
      <section class="panel"><h2>Events per minute</h2><svg id="chart" viewBox="0 0 300 90" preserveAspectRatio="none"></svg><div class="axis"><span id="chart-left"></span><span id="chart-right"></span></div></section>
      <section class="panel">
        <h2>Tool timings</h2>
        <table><thead><tr><th>Tool</th><th>Calls</th><th>p50</th><th>p95</th><th>Max</th><th>Fail</th></tr></thead><tbody id="tools"></tbody></table>
        <h3>Slowest calls</h3><ol id="slowest"></ol>
        <h3>Hook overhead</h3><div id="hooks"></div>
      </section>
      <section class="panel"><h2>Recent errors</h2><ol id="errors"></ol></section>
    </aside>
  </div>
</main>
<footer><span id="foot"></span></footer>
`;
function hash(text) {
  return `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
}
var PAGE_CSP = [
  "default-src 'none'",
  `script-src ${hash(CLIENT_JS)}`,
  `style-src ${hash(CSS)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ");
function renderPage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2L dashboard</title>
<style>${CSS}</style>
</head>
<body>${BODY}<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

// lib/dashboard/respond.ts
var BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-frame-options": "DENY"
};
function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { ...BASE_HEADERS, "content-type": type, "content-length": Buffer.byteLength(body), ...extra }), res.end(res.req.method === "HEAD" ? void 0 : body);
}
function sendJson(res, status, value) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}
function sendText(res, status, text, extra) {
  send(res, status, "text/plain; charset=utf-8", `${text}
`, extra);
}

// lib/dashboard/routes.ts
var READ = ["GET", "HEAD"];
function router(table, hooks) {
  let dispatch = async (req, res) => {
    if (!hooks.before(req, res)) return;
    let target = req.url ?? "";
    if (!target.startsWith("/")) return sendText(res, 400, "Bad request");
    let q = target.indexOf("?"), call = { req, res, query: new URLSearchParams(q === -1 ? "" : target.slice(q + 1)) }, route = table.get(q === -1 ? target : target.slice(0, q)), methods = route?.methods ?? READ;
    if (!methods.includes(req.method ?? "GET"))
      return sendText(res, 405, "Method not allowed", { allow: methods.join(", ") });
    if (!route) return hooks.notFound(call);
    hooks.admit(route.access, call) && await route.handle(call);
  };
  return (req, res) => {
    dispatch(req, res).catch((err) => hooks.onError(err, res));
  };
}
function dashboardRoutes(d) {
  let json = (res, body) => d.outbox.send(res, 200, { ...BASE_HEADERS, "content-type": "application/json; charset=utf-8" }, body), read = (access, handle) => ({ methods: READ, access, handle }), page = read("secret", ({ res, query }) => {
    let cookie = query.has(TOKEN_PARAM) ? { "set-cookie": sessionCookie(d.port(), d.token) } : {};
    d.outbox.send(
      res,
      200,
      { ...BASE_HEADERS, "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_CSP, ...cookie },
      d.page
    );
  });
  return /* @__PURE__ */ new Map([
    ["/", page],
    ["/index.html", page],
    [
      "/api/identity",
      read("public", ({ res, query }) => {
        let challenge = query.get("challenge"), proof = challenge && challenge.length <= 128 ? { proof: identityProof(d.token, challenge) } : {};
        sendJson(res, 200, {
          app: APP_ID,
          instance: d.instance,
          pid: process.pid,
          project: d.project,
          port: d.port(),
          started: d.started,
          ...proof
        });
      })
    ],
    [
      "/api/state",
      read("secret", async ({ res, query }) => {
        if (query.get("early") === "1" && !d.feed.isLoaded()) return json(res, await d.answers.earlyState());
        await d.feed.loaded, json(res, d.answers.state.get());
      })
    ],
    [
      "/api/summary",
      read("secret", async ({ res }) => {
        await d.feed.loaded, json(res, d.answers.summary.get());
      })
    ],
    [
      "/metrics",
      read("secret", async ({ res }) => {
        await d.feed.loaded, d.outbox.send(res, 200, { ...BASE_HEADERS, "content-type": PROM_CONTENT_TYPE }, d.answers.metrics.get());
      })
    ],
    ["/api/stream", read("secret", (call) => d.openStream(call))],
    [
      "/favicon.ico",
      read("public", ({ res }) => {
        res.writeHead(204, BASE_HEADERS), res.end();
      })
    ],
    [
      "/api/shutdown",
      {
        methods: ["POST"],
        access: "stop",
        handle: ({ res }) => {
          sendJson(res, 200, { stopping: !0, pid: process.pid }), setImmediate(() => d.stop("stop requested"));
        }
      }
    ]
  ]);
}

// lib/dashboard/streams.ts
var MAX_STREAMS = 64, MAX_RESYNC_BYTES = 262144, SUMMARY_EVERY_MS = 250, PING = Buffer.from(`:

`);
function sseEvents(lastSeq, lines) {
  let out = "", first = lastSeq - lines.length + 1;
  for (let i = 0; i < lines.length; i++) out += `id: ${first + i}
data: ${lines[i]}

`;
  return out;
}
var EventStreams = class {
  constructor(feed, opts) {
    this.feed = feed;
    this.opts = opts;
    this.unsubscribe = feed.subscribe((m) => this.relay(m));
  }
  feed;
  opts;
  open = /* @__PURE__ */ new Set();
  summaryTimer;
  unsubscribe;
  get size() {
    return this.open.size;
  }
  /** `/api/stream`: resumes after `Last-Event-ID` (or `?since=`), within `?epoch=`. */
  async add(req, res, query) {
    let feed = this.feed;
    if (await feed.loaded, this.open.size >= MAX_STREAMS) return sendText(res, 503, "Too many open streams", { "retry-after": "5" });
    req.socket.setNoDelay(!0), req.socket.setTimeout(0), res.writeHead(200, {
      ...BASE_HEADERS,
      "content-type": "text/event-stream; charset=utf-8",
      connection: "keep-alive"
    });
    let first = `retry: 1000

`, lastId = req.headers["last-event-id"] ?? query.get("since"), epoch = query.get("epoch");
    if (typeof lastId == "string" && lastId !== "") {
      let missed = epoch !== null && Number(epoch) !== feed.epoch ? void 0 : feed.since(Number(lastId)), resync = missed && missed.length > 0 ? sseEvents(feed.seq, missed) + this.summaryFrame() : "";
      missed === void 0 || resync.length > MAX_RESYNC_BYTES ? first += `event: reset
data: ${feed.epoch}

` : first += resync;
    }
    writeStream(res, Buffer.from(first)), this.open.add(res);
    let ping = setInterval(() => writeStream(res, PING), this.opts.keepAliveMs), done = () => {
      clearInterval(ping), this.open.delete(res), this.opts.onEnd?.();
    };
    res.on("close", done), res.on("error", done);
  }
  /** End every stream and stop following the feed. */
  closeAll() {
    this.unsubscribe(), this.summaryTimer && clearTimeout(this.summaryTimer);
    for (let res of this.open) res.end();
    this.open.clear();
  }
  summaryFrame() {
    return `event: summary
data: ${JSON.stringify(this.feed.summary.snapshot())}

`;
  }
  // One Buffer per broadcast, the same for every client: a stalled one holds a reference, not a copy.
  broadcast(text) {
    let chunk = Buffer.from(text);
    for (let res of this.open) writeStream(res, chunk);
  }
  relay(m) {
    let feed = this.feed;
    if (m.kind === "reset") return this.broadcast(`event: reset
data: ${feed.epoch}

`);
    if (m.kind === "log")
      return this.broadcast(`event: log
data: ${JSON.stringify({ path: feed.file, ...feed.logStatus() })}

`);
    this.broadcast(sseEvents(m.lastSeq, m.lines)), this.summaryTimer ??= setTimeout(() => {
      this.summaryTimer = void 0, this.open.size > 0 && this.broadcast(this.summaryFrame());
    }, SUMMARY_EVERY_MS);
  }
};

// lib/monitor/resource-sampler.ts
import fs8 from "node:fs";
import os from "node:os";
import path9 from "node:path";
var TICKS_PER_SECOND = 100;
function readText(file) {
  try {
    return fs8.readFileSync(file, "utf8");
  } catch {
    return;
  }
}
var ResourceSampler = class _ResourceSampler {
  proc;
  packDir;
  selfPid;
  projectReal;
  prev;
  constructor(project, opts = {}) {
    this.proc = opts.procRoot ?? "/proc", this.packDir = opts.packDir ?? path9.dirname(process.argv[1] ?? ""), this.selfPid = opts.selfPid ?? process.pid;
    let real = path9.resolve(project);
    try {
      real = fs8.realpathSync(real);
    } catch {
    }
    this.projectReal = real;
  }
  static supported(procRoot = "/proc") {
    return process.platform === "linux" && fs8.existsSync(path9.join(procRoot, "self", "stat"));
  }
  sample(nowMs = Date.now()) {
    if (!_ResourceSampler.supported(this.proc)) return;
    let cpuBefore = process.cpuUsage(), procs = /* @__PURE__ */ new Map();
    for (let name of fs8.readdirSync(this.proc)) {
      if (!/^\d+$/.test(name)) continue;
      let info = parseProcStat(readText(path9.join(this.proc, name, "stat")) ?? "");
      info && procs.set(info.pid, info);
    }
    let roots = [], packRoots = [this.selfPid];
    for (let p of procs.values()) {
      let nodeLike = p.comm === "node" || p.comm === "bun" || p.comm.startsWith("node-");
      if (p.comm !== "claude" && !nodeLike) continue;
      let cmdline = nodeLike ? readText(path9.join(this.proc, String(p.pid), "cmdline")) ?? "" : "";
      if (nodeLike && this.packDir.length > 1 && cmdline.includes(`${this.packDir}${path9.sep}`) && packRoots.push(p.pid), p.comm === "claude" || /claude-code|[/\0]claude(\0|$)/.test(cmdline)) {
        let cwd;
        try {
          cwd = fs8.readlinkSync(path9.join(this.proc, String(p.pid), "cwd"));
        } catch {
        }
        cwd === this.projectReal && roots.push(p.pid);
      }
    }
    let claude = descendants(procs, roots), pack = new Set([...descendants(procs, packRoots)].filter((pid) => !claude.has(pid) || pid === this.selfPid)), uptimeTicks = Math.round(
      Number((readText(path9.join(this.proc, "uptime")) ?? "0").split(" ")[0]) * TICKS_PER_SECOND
    ), interval = this.prev ? nowMs - this.prev.at : 0, figures = (members, before) => {
      let rss = 0;
      for (let pid of members) rss += parseVmRss(readText(path9.join(this.proc, String(pid), "status")) ?? "");
      let used = ticksSince(procs, members, before, this.prev?.uptimeTicks), cpu = interval > 0 ? used * 1e3 / TICKS_PER_SECOND / interval * 100 : 0;
      return { pids: members.size, cpu_pct: Math.round(cpu * 10) / 10, rss_bytes: rss };
    }, ticksOf = (members) => new Map([...members].map((pid) => [pid, procs.get(pid).ticks])), sample = {
      interval_ms: interval,
      claude: { ...figures(claude, this.prev?.claude), roots: roots.length },
      pack: figures(pack, this.prev?.pack),
      machine: this.machine(),
      cost_ms: 0
    };
    this.prev = { at: nowMs, uptimeTicks, claude: ticksOf(claude), pack: ticksOf(pack) };
    let spent = process.cpuUsage(cpuBefore);
    return sample.cost_ms = Math.round((spent.user + spent.system) / 100) / 10, sample;
  }
  machine() {
    let [load1, load5, load15] = os.loadavg(), round = (n) => Math.round(n * 100) / 100;
    return {
      load1: round(load1),
      load5: round(load5),
      load15: round(load15),
      mem_available_bytes: os.freemem(),
      mem_total_bytes: os.totalmem(),
      cpus: os.availableParallelism()
    };
  }
};

// lib/dashboard/resource-loop.ts
function startResourceLoop(project, opts) {
  let everyMs = opts.everyMs ?? 1e4, activeForMs = opts.activeForMs ?? 5 * 6e4;
  if (!opts.sampler && !ResourceSampler.supported()) return { stop() {
  } };
  let sampler = opts.sampler ?? new ResourceSampler(project), write = opts.write ?? ((sample) => appendEvent(
    project,
    newEvent(
      RESOURCE_EVENT_TYPE,
      `claude ${sample.claude.cpu_pct} % ${Math.round(sample.claude.rss_bytes / 1048576)} MiB`,
      {
        source: "emit",
        agent_id: "dashboard",
        payload: sample
      }
    )
  )), primed = !1, timer = setInterval(() => {
    let last = opts.lastActivity();
    if (!(last !== void 0 && Date.now() - Date.parse(last) < activeForMs)) {
      primed = !1;
      return;
    }
    try {
      let sample = sampler.sample();
      sample && primed && write(sample), primed = sample !== void 0;
    } catch {
      primed = !1;
    }
  }, everyMs);
  return timer.unref(), { stop: () => clearInterval(timer) };
}

// lib/dashboard/server.ts
var LOOPBACK_NAMES = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function hostAllowed(host, port) {
  if (!host) return !1;
  let m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return m ? LOOPBACK_NAMES.has(m[1].replace(/\.$/, "")) && (m[2] === void 0 || Number(m[2]) === port) : !1;
}
function admit(access, { req, res, query }, port, token) {
  if (access === "public") return !0;
  if (access === "stop") {
    let given = req.headers["x-2l-token"];
    return typeof given == "string" && sameSecret(given, token) ? !0 : (sendText(res, 403, "Forbidden"), !1);
  }
  return isAuthorized(req.headers, query, port, token) ? !0 : (sendText(
    res,
    401,
    "This dashboard needs the link /2l-dashboard printed (it carries a secret): run /2l-dashboard again to see it.",
    { "www-authenticate": 'Bearer realm="2l-dashboard"' }
  ), !1);
}
async function startServer(opts) {
  let project = path10.resolve(opts.project), instance = randomBytes2(9).toString("base64url"), token = newToken(), started = (/* @__PURE__ */ new Date()).toISOString(), idleMs = opts.idleMs ?? 120 * 6e4, outbox = new Outbox(), lastActivity = Date.now(), port = 0, closing, feed = new DashboardFeed(project, { tail: opts.tail, pollMs: opts.pollMs }), streams = new EventStreams(feed, {
    keepAliveMs: opts.keepAliveMs ?? 25e3,
    onEnd: () => lastActivity = Date.now()
  }), routes = dashboardRoutes({
    project,
    instance,
    started,
    token,
    port: () => port,
    feed,
    answers: new Answers(feed, project, started),
    outbox,
    page: Buffer.from(renderPage()),
    openStream: ({ req, res, query }) => streams.add(req, res, query),
    stop: (reason) => {
      close(reason);
    }
  }), server = http.createServer(
    router(routes, {
      before(req, res) {
        return lastActivity = Date.now(), hostAllowed(req.headers.host, port) ? !0 : (sendText(res, 403, "Forbidden: the Host header must be a loopback name (127.0.0.1, localhost, [::1])"), !1);
      },
      admit: (access, call) => admit(access, call, port, token),
      notFound: ({ res }) => sendText(res, 404, "Not found"),
      onError(err, res) {
        res.headersSent ? res.destroy() : sendText(res, 500, `Internal error: ${errorMessage(err)}`);
      }
    })
  );
  server.keepAliveTimeout = 5e3;
  let idleTimer = setInterval(
    () => {
      streams.size === 0 && Date.now() - lastActivity > idleMs && close("idle");
    },
    Math.min(6e4, Math.max(200, idleMs / 4))
  );
  idleTimer.unref();
  let resources = opts.sampleEveryMs === 0 ? { stop() {
  } } : startResourceLoop(project, { everyMs: opts.sampleEveryMs, lastActivity: () => feed.summary.lastActivityAt() }), close = (reason = "closed") => (closing ??= (async () => {
    clearInterval(idleTimer), resources.stop(), streams.closeAll(), await new Promise((resolve) => {
      server.close(() => resolve()), server.closeAllConnections();
    }), await feed.close(), opts.onClose?.(reason);
  })(), closing);
  try {
    port = await listenOnFirstFree(server, opts.ports, LOOPBACK);
  } catch (err) {
    throw clearInterval(idleTimer), resources.stop(), streams.closeAll(), await feed.close(), err;
  }
  return {
    port,
    url: serverUrl(port),
    instance,
    token,
    started,
    feed,
    pinnedBytes: () => outbox.pinnedBytes(),
    clients: () => streams.size,
    close
  };
}

// lib/bin/dashboard-server.ts
function say(line) {
  try {
    fs9.writeSync(1, `${line}
`);
  } catch {
  }
}
async function main() {
  let { values } = parseArgs({
    options: {
      project: { type: "string" },
      ports: { type: "string" },
      "idle-ms": { type: "string" },
      tail: { type: "string" },
      "poll-ms": { type: "string" }
    }
  }), project = values.project, ports = parsePorts(values.ports ?? "");
  if (!project || !ports)
    return say("ERROR dashboard-server: `--project` and `--ports` are required"), 2;
  let num2 = (v) => v === void 0 || !Number.isFinite(Number(v)) ? void 0 : Number(v);
  ensureDashboardDir(project);
  let instance = "", server;
  try {
    server = await startServer({
      project,
      ports,
      idleMs: num2(values["idle-ms"]),
      tail: num2(values.tail),
      pollMs: num2(values["poll-ms"]),
      onClose: (reason) => {
        clearState(project, instance), process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} dashboard stopped: ${reason}
`), process.exit(0);
      }
    });
  } catch (err) {
    return err instanceof PortsBusyError ? (say(`BUSY ${JSON.stringify({ ports: err.ports })}`), 3) : (say(`ERROR ${errorMessage(err)}`), 1);
  }
  instance = server.instance, writeState(project, {
    app: APP_ID,
    pid: process.pid,
    port: server.port,
    url: server.url,
    project,
    instance,
    token: server.token,
    started: server.started
  });
  for (let sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => {
    server.close(sig);
  });
  return process.on("SIGHUP", () => {
  }), say(`READY ${JSON.stringify({ port: server.port, url: server.url, token: server.token, pid: process.pid })}`), process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} dashboard listening on ${server.url} for ${project}
`), 0;
}
main().then(
  (code) => {
    code !== 0 && process.exit(code);
  },
  (err) => {
    say(`ERROR ${errorMessage(err)}`), process.exit(1);
  }
);
