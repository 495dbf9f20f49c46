import { MemoryInsights, TOP_N, insightKey, type InsightsReport } from './store.js';

/** The log event the bot writes once per question it answers: no user, team or channel in it. */
export const QUESTION_EVENT = 'question';
/** The log event of a 👍 / 👎 click, with the question it was about. */
export const FEEDBACK_EVENT = 'feedback';

/** What one log line adds to the insights, if anything. */
export type LogInsight = { kind: 'question'; question: string; matched: boolean } | { kind: 'feedback'; question: string; vote: 'up' | 'down' };

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are the point.
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Reads one line of the bot's JSON logs as it comes out of a host: bare (`{"msg":…}`) or behind
 * Heroku's prefix (`2026-11-27T19:00:00.000000+00:00 app[web.1]: {"msg":…}`), coloured or not.
 * Lines that are not JSON, or not a question or feedback event, give null.
 *
 * @example
 * parseLogLine('2026-11-27T19:00:00+00:00 app[web.1]: {"msg":"question","question":"what is ark","intent":"define","matched":true}');
 * // { kind: 'question', question: 'what is ark', matched: true }
 */
export function parseLogLine(line: string): LogInsight | null {
  const clean = line.includes('\u001b') ? line.replace(ANSI, '') : line;
  const start = clean.indexOf('{');
  if (start < 0) return null;
  let event: unknown;
  try {
    event = JSON.parse(clean.slice(start));
  } catch {
    return null;
  }
  if (typeof event !== 'object' || event === null) return null;
  const e = event as { msg?: unknown; question?: unknown; matched?: unknown; vote?: unknown };
  if (typeof e.question !== 'string') return null;
  if (e.msg === QUESTION_EVENT && typeof e.matched === 'boolean') return { kind: 'question', question: e.question, matched: e.matched };
  if (e.msg === FEEDBACK_EVENT && (e.vote === 'up' || e.vote === 'down')) return { kind: 'feedback', question: e.question, vote: e.vote };
  return null;
}

/** What a pass over a log gave: the report, and how many lines were read, used and skipped. */
export interface LogTally {
  report: InsightsReport;
  lines: number;
  questions: number;
  feedback: number;
}

/**
 * Tallies log lines into the three top-`n` lists, as the bot's own store counts them (the same
 * keys; bounds generous enough for any `heroku logs -n 1500`).
 */
export async function tallyLogs(lines: AsyncIterable<string> | Iterable<string>, n = TOP_N): Promise<LogTally> {
  const store = new MemoryInsights({ maxKeys: 100_000, maxKeyLength: 120 });
  let count = 0;
  let questions = 0;
  let feedback = 0;
  for await (const line of lines) {
    count++;
    const insight = parseLogLine(line);
    if (!insight) continue;
    const key = insightKey(insight.question);
    if (insight.kind === 'question') {
      questions++;
      store.countNow('asked', key);
      if (!insight.matched) store.countNow('unanswered', key);
    } else {
      feedback++;
      if (insight.vote === 'down') store.countNow('unhelpful', key);
    }
  }
  return { report: { unanswered: store.topNow('unanswered', n), unhelpful: store.topNow('unhelpful', n), asked: store.topNow('asked', n) }, lines: count, questions, feedback };
}
