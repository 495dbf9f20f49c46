/**
 * `npm run eval`: the blind sets, scored. Prints the dev half's misses (what to study) and only the
 * totals of the held-out halves (what not to tune on); `--show dev2` prints the second dev half's. `--show heldout` prints held-out misses too,
 * for the day a held-out batch is retired and a fresh one written.
 */
import { fileURLToPath } from 'node:url';
import { ask } from '../src/answer/engine.js';
import { loadConference } from '../src/conference/load.js';
import { renderText } from '../src/render/text.js';
import { buildKnowledge, type Knowledge } from '../src/search/knowledge.js';
import { loadKnowledge } from '../src/search/load-knowledge.js';
import { switchOff, type Rule } from '../src/ablation.js';
import { naiveBaseline } from './naive.js';
import { loadBlind, score, type BlindCase, type Judged, type Score } from '../test/eval/blind.js';

/** The engine as a reader judges it: the answer's text without the "Try:" line of suggestions. */
export function engineJudged(k: Knowledge): (q: string) => Judged {
  return (q) => {
    const a = ask(k, q);
    return { matched: a.matched, text: renderText({ ...a, suggestions: [] }) };
  };
}

const pct = (n: number, d: number): string => `${d === 0 ? '–' : ((n / d) * 100).toFixed(1)}%`;

/** One line per split: right, and "not covered" precision and recall. */
export function blindRows(answer: (q: string) => Judged, cases: readonly BlindCase[] = loadBlind()): Array<[string, Score]> {
  const splits = [...new Set(cases.map((c) => c.split))];
  return splits.map((split) => [
    split,
    score(
      cases.filter((c) => c.split === split),
      answer,
    ),
  ]);
}

export function describeScore(s: Score): string {
  return `${pct(s.right, s.total)} (${s.right}/${s.total}) P ${s.declined === 0 ? '–' : pct(s.declinePrecision * 100, 100)} R ${pct(s.declineRecall * 100, 100)}`;
}

function main(): void {
  const id = 'kubecon-2017-austin';
  const withModel = loadKnowledge(id);
  const withoutModel = buildKnowledge(loadConference(id));
  const answer = engineJudged(withModel);
  const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : 'dev';
  const cases = loadBlind();
  // The bot; the fitted scorer answering where evidence.ts's rules do now, with the model and
  // without it; and the naive baseline.
  const engines: Array<[string, (q: string) => Judged, Rule[]]> = [
    ['bot (rules + model)', answer, []],
    ['fitted scorer + model', answer, ['passage-rules']],
    ['fitted scorer, model off', engineJudged(withoutModel), ['passage-rules']],
    ['naive', naiveBaseline(id), []],
  ];
  const columns = engines.map(([name, judge, off]) => {
    switchOff(off);
    const rows = new Map(blindRows(judge, cases));
    switchOff([]);
    return [name, rows] as const;
  });
  const splits = [...new Set(cases.map((c) => c.split))];
  console.log(`${'split'.padEnd(9)} ${columns.map(([name]) => name.padEnd(34)).join(' ')}`);
  for (const split of splits) console.log(`${split.padEnd(9)} ${columns.map(([, rows]) => describeScore(rows.get(split)!).padEnd(34)).join(' ')}`);
  for (const [split, s] of columns[0]![1]) {
    console.log(
      `\n${split.padEnd(9)} ${Object.entries(s.byKind)
        .map(([kind, r]) => `${kind} ${r.right}/${r.total}`)
        .join(', ')}`,
    );
    if (split !== show) continue;
    for (const c of s.wrong) {
      const a = ask(withModel, c.q);
      const text = renderText({ ...a, suggestions: [] }).replace(/\n+/g, ' ⏎ ');
      console.log(
        `\n✗ [${c.id} ${c.kind}] ${c.q}\n  want: ${c.answerable ? c.facts.map((g) => g.join(' | ')).join(' + ') : 'decline'} (${c.why ?? ''})\n  got:  ${a.intent} ${a.matched ? '' : '(declined) '}${text.slice(0, 300)}`,
      );
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
