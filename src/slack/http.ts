import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { BotLogger } from '../log.js';
import { unroutable } from './request-kind.js';
import { verifySignature } from './signature.js';

/** Slack's payloads are small; anything bigger is not from Slack. */
export const BODY_LIMIT = 1024 * 1024;

export interface HttpOptions {
  receiver: HTTPReceiver;
  eventsPath: string;
  signingSecret: string;
  logger: BotLogger;
  health: () => Record<string, unknown>;
}

/** Reads a body up to the limit; `null` when it is larger (the rest is left unread). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body?: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  res.end(body ? JSON.stringify(body) : undefined);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * The HTTP front of the bot, and the only way into Bolt's receiver: `GET /healthz`, and
 * `POST /slack/events` handed to the receiver once the request is known to be sane — at most 1 MB (413), correctly signed and fresh (401), and of a
 * kind Bolt can route (400 at once, instead of Bolt's 3-second wait and 404). Anything else is 404/405.
 */
export function createHttpServer(options: HttpOptions): Server {
  const { receiver, eventsPath, signingSecret, logger } = options;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.event('error', 'http handler failed', { error: error instanceof Error ? error.message : String(error) });
      reply(res, 500);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, { error: 'method not allowed' });
      return reply(res, 200, options.health());
    }
    if (path !== eventsPath) return reply(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return reply(res, 405, { error: 'method not allowed' });

    const raw = await readBody(req, BODY_LIMIT);
    if (raw === null) {
      logger.event('warn', 'request rejected', { status: 413, reason: 'body over 1 MB' });
      res.setHeader('connection', 'close');
      return reply(res, 413, { error: 'body too large' });
    }
    const text = raw.toString('utf8');
    const contentType = header(req, 'content-type');
    const sslCheck = contentType?.startsWith('application/x-www-form-urlencoded') && /(^|&)ssl_check=1(&|$)/.test(text);
    if (!sslCheck) {
      if (!verifySignature({ secret: signingSecret, body: text, signature: header(req, 'x-slack-signature'), timestamp: header(req, 'x-slack-request-timestamp') })) {
        logger.event('warn', 'request rejected', { status: 401, reason: 'bad or stale signature' });
        return reply(res, 401);
      }
      const why = unroutable(text, contentType);
      if (why) {
        logger.event('warn', 'request rejected', { status: 400, reason: why });
        return reply(res, 400, { error: why });
      }
    }
    // Bolt reads an already-buffered body from `rawBody`; its own signature check is off (see app.ts).
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    receiver.requestListener(req, res);
  }

  return server;
}
