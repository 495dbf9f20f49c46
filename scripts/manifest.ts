/**
 * Prints the Slack app manifest, generated from the code, so the slash command's usage hint and
 * the subscribed events never drift from the registry and listeners. It writes no file unless
 * told which (`--out`): the committed manifests are regenerated on purpose, never by the way.
 *
 *   npm run --silent manifest -- https://your.host      the HTTP manifest (the Procfile's web) for your host
 *   npm run --silent manifest -- --socket               the Socket Mode manifest (worker, slack run): no URLs
 *   npm run --silent manifest -- … --out FILE           the same, written to FILE
 *
 * With neither a URL nor --socket it prints manifest.json as committed, with its placeholder URL.
 * A URL Slack cannot use (not https, not a URL at all) is refused with exit code 1.
 *
 * It is also the Slack CLI's get-manifest hook (.slack/hooks.json): the CLI adds
 * `--protocol=message-boundaries --boundary=<b>`, and the JSON is then printed between two `<b>`.
 */
import { writeFileSync } from 'node:fs';
import { buildManifest, ManifestUrlError, publicBaseUrl } from '../src/slack/manifest.js';

const USAGE = 'usage: npm run --silent manifest -- [https://your.host | --socket] [--out FILE]';

function fail(message: string): never {
  process.stderr.write(`manifest: ${message}\n${USAGE}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
let socket = false;
let out: string | undefined;
let url: string | undefined;
let boundary = '';
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--socket') socket = true;
  // The Slack CLI's hook protocol (see @slack/cli-hooks): frame the answer when it asks to.
  else if (arg.startsWith('--boundary=')) boundary = arg.slice('--boundary='.length);
  else if (arg.startsWith('--protocol=') || arg === '--manifest') continue;
  else if (arg === '--out') {
    out = args[++i];
    if (!out) fail('--out needs a file name');
  } else if (arg === '--help' || arg === '-h') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
  else if (url !== undefined) fail(`one URL only, not "${url}" and "${arg}"`);
  else url = arg;
}
if (socket && url !== undefined) fail('a Socket Mode manifest has no URL: pass either --socket or a URL');

let json: string;
try {
  json = `${JSON.stringify(buildManifest(socket ? { socket: true } : { url: url === undefined ? undefined : publicBaseUrl(url) }), null, 2)}\n`;
} catch (error) {
  if (error instanceof ManifestUrlError) fail(error.message);
  throw error;
}
if (out) {
  writeFileSync(out, json);
  process.stderr.write(`manifest: wrote ${out}\n`);
} else {
  process.stdout.write(boundary ? `${boundary}${json.trimEnd()}${boundary}\n` : json);
  if (url === undefined && !socket) process.stderr.write('manifest: no URL given, so the placeholder stands in; pass your public https URL to get one you can paste\n');
}
