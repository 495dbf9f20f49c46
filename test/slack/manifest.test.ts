import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usageHint } from '../../src/understand/commands.js';
import { BOT_EVENTS, BOT_SCOPES, buildManifest } from '../../src/slack/manifest.js';
import { SLASH_COMMAND } from '../../src/slack/listeners/command.js';
import { EVENTS_PATH } from '../../src/slack/app.js';

const committed = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as ReturnType<typeof buildManifest>;

describe('manifest.json', () => {
  it('is exactly what the code generates (run `npm run manifest` after changing commands or events)', () => {
    expect(committed).toEqual(buildManifest());
  });

  it('declares the slash command the app listens to, with the registry\'s usage hint', () => {
    expect(committed.features.slash_commands).toEqual([expect.objectContaining({ command: SLASH_COMMAND, usage_hint: usageHint(), should_escape: false })]);
    expect(SLASH_COMMAND).toBe('/kubecon');
  });

  it('subscribes to the events the listeners handle, with the scopes they need', () => {
    expect(committed.settings.event_subscriptions.bot_events).toEqual([...BOT_EVENTS]);
    const needs: Record<(typeof BOT_EVENTS)[number], string | null> = { app_mention: 'app_mentions:read', 'message.im': 'im:history', app_home_opened: null };
    for (const event of BOT_EVENTS) if (needs[event]) expect(BOT_SCOPES).toContain(needs[event]);
    expect(committed.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['chat:write', 'commands']));
  });

  it('sends events, commands and interactivity to the one endpoint, and turns on App Home', () => {
    const url = buildManifest('https://bot.example.org/').settings.interactivity.request_url;
    expect(url).toBe(`https://bot.example.org${EVENTS_PATH}`);
    expect(buildManifest('https://bot.example.org').settings.event_subscriptions.request_url).toBe(url);
    expect(committed.features.app_home.home_tab_enabled).toBe(true);
    expect(committed.settings.interactivity.is_enabled).toBe(true);
  });
});
