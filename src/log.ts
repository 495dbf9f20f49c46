import type { LogLevel, Logger } from '@slack/logger';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * Anything shaped like a Slack token or signature, wherever it hides in a log line: bot, user and
 * app tokens, refresh tokens (`xoxe-`) and rotating access tokens (`xoxe.xoxb-…`), signatures.
 */
const TOKEN = /\b(xoxe\.xox[a-z]-[A-Za-z0-9-]+|xox[abposre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|v0=[a-f0-9]{64})\b/g;

/**
 * Replaces anything shaped like a Slack token or signature with `[redacted]`: for text kept
 * outside the logs too (the insights' counted questions).
 *
 * @example
 * redactTokens('is xoxb-1-2-abc safe?'); // 'is [redacted] safe?'
 */
export function redactTokens(text: string): string {
  return text.replace(TOKEN, '[redacted]');
}

/** Fields a log event carries besides its message: team, channel, intent, latency… */
export type Fields = Record<string, string | number | boolean | null | undefined>;

/** The bot's logger: Bolt's `Logger` interface, plus `event()` for structured lines. */
export interface BotLogger extends Logger {
  event(level: Level, msg: string, fields?: Fields): void;
  /**
   * Text with tokens, signatures and the configured secrets replaced by `[redacted]`, as every line
   * is printed. For text about to be cut or changed (a question's first 120 characters, lower-cased):
   * scrubbed after, a secret cut in two or lower-cased would no longer be found.
   */
  redact(text: string): string;
}

export interface LoggerOptions {
  level: Level;
  format: 'text' | 'json';
  /** Exact values never to print (the configured secrets), beyond what looks like a token. */
  secrets?: readonly (string | undefined)[];
  write?: (line: string) => void;
  name?: string;
}

/**
 * A logger that writes one line per event — JSON lines with `format: 'json'` — and scrubs tokens,
 * signatures and the configured secrets from everything it prints.
 *
 * @example
 * const log = createLogger({ level: 'info', format: 'json', secrets: [config.signingSecret] });
 * log.event('info', 'answered', { team: 'T1', intent: 'define', ms: 1.2 });
 */
export function createLogger(options: LoggerOptions): BotLogger {
  let level: Level = options.level;
  let name = options.name ?? 'kubecon-bot';
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const write = options.write ?? batchedStderr();
  // Most text holds no token and no secret: a substring test each (far cheaper than the pattern)
  // spares it the replacing. Every line is scrubbed, several times over, so this is the hot path.
  const scrub = (text: string): string => {
    let out = text.includes('xox') || text.includes('xapp-') || text.includes('v0=') ? text.replace(TOKEN, '[redacted]') : text;
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[redacted]');
    return out;
  };

  const emit = (lvl: Level, msg: string, fields: Fields = {}): void => {
    if (ORDER[lvl] < ORDER[level]) return;
    // Secrets are scrubbed from each piece as given, before any escaping could hide them (a secret
    // holding a quote or a backslash reads differently once JSON-escaped), and from the line again.
    let line: string;
    if (options.format === 'json') {
      const record: Record<string, unknown> = { time: timestamp(), level: lvl, name: scrub(name), msg: scrub(msg) };
      for (const k of Object.keys(fields)) {
        const v = fields[k];
        if (v !== undefined) record[scrub(k)] = typeof v === 'string' ? scrub(v) : v;
      }
      line = escapeUnsafe(JSON.stringify(record));
    } else {
      let rest = '';
      for (const k of Object.keys(fields)) {
        const v = fields[k];
        if (v !== undefined) rest += ` ${escapeUnsafe(scrub(k))}=${textValue(typeof v === 'string' ? scrub(v) : v)}`;
      }
      line = `${timestamp()} ${lvl.toUpperCase().padEnd(5)} ${escapeUnsafe(scrub(name))}: ${escapeUnsafe(scrub(msg))}${rest}`;
    }
    write(scrub(line));
  };
  // Bolt writes several debug lines per request; below the level they are dropped before any is
  // formatted (an object serialised, a reply body joined) for nothing.
  const fromArgs =
    (lvl: Level) =>
    (...msg: unknown[]): void => {
      if (ORDER[lvl] < ORDER[level]) return;
      emit(lvl, msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : safeJson(m))).join(' '));
    };

  return {
    debug: fromArgs('debug'),
    info: fromArgs('info'),
    warn: fromArgs('warn'),
    error: fromArgs('error'),
    event: emit,
    redact: scrub,
    setLevel: (l: LogLevel) => {
      level = l as Level;
    },
    getLevel: () => level as LogLevel,
    setName: (n: string) => {
      name = n;
    },
  };
}

/** The time of a log line, ISO 8601: formatted once per millisecond (several lines share one under load). */
let lastMs = -1;
let lastIso = '';
function timestamp(): string {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastIso = new Date(now).toISOString();
  }
  return lastIso;
}

/**
 * Writes log lines to stderr in one write per event-loop turn instead of one per line: under load a
 * synchronous pipe write per request was the logger's main cost. Whatever is pending is written
 * synchronously when the process exits.
 */
function batchedStderr(): (line: string) => void {
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const chunk = `${pending.join('\n')}\n`;
    pending = [];
    process.stderr.write(chunk);
  };
  process.on('exit', flush);
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
}

/**
 * Characters that must never reach a log raw: C0 and C1 controls and DEL (a terminal runs `ESC [2J`
 * and friends; a newline forges a second line), line and paragraph separators, and the bidi
 * controls that make text read differently than it is stored.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same set without the global flag, for a stateless `test`. */
const HAS_UNSAFE = new RegExp(UNSAFE.source);
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Writes unsafe characters as escapes (`\n`, `\u001b`), the same escapes JSON uses, so the result
 * stays valid inside a JSON string too.
 *
 * @example
 * escapeUnsafe('U1\u001b[2J'); // 'U1\\u001b[2J'
 */
export function escapeUnsafe(text: string): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A field value in a text line: bare when that reads unambiguously (`team=T1`, `ms=1.2`), otherwise
 * quoted and escaped as a JSON string (`error="a b"`, `user="U1\u001b[2J"`), so a value can neither
 * run into the next field nor forge one.
 */
function textValue(value: unknown): string {
  if (typeof value !== 'string') return escapeUnsafe(String(value));
  const bare = value !== '' && !/[\s"=\\]/.test(value) && !HAS_UNSAFE.test(value);
  return escapeUnsafe(bare ? value : JSON.stringify(value));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
