/**
 * `npm run manifest [-- https://your.host]`: writes manifest.json from the code, so the slash
 * command's usage hint and the subscribed events can never drift from the registry and listeners.
 */
import { writeFileSync } from 'node:fs';
import { buildManifest } from '../src/slack/manifest.js';

const url = process.argv[2];
const path = new URL('../manifest.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(buildManifest(url), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}${url ? ` for ${url}` : ''}\n`);
