/**
 * `npm run manifest [-- https://your.host]`: writes manifest.json (HTTP mode, the Procfile's `web`)
 * from the code, so the slash command's usage hint and the subscribed events can never drift from
 * the registry and listeners. `npm run manifest -- --socket` writes manifest.socket.json instead:
 * no request URLs, Socket Mode on (the Procfile's `worker`).
 */
import { writeFileSync } from 'node:fs';
import { buildManifest } from '../src/slack/manifest.js';

const args = process.argv.slice(2);
const socket = args.includes('--socket');
const url = args.find((a) => a !== '--socket');
if (socket && url) {
  process.stderr.write('manifest: a Socket Mode manifest has no URL; pass either --socket or a URL\n');
  process.exit(1);
}
const path = new URL(socket ? '../manifest.socket.json' : '../manifest.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(buildManifest(socket ? { socket: true } : { url }), null, 2)}\n`);
process.stdout.write(`wrote ${path.pathname}${url ? ` for ${url}` : ''}\n`);
