import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { landingText, publicAddress } from '../../src/slack/landing.js';
import { withBot } from '../helpers/bot.js';

/** A GET with the headers a router sends (fetch will not let a test set Host). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET / (where the Heroku button lands)', () => {
  const env = withBot();

  it('says in plain text that the bot runs, and gives the Request URL to paste for the address it was opened at', async () => {
    const res = await get(`${env.bot.url}/`, { host: 'my-bot.herokuapp.com', 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/plain; charset=utf-8');
    expect(res.body).toMatch(/^kubecon-bot is running: it answers questions about KubeCon 2017 Austin \(28 sessions\)\./);
    expect(res.body).toContain('       https://my-bot.herokuapp.com/slack/events\n');
    expect(res.body).toContain('npm run --silent manifest -- https://my-bot.herokuapp.com');
  });

  it('echoes no Host header that is not a plain host name', async () => {
    const res = await get(`${env.bot.url}/`, { host: '<script>x</script>' });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('https://<this app’s host>/slack/events');
  });

  it('answers HEAD without a body, and other methods 405', async () => {
    expect((await get(`${env.bot.url}/`, {}, 'HEAD')).status).toBe(200);
    expect((await fetch(`${env.bot.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('publicAddress', () => {
  it.each([
    [{ host: 'my-bot.herokuapp.com' }, 'https://my-bot.herokuapp.com'],
    [{ host: '127.0.0.1:3000', 'x-forwarded-proto': 'http' }, 'http://127.0.0.1:3000'],
    [{ host: 'internal:3000', 'x-forwarded-host': 'Bot.Example.org', 'x-forwarded-proto': 'https' }, 'https://bot.example.org'],
    [{ host: 'a b' }, null],
    [{}, null],
  ])('%j → %s', (headers, address) => {
    expect(publicAddress({ headers })).toBe(address);
    expect(landingText({ conference: 'X', sessions: 1, command: '/x' }, address)).toContain(`${address ?? 'https://<this app’s host>'}/slack/events`);
  });
});
