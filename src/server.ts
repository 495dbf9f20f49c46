/**
 * The process entry point: config → knowledge → Slack app → listen. Everything else lives in the
 * modules it wires together.
 */
import 'dotenv/config';
import type { Server } from 'node:http';
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
  const { app } = createApp(config, knowledge, { logger, startedAt });
  const started = (config.mode === 'http' ? await app.start(config.port) : await app.start()) as Server | undefined;
  const address = started?.address?.();
  const port = address && typeof address === 'object' ? address.port : undefined;
  logger.event('info', 'ready', { mode: config.mode, port, conference: config.conference, sessions: knowledge.sessions.length, startupMs: Date.now() - startedAt });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.event('info', 'stopping', { signal });
    // Heroku-like hosts kill 30 s after SIGTERM; finish what is in flight well before that.
    const deadline = setTimeout(() => process.exit(0), 9_000);
    deadline.unref();
    app.stop().then(
      () => process.exit(0),
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
