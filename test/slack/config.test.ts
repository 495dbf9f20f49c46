import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createApp } from '../../src/slack/app.js';
import { createLogger } from '../../src/log.js';
import { austin } from '../helpers/knowledge.js';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'shh-very-secret' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe('loadConfig', () => {
  it('takes a valid HTTP setup with defaults', () => {
    expect(loadConfig(valid)).toEqual({
      mode: 'http',
      botToken: 'xoxb-1-2-abc',
      signingSecret: 'shh-very-secret',
      appToken: undefined,
      port: 3000,
      logLevel: 'info',
      logFormat: 'text',
      reportUrl: undefined,
      conference: 'kubecon-2017-austin',
      slackApiUrl: undefined,
      redisUrl: undefined,
      answerCacheBytes: 8 * 1024 * 1024,
      adminUserIds: [],
    });
  });

  it('runs in Socket Mode when an app token is set, with no signing secret needed', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-1-abc' }).mode).toBe('socket');
  });

  it('lets the Procfile process decide the mode: web is HTTP and worker Socket Mode, whatever is set', () => {
    const both = { ...valid, SLACK_APP_TOKEN: 'xapp-1-A-1-abc' };
    expect(loadConfig(both, { process: 'web' }).mode).toBe('http');
    expect(loadConfig(both, { process: 'worker' }).mode).toBe('socket');
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-1-abc' }, { process: 'web' })).toThrow(/SLACK_SIGNING_SECRET is missing/);
    expect(() => loadConfig(valid, { process: 'worker' })).toThrow(/SLACK_APP_TOKEN is missing/);
  });

  it.each([
    [{}, ['SLACK_BOT_TOKEN is missing', 'SLACK_SIGNING_SECRET is missing']],
    [{ SLACK_SIGNING_SECRET: 'x' }, ['SLACK_BOT_TOKEN is missing']],
    [{ ...valid, SLACK_BOT_TOKEN: 'xoxp-user-token' }, ['SLACK_BOT_TOKEN must be a bot token starting with xoxb-']],
    [{ ...valid, SLACK_APP_TOKEN: 'xoxb-wrong' }, ['SLACK_APP_TOKEN must be an app-level token starting with xapp-']],
    [{ ...valid, PORT: 'eighty' }, ['PORT must be a port number']],
    [{ ...valid, PORT: '70000' }, ['PORT must be a port number']],
    [{ ...valid, LOG_LEVEL: 'loud' }, ['LOG_LEVEL must be one of debug, info, warn, error']],
    [{ ...valid, LOG_FORMAT: 'xml' }, ['LOG_FORMAT must be text or json']],
    [{ ...valid, REPORT_URL: 'not a url' }, ['REPORT_URL must be an http(s) URL']],
    [{ ...valid, SLACK_API_URL: 'ftp://x' }, ['SLACK_API_URL must be an http(s) URL']],
    [{ ...valid, CONFERENCE: '../etc' }, ['CONFERENCE must be the name of a folder under data/']],
    [{ ...valid, REDIS_URL: 'http://localhost:6379' }, ['REDIS_URL must be a redis:// or rediss:// URL']],
    [{ ...valid, ANSWER_CACHE_MB: '-1' }, ['ANSWER_CACHE_MB must be a whole number of MiB']],
    [{ ...valid, ADMIN_USER_IDS: 'U012AB3CDE, ada' }, ['ADMIN_USER_IDS must be Slack user ids separated by commas']],
    [{ ...valid, ADMIN_USER_IDS: '<@U012AB3CDE>' }, ['ADMIN_USER_IDS must be Slack user ids separated by commas']],
  ])('names each problem: %j', (env, expected) => {
    const found = problems(env as Record<string, string>);
    expect(found).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(found[i]).toContain(e);
  });

  it('never puts a value in its message', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-leaky-user-token', SLACK_SIGNING_SECRET: 'sekrit-1234', PORT: 'nope' });
    } catch (error) {
      expect((error as Error).message).not.toMatch(/leaky|sekrit|nope/);
    }
  });

  it('accepts the Slack API URL with or without a trailing slash', () => {
    expect(loadConfig({ ...valid, SLACK_API_URL: 'http://127.0.0.1:9/api' }).slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('reads ADMIN_USER_IDS as a list of user ids, spaces and empty items ignored', () => {
    expect(loadConfig({ ...valid, ADMIN_USER_IDS: ' U012AB3CDE, W0456FGHIJ,, ' }).adminUserIds).toEqual(['U012AB3CDE', 'W0456FGHIJ']);
    expect(loadConfig({ ...valid, ADMIN_USER_IDS: '' }).adminUserIds).toEqual([]);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ ...valid, PORT: '', REPORT_URL: ' ', CONFERENCE: '' })).toMatchObject({ port: 3000, reportUrl: undefined, conference: 'kubecon-2017-austin' });
  });
});

describe('createApp', () => {
  const logger = createLogger({ level: 'error', format: 'json', write: () => {} });

  it('builds an HTTP app in HTTP mode and a Socket Mode one otherwise', () => {
    expect(createApp(loadConfig({ ...valid, SLACK_API_URL: 'http://127.0.0.1:9/api/' }), austin(), { logger }).mode).toBe('http');
    expect(createApp(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' }), austin(), { logger }).mode).toBe('socket');
  });
});

describe('createLogger', () => {
  it('scrubs tokens, signatures and configured secrets from every line', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', format: 'json', secrets: ['my-signing-secret'], write: (l) => lines.push(l) });
    log.info('token xoxb-123-456-abcdef and xapp-1-A1-xyz');
    log.event('warn', 'request', { signature: `v0=${'a'.repeat(64)}`, note: 'the secret is my-signing-secret' });
    log.error(new Error('failed with xoxb-999'));
    const all = lines.join('\n');
    expect(all).not.toMatch(/xoxb-|xapp-|v0=a|my-signing-secret/);
    expect(all.match(/\[redacted\]/g)).toHaveLength(5);
  });

  it('writes JSON lines with the fields, or readable text', () => {
    const json: string[] = [];
    createLogger({ level: 'info', format: 'json', write: (l) => json.push(l) }).event('info', 'answered', { team: 'T1', ms: 1.5, skip: undefined });
    expect(JSON.parse(json[0]!)).toMatchObject({ level: 'info', msg: 'answered', team: 'T1', ms: 1.5 });
    const text: string[] = [];
    createLogger({ level: 'info', format: 'text', write: (l) => text.push(l) }).event('info', 'answered', { team: 'T1', intent: 'define' });
    expect(text[0]).toMatch(/INFO {2}kubecon-bot: answered team=T1 intent=define$/);
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', format: 'text', write: (l) => lines.push(l) });
    log.debug('x');
    log.info('y');
    log.warn('z');
    expect(lines).toHaveLength(1);
  });
});

describe('.env.example', () => {
  it('documents every variable the bot reads, and no secret values', async () => {
    const { readFileSync } = await import('node:fs');
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const { CONFIG_VARIABLES } = await import('../../src/config.js');
    for (const name of CONFIG_VARIABLES) expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    expect(CONFIG_VARIABLES.length).toBeGreaterThanOrEqual(9);
  });
});
