import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SupabaseConfigError, portFromToml, readSupabasePort } from '../../lib/db/supabase-config.ts';
import { tempDir } from '../util/claude.ts';

// The shape of a real `supabase init` config, trimmed.
const REAL = `# A string used to distinguish different Supabase projects on the same host.
project_id = "demo"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]
extra_search_path = ["public", "extensions"]

[db]
# Port to use for the local database URL.
port = 64123
shadow_port = 54320
major_version = 15

[db.pooler]
enabled = false
port = 54329

[auth.email]
enable_signup = true
template = { subject = "x", content_path = "./t.html" }
`;

const parse = suite('portFromToml');
const table: Array<[string, string, { port: number; defaulted: boolean }]> = [
  ['a real config', REAL, { port: 64123, defaulted: false }],
  ['no [db] table: Supabase default', 'project_id = "x"\n', { port: 54322, defaulted: true }],
  ['[db] without port: Supabase default', '[db]\nmajor_version = 15\n', { port: 54322, defaulted: true }],
  ['dotted key', 'db.port = 6000\n', { port: 6000, defaulted: false }],
  ['empty file', '', { port: 54322, defaulted: true }],
];
for (const [name, text, want] of table)
  parse(name, () => assert.equal(portFromToml(text, 'supabase/config.toml'), want));

const bad: Array<[string, string, RegExp]> = [
  ['malformed TOML names file:line:col', '[db]\nport = \n', /^`supabase\/config\.toml:2:8`: invalid TOML/],
  ['unclosed table header', '[db\nport = 1\n', /^`supabase\/config\.toml:1:\d+`: invalid TOML/],
  ['duplicate key', '[db]\nport = 1\nport = 2\n', /^`supabase\/config\.toml:3:\d+`: invalid TOML/],
  ['port as a string', '[db]\nport = "54322"\n', /`\[db\] port` must be a whole number/],
  ['port out of range', '[db]\nport = 70000\n', /must be a whole number from 1 to 65535/],
  ['port as a float', '[db]\nport = 5432.5\n', /must be a whole number/],
  ['db not a table', 'db = 5\n', /`db` must be a table/],
];
for (const [name, text, re] of bad) {
  parse(`refuses ${name}`, () => {
    assert.throws(
      () => portFromToml(text, 'supabase/config.toml'),
      (err: Error) => err instanceof SupabaseConfigError && re.test(err.message),
    );
  });
}
parse.run();

const read = suite('readSupabasePort');
read('absent file: undefined', () => assert.is(readSupabasePort(tempDir('sb')), undefined));
read('present file: port and relative path', () => {
  const dir = tempDir('sb');
  fs.mkdirSync(path.join(dir, 'supabase'));
  fs.writeFileSync(path.join(dir, 'supabase', 'config.toml'), REAL);
  assert.equal(readSupabasePort(dir), { port: 64123, defaulted: false, file: path.join('supabase', 'config.toml') });
});
read('a directory where the file should be', () => {
  const dir = tempDir('sb');
  fs.mkdirSync(path.join(dir, 'supabase', 'config.toml'), { recursive: true });
  assert.throws(() => readSupabasePort(dir), /is not a file/);
});
read('a huge file is refused unread', () => {
  const dir = tempDir('sb');
  fs.mkdirSync(path.join(dir, 'supabase'));
  fs.writeFileSync(path.join(dir, 'supabase', 'config.toml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
  assert.throws(() => readSupabasePort(dir), /bytes; that is not a Supabase config/);
});
read.run();

// A FIFO is in tests/e2e/db-setup.test.ts, run as a child with a timeout: a regression there would hang.
const planted = suite('readSupabasePort: what a repository can plant');
const plants: Array<[string, (file: string, dir: string) => void, RegExp]> = [
  [
    'a symlink to /dev/zero',
    (f) => fs.symlinkSync('/dev/zero', f),
    /^`supabase\/config\.toml` is a symbolic link; 2L never follows links inside a project \(remove it\)$/,
  ],
  [
    'a symlink to a valid config elsewhere',
    (f, dir) => {
      fs.writeFileSync(path.join(dir, 'real.toml'), '[db]\nport = 5\n');
      fs.symlinkSync(path.join(dir, 'real.toml'), f);
    },
    /is a symbolic link/,
  ],
];
for (const [name, plant, re] of plants) {
  planted(name, () => {
    const dir = tempDir('sb');
    fs.mkdirSync(path.join(dir, 'supabase'));
    plant(path.join(dir, 'supabase', 'config.toml'), dir);
    assert.throws(
      () => readSupabasePort(dir),
      (e: Error) => e instanceof SupabaseConfigError && re.test(e.message),
    );
  });
}
planted.run();
