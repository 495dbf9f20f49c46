/**
 * The conference a derivation script works on: `npm run <script> -- [id] [--data <dir>]`, a
 * conference under `data/`, or under another folder (the tests' fixtures).
 *
 * @example
 * conferenceArgs(['--data', 'test/fixtures', 'mini-conf']); // { id: 'mini-conf', dataDir: '/…/test/fixtures' }
 */
import path from 'node:path';
import { DATA_DIR } from '../src/conference/load.js';

export function conferenceArgs(args: readonly string[]): { id: string; dataDir: string } {
  const at = args.indexOf('--data');
  const dataDir = at >= 0 && args[at + 1] ? path.resolve(args[at + 1]!) : DATA_DIR;
  const id = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--data') ?? 'kubecon-2017-austin';
  return { id, dataDir };
}
