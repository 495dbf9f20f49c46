import type { IncomingMessage, RequestListener, Server, ServerOptions, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest, type HTTPReceiver } from '@slack/bolt';
import type { RejectSummary } from './reject-summary.js';

/**
 * How long a client may take to send its request headers, and its whole request. Slack sends a
 * request at once and gives up on the answer after 3 s, so a request still arriving after 5 s can
 * no longer be answered in time: Node's defaults (60 s and 300 s) only let slow clients hold
 * connections.
 */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 5_000;
/** How often Node checks those timeouts (its default, 30 s, would let a slow client stay 35 s). */
export const TIMEOUT_CHECK_MS = 1_000;
/** Slack's rule for a request timestamp: at most 5 minutes from now, either way. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** The options the HTTP server is created with (Bolt passes them to `http.createServer`). */
export function serverOptions(): ServerOptions {
  return { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: TIMEOUT_CHECK_MS };
}

export interface FrontDoorOptions {
  signingSecret: string;
  /** The path Bolt serves Slack's requests on. */
  path: string;
  bodyLimit: number;
  rejects: RejectSummary;
}

/** Why a body could not be read: it is over the limit, or the client went away before sending it all. */
type BodyFailure = 'too_large' | 'aborted';

/** The response of each request handed to Bolt (see `responseOf`). */
const responses = new WeakMap<IncomingMessage, ServerResponse>();

/**
 * The HTTP response a request handed to Bolt will be answered on, for the receiver's
 * `customPropertiesExtractor` to give listeners (`context.httpResponse`): a listener that acks
 * with JSON it serialised once sets the content type there. Undefined in Socket Mode.
 */
export function responseOf(req: IncomingMessage): ServerResponse | undefined {
  return responses.get(req);
}

/** Sockets whose request timed out: Node has answered them 408, and they are counted once. */
const timedOut = new WeakSet<Duplex>();

/**
 * Puts checks in front of Bolt's HTTP receiver for what Bolt lets through or miscounts, on the
 * requests to Slack's path (every other request goes to Bolt as it is):
 *
 * - the body is read here, within the size limit (413), and handed to Bolt already read; a client
 *   that goes away mid-body is counted as `aborted` (Bolt would count it as a bad signature);
 * - a timestamp more than 5 minutes ahead is refused (401): Bolt refuses only old ones;
 * - a body that is not a JSON object (`null`, `payload=null`, `42`, `[…]`) gets 400 when it is
 *   correctly signed: Bolt reads `body.ssl_check` of it, and `null` throws outside any handler,
 *   which ends the process. Unsigned, it goes on to Bolt, which refuses it (401).
 *
 * Slack's `ssl_check=1` goes to Bolt untouched (it comes unsigned; Bolt strips what rides on it).
 * Signatures are still checked by Bolt, on every request.
 */
export function guardReceiver(receiver: HTTPReceiver, options: FrontDoorOptions): void {
  const bolt: RequestListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    // Routed as Bolt routes: by the URL's path, POST only.
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== options.path) return bolt(req, res);
    readBody(req, options.bodyLimit).then(
      (body) => {
        const status = refusal(req, body, options);
        if (status !== undefined) {
          res.writeHead(status);
          res.end();
          return;
        }
        // Bolt reads a body already read from `rawBody` (HTTPModuleFunctions.bufferIncomingMessage).
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        responses.set(req, res);
        bolt(req, res);
      },
      (reason: BodyFailure) => {
        if (timedOut.has(req.socket)) return; // answered 408 and counted by `watchClientErrors`
        options.rejects.add(reason);
        if (reason === 'too_large' && !res.headersSent) {
          res.writeHead(413);
          res.end();
        }
      },
    );
  };
}

/** The status a read request is refused with before Bolt sees it, if any (and counts it). */
function refusal(req: IncomingMessage, body: Buffer, options: FrontDoorOptions): number | undefined {
  const text = body.toString();
  // As Bolt reads a body: form fields when the content type is exactly that, else JSON.
  const form = req.headers['content-type'] === 'application/x-www-form-urlencoded' ? formFields(text) : undefined;
  if (form?.ssl_check === '1') return undefined;
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (timestamp > Date.now() / 1000 + MAX_CLOCK_SKEW_SECONDS) {
    options.rejects.add('bad_signature');
    return 401;
  }
  const json = form ? form.payload : text;
  if (typeof json !== 'string' || startsLikeObject(json)) return undefined;
  // Not a JSON object. Unsigned, Bolt refuses it and counts it; signed, it would crash Bolt.
  const signature = req.headers['x-slack-signature'];
  if (typeof signature !== 'string' || !isValidSlackRequest({ signingSecret: options.signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } }))
    return undefined;
  options.rejects.add('malformed');
  return 400;
}

/** Form field names that need a full parse to read: the two checked here, or any name escaped. */
const NEEDS_PARSE = /(?:^|&)(?:payload|ssl_check)=|(?:^|&)[^=&]*[%+]/;

/**
 * The form fields `refusal` reads (`ssl_check`, `payload`), parsed as Bolt parses them
 * (`querystring`), but only when the body can hold them: a slash command (most requests) has
 * neither, and a parse costs as much as the rest of this front door.
 */
function formFields(text: string): { ssl_check?: unknown; payload?: unknown } {
  return NEEDS_PARSE.test(text) ? parseQuery(text) : {};
}

/** Whether JSON text starts with `{` (after JSON's whitespace): then it is an object, or not JSON. */
function startsLikeObject(json: string): boolean {
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c === 0x7b;
  }
  return false;
}

/**
 * Reads a request body into one buffer, refusing it past `limit` bytes (declared or sent). Rejects
 * with the reason alone: an Error (and its stack) per request would cost more than the read.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) {
      reject('too_large' satisfies BodyFailure);
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const fail = (reason: BodyFailure): void => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      reject(reason);
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > limit) fail('too_large');
      else chunks.push(chunk);
    };
    const aborted = (): void => fail('aborted');
    req.on('data', onData);
    req.once('end', () => {
      if (done) return;
      done = true;
      req.removeListener('error', aborted);
      req.removeListener('close', aborted);
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length));
    });
    req.once('error', aborted);
    req.once('close', aborted);
  });
}

/**
 * Counts the server's client errors in the rejection summary instead of leaving them unseen:
 * requests that timed out (`timeout`; answered 408), clients that closed the connection
 * mid-request (`aborted`) and requests that are not HTTP (`malformed`; answered 400). It answers
 * as Node does by default, which a `clientError` listener replaces. A reset connection is not
 * counted: between requests it is how keep-alive often ends, and mid-body the body's reader
 * counts it.
 */
export function watchClientErrors(server: Server, rejects: RejectSummary): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const code = error.code;
    // The response of the request being read on this socket, if any (Node's own field).
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      timedOut.add(socket);
      rejects.add('timeout');
    } else if (code === 'HPE_INVALID_EOF_STATE') {
      // The client closed mid-request: mid-body, the body's reader counts it.
      if (!inFlight) rejects.add('aborted');
    } else if (code !== 'ECONNRESET') rejects.add('malformed');
    if (code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) socket.write(`HTTP/1.1 ${CLIENT_ERROR_STATUS[code ?? ''] ?? '400 Bad Request'}\r\nConnection: close\r\n\r\n`);
    socket.destroy(error);
  });
}

const CLIENT_ERROR_STATUS: Readonly<Record<string, string>> = {
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
};
