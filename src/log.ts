import { LogLevel, type Logger } from '@slack/logger';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Anything shaped like a Slack token or signature, wherever it hides in a log line. */
const TOKEN = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|v0=[a-f0-9]{64})\b/g;

/** Fields a log event carries besides its message: team, channel, intent, latency… */
export type Fields = Record<string, string | number | boolean | null | undefined>;

/** The bot's logger: Bolt's `Logger` interface, plus `event()` for structured lines. */
export interface BotLogger extends Logger {
  event(level: Level, msg: string, fields?: Fields): void;
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
  const scrub = (text: string): string =>
    secrets.reduce((t, s) => (t.includes(s) ? t.split(s).join('[redacted]') : t), text.replace(TOKEN, '[redacted]'));

  const emit = (lvl: Level, msg: string, fields: Fields = {}): void => {
    if (ORDER[lvl] < ORDER[level]) return;
    const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    const line =
      options.format === 'json'
        ? JSON.stringify({ time: new Date().toISOString(), level: lvl, name, msg, ...clean })
        : `${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${name}: ${msg}${Object.entries(clean)
            .map(([k, v]) => ` ${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : String(v)}`)
            .join('')}`;
    write(scrub(line));
  };
  const fromArgs = (lvl: Level) => (...msg: unknown[]): void =>
    emit(lvl, msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : safeJson(m))).join(' '));

  return {
    debug: fromArgs('debug'),
    info: fromArgs('info'),
    warn: fromArgs('warn'),
    error: fromArgs('error'),
    event: emit,
    setLevel: (l: LogLevel) => {
      level = l as Level;
    },
    getLevel: () => level as LogLevel,
    setName: (n: string) => {
      name = n;
    },
  };
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

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
