/**
 * Text from a log, a server or a repository, made safe to print: a control
 * character reaching a terminal can move the cursor, rewrite what was shown
 * or set the window title. One stripper, with the few choices callers differ
 * on. No imports: the status line uses it.
 */

/** C0 controls, DEL and C1 controls (U+0080–U+009F, which include the 8-bit CSI). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same but newline and tab, for text printed as a block. */
const CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** An ANSI CSI sequence (colours, cursor moves): removed whole rather than leaving `[31m` behind. */
const CSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

export interface StripOptions {
  /** What stands in for each control character; default a space. */
  replacement?: string;
  /** Keep newline and tab (multi-line text); default off, so the text stays on one line. */
  keepLayout?: boolean;
  /** Remove whole terminal escape sequences first; default off. */
  dropEscapes?: boolean;
}

export function stripControls(text: string, opts: StripOptions = {}): string {
  const t = opts.dropEscapes ? text.replace(CSI, '') : text;
  return t.replace(opts.keepLayout ? CONTROLS_BUT_LAYOUT : CONTROLS, opts.replacement ?? ' ');
}

/** At most `max` characters, the last one an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
