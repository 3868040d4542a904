// Benchmark of /2l-setup-db's connection test against a bare `psql -c 'select 1'`
// on the same throwaway PostgreSQL cluster, in the same run, interleaved so
// machine noise hits both alike. Measures the built dist/setup-db.mjs.
//   node scripts/bench/db.mjs [--quick]      (standalone; prints medians)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

function timed(cmd, args, opts) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export default async function bench(ctx) {
  const { root, tmp, quick, log } = ctx;
  // The same cluster helper the tests use (TypeScript, loaded through tsx).
  const { tsImport } = await import('tsx/esm/api');
  const { startCluster, PASSWORDS } = await tsImport(
    path.join(root, 'tests', 'util', 'pg-cluster.ts'),
    import.meta.url,
  );
  log('db: starting a throwaway PostgreSQL cluster');
  const pg = await startCluster();
  try {
    const bin = path.join(root, 'dist', 'setup-db.mjs');
    const project = fs.mkdtempSync(path.join(tmp, 'db-project-'));
    const url = pg.url('app');
    const safeUrl = pg.url('app', 'appdb', false);
    const env = { PATH: process.env.PATH, HOME: tmp, LANG: 'C.UTF-8' };
    const samples = quick ? 8 : 40;
    const warmup = 3;
    const out = { cli: [], probe: [], cached: [], bare: [] };

    const variants = [
      [
        'cli',
        () => {
          const r = timed(process.execPath, [bin, '--check', '--fresh', '--json', '--url', url], { cwd: project, env });
          if (r.status !== 0) throw new Error(`setup-db exited ${r.status}: ${r.stdout}${r.stderr}`);
          out.probe.push(JSON.parse(r.stdout).wall_ms);
          return r.ms;
        },
      ],
      [
        'cached',
        () => {
          const r = timed(process.execPath, [bin, '--check', '--json', '--url', url], { cwd: project, env });
          if (r.status !== 0 || !JSON.parse(r.stdout).cached)
            throw new Error(`cached check failed: ${r.stdout}${r.stderr}`);
          return r.ms;
        },
      ],
      [
        'bare',
        () => {
          const r = timed('psql', ['-X', '-w', '-q', '-c', 'select 1', '-d', safeUrl], {
            cwd: project,
            env: { ...env, PGPASSWORD: PASSWORDS.app },
          });
          if (r.status !== 0) throw new Error(`psql exited ${r.status}: ${r.stderr}`);
          return r.ms;
        },
      ],
    ];
    for (let round = 0; round < warmup + samples; round++) {
      for (let k = 0; k < variants.length; k++) {
        const [name, run] = variants[(round + k) % variants.length];
        const probeBefore = out.probe.length;
        const ms = run();
        if (round < warmup) out.probe.length = probeBefore;
        else out[name].push(ms);
      }
      if ((round + 1) % 10 === 0) log(`  db: ${round + 1}/${warmup + samples} rounds`);
    }
    const reference = { name: "bare psql -X -c 'select 1' (same server, same URL)", samples: out.bare };
    return [
      {
        name: 'setup-db --check --fresh (whole CLI: node start, psql, cache + event write)',
        unit: 'ms',
        samples: out.cli,
        reference,
        target: { ratio: 5 },
        note: 'node start-up (~40 ms) plus one psql run; the ratio is the cost of a full check over the bare query',
      },
      {
        name: 'setup-db connection test (its psql run: connect, timed select 1, version/rights query)',
        unit: 'ms',
        samples: out.probe,
        reference,
        target: { ratio: 2 },
        note: 'wall_ms reported by --json; the probe itself, without node start-up',
      },
      {
        name: 'setup-db --check answered from .2L/db.yaml (no connection)',
        unit: 'ms',
        samples: out.cached,
        reference,
        note: 'cache hit: no psql at all',
      },
    ];
  } finally {
    pg.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const tmp = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), '2l-bench-db-'));
  try {
    const results = await bench({
      root,
      tmp,
      quick: process.argv.includes('--quick'),
      log: (m) => process.stderr.write(`${m}\n`),
    });
    for (const r of results) {
      const s = [...r.samples].sort((a, b) => a - b);
      const pct = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
      const ref = median(r.reference.samples);
      console.log(
        `${r.name}\n  n=${s.length} median ${median(s).toFixed(1)} ms  p95 ${pct(95).toFixed(1)}  p99 ${pct(99).toFixed(1)}  | reference median ${ref.toFixed(1)} ms  ratio ${(median(s) / ref).toFixed(2)}${r.target?.ratio ? ` (target <= ${r.target.ratio})` : ''}`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
