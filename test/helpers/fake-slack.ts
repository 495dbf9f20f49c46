import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A call the fake Slack received: a Web API method, or a post to a `response_url`. */
export interface Call {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

/** What the fake does to the next call(s) of a method: fail, throttle, stall. */
export interface Fault {
  status?: number;
  /** Answer HTTP 200 with `{ ok: false, error }`, as Slack refuses a call (`not_in_channel`…). */
  error?: string;
  retryAfter?: number;
  delayMs?: number;
  /** How many calls it applies to (default 1). */
  times?: number;
  /** How many calls of the method to let through before it applies (default 0). */
  skip?: number;
  /** Answer with `status` (a 3xx) and this `Location`: a redirect. */
  location?: string;
}

export interface FakeSlack {
  /** Base URL of the Web API, for `SLACK_API_URL`. */
  apiUrl: string;
  /** A fresh `response_url` on this server. */
  responseUrl(id?: string): string;
  calls: Call[];
  /** Calls per method, kept even when bodies are not recorded. */
  counts: Map<string, number>;
  callsTo(method: string): Call[];
  fail(method: string, fault: Fault): void;
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<Call[]>;
  close(): Promise<void>;
  server: Server;
}

/** Slack sends blocks and views as JSON strings inside form fields; read them back as data. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v)
      ? (() => {
          try {
            return JSON.parse(v) as unknown;
          } catch {
            return v;
          }
        })()
      : v;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A fake Slack Web API on 127.0.0.1: answers the methods the bot calls like Slack does, records
 * every call (and every `response_url` post), and injects faults on request.
 */
export async function startFakeSlack(port = 0, options: { record?: boolean; socketUrl?: string } = {}): Promise<FakeSlack> {
  const calls: Call[] = [];
  const faults = new Map<string, Fault[]>();
  const counts = new Map<string, number>();
  let ts = 1_700_000_000;
  const waiters = new Set<() => void>();

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://x');
    const method = url.pathname.startsWith('/respond/') ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    const body = parseBody(raw, req.headers['content-type']);
    const queue = faults.get(method);
    let fault = queue?.[0];
    if (fault?.skip) {
      fault.skip -= 1;
      fault = undefined;
    }
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) queue!.shift();
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.error) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: fault.error }));
        return;
      }
      if (fault.location) {
        res.writeHead(fault.status ?? 307, { location: fault.location });
        res.end();
        return;
      }
      if (fault.status && fault.status !== 200) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify({ ok: false, error: fault.status === 429 ? 'ratelimited' : 'internal_error' }));
        return;
      }
    }
    counts.set(method, (counts.get(method) ?? 0) + 1);
    // A soak sends 100 000 requests: count them, but keep bodies only when asked to.
    if (options.record !== false) calls.push({ method, body, at: Date.now() });
    for (const w of waiters) w();
    if (method === 'response_url') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    const reply: Record<string, unknown> = { ok: true };
    if (method === 'auth.test')
      Object.assign(reply, { url: 'https://acme.slack.com/', team: 'Acme', user: 'kubecon', team_id: 'T0001', user_id: 'UBOT', bot_id: 'BBOT', is_enterprise_install: false });
    if (method === 'chat.postMessage') Object.assign(reply, { channel: body.channel, ts: `${++ts}.000100`, message: { text: body.text } });
    if (method === 'chat.postEphemeral') Object.assign(reply, { message_ts: `${++ts}.000200` });
    if (method.startsWith('views.')) Object.assign(reply, { view: { id: 'V0001', ...(body.view as object) } });
    if (method === 'apps.connections.open') Object.assign(reply, options.socketUrl ? { url: options.socketUrl } : { ok: false, error: 'no_socket_url' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responses = 0;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id ?? ++responses}`,
    calls,
    counts,
    callsTo: (method) => calls.filter((c) => c.method === method),
    fail: (method, fault) => faults.set(method, [...(faults.get(method) ?? []), { ...fault }]),
    waitFor: (method, count = 1, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = calls.filter((c) => c.method === method);
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Slack: waited ${timeoutMs} ms for ${count} × ${method}, got ${calls.filter((c) => c.method === method).length}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
    server,
  };
}
