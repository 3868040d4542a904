import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);

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
function unexpectedArgument(arg, advice = " (see --help)") {
  return new UsageError(`unexpected argument \`${arg.slice(0, 80)}\`${advice}`);
}
function projectFromFlag(flag, env = process.env, cwd = process.cwd()) {
  if (flag !== void 0) {
    if (flag.trim() === "" || flag.includes("\0")) throw new UsageError("`--project` needs a folder");
    return path.resolve(cwd, flag);
  }
  let fromEnv = env.CLAUDE_PROJECT_DIR;
  return fromEnv && fromEnv.length < 4096 && path.isAbsolute(fromEnv) && !fromEnv.includes("\0") ? path.resolve(fromEnv) : path.resolve(cwd);
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

// lib/events/format.ts
var CHECK_TYPES = ["db_check", "mcp_check"], TOOL_TYPES = [...CHECK_TYPES, "performance_alert"];
var DEFAULT_PHASE = "unknown", DEFAULT_AGENT = "orchestrator";
function isValidEventType(type) {
  return /^[a-z][a-z0-9_]{0,63}$/.test(type);
}

// lib/events/writer.ts
import fs5 from "node:fs";
import path6 from "node:path";

// lib/events/project-dir.ts
var STATE_DIR = ".2L", EVENTS_FILE = "events.jsonl";

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
function openRegular(file, flags2, mode = 384) {
  let fd;
  try {
    fd = fs2.openSync(file, flags2 | O_NOFOLLOW, mode);
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
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

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

// lib/events/project-registry.ts
import fs4 from "node:fs";
import path5 from "node:path";

// lib/shared/atomic-write.ts
import nodeFs from "node:fs";
import path3 from "node:path";
function atomicWriteFileSync(file, data, opts = {}) {
  let fs6 = opts.fs ?? nodeFs, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs6.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = path3.join(
    path3.dirname(file),
    `.${path3.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs6.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs6.writeSync(fd, buf, off, buf.length - off);
    opts.durable !== !1 && fs6.fsyncSync(fd), fs6.closeSync(fd), fd = void 0, fs6.chmodSync(tmp, mode), fs6.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs6.closeSync(fd);
      } catch {
      }
    try {
      fs6.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

// lib/shared/claude-config.ts
import os from "node:os";
import path4 from "node:path";
function claudeConfigDir(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir && path4.isAbsolute(dir) ? dir : path4.join(env.HOME || os.homedir(), ".claude");
}

// lib/events/project-registry.ts
var MAX_BYTES = 524288, MAX_PROJECTS = 1e3, MAX_PATH = 4096;
function registryPath(env = process.env) {
  return path5.join(claudeConfigDir(env), "2l", "projects.json");
}
function cleanPath(p) {
  if (!(typeof p != "string" || p.length === 0 || p.length > MAX_PATH || p.includes("\0")))
    return path5.isAbsolute(p) && path5.resolve(p) === p ? p : void 0;
}
function readRegistry(env = process.env) {
  let raw;
  try {
    raw = readRegularText(registryPath(env), MAX_BYTES);
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
      let p = cleanPath(path5.resolve(project));
      if (!p) return;
      let config = claudeConfigDir(env);
      if (!fs4.lstatSync(config, { throwIfNoEntry: !1 })?.isDirectory()) return;
      let dir = path5.dirname(registryPath(env));
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
    return fs5.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 10;
  } catch {
    return !0;
  }
}
function writeAll(fd, buf) {
  let off = 0;
  for (; off < buf.length; ) off += fs5.writeSync(fd, buf, off, buf.length - off);
}
function useStateDir(dir) {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT")
      ensureStateRoot(dir) && registerProject(path6.dirname(dir));
    else throw err;
  }
}
function appendToLog(dir, buf, opts = {}) {
  let file = path6.join(dir, EVENTS_FILE), cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = fs5.fstatSync(fd);
    st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts) && (fs5.closeSync(fd), fd = openRegular(file, APPEND_FLAGS), st = fs5.fstatSync(fd));
    let cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    fs5.closeSync(fd);
  }
}
function rotateOrWarn(dir, file, cap, opts) {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => /* @__PURE__ */ new Date()));
  } catch (err) {
    return opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), !1;
  }
}
var exists = (p) => fs5.lstatSync(p, { throwIfNoEntry: !1 }) !== void 0;
function rotate(dir, file, cap, now) {
  let lock = path6.join(dir, ".rotate.lock");
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: !1 })) return !1;
  try {
    let st = fs5.lstatSync(file, { throwIfNoEntry: !1 });
    if (st === void 0 || !st.isFile() || st.size < cap) return !0;
    let at = now(), target = path6.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = path6.join(dir, archiveName(at).replace(".jsonl", `-${i}.jsonl`));
    return fs5.renameSync(file, target), !0;
  } finally {
    releaseStateLock(lock);
  }
}
function appendEvent(projectDir, event, opts = {}) {
  appendToLog(path6.join(projectDir, STATE_DIR), serialise(event), opts);
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

// lib/events/emit-command.ts
var EMIT_HELP = `Usage: emit <event_type> <data> [options]

Append one 2L event to <project>/.2L/events.jsonl.

Options:
  --phase P        orchestration phase (default: ${DEFAULT_PHASE})
  --agent ID       agent id (default: ${DEFAULT_AGENT})
  --session ID     Claude Code session id
  --project DIR    project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  --payload JSON   structured detail, redacted and trimmed before it is written
  -h, --help       show this help

Exit codes: 0 written, 1 could not write, 2 bad arguments.`;
function buildEvent(argv, now, env = process.env, cwd = process.cwd()) {
  let { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: !0,
    options: {
      phase: { type: "string" },
      agent: { type: "string" },
      session: { type: "string" },
      project: SHARED_OPTIONS.project,
      payload: { type: "string" },
      help: SHARED_OPTIONS.help
    }
  });
  if (values.help) return "help";
  let [type, data, ...extra] = positionals;
  if (!type || data === void 0 || data === "")
    throw new UsageError("`event_type` and `data` are required (see --help)");
  if (extra.length > 0) throw unexpectedArgument(extra[0], "; quote the data");
  if (!isValidEventType(type))
    throw new UsageError(`\`${type.slice(0, 80)}\` is not an event type (lower_snake_case, up to 64 characters)`);
  let event = emittedEvent(type, cleanString(data, 2e3), values, now);
  if (values.payload !== void 0)
    try {
      event.payload = cleanPayload(JSON.parse(values.payload));
    } catch (err) {
      throw new UsageError(`\`--payload\` is not valid JSON: ${errorMessage(err)}`);
    }
  return { project: projectFromFlag(values.project, env, cwd), event };
}
function emittedEvent(type, data, flags2, now) {
  let event = {
    timestamp: now.toISOString(),
    event_type: type,
    phase: cleanString(flags2.phase || DEFAULT_PHASE, 120),
    agent_id: cleanString(flags2.agent || DEFAULT_AGENT, 120),
    data,
    v: 1,
    source: "emit"
  };
  return flags2.session && (event.session_id = cleanString(flags2.session, 120)), event;
}
function writeEvent(project, event, onWarning) {
  try {
    appendEvent(project, event, { onWarning });
  } catch (err) {
    throw new UserError(`could not write the event: ${errorMessage(err)}`);
  }
}

// lib/bin/emit.ts
function main(argv) {
  let built = buildEvent(argv, /* @__PURE__ */ new Date());
  return built === "help" ? (process.stdout.write(`${EMIT_HELP}
`), 0) : (writeEvent(built.project, built.event, (m) => process.stderr.write(`emit: warning: ${m}
`)), 0);
}
runMain("emit", import.meta.url, main);
export {
  main
};
