/**
 * The process entry point: config → knowledge → Slack app → listen. Everything else lives in the
 * modules it wires together.
 */
import 'dotenv/config';
import { ConfigError, loadConfig, type ProcessType } from './config.js';
import { createLogger, type BotLogger } from './log.js';
import { loadKnowledge } from './search/load-knowledge.js';
import { createApp, type BotApp } from './slack/app.js';

/** Hosts send SIGTERM, then SIGKILL 30 s later: finish what can be finished in 25 s. */
const STOP_BUDGET_MS = 25_000;
/** Exit 0 by then whatever is still running (logged as dropped by `stop`). */
const HARD_EXIT_MS = 28_000;

/** `--web` (HTTP on $PORT) or `--worker` (Socket Mode), as the Procfile says; none: by config. */
function processType(args: string[]): ProcessType | undefined {
  const unknown = args.filter((a) => a !== '--web' && a !== '--worker');
  if (unknown.length > 0 || args.length > 1) {
    process.stderr.write(`kubecon-bot: usage: node dist/server.js [--web | --worker] (got ${args.join(' ')})\n`);
    process.exit(1);
  }
  return args[0] === '--web' ? 'web' : args[0] === '--worker' ? 'worker' : undefined;
}

/**
 * Logs an error nothing caught as one line, as every other (JSON with LOG_FORMAT=json: Node's own
 * report is a multi-line stack a log drain splits into lines of no format), then exits 1 as Node
 * does: after an uncaught error the process state is unknown.
 */
function logUncaught(logger: BotLogger): void {
  process.on('uncaughtException', (error: unknown, origin: string) => {
    logger.event('error', origin === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception', {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  });
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  // Signal handlers come first: a host may stop the process while it starts (a worker still
  // connecting to Slack, a web process building its knowledge). Until the bot has started there is
  // nothing in flight to finish: exit 0 at once, as a stop that went well does.
  let logger: BotLogger | undefined;
  let bot: BotApp | undefined;
  let started = false;
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger?.event('info', 'stopping', { signal, inFlight: bot?.inFlight.size ?? 0, started });
    if (!bot || !started) process.exit(0);
    // Hosts kill 30 s after SIGTERM: stop taking requests, finish the rest (a reply waiting on a
    // Retry-After included) within 25 s, log whatever had to be dropped, exit 0.
    const deadline = setTimeout(() => process.exit(0), HARD_EXIT_MS);
    deadline.unref();
    bot.stop(STOP_BUDGET_MS).then(
      () => {
        logger?.event('info', 'stopped', { signal });
        process.exit(0);
      },
      (error: unknown) => {
        logger?.event('error', 'stop failed', { error: String(error) });
        process.exit(0);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const type = processType(process.argv.slice(2));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, type ? { process: type } : {});
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger = createLogger({ level: config.logLevel, format: config.logFormat, secrets: [config.botToken, config.signingSecret, config.appToken] });
  logUncaught(logger);
  const knowledge = loadKnowledge(config.conference);
  // The model loads on its own thread; one question now waits for it (about 0.3 s), so the first
  // user's question does not.
  knowledge.dense?.encoder.embed(knowledge.conference.name);
  bot = createApp(config, knowledge, { logger, startedAt });
  const port = await bot.start();
  started = true;
  logger.event('info', 'ready', { process: type, mode: config.mode, port, conference: config.conference, sessions: knowledge.sessions.length, startupMs: Date.now() - startedAt });
}

main().catch((error: unknown) => {
  process.stderr.write(`kubecon-bot: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
