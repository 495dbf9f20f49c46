import { z } from 'zod';
import { ConferenceIdSchema } from './conference/env.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Memory for answers to repeated questions, and again for their rendered `/kubecon` replies. */
export const DEFAULT_ANSWER_CACHE_MB = 8;

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (what: string) => optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), `must be an http(s) URL (${what})`);

/** A Slack user id: `U…` (or `W…` on Enterprise Grid), upper-case letters and digits. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** Every setting, read once at start from the environment (and `.env`). */
const VariablesSchema = z.object({
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), 'must be a bot token starting with xoxb-'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
  PORT: optionalText.transform((v) => (v === undefined ? 3000 : Number(v))).refine((v) => Number.isInteger(v) && v >= 0 && v <= 65535, 'must be a port number from 0 to 65535'),
  LOG_LEVEL: optionalText
    .transform((v) => (v ?? 'info').toLowerCase())
    .refine((v): v is (typeof LOG_LEVELS)[number] => (LOG_LEVELS as readonly string[]).includes(v), `must be one of ${LOG_LEVELS.join(', ')}`),
  LOG_FORMAT: optionalText.transform((v) => (v ?? 'text').toLowerCase()).refine((v): v is 'text' | 'json' => v === 'text' || v === 'json', 'must be text or json'),
  REPORT_URL: url('a link to the published report'),
  CONFERENCE: optionalText.pipe(ConferenceIdSchema),
  SLACK_API_URL: url('the Slack Web API base, e.g. https://slack.com/api/').transform((v) => (v && !v.endsWith('/') ? `${v}/` : v)),
  ANSWER_CACHE_MB: optionalText
    .transform((v) => (v === undefined ? DEFAULT_ANSWER_CACHE_MB : Number(v)))
    .refine((v) => Number.isInteger(v) && v >= 0 && v <= 1024, 'must be a whole number of MiB from 0 (off) to 1024'),
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\/\S+$/.test(v), 'must be a redis:// or rediss:// URL'),
  ADMIN_USER_IDS: optionalText
    .transform((v) =>
      v === undefined
        ? []
        : v
            .split(',')
            .map((id) => id.trim())
            .filter((id) => id !== ''),
    )
    .refine((ids) => ids.every((id) => SLACK_USER_ID.test(id)), 'must be Slack user ids separated by commas, e.g. U012AB3CDE,W0456FGHIJ (Profile → ⋮ → Copy member ID)'),
});

/** The names of every variable the bot reads; `.env.example` documents each. */
export const CONFIG_VARIABLES = Object.keys(VariablesSchema.shape);

const ConfigSchema = VariablesSchema.superRefine((env, ctx) => {
  if (!env.SLACK_BOT_TOKEN) {
    ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: "is missing: copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page" });
  }
  if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message: "is missing: copy the Signing Secret from your app's Basic Information page (or set SLACK_APP_TOKEN to run in Socket Mode)",
    });
  }
});

/**
 * Which Procfile process this is: `web` always serves HTTP on $PORT and `worker` always connects in
 * Socket Mode, whatever else is set; with neither, an app token means Socket Mode.
 */
export type ProcessType = 'web' | 'worker';

/** The validated configuration. Secrets stay in here; nothing prints this object. */
export interface Config {
  mode: 'http' | 'socket';
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
  logFormat: 'text' | 'json';
  reportUrl: string | undefined;
  conference: string;
  slackApiUrl: string | undefined;
  /** Bytes each answer cache may hold (answers, rendered replies); 0: no cache. */
  answerCacheBytes: number;
  /** Shared reply-once store for several instances; in memory when unset. */
  redisUrl: string | undefined;
  /** Who may see `/kubecon insights` (Slack user ids); nobody when empty. */
  adminUserIds: readonly string[];
}

/** Raised when the environment is incomplete or wrong; `message` names every problem, no values. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`kubecon-bot: configuration is incomplete:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment once at start. Throws `ConfigError` naming each missing or invalid
 * variable and how to fix it; never echoes a value, so no secret reaches a log.
 *
 * @example
 * const config = loadConfig(process.env);
 * config.mode; // 'http' (or 'socket' when SLACK_APP_TOKEN is set)
 * loadConfig(process.env, { process: 'web' }).mode; // 'http', even with SLACK_APP_TOKEN set
 */
export function loadConfig(env: NodeJS.ProcessEnv, options: { process?: ProcessType } = {}): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')} ${i.message}`));
  }
  const e = parsed.data;
  if (options.process === 'web' && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError([
      "SLACK_SIGNING_SECRET is missing: the web process serves Slack over HTTP, which needs the Signing Secret from your app's Basic Information page (for Socket Mode, scale the worker process instead)",
    ]);
  }
  if (options.process === 'worker' && !e.SLACK_APP_TOKEN) {
    throw new ConfigError([
      'SLACK_APP_TOKEN is missing: the worker process connects in Socket Mode, which needs an app-level token (xapp-…) with the connections:write scope (for HTTP, scale the web process instead)',
    ]);
  }
  const mode = options.process === 'web' ? 'http' : options.process === 'worker' ? 'socket' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN!,
    signingSecret: e.SLACK_SIGNING_SECRET,
    appToken: e.SLACK_APP_TOKEN,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    reportUrl: e.REPORT_URL,
    conference: e.CONFERENCE,
    slackApiUrl: e.SLACK_API_URL,
    answerCacheBytes: e.ANSWER_CACHE_MB * 1024 * 1024,
    redisUrl: e.REDIS_URL,
    adminUserIds: e.ADMIN_USER_IDS,
  };
}
