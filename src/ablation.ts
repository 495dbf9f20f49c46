/**
 * The engine's remaining hand rules, by name, each of which `npm run ablate` switches off in turn
 * to measure what it earns on the blind sets. Every rule is on in the bot; only the ablation
 * script switches any off, in its own process.
 */
export const RULES = [
  // All of evidence.ts: off, the fitted scorer (replies/retrieved.ts) answers in its place.
  'passage-rules',
  'cue-weight',
  'hint-weight',
  'definition-weight',
  'list-weight',
  'asked-in-report',
  'cue-filter',
  'measured-filter',
  'person-filter',
  'name-filter',
  'counted-right',
  'attempt-asked-quantity',
  'attempt-company-mentions',
  'attempt-author',
  'attempt-names-answer',
  'attempt-outside-first',
  'exit-place',
  'exit-names-none-asked',
  'exit-sessions-of-term',
  'exit-plural-things',
  'exit-company-people',
] as const;
export type Rule = (typeof RULES)[number];

const off = new Set<Rule>();

/**
 * Whether a rule is on (always, but in the ablation script).
 *
 * @example
 * on('asked-in-report'); // true
 */
export const on = (rule: Rule): boolean => !off.has(rule);

/** Switches exactly these rules off (none: all on again). For `npm run ablate` only. */
export function switchOff(rules: readonly Rule[]): void {
  off.clear();
  for (const r of rules) off.add(r);
}
