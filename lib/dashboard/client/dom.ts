/**
 * The page's only ways to make DOM: text goes in through textContent and
 * attributes through setAttribute, never as markup, whatever the value.
 */

/** The page's element with this id (the page is ours: a missing one is a bug, and the panel drawing it says so). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const n = document.getElementById(id);
  if (!n) throw new Error(`no #${id}`);
  return n as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls = '',
  text?: string | number,
): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = String(text);
  return n;
}

export function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const n = document.createElementNS('http://www.w3.org/2000/svg', tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = text;
  return n;
}

export function clear(n: Node): void {
  while (n.firstChild) n.removeChild(n.firstChild);
}

/** Run one part of the page; a part that fails is logged and the rest carries on (the live connection above all). */
export function safely(what: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    console.error(`2L dashboard: ${what} failed: ${err}`);
  }
}
