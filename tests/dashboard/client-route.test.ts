import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatRoute, linkTo, parseRoute } from '../../lib/dashboard/client/route.ts';

const route = suite('page address: view and filters in the hash');

route('round trip of every view with filters, ids with `..`, slashes, HTML and unicode', () => {
  for (const id of ['abc-123', '../../etc/passwd', 'a/b?c#d', '<img src=x>', 'séance 🚀', '__proto__']) {
    const r = { view: 'session' as const, id, params: { agent: 'sub-1', q: 'failed & more', project: '2' } };
    assert.equal(parseRoute(formatRoute(r)), r, id);
  }
  for (const view of ['live', 'sessions', 'search', 'alerts', 'performance', 'projects'] as const)
    assert.equal(parseRoute(formatRoute({ view, id: '', params: {} })), { view, id: '', params: {} });
});

route('hostile or old addresses fall back safely', () => {
  const cases: Array<[string, string, string]> = [
    ['', 'live', ''],
    ['#performance', 'performance', ''],
    ['#/nope', 'live', ''],
    ['#/session/', 'sessions', ''],
    ['#/session/%ZZ', 'sessions', ''],
    [`#/session/${'a'.repeat(600)}`, 'sessions', ''],
    ['#/constructor', 'live', ''],
  ];
  for (const [hash, view, id] of cases) {
    const r = parseRoute(hash);
    assert.equal([r.view, r.id], [view, id], hash);
  }
  const r = parseRoute(`#/search?q=${'x'.repeat(300)}&evil=1&type=tool_error`);
  assert.equal(r.params, { type: 'tool_error' });
});

route('links keep the project they were made from', () => {
  const from = parseRoute('#/sessions?project=3');
  assert.is(linkTo('session', 's1', {}, from), '#/session/s1?project=3');
  assert.is(linkTo('search', '', { q: 'x' }), '#/search?q=x');
});

route.run();
