import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { usageHint } from '../../src/understand/commands.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest, ManifestUrlError, PUBLIC_URL_PLACEHOLDER, publicBaseUrl } from '../../src/slack/manifest.js';
import { SLASH_COMMAND } from '../../src/slack/listeners/command.js';
import { MESSAGE_SHORTCUT } from '../../src/slack/listeners/shortcut.js';
import { EVENTS_PATH } from '../../src/slack/receiver.js';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config.js';
import { procfile } from '../helpers/process.js';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const committed = read('manifest.json') as ReturnType<typeof buildManifest>;

describe('manifest.json', () => {
  it('is exactly what the code generates (run `npm run manifest` after changing commands or events)', () => {
    expect(committed).toEqual(buildManifest());
  });

  it("declares the slash command the app listens to, with the registry's usage hint", () => {
    expect(committed.features.slash_commands).toEqual([expect.objectContaining({ command: SLASH_COMMAND, usage_hint: usageHint(), should_escape: false })]);
    expect(SLASH_COMMAND).toBe('/kubecon');
  });

  it('declares the message shortcut the app listens to', () => {
    expect(committed.features.shortcuts).toEqual([{ name: 'Ask KubeCon bot', type: 'message', callback_id: MESSAGE_SHORTCUT, description: expect.any(String) }]);
    expect(committed.features.shortcuts[0]!.name.length).toBeLessThanOrEqual(24);
    expect(committed.features.shortcuts[0]!.description.length).toBeLessThanOrEqual(150);
  });

  it('subscribes to the events the listeners handle, with the scopes they need', () => {
    expect(committed.settings.event_subscriptions.bot_events).toEqual([...BOT_EVENTS]);
    const needs: Record<(typeof BOT_EVENTS)[number], string | null> = {
      app_mention: 'app_mentions:read',
      'message.im': 'im:history',
      app_home_opened: null,
      assistant_thread_started: 'assistant:write',
    };
    for (const event of BOT_EVENTS) if (needs[event]) expect(BOT_SCOPES).toContain(needs[event]);
    expect(committed.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['chat:write', 'commands']));
  });

  it('turns on the assistant panel, which a workspace without it simply ignores', () => {
    expect(committed.features.assistant_view.assistant_description.length).toBeGreaterThan(20);
  });

  it('sends events, commands and interactivity to the one endpoint, and turns on App Home', () => {
    const url = buildManifest('https://bot.example.org/').settings.interactivity.request_url;
    expect(url).toBe(`https://bot.example.org${EVENTS_PATH}`);
    expect(buildManifest('https://bot.example.org').settings.event_subscriptions.request_url).toBe(url);
    expect(committed.features.app_home.home_tab_enabled).toBe(true);
    expect(committed.settings.interactivity.is_enabled).toBe(true);
  });
});

describe("manifest.socket.json (Socket Mode, the Procfile's worker)", () => {
  const socket = read('manifest.socket.json') as ReturnType<typeof buildManifest>;

  it('is exactly what the code generates (run `npm run manifest -- --socket`)', () => {
    expect(socket).toEqual(buildManifest({ socket: true }));
  });

  it('is the HTTP manifest with Socket Mode on and no request URLs', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toMatch(/https?:\/\//);
    const strip = (m: ReturnType<typeof buildManifest>) =>
      JSON.parse(JSON.stringify(m, (k, v: unknown) => (k === 'url' || k === 'request_url' || k === 'socket_mode_enabled' ? undefined : v))) as unknown;
    expect(strip(socket)).toEqual(strip(committed));
  });
});

describe('app.json (the Heroku button)', () => {
  interface AppJson {
    env: Record<string, { description: string; required: boolean; value?: string }>;
    formation: Record<string, { quantity: number }>;
    success_url: string;
  }
  const app = read('app.json') as AppJson;
  const required = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh' };

  it('lands a new deploy on the plain page that says what to do next, not on raw JSON', () => {
    expect(app.success_url).toBe('/');
  });

  it("describes every variable the config reads (PORT is the host's), and no other", () => {
    expect(Object.keys(app.env).sort()).toEqual(CONFIG_VARIABLES.filter((v) => v !== 'PORT').sort());
    for (const [name, v] of Object.entries(app.env)) expect(v.description.length, name).toBeGreaterThan(10);
  });

  it('requires exactly what the web process cannot start without; REDIS_URL is optional', () => {
    const needed = Object.keys(app.env).filter((name) => app.env[name]!.required);
    expect(needed.sort()).toEqual(Object.keys(required).sort());
    for (const name of needed) expect(() => loadConfig({ ...required, [name]: '' }, { process: 'web' }), name).toThrow(name);
    expect(app.env.REDIS_URL!.required).toBe(false);
  });

  it('suggests only the defaults, and never a secret value', () => {
    const values = Object.fromEntries(Object.entries(app.env).flatMap(([name, v]) => (v.value === undefined ? [] : [[name, v.value]])));
    expect(loadConfig({ ...required, ...values }, { process: 'web' })).toEqual(loadConfig(required, { process: 'web' }));
    for (const secret of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']) expect(app.env[secret]!.value).toBeUndefined();
  });

  it("runs the Procfile's processes: one web dyno, no worker", () => {
    expect(Object.keys(app.formation).sort()).toEqual(Object.keys(procfile()).sort());
    expect(app.formation.web!.quantity).toBe(1);
    expect(app.formation.worker!.quantity).toBe(0);
  });
});

describe('the public URL', () => {
  it.each([
    ['https://my-bot.herokuapp.com', 'https://my-bot.herokuapp.com'],
    ['https://my-bot.herokuapp.com/', 'https://my-bot.herokuapp.com'],
    ['https://Bot.Example.org:8443/kubecon/', 'https://bot.example.org:8443/kubecon'],
  ])('%s is used as %s', (input, base) => {
    expect(publicBaseUrl(input)).toBe(base);
  });

  it.each([
    ['not-a-url', /^"not-a-url" is not a URL: give your app's public https address/],
    ['my-bot.herokuapp.com', /is not a URL/],
    ['http://my-bot.herokuapp.com', /is not https: Slack sends requests to https URLs only/],
    ['ftp://my-bot.herokuapp.com', /is not https/],
    ['https://user:secret@my-bot.herokuapp.com', /holds credentials/],
    ['https://my-bot.herokuapp.com/?x=1', /has a query or fragment/],
    ['', /is not a URL/],
  ])('%j is refused, saying why', (input, why) => {
    expect(() => publicBaseUrl(input)).toThrow(ManifestUrlError);
    expect(() => publicBaseUrl(input)).toThrow(why);
  });

  it('in the committed manifest is a placeholder no one can take for an address', () => {
    expect(PUBLIC_URL_PLACEHOLDER).toMatch(/^https:\/\/replace-with-your-public-host\.example\.com$/);
    expect(committed.settings.interactivity.request_url).toBe(`${PUBLIC_URL_PLACEHOLDER}${EVENTS_PATH}`);
  });
});

describe('npm run manifest', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const manifest = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/manifest.ts', ...args], { cwd: root, encoding: 'utf8' });
  const before = readFileSync(path.join(root, 'manifest.json'), 'utf8');

  it('refuses not-a-url with a clear message and exit code 1, writing nothing', () => {
    const run = manifest('not-a-url');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('manifest: "not-a-url" is not a URL: give your app\'s public https address');
    expect(manifest('http://my-bot.herokuapp.com').status).toBe(1);
    expect(readFileSync(path.join(root, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('prints the manifest for a URL on stdout, and leaves the committed one alone', () => {
    const run = manifest('https://my-bot.herokuapp.com');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as ReturnType<typeof buildManifest>;
    expect(printed).toEqual(buildManifest('https://my-bot.herokuapp.com'));
    expect(printed.features.slash_commands[0]!.url).toBe('https://my-bot.herokuapp.com/slack/events');
    expect(readFileSync(path.join(root, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('writes a file only when told which, with --out', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'manifest-')), 'mine.json');
    const run = manifest('--socket', '--out', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(buildManifest({ socket: true }));
    expect(manifest('--socket', 'https://my-bot.herokuapp.com').status).toBe(1);
  });
});
