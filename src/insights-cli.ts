#!/usr/bin/env node
/**
 * `heroku logs -n 1500 | npm run --silent insights`: what people could not find, from the bot's
 * JSON logs (LOG_FORMAT=json) on stdin: the questions not covered, the answers voted 👎 and the
 * most asked questions, ten of each. Heroku's line prefixes and lines that are not JSON are skipped.
 */
import { createInterface } from 'node:readline';
import { insightsText } from './render/insights.js';
import { tallyLogs } from './insights/logs.js';

async function main(): Promise<number> {
  if (process.argv.slice(2).some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(
      "usage: heroku logs -n 1500 | npm run --silent insights\nReads the bot's JSON logs (LOG_FORMAT=json) on stdin and prints the top ten not covered, 👎 and most asked questions.\n",
    );
    return 0;
  }
  const tally = await tallyLogs(createInterface({ input: process.stdin, crlfDelay: Infinity }));
  process.stdout.write(`${insightsText(tally.report)}\n`);
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  process.stderr.write(`read ${n(tally.lines, 'line')}: ${n(tally.questions, 'question')}, ${n(tally.feedback, 'feedback click')}\n`);
  if (tally.questions === 0 && tally.lines > 0) process.stderr.write('no question events found: is LOG_FORMAT=json set on the bot?\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kubecon-bot insights: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
