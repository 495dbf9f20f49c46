import type { webApi, Authorize } from '@slack/bolt';
import type { BotLogger } from '../log.js';

/**
 * Bolt's single-token authorization calls `auth.test` once and caches the promise: if Slack is
 * down or slow when the bot starts, every request waits on it (no ack within 3 s) or fails for good.
 * This one never waits: it answers with the token at once and learns the bot's ids in the
 * background, retrying until Slack answers. Until then the bot's own messages are still ignored,
 * because listeners skip every message that carries a `bot_id`.
 */
export function resilientAuthorize(client: webApi.WebClient, token: string, logger: BotLogger): Authorize<boolean> {
  let ids: { botId?: string; botUserId?: string } | undefined;
  let learning: Promise<void> | undefined;
  const learn = (): void => {
    // One auth.test at a time: a request arriving while one is out does not start another.
    if (learning) return;
    learning = client.auth
      .test({ token })
      .then((r) => {
        ids = { ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) };
        logger.event('info', 'authorized', { team: r.team_id, botUserId: r.user_id });
      })
      .catch((error: { code?: string; message?: string }) => {
        logger.event('warn', 'auth.test failed; answering anyway and retrying', { code: error.code, error: error.message });
      })
      .finally(() => {
        learning = undefined;
      });
  };
  learn();
  return async () => {
    if (!ids) learn();
    return { botToken: token, ...ids };
  };
}
