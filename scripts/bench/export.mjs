// `2l export --otlp` of a generated log to a loopback OTLP/HTTP receiver, as shipped (dist/export.mjs).
// Reference: the same export with --dry-run (read and map the log, no SDK sending), so the ratio is
// what building and sending spans and logs costs on top of reading. Also: bundle start-up against bare
// node, and peak RSS of a 5× larger log against the base one (streaming: memory must not follow the log).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/** Prints the child's peak RSS on exit, without touching the product. */
const RSS_PROBE =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n"))';

function run(args) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    execFile(process.execPath, args, { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')}: ${stderr || err.message}`));
      else resolve(Number(process.hrtime.bigint() - t) / 1e6);
    });
  });
}

/** Peak RSS in MB of `node dist/export.mjs …`. */
function peakRss(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', RSS_PROBE, ...args], { maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const kb = Number(/maxrss=(\d+)/.exec(stderr)?.[1]);
      if (err || !kb) reject(new Error(`${args.join(' ')}: ${stderr || err?.message}`));
      else resolve(kb / 1024);
    });
  });
}

function writeLog(dir, calls, sessions) {
  fs.mkdirSync(path.join(dir, '.2L'), { recursive: true });
  const t0 = Date.parse('2026-11-20T10:00:00.000Z');
  const lines = [];
  for (let i = 0; i < calls; i++) {
    const base = {
      phase: 'build',
      agent_id: 'main',
      v: 1,
      source: 'hook',
      session_id: `S${i % sessions}`,
      tool_name: i % 3 ? 'Bash' : 'Read',
      tool_use_id: `toolu_${i}`,
    };
    lines.push(
      JSON.stringify({
        ...base,
        timestamp: new Date(t0 + i * 20).toISOString(),
        event_type: 'tool_start',
        data: `Bash: npm test ${i}`,
        payload: { command: `npm test -- --grep case-${i}` },
      }),
    );
    lines.push(
      JSON.stringify({
        ...base,
        timestamp: new Date(t0 + i * 20 + 15).toISOString(),
        event_type: i % 50 ? 'tool_complete' : 'tool_error',
        data: `done ${i}`,
        duration_ms: 14,
        hook_ms: 3,
        ...(i % 50 ? {} : { error: 'Exit code 1' }),
      }),
    );
  }
  fs.writeFileSync(path.join(dir, '.2L', 'events.jsonl'), `${lines.join('\n')}\n`);
  return lines.length;
}

export default async function bench({ root, tmp, quick, log }) {
  const exporter = path.join(root, 'dist', 'export.mjs');
  const calls = quick ? 1000 : 10_000;
  const events = writeLog(tmp, calls, 20);
  // Memory is measured on fixed sizes, past the point where batching reaches its steady state.
  const mid = path.join(tmp, 'mid');
  const midEvents = writeLog(mid, 5000, 20);
  const big = path.join(tmp, 'big');
  const bigEvents = writeLog(big, 25_000, 20);
  let received = 0;
  let sentBytes = 0;
  const server = http.createServer((req, res) => {
    req.on('data', (c) => (received += c.length));
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  const runs = quick ? 3 : 7;
  const send = [];
  const dry = [];
  const start = [];
  const bare = [];
  const rss = [];
  const rssBase = [];
  try {
    for (let i = 0; i < runs; i++) {
      send.push(await run([exporter, '--otlp', url, '--project', tmp]));
      dry.push(await run([exporter, '--dry-run', '--project', tmp]));
      start.push(await run([exporter, '--help']));
      bare.push(await run(['-e', '']));
      if (i === runs - 1) sentBytes = received;
      log(`run ${i + 1}/${runs}: send ${send[i].toFixed(0)} ms, dry run ${dry[i].toFixed(0)} ms`);
    }
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      rss.push(await peakRss([exporter, '--otlp', url, '--project', big]));
      rssBase.push(await peakRss([exporter, '--otlp', url, '--project', mid]));
      log(
        `memory ${i + 1}: ${rss[i].toFixed(0)} MB for ${bigEvents} events, ${rssBase[i].toFixed(0)} MB for ${midEvents}`,
      );
    }
  } finally {
    await new Promise((r) => server.close(r));
  }
  return [
    {
      name: `send ${events} events`,
      unit: 'ms',
      samples: send,
      reference: { name: 'dry run', samples: dry },
      note: `${events} events → ${calls + 20} spans + ${events} logs; ${(sentBytes / runs / 1024 / 1024).toFixed(1)} MB of OTLP/JSON per run`,
    },
    {
      name: 'start (--help)',
      unit: 'ms',
      samples: start,
      reference: { name: "node -e ''", samples: bare },
    },
    {
      name: `peak RSS, send ${bigEvents} events`,
      unit: 'MB',
      samples: rss,
      reference: { name: `${midEvents} events`, samples: rssBase },
      target: { ratio: 1.5 },
      note: 'the log is read as a stream and sent in bounded batches, so 5× the events must not mean 5× the memory',
    },
  ];
}
