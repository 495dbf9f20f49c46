import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usageHint } from '../../src/understand/commands.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../../src/slack/manifest.js';
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
      assistant_thread_context_changed: 'assistant:write',
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
  }
  const app = read('app.json') as AppJson;
  const required = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh' };

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
