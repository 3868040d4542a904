import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { clip, stripControls, type StripOptions } from '../../lib/shared/text.ts';

const strip = suite('stripControls');
const ESC = '\u001b';
for (const [name, input, opts, expected] of [
  ['plain text, non-ASCII and emoji untouched', 'ünï 日本 😀 <b>', {}, 'ünï 日本 😀 <b>'],
  [
    'C0 controls, DEL and C1 controls become spaces: one line',
    'a\nb\tc\r\u0000d\u007fe\u0085f\u009bg',
    {},
    'a b c  d e f g',
  ],
  ['an escape sequence leaves its printable tail by default', `${ESC}[31mred${ESC}[0m`, {}, ' [31mred [0m'],
  [
    'dropEscapes removes CSI sequences whole',
    `a${ESC}[1;31mred${ESC}[0m${ESC}[2J${ESC}[?25l`,
    { dropEscapes: true },
    'ared',
  ],
  [
    'an OSC title sequence: its ESC and BEL replaced, never sent',
    `${ESC}]0;pwned\u0007x`,
    { dropEscapes: true, replacement: '?' },
    '?]0;pwned?x',
  ],
  ['keepLayout keeps newline and tab, not CR', 'a\tb\nc\r', { keepLayout: true, replacement: '?' }, 'a\tb\nc?'],
  ['the replacement may be empty', 'a\u0007b', { replacement: '' }, 'ab'],
  ['U+2028 and U+00A0 are not controls', 'a\u2028b\u00a0c', {}, 'a\u2028b\u00a0c'],
] as Array<[string, string, StripOptions, string]>) {
  strip(name, () => assert.is(stripControls(input, opts), expected));
}
strip.run();

const cut = suite('clip');
for (const [input, max, expected] of [
  ['short', 10, 'short'],
  ['exactly10!', 10, 'exactly10!'],
  ['eleven chars', 10, 'eleven ch…'],
  ['', 3, ''],
] as const) {
  cut(`${JSON.stringify(input)} to ${max}`, () => assert.is(clip(input, max), expected));
}
cut.run();
