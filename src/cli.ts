#!/usr/bin/env node
/**
 * The terminal face of the bot: the same engine as Slack, no Slack account needed.
 *
 *   npm run --silent ask -- "what is Ark?"          one answer, as text
 *   npm run --silent ask -- --json "what is Ark?"   one JSON object
 *   npm run --silent ask -- --jsonl < questions.txt one JSON object per input line
 *   npm run chat                                    an interactive prompt
 */
import 'dotenv/config';
import { createInterface } from 'node:readline';
import { ask } from './answer/engine.js';
import type { Answer } from './answer/answer.js';
import { ConferenceIdSchema } from './conference/env.js';
import { loadConference } from './conference/load.js';
import { buildKnowledge, type Knowledge } from './search/index.js';
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
  return buildKnowledge(loadConference(id.data));
}

const reportBug = (error: unknown): void => {
  process.stderr.write(`kubecon-bot: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
};

async function main(argv: string[]): Promise<number> {
  const [mode, ...rest] = argv;
  const json = rest.includes('--json');
  const jsonl = rest.includes('--jsonl');
  const words = rest.filter((a) => a !== '--json' && a !== '--jsonl');
  if (mode !== 'ask' && mode !== 'chat') {
    process.stderr.write('usage: cli.ts ask [--json] "<question>" | cli.ts ask --jsonl | cli.ts chat\n');
    return 2;
  }
  const knowledge = loadKnowledge();
  if (mode === 'chat') return chat(knowledge);
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      process.stdout.write(`${JSON.stringify(toJson(line, ask(knowledge, line, reportBug)))}\n`);
    }
    return 0;
  }
  const input = words.join(' ');
  if (input.trim() === '') {
    process.stderr.write('usage: npm run ask -- "<question>"   (try: npm run ask -- help)\n');
    return 2;
  }
  const answer = ask(knowledge, input, reportBug);
  process.stdout.write(json ? `${JSON.stringify(toJson(input, answer))}\n` : `${renderText(answer)}\n`);
  return 0;
}

async function chat(knowledge: Knowledge): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'kubecon> ' });
  process.stdout.write(`Ask about ${knowledge.conference.name} ("help" lists commands, Ctrl-D quits).\n`);
  rl.prompt();
  for await (const line of rl) {
    if (['exit', 'quit'].includes(line.trim())) break;
    if (line.trim() !== '') process.stdout.write(`\n${renderText(ask(knowledge, line, reportBug))}\n\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}

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
