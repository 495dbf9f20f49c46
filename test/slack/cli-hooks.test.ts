import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/slack/manifest.js';

// `slack run` (the Slack CLI) reads .slack/hooks.json and runs each hook in the project folder
// through a shell; these run them the same way and read their answers as the CLI does.
const root = new URL('../..', import.meta.url).pathname;
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const hooks = read('.slack/hooks.json') as { hooks: Record<string, string>; config: { watch: { manifest: { paths: string[] } } } };
const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8' });

describe('.slack (the Slack CLI project files)', () => {
  it('finds its hooks through @slack/cli-hooks, as Slack’s own templates do', () => {
    const run = sh(hooks.hooks['get-hooks']!);
    expect(run.status).toBe(0);
    const sdk = JSON.parse(run.stdout) as { hooks: Record<string, string>; runtime: string };
    expect(sdk.runtime).toBe('node');
    expect(Object.keys(sdk.hooks)).toEqual(expect.arrayContaining(['get-manifest', 'start']));
  });

  it('gives the CLI the Socket Mode manifest, framed when the CLI asks for its protocol', () => {
    const plain = sh(hooks.hooks['get-manifest']!);
    expect(plain.status).toBe(0);
    expect(JSON.parse(plain.stdout)).toEqual(buildManifest({ socket: true }));
    const framed = sh(`${hooks.hooks['get-manifest']} --protocol=message-boundaries --boundary=b0undary`);
    const inside = /b0undary([\s\S]*)b0undary/.exec(framed.stdout)?.[1];
    expect(JSON.parse(inside ?? 'null')).toEqual(buildManifest({ socket: true }));
    expect(hooks.config.watch.manifest.paths).toEqual(['manifest.socket.json']);
  });

  it('starts the built server, which runs Socket Mode with the tokens slack run sets', () => {
    expect(hooks.hooks.start).toBe('npm run --silent build && npx -q --no-install -p @slack/cli-hooks slack-cli-start');
    // slack-cli-start runs `node <package.json main>`; without --web or --worker an app token means Socket Mode.
    const main = (read('package.json') as { main: string }).main;
    expect(main).toBe('dist/server.js');
    expect(existsSync(path.join(root, main)), 'npm test builds dist/ before the tests').toBe(true);
    // Without the tokens the CLI would set, the server it starts says which are missing.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SLACK_')));
    const run = spawnSync('sh', ['-c', 'npx -q --no-install -p @slack/cli-hooks slack-cli-start'], { cwd: root, encoding: 'utf8', env, timeout: 15_000 });
    expect(`${run.stdout}${run.stderr}`).toContain('SLACK_BOT_TOKEN is missing');
  });

  it('keeps the manifest local and each developer’s app ids out of git', () => {
    expect(read('.slack/config.json')).toEqual({ manifest: { source: 'local' } });
    expect(readFileSync(path.join(root, '.slack/.gitignore'), 'utf8').split('\n')).toContain('apps.dev.json');
  });
});
