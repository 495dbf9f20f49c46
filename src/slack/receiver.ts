import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, HTTPReceiverDeferredRequestError, type ReceiverDispatchErrorHandlerArgs, type ReceiverUnhandledRequestHandlerArgs } from '@slack/bolt';
import type { BotLogger } from '../log.js';
import { summarisingLogger, type RejectSummary } from './reject-summary.js';
import { guardReceiver, responseOf } from './front-door.js';

/** Where Slack sends events, commands and button clicks. */
export const EVENTS_PATH = '/slack/events';
/** The router's health check. */
export const HEALTH_PATH = '/healthz';
/** A plain page for people: the bot runs, and what to do next (app.json's `success_url`). */
export const LANDING_PATH = '/';
/** Slack's payloads are small; anything bigger is not from Slack (413). */
export const BODY_LIMIT = 1024 * 1024;
/**
 * How long a signed request may go unacknowledged before the receiver answers it itself: under
 * Slack's 3 s, so Slack sees our answer rather than its own timeout. Every request the bot knows
 * is acked in milliseconds; only kinds no listener takes (a new payload type) ever wait this long.
 */
export const UNHANDLED_AFTER_MS = 2_500;

/** Bolt's per-request warnings, and what each counts as in the rejection summary. */
const RECEIVER_WARNINGS = [
  [/exceeded the maximum allowed size/, 'too_large'],
  [/Failed to parse and verify/, 'bad_signature'],
  [/Failed to parse the request body|Malformed request body/, 'malformed'],
] as const;

export interface ReceiverOptions {
  signingSecret: string;
  logger: BotLogger;
  rejects: RejectSummary;
  health: () => Record<string, unknown>;
  /** The landing page's text for a request (see landing.ts). */
  landing: (req: IncomingMessage) => string;
}

function json(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Bolt's own HTTP receiver, with its signature check on: every request to `/slack/events` must be
 * signed with the signing secret and fresh (within 5 minutes of now either way: Bolt rejects old
 * timestamps, the front door (front-door.ts) those ahead, and bodies that would crash Bolt), except
 * Slack's `ssl_check=1`, whose body Bolt cuts down to `ssl_check=1` before anything reads it (a
 * payload smuggled behind it never reaches a listener). Around it, only transport: `GET /healthz`
 * and the landing page `GET /` as custom routes, a 1 MB body limit (413), 404 for other paths, 405 for other methods on ours,
 * and an answer for signed requests nothing acknowledged. Rejections are counted, not logged one
 * by one.
 *
 * @example
 * const receiver = createReceiver({ signingSecret, logger, rejects, health: () => ({ status: 'ok' }), landing: () => 'running' });
 * const app = new App({ receiver, authorize });
 */
export function createReceiver(options: ReceiverOptions): HTTPReceiver {
  const { rejects } = options;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: EVENTS_PATH,
    logger: summarisingLogger(options.logger, rejects, RECEIVER_WARNINGS),
    processBeforeResponse: false,
    bodyLimit: BODY_LIMIT,
    customRoutes: [
      {
        path: HEALTH_PATH,
        method: ['GET', 'HEAD'],
        handler: (_req: IncomingMessage, res: ServerResponse) => json(res, 200, options.health()),
      },
      {
        path: LANDING_PATH,
        method: ['GET', 'HEAD'],
        handler: (req: IncomingMessage, res: ServerResponse) => {
          // Plain text: the page echoes the Host header, which no browser then reads as markup.
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
          res.end(req.method === 'HEAD' ? undefined : options.landing(req));
        },
      },
    ],
    dispatchErrorHandler: ({ error, request, response }: ReceiverDispatchErrorHandlerArgs) => {
      if (!(error instanceof HTTPReceiverDeferredRequestError)) {
        options.logger.event('error', 'http request failed', { error: error.message });
        return json(response, 500, { error: 'internal error' });
      }
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const known = path === EVENTS_PATH || path === HEALTH_PATH || path === LANDING_PATH;
      rejects.add(known ? 'method_not_allowed' : 'not_found');
      json(response, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
    },
    // Listeners may answer with JSON serialised once (see command.ts): they need the response.
    customPropertiesExtractor: (req) => {
      const httpResponse = responseOf(req);
      return httpResponse ? { httpResponse } : {};
    },
    unhandledRequestTimeoutMillis: UNHANDLED_AFTER_MS,
    unhandledRequestHandler: ({ response }: ReceiverUnhandledRequestHandlerArgs) => {
      rejects.add('unhandled');
      json(response, 404, { error: 'no handler for this request' });
    },
  });
  guardReceiver(receiver, { signingSecret: options.signingSecret, path: EVENTS_PATH, bodyLimit: BODY_LIMIT, rejects });
  return receiver;
}
