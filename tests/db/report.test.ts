import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  EXIT,
  EXIT_HELP,
  agentNote,
  createText,
  explain,
  formatAge,
  formatMs,
  passwordNote,
  rows,
  shq,
} from '../../lib/db/report.ts';
import type { FailureKind } from '../../lib/db/psql-probe.ts';

const codes = suite('EXIT');
codes('each connection failure the issue names has its own code, all in --help', () => {
  const named = ['psql_missing', 'refused', 'auth', 'no_database', 'timeout', 'ssl_required'] as const;
  const values = named.map((k) => EXIT[k]);
  assert.equal(values, [3, 4, 5, 6, 7, 8]);
  for (const v of [0, 1, 2, ...values]) assert.match(EXIT_HELP, new RegExp(`^  ${v}  \\S`, 'm'));
});
codes.run();

const titles = suite('explain');
const t = { host: '127.0.0.1', port: 54322, user: 'app', database: 'appdb' };
const table: Array<[FailureKind, string, RegExp]> = [
  ['refused', 'connection refused at 127.0.0.1:54322', /`supabase start`/],
  ['auth', 'authentication failed for user app', /PGPASSWORD/],
  ['no_database', 'database appdb does not exist', /createdb/],
  ['timeout', 'timeout: no answer from 127.0.0.1:54322 within 5 s', /--timeout/],
  ['ssl_required', 'the server requires SSL', /sslmode=require/],
  ['ssl_unsupported', 'SSL was required but the server does not offer it', /Remove `sslmode=require`/],
  ['host_unknown', 'unknown host 127.0.0.1', /does not resolve/],
  ['error', 'the connection test failed', /psql/],
];
for (const [kind, title, fix] of table) {
  titles(kind, () => {
    const e = explain(kind, t, 5);
    assert.is(e.title, title);
    assert.match(e.fix, fix);
  });
}
titles('socket and default names', () => {
  assert.is(explain('refused', { host: '' }, 5).title, 'connection refused at the local socket');
  assert.is(explain('auth', { host: 'h' }, 5).title, 'authentication failed for user (default)');
});
titles.run();

const text = suite('formatting');
const quoting: Array<[string, string]> = [
  ['postgresql://app@127.0.0.1:5432/appdb', 'postgresql://app@127.0.0.1:5432/appdb'],
  ['postgresql://u@h/d?sslmode=require&x=1', "'postgresql://u@h/d?sslmode=require&x=1'"],
  ["postgresql://o'brien@h/d", "'postgresql://o'\\''brien@h/d'"],
  ['postgresql://u@h/$(id)', "'postgresql://u@h/$(id)'"],
];
for (const [input, want] of quoting) text(`shq ${input}`, () => assert.is(shq(input), want));
text('createText', () => {
  assert.is(createText(true, false, 'public'), 'yes (tables in schema public)');
  assert.is(createText(false, true, 'public'), 'yes (new schemas)');
  assert.match(
    createText(false, false, undefined),
    /^no \(no CREATE on any schema in the search path or on the database\)/,
  );
});
text('formatMs / formatAge', () => {
  assert.is(formatMs(0.4567), '0.46 ms');
  assert.is(formatMs(152.4), '152 ms');
  assert.is(formatMs(undefined), '?');
  assert.is(formatAge(42_000), '42 s');
  assert.is(formatAge(240_000), '4 min');
});
text('rows align labels and drop missing values', () => {
  assert.is(
    rows([
      ['a', '1'],
      ['long label', '2'],
      ['gone', undefined],
    ]),
    '  a           1\n  long label  2',
  );
});
text('agent note: the URL written out, a password hint per source, never a $VARIABLE command', () => {
  for (const source of ['flag', 'env', 'supabase', 'default'] as const) {
    const note = agentNote('postgresql://u@h/d', source, true);
    assert.match(note.split('\n')[1]!, /^ {2}psql postgresql:\/\/u@h\/d -X -v ON_ERROR_STOP=1 -c '<SQL>'$/);
    assert.match(note, /PGPASSWORD/);
  }
  assert.match(passwordNote('env', true), /`DATABASE_URL`, which psql does not read by itself/);
  assert.match(passwordNote('default', true), /`supabase status`/);
  assert.match(passwordNote('flag', false), /carries no password/);
  assert.match(
    passwordNote('stdin', true),
    /^The password came with the URL on stdin and is not stored: export PGPASSWORD/,
  );
});
text.run();
