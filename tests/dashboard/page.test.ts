import { createHash } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PAGE_CSP, renderPage } from '../../lib/dashboard/page.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const between = (html: string, open: string, close: string) => {
  const a = html.indexOf(open);
  const b = html.indexOf(close, a);
  assert.ok(a !== -1 && b !== -1, `${open}…${close}`);
  return html.slice(a + open.length, b);
};

const page = suite('the page: self-contained, allowed by hashes over its final script and style');
page('one inline script and one inline style, each allowed by its hash and nothing else', () => {
  const html = renderPage();
  assert.is(html.split('<script').length, 2);
  assert.is(html.split('<style').length, 2);
  const csp = Object.fromEntries(
    PAGE_CSP.split('; ').map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)]),
  );
  assert.is(csp['script-src'], sha(between(html, '<script>', '</script>')));
  assert.is(csp['style-src'], sha(between(html, '<style>', '</style>')));
  assert.is(csp['default-src'], "'none'");
});
page('the script is the bundled client: one classic script, no module syntax, nothing loaded from elsewhere', () => {
  const js = between(renderPage(), '<script>', '</script>');
  assert.ok(js.length > 1000);
  assert.not.match(js, /^\s*(import|export)\s/m);
  assert.not.match(js, /https?:\/\/(?!www\.w3\.org)/);
  assert.not.match(js, /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|document\.write/);
});
page.run();
