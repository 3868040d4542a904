/**
 * How much a folder holds, by lstat only: a link is counted as itself and
 * never followed, a FIFO or device is never opened, and the walk is bounded in
 * depth and entries, so a tree a repository planted cannot send it elsewhere
 * or keep it busy. A root that is a link or not a folder holds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface TreeSize {
  bytes: number;
  /** Entries that are not folders (files, links, FIFOs…). */
  files: number;
  links: number;
  /** The walk stopped at a bound: bytes is a lower bound. */
  partial: boolean;
}

export function treeSize(root: string, limits = { maxDepth: 32, maxEntries: 100_000 }): TreeSize {
  const out: TreeSize = { bytes: 0, files: 0, links: 0, partial: false };
  try {
    if (!fs.lstatSync(root).isDirectory()) return out;
  } catch {
    return out;
  }
  let seen = 0;
  const walk = (dir: string, depth: number): void => {
    if (depth > limits.maxDepth) {
      out.partial = true;
      return;
    }
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (++seen > limits.maxEntries) {
        out.partial = true;
        return;
      }
      let st: fs.Stats;
      try {
        st = fs.lstatSync(path.join(dir, name));
      } catch {
        continue; // gone meanwhile
      }
      if (st.isDirectory()) walk(path.join(dir, name), depth + 1);
      else {
        if (st.isSymbolicLink()) out.links++;
        out.bytes += st.size;
        out.files++;
      }
    }
  };
  walk(root, 0);
  return out;
}
