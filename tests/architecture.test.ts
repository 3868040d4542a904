import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './util/claude.ts';

const LIB = path.join(ROOT, 'lib');

/** What each feature folder may import besides itself (docs/architecture.md, "Dependency direction"). */
const ALLOWED: Record<string, readonly string[]> = {
  shared: [],
  events: ['shared'],
  transcript: ['shared'],
  hook: ['transcript', 'events', 'shared'],
  monitor: ['transcript', 'events', 'shared'],
  dashboard: ['monitor', 'transcript', 'events', 'shared'],
  db: ['events', 'shared'],
  mcp: ['events', 'shared'],
  install: ['shared'],
  // The doctor only reads what the others own.
  doctor: ['dashboard', 'db', 'events', 'install', 'mcp', 'monitor', 'shared', 'transcript'],
  bin: ['dashboard', 'db', 'doctor', 'events', 'hook', 'install', 'mcp', 'monitor', 'shared', 'transcript'],
};

function modules(dir = LIB, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) modules(p, out);
    else if (e.name.endsWith('.ts')) out.push(path.relative(LIB, p));
  }
  return out.sort();
}

const folderOf = (rel: string) => rel.split(path.sep)[0]!;

function importsOf(rel: string): string[] {
  const text = fs.readFileSync(path.join(LIB, rel), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.relative(LIB, path.resolve(path.dirname(path.join(LIB, rel)), m[1]!));
    out.push(target);
  }
  return out;
}

const layout = suite('architecture');
layout('every module lives in a feature folder; the top of lib/ holds only the bash logger and the hook front', () => {
  const top = fs
    .readdirSync(LIB, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
  assert.equal(top, ['2l-event-logger.sh', '2l-hook-front.sh']);
  for (const rel of modules()) assert.ok(folderOf(rel) in ALLOWED, `${rel} is in no known folder`);
});
layout('imports follow the dependency direction (dashboard → monitor → events; nothing imports install)', () => {
  const wrong: string[] = [];
  for (const rel of modules()) {
    const from = folderOf(rel);
    for (const target of importsOf(rel)) {
      if (target.startsWith('..')) {
        wrong.push(`${rel} imports ${target}, outside lib/`);
        continue;
      }
      const to = folderOf(target);
      if (to !== from && !ALLOWED[from]!.includes(to)) wrong.push(`${rel} imports ${target}`);
    }
  }
  assert.equal(wrong, []);
});
layout('docs/architecture.md names every module, and no module that is gone', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const named = new Set(
    [
      ...doc.matchAll(
        /`((?:bin|events|hook|install|dashboard|monitor|db|mcp|shared|transcript|doctor)\/[\w./-]+\.ts)`/g,
      ),
    ].map((m) => m[1]!),
  );
  const actual = modules().map((r) => r.split(path.sep).join('/'));
  assert.equal(
    actual.filter((m) => !named.has(m)),
    [],
    'modules missing from docs/architecture.md',
  );
  assert.equal(
    [...named].filter((m) => !actual.includes(m)),
    [],
    'docs/architecture.md names modules that do not exist',
  );
});
layout.run();
