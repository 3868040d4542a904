/**
 * `doctor [--json] [--project DIR] [--target DIR]`: one OK/WARN/FAIL report of
 * what the pack depends on (lib/doctor/command.ts). The pack is this bundle's
 * parent folder: a checkout, the plugin cache, or the installed copy.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCTOR_HELP, parseDoctorArgs, runDoctor } from '../doctor/command.ts';
import { runMain } from '../shared/cli.ts';

const PACK_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function main(argv: string[]): Promise<number> {
  const args = parseDoctorArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${DOCTOR_HELP}\n`);
    return 0;
  }
  const r = await runDoctor(args, PACK_ROOT);
  process.stdout.write(r.stdout);
  return r.code;
}

runMain('doctor', import.meta.url, main);
