/**
 * The process entry point: config → knowledge → Slack app → listen. Everything else lives in the
 * modules it wires together.
 */
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.js';
import { loadConference } from './conference/load.js';
import { createLogger } from './log.js';
import { buildKnowledge } from './search/index.js';
import { createApp } from './slack/app.js';

async function main(): Promise<void> {
  const startedAt = Date.now();
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, secrets: [config.botToken, config.signingSecret, config.appToken] });
  const knowledge = buildKnowledge(loadConference(config.conference));
  const bot = createApp(config, knowledge, { logger, startedAt });
  const port = await bot.start();
  logger.event('info', 'ready', { mode: config.mode, port, conference: config.conference, sessions: knowledge.sessions.length, startupMs: Date.now() - startedAt });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.event('info', 'stopping', { signal, inFlight: bot.inFlight.size });
    // Hosts kill 30 s after SIGTERM; we promise 10 s: stop taking requests, finish the rest.
    const deadline = setTimeout(() => process.exit(0), 9_500);
    deadline.unref();
    bot.stop(8_000).then(
      () => {
        logger.event('info', 'stopped', { signal });
        process.exit(0);
      },
      (error: unknown) => {
        logger.event('error', 'stop failed', { error: String(error) });
        process.exit(0);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`kubecon-bot: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
