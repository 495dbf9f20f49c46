#!/usr/bin/env node
/**
 * The terminal face of the bot: the same engine as Slack, no Slack account needed.
 *
 *   npm run --silent ask -- "what is Ark?"          one answer, as text
 *   npm run --silent ask -- --json "what is Ark?"   one JSON object
 *   npm run --silent ask -- --jsonl < questions.txt one JSON object per input line
 *   npm run chat                                    an interactive prompt
 *   npm run ask -- --help                           how to call it
 */
import 'dotenv/config';
import { realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ask } from './answer/engine.js';
import { converse } from './answer/conversation.js';
import type { Turn } from './understand/followup.js';
import type { Answer } from './answer/answer.js';
import { ConferenceIdSchema } from './conference/env.js';
import type { Knowledge } from './search/knowledge.js';
import { loadKnowledge as loadWithModel } from './search/load-knowledge.js';
import { renderText } from './render/text.js';
import { renderBlocks } from './render/blocks.js';

/**
 * The object `ask --json` prints: a contract other tooling depends on. `blocks` is exactly what
 * `/kubecon <input>` gets back in Slack (the first page of the ephemeral reply).
 */
export function toJson(input: string, answer: Answer): Record<string, unknown> {
  const slack = renderBlocks(answer, { question: input, surface: 'ephemeral', reportUrl: reportUrl() });
  return {
    input,
    intent: answer.intent,
    matched: answer.matched,
    text: renderText(answer),
    sources: answer.sources.map((s) => ({ title: s.title, day: s.day, speakers: s.speakers })),
    blocks: slack.blocks,
  };
}

/** REPORT_URL when set to a URL, as the server would use it. */
function reportUrl(): string | undefined {
  const url = process.env.REPORT_URL?.trim();
  return url && /^https?:\/\/\S+$/.test(url) ? url : undefined;
}

function loadKnowledge(): Knowledge {
  const id = ConferenceIdSchema.safeParse(process.env.CONFERENCE || undefined);
  if (!id.success) throw new Error(`CONFERENCE ${id.error.issues[0]?.message ?? 'is invalid'}`);
  return loadWithModel(id.data);
}

const reportBug = (error: unknown): void => {
  process.stderr.write(`kubecon-bot: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
};

/** What `--help` prints, and the hint after a usage error. */
export const USAGE = `usage:
  npm run --silent ask -- "<question>"          the answer, as text
  npm run --silent ask -- --json "<question>"   one JSON object (input, intent, matched, text, sources, blocks)
  npm run --silent ask -- --jsonl < file        one JSON object per input line
  npm run chat                                  an interactive prompt
options:
  --json     print the answer as one JSON object
  --jsonl    read questions from stdin, one a line; print one JSON object each
  -h, --help print this help
Ask "help" (npm run ask -- help) for what the bot itself can answer.
`;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A mistake in how the CLI was called: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

type Command = { mode: 'help' } | { mode: 'chat' } | { mode: 'ask'; format: 'text' | 'json'; question: string } | { mode: 'jsonl' };

/**
 * Reads the command line (`ask [--json] <question…>`, `ask --jsonl`, `chat`, `--help`) with
 * `node:util`'s strict `parseArgs`: unknown flags and stray values are usage errors, and a
 * question that starts with `-` can follow `--`.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_')) throw new UsageError((error as Error).message);
    throw error;
  }
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help' };
  const [mode, ...words] = positionals;
  if (mode === 'chat') {
    if (values.json || values.jsonl || words.length > 0) throw new UsageError('chat takes no question and no options');
    return { mode: 'chat' };
  }
  if (mode !== 'ask') throw new UsageError(mode === undefined ? 'say ask or chat' : `unknown command ${JSON.stringify(mode)}: say ask or chat`);
  if (values.jsonl) {
    if (values.json) throw new UsageError('--json and --jsonl cannot be combined');
    if (words.length > 0) throw new UsageError('--jsonl reads its questions from stdin, one a line: give no question');
    return { mode: 'jsonl' };
  }
  const question = words.join(' ');
  if (question.trim() === '') throw new UsageError('nothing to ask: npm run ask -- "<question>"   (try: npm run ask -- help)');
  return { mode: 'ask', format: values.json ? 'json' : 'text', question };
}

async function main(argv: string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`kubecon-bot: ${error.message}\nusage: npm run ask -- "<question>" | npm run ask -- --help\n`);
    return 2;
  }
  if (command.mode === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const knowledge = loadKnowledge();
  if (command.mode === 'chat') return chat(knowledge);
  if (command.mode === 'jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      process.stdout.write(`${JSON.stringify(toJson(line, ask(knowledge, line, reportBug)))}\n`);
    }
    return 0;
  }
  const answer = ask(knowledge, command.question, reportBug);
  process.stdout.write(command.format === 'json' ? `${JSON.stringify(toJson(command.question, answer))}\n` : `${renderText(answer)}\n`);
  return 0;
}

async function chat(knowledge: Knowledge): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'kubecon> ' });
  process.stdout.write(`Ask about ${knowledge.conference.name} ("help" lists commands, Ctrl-D quits).\n`);
  rl.prompt();
  // Like a Slack thread, the prompt remembers the last question, so "and on day 2?" follows on.
  let turn: Turn | null = null;
  for await (const line of rl) {
    if (['exit', 'quit'].includes(line.trim())) break;
    if (line.trim() !== '') {
      const reply = converse(knowledge, line, turn, { onError: reportBug });
      turn = reply.turn;
      process.stdout.write(`\n${renderText(reply.answer)}\n\n`);
    }
    rl.prompt();
  }
  rl.close();
  return 0;
}

/** Whether this module is the program being run (`tsx src/cli.ts`, `node dist/cli.js`), not imported by a test. */
function isMain(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  // `ask --jsonl | head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`kubecon-bot: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
