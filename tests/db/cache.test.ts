import fs from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  CACHE_TTL_MS,
  type DbCache,
  cachePath,
  ensureIgnored,
  freshAge,
  parseCache,
  readCache,
  renderCache,
  writeCache,
} from '../../lib/db/cache.ts';
import { UnsafePathError } from '../../lib/shared/safe-fs.ts';
import { tempDir } from '../util/claude.ts';
import { DB_T0, dbCache } from '../util/db-cache.ts';

const T0 = DB_T0;
const entry = dbCache;
const at = (ms: number) => new Date(T0.getTime() + ms);

const fresh = suite('freshAge');
const table: Array<[string, DbCache | undefined, string, Date, number | undefined]> = [
  ['same URL just checked', entry(), entry().url, at(0), 0],
  ['same URL 4m59s ago', entry(), entry().url, at(CACHE_TTL_MS - 1000), CACHE_TTL_MS - 1000],
  ['expired at exactly 5 minutes', entry(), entry().url, at(CACHE_TTL_MS), undefined],
  ['another URL', entry(), 'postgresql://other@127.0.0.1:5432/appdb', at(1000), undefined],
  ['no cache', undefined, entry().url, at(0), undefined],
  ['checked_at in the future (clock jump)', entry(), entry().url, at(-10 * 60_000), undefined],
  ['small clock skew tolerated', entry(), entry().url, at(-5000), 0],
  [
    'a later failure voids it',
    entry({ last_failure: { at: at(1000).toISOString(), outcome: 'refused' } }),
    entry().url,
    at(2000),
    undefined,
  ],
  [
    'an older failure does not',
    entry({ last_failure: { at: at(-1000).toISOString(), outcome: 'refused' } }),
    entry().url,
    at(2000),
    2000,
  ],
];
for (const [name, cache, url, now, want] of table) fresh(name, () => assert.is(freshAge(cache, url, now), want));
fresh.run();

const text = suite('renderCache / parseCache');
text('round trip, with a header saying no password is stored', () => {
  const out = renderCache(entry());
  assert.match(out.split('\n')[0]!, /^# .*No password is stored here\.$/);
  assert.equal(parseCache(out), entry());
});
const junk: Array<[string, string]> = [
  ['empty', ''],
  ['not YAML', '{{{: ['],
  ['a list', '- a\n- b\n'],
  ['missing fields', 'url: x\n'],
  ['bad date', renderCache(entry({ checked_at: 'yesterday' }))],
  ['wrong type', renderCache(entry()).replace('can_create_schema: false', 'can_create_schema: "no"')],
  [
    'alias bomb',
    'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
  ],
];
for (const [name, t] of junk) text(`junk is no cache: ${name}`, () => assert.is(parseCache(t), undefined));
text.run();

const disk = suite('writeCache / readCache');
disk('writes .2L/db.yaml 0600 and keeps it out of git', () => {
  const project = tempDir('cache');
  const file = writeCache(project, entry());
  assert.is(file, cachePath(project));
  assert.is(fs.statSync(file).mode & 0o777, 0o600);
  assert.is(fs.statSync(path.join(project, '.2L')).mode & 0o777, 0o700);
  assert.equal(readCache(project), entry());
  // A new .2L is ignored as a whole (safe-fs's ensureStateRoot).
  assert.is(
    fs.readFileSync(path.join(project, '.2L', '.gitignore'), 'utf8'),
    '# 2L state: private to this machine\n*\n',
  );
  writeCache(project, entry());
  assert.is(
    fs.readFileSync(path.join(project, '.2L', '.gitignore'), 'utf8'),
    '# 2L state: private to this machine\n*\n',
    'second write adds nothing',
  );
});
disk('an existing .2L without a .gitignore gets one naming db.yaml', () => {
  const project = tempDir('cache');
  fs.mkdirSync(path.join(project, '.2L'));
  writeCache(project, entry());
  assert.is(
    fs.readFileSync(path.join(project, '.2L', '.gitignore'), 'utf8'),
    '# 2L state that should not be committed\ndb.yaml\n',
  );
});
disk('an unreadable or oversized cache is no cache', () => {
  const project = tempDir('cache');
  fs.mkdirSync(path.join(project, '.2L'));
  fs.writeFileSync(cachePath(project), `url: ${'x'.repeat(100_000)}\n`);
  assert.is(readCache(project), undefined);
  fs.rmSync(cachePath(project));
  fs.mkdirSync(cachePath(project));
  assert.is(readCache(project), undefined);
});
disk.run();

/** What a repository can commit into .2L: nothing is followed, nothing outside is written. */
const planted = suite('writeCache / readCache: planted links');
const victimIn = (project: string) => {
  const victim = path.join(path.dirname(project), `${path.basename(project)}-victim`);
  fs.writeFileSync(victim, 'export SAFE=1\n');
  return victim;
};
planted('.2L/db.yaml links to a file: not read as the cache; replaced by the write, the file untouched', () => {
  const project = tempDir('cache');
  const victim = victimIn(project);
  fs.writeFileSync(victim, renderCache(entry()));
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync(victim, cachePath(project));
  assert.is(readCache(project), undefined, 'a link is not our cache');
  writeCache(project, { ...entry(), user: 'other' });
  assert.is(fs.readFileSync(victim, 'utf8'), renderCache(entry()));
  assert.not.ok(fs.lstatSync(cachePath(project)).isSymbolicLink());
  assert.is(readCache(project)!.user, 'other');
});
planted('.2L/.gitignore links to the user’s ~/.bashrc: refused, nothing appended, no cache written', () => {
  const project = tempDir('cache');
  const victim = victimIn(project);
  fs.mkdirSync(path.join(project, '.2L'));
  fs.symlinkSync(victim, path.join(project, '.2L', '.gitignore'));
  assert.throws(
    () => writeCache(project, entry()),
    (e: Error) => e instanceof UnsafePathError && e.reason === 'symlink',
  );
  assert.is(fs.readFileSync(victim, 'utf8'), 'export SAFE=1\n');
  assert.not.ok(fs.existsSync(cachePath(project)));
});
planted('.2L itself links elsewhere: refused; a cache found through it is no cache', () => {
  const project = tempDir('cache');
  const away = tempDir('away');
  fs.writeFileSync(path.join(away, 'db.yaml'), renderCache(entry()));
  fs.symlinkSync(away, path.join(project, '.2L'));
  assert.is(readCache(project), undefined);
  assert.throws(
    () => writeCache(project, entry()),
    (e: Error) => e instanceof UnsafePathError && e.reason === 'symlink',
  );
  assert.equal(fs.readdirSync(away), ['db.yaml']);
});
planted.run();

const ignore = suite('ensureIgnored');
const cases: Array<[string, string | undefined, string]> = [
  ['appends to a file without a final newline', 'events.jsonl', 'events.jsonl\ndb.yaml\n'],
  ['a `*` rule already covers it', '*\n', '*\n'],
  ['an anchored rule already covers it', '/db.yaml\n', '/db.yaml\n'],
  ['keeps the user’s lines', '# mine\nfoo\n', '# mine\nfoo\ndb.yaml\n'],
];
for (const [name, before, after] of cases) {
  ignore(name, () => {
    const dir = tempDir('ign');
    if (before !== undefined) fs.writeFileSync(path.join(dir, '.gitignore'), before);
    ensureIgnored(dir, 'db.yaml');
    assert.is(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), after);
  });
}
ignore.run();
