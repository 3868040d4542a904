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

// lib/dashboard/scrape-token.ts
import fs3 from "node:fs";
import os from "node:os";
import path3 from "node:path";

// lib/dashboard/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
function newToken() {
  return randomBytes(24).toString("base64url");
}

// lib/shared/atomic-write.ts
import nodeFs from "node:fs";
import path2 from "node:path";
function atomicWriteFileSync(file, data, opts = {}) {
  let fs4 = opts.fs ?? nodeFs, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs4.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = path2.join(
    path2.dirname(file),
    `.${path2.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs4.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs4.writeSync(fd, buf, off, buf.length - off);
    opts.durable !== !1 && fs4.fsyncSync(fd), fs4.closeSync(fd), fd = void 0, fs4.chmodSync(tmp, mode), fs4.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs4.closeSync(fd);
      } catch {
      }
    try {
      fs4.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

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

// lib/dashboard/scrape-token.ts
var TOKEN = /^[A-Za-z0-9_-]{32,128}$/, MAX_BYTES = 1024, myUid2 = typeof process.getuid == "function" ? process.getuid() : void 0;
function scrapeTokenDir(env = process.env) {
  let xdg = env.XDG_STATE_HOME;
  if (xdg && path3.isAbsolute(xdg)) return path3.join(xdg, "2l");
  let home = env.HOME && path3.isAbsolute(env.HOME) ? env.HOME : os.homedir();
  return path3.join(home, ".local", "state", "2l");
}
function scrapeTokenPath(env = process.env) {
  return path3.join(scrapeTokenDir(env), "scrape-token");
}
function readScrapeToken(env = process.env) {
  let file = scrapeTokenPath(env), fd;
  try {
    if (checkPrivateDir(path3.dirname(file)), fd = openRegularForRead(file), fd === void 0) return { absent: !0 };
    let st = fs3.fstatSync(fd);
    if (myUid2 !== void 0 && st.uid !== myUid2) return { refused: `${file} is not yours` };
    if ((st.mode & 63) !== 0)
      return { refused: `${file} is readable by others (mode ${(st.mode & 511).toString(8)}); rotate it` };
    if (st.size > MAX_BYTES) return { refused: `${file} is not a scrape token (${st.size} bytes)` };
    let buf = Buffer.alloc(MAX_BYTES + 1), n = fs3.readSync(fd, buf, 0, buf.length, 0), text = buf.subarray(0, n).toString("utf8").trim();
    return TOKEN.test(text) ? { token: text } : { refused: `${file} is not a scrape token` };
  } catch (err) {
    return errorCode(err) === "ENOENT" ? { absent: !0 } : err instanceof UnsafePathError ? { refused: err.message } : { refused: `${file}: ${err.message}` };
  } finally {
    fd !== void 0 && fs3.closeSync(fd);
  }
}
function ensureScrapeToken(env = process.env, rotate = !1) {
  let file = scrapeTokenPath(env), dir = path3.dirname(file);
  if (fs3.mkdirSync(path3.dirname(dir), { recursive: !0, mode: 448 }), ensurePrivateDir(dir), !rotate) {
    let r = readScrapeToken(env);
    if ("token" in r) return { token: r.token, file, created: !1 };
    if ("refused" in r) throw new Error(`${r.refused}; \`2l scrape-token --rotate\` replaces it`);
  }
  let token = newToken();
  return atomicWriteFileSync(file, `${token}
`, { mode: 384, keepMode: !1 }), { token, file, created: !0 };
}

// lib/dashboard/scrape-token-command.ts
var SCRAPE_TOKEN_HELP = `Usage: scrape-token [--rotate] [--path] [--json]

Print your scrape token: the credential a Prometheus sends to every 2L
dashboard you run (\`Authorization: Bearer\`, on /metrics only). Unlike a
dashboard's link it survives server restarts. It is created on first use,
0600, in $XDG_STATE_HOME/2l/scrape-token (else ~/.local/state/2l/), never in
a project. Point Prometheus' \`credentials_file\` at a copy of it
(docs/ops/README.md).

Options:
  --rotate    replace it with a new one (the old one stops working at once,
              also for running dashboards)
  --path      print the file's path instead of the token (creating it first)
  --json      print {token, file, created}
  -h, --help  show this help

Exit codes: 0 printed, 1 could not create or read it, 2 bad arguments.`;
function runScrapeToken(argv, env = process.env) {
  let { values, positionals } = parseCliArgs({
    args: argv,
    allowPositionals: !0,
    options: {
      rotate: { type: "boolean" },
      path: { type: "boolean" },
      json: SHARED_OPTIONS.json,
      help: SHARED_OPTIONS.help
    }
  });
  if (values.help) return "help";
  if (positionals.length) throw unexpectedArgument(positionals[0]);
  let r;
  try {
    r = ensureScrapeToken(env, values.rotate === !0);
  } catch (err) {
    throw new UserError(`cannot use \`${scrapeTokenPath(env)}\`: ${err.message}`);
  }
  if (values.json) return { stdout: `${JSON.stringify(r)}
`, stderr: "" };
  let note = r.created ? `scrape-token: ${values.rotate ? "rotated" : "created"} ${r.file}
` : "";
  return { stdout: `${values.path ? r.file : r.token}
`, stderr: note };
}

// lib/bin/scrape-token.ts
function main(argv) {
  let r = runScrapeToken(argv);
  return r === "help" ? (process.stdout.write(`${SCRAPE_TOKEN_HELP}
`), 0) : (process.stdout.write(r.stdout), process.stderr.write(r.stderr), 0);
}
runMain("scrape-token", import.meta.url, main);
export {
  main
};
