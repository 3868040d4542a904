/**
 * Recall and false positives of redaction over a corpus of realistic secrets in
 * realistic places (shell commands, files read with the Read tool, tool output,
 * HTTP headers, JSON, hook payload objects) and of look-alikes that must survive
 * (hashes, UUIDs, base64, integrity strings, ordinary flags and words).
 * The figures are printed for the closing note of issue 10.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanPayload, redactString } from '../../lib/events/redact.ts';
import { expand } from '../util/fake-secrets.ts';
import { ROOT } from '../util/claude.ts';

interface Entry {
  context: string;
  t: string;
}

const DIR = path.join(ROOT, 'tests', 'fixtures', 'redact');
const load = (name: string): Entry[] => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as Entry[];

/** Every string (keys too) in a cleaned payload, one per line. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!Array.isArray(value)) out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** What the log would keep of one corpus entry. */
function redact(entry: Entry, text: string): string {
  return entry.context === 'object' ? strings(cleanPayload(JSON.parse(text))).join('\n') : redactString(text);
}

/**
 * A secret leaks when it survives whole or, for a long one, when any 12
 * characters of it survive (a half-redacted key is still a leak).
 */
export function leaks(output: string, secret: string): boolean {
  if (output.includes(secret)) return true;
  if (secret.length < 16) return false;
  for (let i = 0; i + 12 <= secret.length; i++) if (output.includes(secret.slice(i, i + 12))) return true;
  return false;
}

const secrets = load('secrets.json');
const lookalikes = load('lookalikes.json');

const corpus = suite('redaction corpus: recall and false positives');

corpus('the corpus is big enough to mean something', () => {
  const count = secrets.reduce((n, e, i) => n + expand(e.t, 1000 + i, true).secrets.length, 0);
  assert.ok(count >= 100, `${count} secrets`);
  assert.ok(lookalikes.length >= 100, `${lookalikes.length} look-alikes`);
});

corpus('recall ≥ 99 % and false positives ≤ 1 %', () => {
  let total = 0;
  const missed: string[] = [];
  secrets.forEach((entry, i) => {
    const { text, secrets: values } = expand(entry.t, 1000 + i, true);
    assert.ok(values.length > 0, `secrets.json #${i} names no secret`);
    const out = redact(entry, text);
    for (const v of values) {
      total++;
      if (leaks(out, v))
        missed.push(
          `#${i} (${entry.context}) ${JSON.stringify(v.slice(0, 24))}… in ${JSON.stringify(out.slice(0, 300))}`,
        );
    }
  });
  const changed: string[] = [];
  lookalikes.forEach((entry, i) => {
    const { text } = expand(entry.t, 5000 + i, false);
    const kept =
      entry.context === 'object'
        ? JSON.stringify(cleanPayload(JSON.parse(text))) === JSON.stringify(JSON.parse(text))
        : redactString(text) === text;
    if (!kept)
      changed.push(
        `#${i} (${entry.context}) ${JSON.stringify(text.slice(0, 200))} -> ${JSON.stringify(redact(entry, text).slice(0, 200))}`,
      );
  });
  const recall = (total - missed.length) / total;
  const fp = changed.length / lookalikes.length;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `\n  redaction corpus: recall ${total - missed.length}/${total} = ${pct(recall)} (${secrets.length} texts); ` +
      `false positives ${changed.length}/${lookalikes.length} = ${pct(fp)}`,
  );
  for (const m of missed) console.log(`    missed ${m}`);
  for (const c of changed) console.log(`    changed ${c}`);
  assert.ok(recall >= 0.99, `recall ${pct(recall)}:\n${missed.join('\n')}`);
  assert.ok(fp <= 0.01, `false positives ${pct(fp)}:\n${changed.join('\n')}`);
});

corpus.run();
