import type { types } from '@slack/bolt';
import type { Counted, InsightList, InsightsReport } from '../insights/store.js';
import { LIMITS, clip, escapeMrkdwn } from './limits.js';

/** The three lists, in the order they are shown, with their headings. */
export const INSIGHT_TITLES: ReadonlyArray<[InsightList, string]> = [
  ['unanswered', 'Not covered: asked, but the report has no answer'],
  ['unhelpful', '👎 Not helpful: answers voted down, by question'],
  ['asked', 'Most asked'],
];

const lines = (items: readonly Counted[], format: (text: string) => string): string[] => items.map((item, i) => `${String(i + 1).padStart(2)}. ${format(item.text)} (${item.count}×)`);

/**
 * The report as terminal text (`npm run insights`).
 *
 * @example
 * insightsText({ unanswered: [{ text: 'what is blockchain', count: 3 }], unhelpful: [], asked: [] });
 * // 'Not covered: …\n 1. what is blockchain (3×)\n\n👎 Not helpful: …\n (none yet)\n…'
 */
export function insightsText(report: InsightsReport): string {
  return INSIGHT_TITLES.map(([list, title]) => [title, ...(report[list].length ? lines(report[list], (t) => t) : ['  (none yet)'])].join('\n')).join('\n\n');
}

/**
 * The report as Block Kit for `/kubecon insights`: a header, and one section per list. Questions
 * are what people typed, so they are escaped (no pings, no links) and each list is cut to a
 * section's 3,000 characters.
 */
export function insightsBlocks(report: InsightsReport, note?: string): { blocks: types.KnownBlock[]; text: string } {
  const blocks: types.KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'What people could not find' } }];
  for (const [list, title] of INSIGHT_TITLES) {
    const body = report[list].length ? lines(report[list], (t) => `\`${escapeMrkdwn(t.replace(/`/g, "'"))}\``).join('\n') : '_none yet_';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*${title}*\n${body}`, LIMITS.sectionText) } });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: note ?? 'Counted without who asked. Only the admins in ADMIN_USER_IDS see this.' }] });
  const top = report.unanswered[0];
  return { blocks, text: top ? `Insights: most asked not covered is "${clip(top.text, 100)}"` : 'Insights: nothing counted yet' };
}
