import { passageSource } from '../../src/answer/answer.js';
import { ANSWERABLE, FEATURES, type Decision } from '../../src/answer/features.js';
import { answerability, ranked } from '../../src/answer/replies/retrieved.js';
import type { Scorer } from '../../src/answer/scorer.js';
import type { PassageEntry } from '../../src/search/knowledge.js';
import { questionText } from '../../src/answer/engine.js';
import { citation } from '../../src/render/text.js';
import type { Knowledge } from '../../src/search/knowledge.js';
import { understand } from '../../src/understand/query.js';
import { fitLogistic } from './logistic.js';
import { isRight } from '../../test/eval/blind.js';

/** A question to fit on: its text, and the facts a right answer holds (none when the report cannot answer it). */
export interface FitCase {
  q: string;
  answerable: boolean;
  facts: string[][];
}

/** What a reader would see if this passage answered: its quote and where it stands. */
function shown(quote: string, entry: PassageEntry): string {
  const source = passageSource(entry);
  return `${quote}\n${source.title} · ${citation(source)}`;
}

/** One question's candidates as rows: features, and whether quoting the candidate answers it. */
interface Question {
  q: ReturnType<typeof understand>;
  rows: number[][];
  labels: number[];
  answerable: boolean;
}

/** 1 when quoting this passage answers the question: it shows one alternative of every fact group. */
function labelOf(c: FitCase, quote: string, entry: PassageEntry): number {
  // Judged as the blind sets judge an answer: one alternative of every fact group in what is shown.
  return isRight(c, { matched: true, text: shown(quote, entry) }) ? 1 : 0;
}

function questions(k: Knowledge, cases: readonly FitCase[]): Question[] {
  return cases.map((c) => {
    const q = understand(k, questionText(c.q));
    // Scored with no weights: only the candidates' features and quotes are wanted here.
    const { list } = ranked(k, q, { weights: FEATURES.map(() => 0), answerable: ANSWERABLE.map(() => 0), threshold: 0 });
    const rows = list.map((s) => s.x);
    const labels = list.map((s) => labelOf(c, s.quote, s.candidate.entry));
    return { q, rows, labels, answerable: c.answerable };
  });
}

/** How a threshold does on the fitting questions: right answers, and "not covered" precision and recall. */
export interface Calibration {
  threshold: number;
  right: number;
  total: number;
  declinePrecision: number;
  declineRecall: number;
}

/**
 * The threshold on the best candidate's answerability below which to say "not covered": the one
 * with the most questions right, and of those the one whose declines are most often right.
 */
function calibrate(scored: ReadonlyArray<{ best: number; bestRight: boolean; answerable: boolean }>): Calibration {
  const options = [0, ...new Set(scored.map((s) => s.best))].sort((a, b) => a - b).map((t) => t + 1e-9);
  const unanswerable = scored.filter((s) => !s.answerable).length;
  const rows = options.map((threshold) => {
    let right = 0;
    let declined = 0;
    let declinedRightly = 0;
    for (const s of scored) {
      const answers = s.best >= threshold;
      if (!answers) {
        declined++;
        if (!s.answerable) declinedRightly++;
      }
      if (s.answerable ? answers && s.bestRight : !answers) right++;
    }
    return { threshold, right, total: scored.length, declinePrecision: declined === 0 ? 1 : declinedRightly / declined, declineRecall: unanswerable === 0 ? 1 : declinedRightly / unanswerable };
  });
  // Most right first (a wrong decline is as wrong as a wrong answer); among those, the most precise declines.
  return rows.reduce((a, b) => (b.right > a.right || (b.right === a.right && b.declinePrecision > a.declinePrecision) ? b : a));
}

/**
 * Fits one scorer on questions: logistic regression over every candidate to rank them, then, over
 * each question's best candidate, logistic regression for whether it answers at all, and the
 * threshold on that.
 *
 * @example
 * fitScorer(knowledge, cases).threshold; // between 0 and 1
 */
export function fitScorer(k: Knowledge, cases: readonly FitCase[], l2 = 1e-3): Scorer & { calibration: Calibration; rows: number } {
  const qs = questions(k, cases);
  const rows = qs.flatMap((q) => q.rows);
  const labels = qs.flatMap((q) => q.labels);
  // Each question counts once, however many candidates it has.
  const sample = qs.flatMap((q) => q.rows.map(() => 1 / q.rows.length));
  const weights = fitLogistic(rows, labels, { l2, weights: sample });
  const ranker: Scorer = { weights, answerable: ANSWERABLE.map(() => 0), threshold: 0 };
  const decided = qs.map((q, i) => {
    const { list, decision } = ranked(k, q.q, ranker);
    const c = cases[i]!;
    const top = list[0];
    const right = top !== undefined && c.answerable && labelOf(c, top.quote, top.candidate.entry) === 1;
    return { decision, right, answerable: c.answerable };
  });
  // Whether the best candidate answers: learnt from the questions it answers rightly and those the
  // report cannot answer (for a question it ranks wrongly, answering and declining are both wrong).
  const learn = decided.filter((d): d is typeof d & { decision: Decision } => d.decision !== null && (d.right || !d.answerable));
  const answerable = fitLogistic(
    learn.map((d) => ANSWERABLE.map((f) => f.of(d.decision))),
    learn.map((d) => (d.right ? 1 : 0)),
    { l2 },
  );
  const fitted: Scorer = { weights, answerable, threshold: 0 };
  const scored = decided.map((d) => ({ best: d.decision ? answerability(fitted, d.decision) : 0, bestRight: d.right, answerable: d.answerable }));
  const calibration = calibrate(scored);
  const round = (v: number[]): number[] => v.map((w) => Number(w.toFixed(6)));
  return { weights: round(weights), answerable: round(answerable), threshold: Number(calibration.threshold.toFixed(6)), calibration, rows: rows.length };
}

/** The feature names, as stored with the weights. */
export const featureNames = (): string[] => FEATURES.map((f) => f.name);

/** The answerability feature names, as stored with their weights. */
export const answerableNames = (): string[] => ANSWERABLE.map((f) => f.name);
