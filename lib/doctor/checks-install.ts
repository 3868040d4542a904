/**
 * The install side of `2l doctor`: the install state in the Claude config
 * folder and whether the files it lists are still as written (`--check`
 * without the pack), the pack's hooks registered once and not twice (in
 * settings.json, and as a plugin), and which mode runs: installed copy,
 * plugin, or both. Reads only; the user's settings files are read as the
 * installer reads them, a project's own settings without following links.
 */
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../shared/errors.ts';
import { PROJECT_FILE_MAX, readRegularText, readUserRegularText } from '../shared/safe-fs.ts';
import { libDirOf, loadState } from '../install/context.ts';
import { SETTINGS_FILE } from '../install/settings-merge.ts';
import { check } from '../install/run.ts';
import { packVersion, sha256 } from '../install/source.ts';
import { STATE_FILE, type InstallState } from '../install/state.ts';
import { fail, ok, warn, type Check } from './report.ts';

const fixBoth = (plugin: string) =>
  `each event is still logged once (the plugin copy stays silent while the installed copy exists), but every event starts two hooks; keep one: \`claude plugin uninstall ${plugin}\` or \`./install.mjs uninstall\``;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function parseObject(text: string | undefined): Obj | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Files the install state lists that are missing or no longer hold the bytes written. */
export function driftedFiles(target: string, state: InstallState): string[] {
  const out: string[] = [];
  for (const [rel, sum] of Object.entries(state.files)) {
    const abs = path.join(target, rel);
    try {
      const st = fs.lstatSync(abs);
      if (!st.isFile() || sha256(fs.readFileSync(abs)) !== sum) out.push(rel);
    } catch {
      out.push(rel);
    }
  }
  return out.sort();
}

/** This bundle runs from a checkout of the pack (not the installed copy): its version, for comparison. */
function checkoutVersion(packRoot: string, target: string): string | undefined {
  if (path.resolve(packRoot) === path.resolve(libDirOf(target))) return undefined;
  if (!fs.existsSync(path.join(packRoot, 'hooks', 'hooks.json'))) return undefined;
  try {
    return packVersion(packRoot);
  } catch {
    return undefined;
  }
}

/** What `./install.mjs --check` from this pack would find different (files, settings), or undefined when in sync. */
function packDrift(packRoot: string, target: string): string | undefined {
  let r: ReturnType<typeof check>;
  try {
    r = check({ packRoot, target });
  } catch (err) {
    return `cannot compare: ${errorMessage(err)}`;
  }
  if (r.exitCode === 0) return undefined;
  const files = r.files.filter((f) => f.action !== 'unchanged' && f.action !== 'gone').map((f) => f.rel);
  const parts = [
    ...(files.length
      ? [`${files.length} file(s): ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`]
      : []),
    ...(r.settingsChanged ? ['its settings.json entries'] : []),
  ];
  return parts.length ? parts.join('; ') : (r.notes[0] ?? 'not in sync');
}

export interface InstallFacts {
  state?: InstallState;
  check: Check;
}

export function installCheck(target: string, packRoot: string): InstallFacts {
  let state: InstallState | undefined;
  try {
    state = loadState(target);
  } catch (err) {
    return {
      check: fail(
        'install',
        `cannot read the install state: ${errorMessage(err)}`,
        `move \`${path.join(target, STATE_FILE)}\` away and run \`./install.mjs\``,
      ),
    };
  }
  if (!state) return { check: ok('install', `no installed copy in ${target} (no ${STATE_FILE})`) };
  const drifted = driftedFiles(target, state);
  const pack = checkoutVersion(packRoot, target);
  const where = `installed ${state.packVersion} in ${target}`;
  if (drifted.length > 0) {
    const list = drifted.slice(0, 3).join(', ') + (drifted.length > 3 ? `, … (${drifted.length - 3} more)` : '');
    return {
      state,
      check: warn(
        'install',
        `${where}; ${drifted.length} file(s) changed or missing since: ${list}`,
        '`./install.mjs --update` (what you edited is backed up first; `--keep-mine` keeps your edits)',
      ),
    };
  }
  if (pack && pack !== state.packVersion)
    return {
      state,
      check: warn('install', `${where}; this pack is ${pack}`, 'run `./install.mjs --update` from this pack'),
    };
  if (pack) {
    const differs = packDrift(packRoot, target);
    if (differs)
      return {
        state,
        check: warn(
          'install',
          `${where}; differs from this pack (${packRoot}): ${differs}`,
          `run \`./install.mjs --update\` in ${packRoot}`,
        ),
      };
  }
  return { state, check: ok('install', `${where}; all ${Object.keys(state.files).length} files as installed`) };
}

/** Every handler command of settings' hooks, with its event (exec form: command and args together). */
function handlers(settings: Obj | undefined): Array<{ event: string; text: string }> {
  const out: Array<{ event: string; text: string }> = [];
  const hooks = settings?.hooks;
  if (!isObj(hooks)) return out;
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    for (const g of groups) {
      if (!isObj(g) || !Array.isArray(g.hooks)) continue;
      for (const h of g.hooks) {
        if (!isObj(h)) continue;
        const args = Array.isArray(h.args) ? h.args.filter((a): a is string => typeof a === 'string') : [];
        out.push({ event, text: [typeof h.command === 'string' ? h.command : '', ...args].join(' ') });
      }
    }
  }
  return out;
}

const IS_2L_HOOK = /2l-hook-front\.sh|2l-event-logger\.sh|\/dist\/hook\.cjs/;

/** Plugin ids of the 2L pack (`2l@<marketplace>`) enabled in these settings objects and installed. */
export function enabledPlugins(target: string, project: string): string[] {
  const user = parseObject(readUserRegularText(path.join(target, SETTINGS_FILE), PROJECT_FILE_MAX));
  // The project's own settings are the repository's: never followed through a link, capped.
  const projectSettings = ['settings.json', 'settings.local.json'].map((f) => {
    try {
      return parseObject(readRegularText(path.join(project, '.claude', f), PROJECT_FILE_MAX));
    } catch {
      return undefined;
    }
  });
  const enabled = new Set<string>();
  for (const s of [user, ...projectSettings]) {
    const ep = s?.enabledPlugins;
    if (!isObj(ep)) continue;
    for (const [id, on] of Object.entries(ep)) if (/^2l@/.test(id) && on === true) enabled.add(id);
  }
  let installed: Obj | undefined;
  try {
    installed = parseObject(
      readUserRegularText(path.join(target, 'plugins', 'installed_plugins.json'), PROJECT_FILE_MAX),
    );
  } catch {
    installed = undefined;
  }
  const plugins = isObj(installed?.plugins) ? installed.plugins : {};
  return [...enabled].filter((id) => id in plugins).sort();
}

/** The pack's hook events, from a hooks.json next to this bundle (a checkout or the plugin cache); undefined elsewhere. */
function packEvents(packRoot: string): string[] | undefined {
  const hooks = parseObject(readUserRegularText(path.join(packRoot, 'hooks', 'hooks.json'), PROJECT_FILE_MAX));
  return isObj(hooks?.hooks) ? Object.keys(hooks.hooks).sort() : undefined;
}

export function hookChecks(
  target: string,
  project: string,
  packRoot: string,
  state: InstallState | undefined,
): Check[] {
  let settings: Obj | undefined;
  const file = path.join(target, SETTINGS_FILE);
  try {
    const text = readUserRegularText(file, PROJECT_FILE_MAX);
    settings = parseObject(text);
    if (text !== undefined && !settings)
      return [fail('hooks', `${file} is not a JSON object`, 'fix it: Claude Code reads it as strict JSON')];
  } catch (err) {
    return [fail('hooks', `cannot read ${file}: ${errorMessage(err)}`, 'make it a readable file (or remove it)')];
  }
  const lib = `${libDirOf(target)}/`;
  const all = handlers(settings).filter((h) => IS_2L_HOOK.test(h.text));
  const mine = all.filter((h) => h.text.includes(lib));
  const others = all.filter((h) => !h.text.includes(lib));
  const perEvent = new Map<string, number>();
  for (const h of mine) perEvent.set(h.event, (perEvent.get(h.event) ?? 0) + 1);
  const twice = [...perEvent].filter(([, n]) => n > 1).map(([e]) => e);
  const plugins = enabledPlugins(target, project);
  const checks: Check[] = [];

  if (twice.length > 0)
    checks.push(
      fail(
        'hooks',
        `${twice.length} event(s) have the installed hook registered more than once in ${file} (${twice.slice(0, 3).join(', ')}): each is logged twice`,
        `remove the extra 2L entries from ${file}, then run \`./install.mjs --update\``,
      ),
    );
  else if (state && mine.length === 0)
    checks.push(fail('hooks', `installed, but ${file} registers none of its hooks`, '`./install.mjs --update`'));
  else if (mine.length > 0) {
    const expected = packEvents(packRoot);
    const missing = expected?.filter((e) => !perEvent.has(e)) ?? [];
    checks.push(
      missing.length > 0
        ? warn(
            'hooks',
            `registered once for ${perEvent.size} event(s); missing: ${missing.join(', ')}`,
            '`./install.mjs --update`',
          )
        : ok('hooks', `the installed hook is registered once for each of ${perEvent.size} event(s)`),
    );
  } else if (plugins.length > 0) checks.push(ok('hooks', `registered by the plugin ${plugins.join(', ')}`));
  else
    checks.push(
      fail(
        'hooks',
        'no 2L hook is registered: no event is logged',
        '`./install.mjs`, or `claude plugin marketplace add <this repository>` then `claude plugin install 2l@2l-pack`',
      ),
    );
  if (others.length > 0)
    checks.push(
      warn(
        'hooks',
        `${file} also registers another 2L copy (${others[0]!.text.slice(0, 120)})${state ? ', silent while the installed copy exists' : ''}`,
        `remove that entry from ${file}`,
      ),
    );

  const installed = state !== undefined || mine.length > 0;
  if (installed && plugins.length > 0)
    checks.push(
      warn(
        'mode',
        `both: the installed copy (${libDirOf(target)}) and the plugin ${plugins.join(', ')}`,
        fixBoth(plugins[0]!),
      ),
    );
  else if (installed) checks.push(ok('mode', `installed copy in ${libDirOf(target)}`));
  else if (plugins.length > 0) checks.push(ok('mode', `plugin ${plugins.join(', ')}`));
  else checks.push(fail('mode', 'neither installed nor enabled as a plugin', '`./install.mjs`, or install the plugin'));
  return checks;
}
