// Benchmark of the installer (issue 3): a fresh install and a no-op
// re-install of the built installer (dist/install.mjs, what ships), against
// what 2L's 2l.sh did, measured in the same run and interleaved with it:
// `cp -r` of the same tree, plus on re-install a full backup copy first.
// Also counts the files the no-op re-install writes (target: 0), from the
// inode and mtime of every entry in the target before and after.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function walk(dir, prefix = '') {
  const out = [];
  let names;
  try {
    names = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of names) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...walk(dir, rel));
    else out.push(rel);
  }
  return out;
}

function stamps(dir) {
  const m = new Map();
  for (const rel of walk(dir)) {
    const st = fs.lstatSync(path.join(dir, rel));
    m.set(rel, `${st.ino}:${st.mtimeMs}`);
  }
  return m;
}

/** The install log: every run appends its own record to it (issue 19), a no-op one included. */
const RUN_LOG = '.2l-install.log';

/** Files created, changed or removed between two snapshots, the run log aside. */
function written(before, after) {
  let n = 0;
  for (const [rel, s] of after) if (rel !== RUN_LOG && before.get(rel) !== s) n++;
  for (const rel of before.keys()) if (rel !== RUN_LOG && !after.has(rel)) n++;
  return n;
}

function time(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The tree 2l.sh copied: the same files the installer installs. */
function stagePack(root, dest) {
  fs.mkdirSync(dest, { recursive: true });
  for (const part of ['commands', 'agents', 'dist']) {
    if (fs.existsSync(path.join(root, part)))
      fs.cpSync(path.join(root, part), path.join(dest, part), { recursive: true });
  }
  fs.mkdirSync(path.join(dest, 'lib'), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, 'lib')).filter((f) => f.endsWith('.sh')))
    fs.copyFileSync(path.join(root, 'lib', f), path.join(dest, 'lib', f));
}

export default async function bench({ root, tmp, quick, log }) {
  const n = quick ? 3 : 15;
  const installer = path.join(root, 'dist', 'install.mjs');
  const env = { PATH: process.env.PATH, HOME: tmp };
  const install = (target) =>
    execFileSync(process.execPath, [installer, '--target', target, '--quiet'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const staged = path.join(tmp, 'staged');
  stagePack(root, staged);
  const cpInstall = (target) => {
    fs.mkdirSync(target, { recursive: true });
    for (const part of fs.readdirSync(staged)) execFileSync('cp', ['-r', path.join(staged, part), target]);
  };
  const cpReinstall = (target) => {
    execFileSync('cp', ['-r', target, `${target}.backup-${Date.now()}`]);
    cpInstall(target);
  };

  const fresh = [],
    freshRef = [],
    noop = [],
    noopRef = [],
    noopWrites = [],
    refWrites = [],
    floor = [];
  for (let i = 0; i < n; i++) {
    log(`install bench ${i + 1}/${n}`);
    const ours = path.join(tmp, `ours-${i}`);
    const ref = path.join(tmp, `ref-${i}`);
    floor.push(time(() => execFileSync(process.execPath, ['-e', '0'], { env })));
    fresh.push(time(() => install(ours)));
    freshRef.push(time(() => cpInstall(ref)));
    const before = stamps(ours);
    noop.push(time(() => install(ours)));
    noopWrites.push(written(before, stamps(ours)));
    const refBefore = stamps(tmp);
    noopRef.push(time(() => cpReinstall(ref)));
    refWrites.push(written(refBefore, stamps(tmp)));
    fs.rmSync(ours, { recursive: true, force: true });
    for (const d of fs.readdirSync(tmp).filter((d) => d.startsWith(`ref-${i}`)))
      fs.rmSync(path.join(tmp, d), { recursive: true, force: true });
  }
  const files = walk(staged).length;
  return [
    {
      name: 'install: fresh install (node dist/install.mjs)',
      unit: 'ms',
      samples: fresh,
      reference: { name: 'cp -r of the same tree', samples: freshRef },
      note: `${files} files; includes Node start-up`,
    },
    {
      name: 'install: no-op re-install',
      unit: 'ms',
      samples: noop,
      reference: { name: 'cp -r plus a full backup copy (2l.sh)', samples: noopRef },
    },
    {
      name: 'install: node -e 0 (start-up floor of any Node installer)',
      unit: 'ms',
      samples: floor,
      reference: { name: 'cp -r of the same tree', samples: freshRef },
    },
    {
      name: 'install: files written by a no-op re-install',
      unit: 'count',
      samples: noopWrites,
      reference: { name: 'files written by cp -r plus a full backup', samples: refWrites },
      target: { max: 0 },
      note: `the install log (${RUN_LOG}) aside: each run appends its record to it`,
    },
  ];
}
