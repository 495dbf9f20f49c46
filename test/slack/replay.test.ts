import { describe, expect, it } from 'vitest';
import { sign, withBot } from '../helpers/bot.js';

/**
 * Requests as Slack sends them, replayed correctly signed against the real app: events the bot
 * must not answer (edits, bot messages, other subtypes), an org-wide install, what other parts of
 * an app send (other commands, modals, unknown buttons), and Slack's own checks. Each gets the
 * status Slack expects, at once, and a reply only where one belongs.
 */
const env = withBot();
const form = 'application/x-www-form-urlencoded';
const json = 'application/json';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;

const eventBody = (event: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', type: 'event_callback', event_id: `EvReplay${++n}`, event_time: 1_700_100_000,
    authorizations: [{ enterprise_id: null, team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false, event_context: '4-eyJldCI6Im1lc3NhZ2UifQ', event, ...extra,
  });
const payloadBody = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify({ team: { id: 'T0001', domain: 'acme' }, user: { id: 'U0001', username: 'ada', team_id: 'T0001' }, api_app_id: 'A0001', token: 'legacy', trigger_id: '1.2.abc', ...payload }) }).toString();
const dm = (ts: string, extra: Record<string, unknown>) => ({ type: 'message', channel: 'D0001', channel_type: 'im', user: 'U0001', text: 'what is Ark?', ts, event_ts: ts, team: 'T0001', ...extra });

interface Case {
  name: string;
  body: () => string;
  contentType: string;
  status: number;
  /** What the Slack side must see afterwards: calls by method (none when omitted). */
  calls?: Record<string, number>;
  /** Something the response body must contain. */
  responds?: string;
  unsigned?: boolean;
}

const cases: Case[] = [
  { name: 'a DM edit (message_changed)', contentType: json, status: 200, body: () => eventBody(dm('1700100001.000100', { subtype: 'message_changed', user: undefined, text: undefined, hidden: true, message: { type: 'message', user: 'U0001', text: 'what is Rook?', ts: '1700100000.000100', edited: { user: 'U0001', ts: '1700100001.000100' } }, previous_message: { type: 'message', user: 'U0001', text: 'what is Ark?', ts: '1700100000.000100' } })) },
  { name: 'a bot_message in a DM', contentType: json, status: 200, body: () => eventBody(dm('1700100002.000100', { subtype: 'bot_message', user: undefined, bot_id: 'B0009', username: 'deploybot' })) },
  { name: "the bot's own reply (bot_id, no subtype)", contentType: json, status: 200, body: () => eventBody(dm('1700100003.000100', { user: 'UBOT', bot_id: 'BBOT', app_id: 'A0001', bot_profile: { id: 'BBOT', name: 'kubecon' } })) },
  { name: 'an edited mention', contentType: json, status: 200, body: () => eventBody({ type: 'app_mention', channel: 'C0001', user: 'U0001', text: '<@UBOT> what is Helm', ts: '1700100004.000100', edited: { user: 'U0001', ts: '1700100005.000000' }, team: 'T0001' }) },
  { name: 'a message_deleted in a DM', contentType: json, status: 200, body: () => eventBody(dm('1700100006.000100', { subtype: 'message_deleted', user: undefined, text: undefined, hidden: true, deleted_ts: '1700100000.000100' })) },
  { name: 'a channel message that does not mention the bot', contentType: json, status: 200, body: () => eventBody({ type: 'message', channel: 'C0001', channel_type: 'channel', user: 'U0001', text: 'what is Ark?', ts: '1700100007.000100', team: 'T0001' }) },
  { name: 'a DM with a file attached and no text', contentType: json, status: 200, body: () => eventBody(dm('1700100008.000100', { subtype: 'file_share', text: '', files: [{ id: 'F0001', name: 'agenda.pdf' }], upload: true })) },
  { name: 'a reaction_added', contentType: json, status: 200, body: () => eventBody({ type: 'reaction_added', user: 'U0001', reaction: 'thumbsup', item: { type: 'message', channel: 'C0001', ts: '1700100000.000100' }, item_user: 'UBOT', event_ts: '1700100009.000100' }) },
  { name: 'a DM with a file attached and a question', contentType: json, status: 200, calls: { 'chat.postMessage': 1 }, body: () => eventBody(dm('1700100010.000100', { subtype: 'file_share', text: 'what is Ark?', files: [{ id: 'F0002', name: 'notes.txt' }], upload: true })) },
  {
    name: 'a mention from an org-wide (Enterprise Grid) install', contentType: json, status: 200, calls: { 'chat.postMessage': 1 },
    body: () => eventBody(
      { type: 'app_mention', channel: 'C0002', user: 'W0001', text: '<@UBOT> who is kelsey hightower', ts: '1700100011.000100', team: 'T0002', user_team: 'T0002', source_team: 'T0002', event_ts: '1700100011.000100' },
      { team_id: 'T0002', enterprise_id: 'E0001', context_team_id: 'T0002', context_enterprise_id: 'E0001', authorizations: [{ enterprise_id: 'E0001', team_id: null, user_id: 'UBOT', is_bot: true, is_enterprise_install: true }] },
    ),
  },
  { name: 'another slash command of the app', contentType: form, status: 200, responds: 'I only answer /kubecon', body: () => new URLSearchParams({ token: 'legacy', team_id: 'T0001', channel_id: 'C0001', user_id: 'U0001', command: '/deploy', text: 'prod', response_url: 'http://127.0.0.1:9/never', trigger_id: '1.2.abc', api_app_id: 'A0001' }).toString() },
  { name: 'a view_submission of a modal the bot did not open', contentType: form, status: 200, body: () => payloadBody({ type: 'view_submission', view: { id: 'V0009', type: 'modal', callback_id: 'feedback_form', state: { values: {} }, private_metadata: '', hash: 'h' }, response_urls: [] }) },
  { name: 'a view_closed', contentType: form, status: 200, body: () => payloadBody({ type: 'view_closed', view: { id: 'V0009', type: 'modal', callback_id: 'feedback_form' }, is_cleared: false }) },
  { name: 'a block_actions click on a button that is not ours', contentType: form, status: 200, body: () => payloadBody({ type: 'block_actions', container: { type: 'message', message_ts: '1700100000.000100', channel_id: 'C0001', is_ephemeral: false }, channel: { id: 'C0001', name: 'general' }, message: { type: 'message', ts: '1700100000.000100', text: 'deploy?' }, response_url: 'http://127.0.0.1:9/never', actions: [{ type: 'button', action_id: 'approve_deploy', block_id: 'b', value: 'prod', text: { type: 'plain_text', text: 'Approve' }, action_ts: '1700100012.1' }] }) },
  { name: 'a global shortcut', contentType: form, status: 200, body: () => payloadBody({ type: 'shortcut', callback_id: 'ask_kubecon', action_ts: '1700100013.1' }) },
  { name: 'an options request for an external select', contentType: form, status: 200, responds: '"options":[]', body: () => payloadBody({ type: 'block_suggestion', action_id: 'pick_session', block_id: 'b', value: 'ark', container: { type: 'view', view_id: 'V0009' }, view: { id: 'V0009', type: 'modal', callback_id: 'x' } }) },
  { name: "Slack's URL verification", contentType: json, status: 200, responds: 'challenge-123', body: () => JSON.stringify({ token: 'legacy', challenge: 'challenge-123', type: 'url_verification' }) },
  { name: "Slack's ssl_check (unsigned, as Slack sends it)", contentType: form, status: 200, unsigned: true, body: () => 'ssl_check=1&token=legacy' },
];

describe('replayed Slack requests', () => {
  it.each(cases)('$name → $status', async (c) => {
    const body = c.body();
    const started = Date.now();
    const res = await fetch(`${env.bot.url}/slack/events`, { method: 'POST', body, headers: { 'content-type': c.contentType, ...(c.unsigned ? {} : sign(body)) } });
    expect(res.status).toBe(c.status);
    if (c.responds) expect(await res.text()).toContain(c.responds);
    // Acknowledged at once, never by the receiver's 2.5 s fallback (generous bound for a busy machine).
    expect(Date.now() - started).toBeLessThan(2000);
    const expected = c.calls ?? {};
    for (const [method, count] of Object.entries(expected)) await env.fake.waitFor(method, count, 5000);
    await sleep(200);
    const seen: Record<string, number> = {};
    for (const call of env.fake.calls) if (call.method !== 'auth.test') seen[call.method] = (seen[call.method] ?? 0) + 1;
    expect(seen).toEqual(expected);
  });

  it('answered the file DM and the org-install mention where they were asked', () => {
    const posts = env.bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'answered');
    expect(posts.map((l) => [l.surface, l.channel])).toEqual([['dm', 'D0001'], ['mention', 'C0002']]);
  });
});
