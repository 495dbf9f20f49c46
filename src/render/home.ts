import type { types } from '@slack/bolt';
import type { Knowledge } from '../search/knowledge.js';
import { describeDay } from '../answer/answer.js';
import { ACTIONS } from './blocks.js';
import { LIMITS, clip, escapeMrkdwn } from './limits.js';

type Block = types.KnownBlock;

/**
 * The App Home: the conference at a glance — each day with its keynotes and talks (title,
 * speakers, level) and a Details button per session — and a line on how to ask.
 *
 * @example
 * const view = renderHome(knowledge); // pass to views.publish({ user_id, view })
 */
export function renderHome(k: Knowledge): types.HomeView {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(k.conference.name, LIMITS.headerText) } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${k.sessions.length} keynotes and talks, from one attendee's report. Ask with \`/kubecon summary\`, \`/kubecon what is ${escapeMrkdwn(k.facts.examples.term ?? 'Kubernetes')}?\`, \`/kubecon keynotes day1\`, \`/kubecon who talked about security\`, or mention me in a channel. \`/kubecon help\` lists everything.`,
      },
    },
  ];
  let button = 0;
  for (const day of k.conference.days) {
    const sections = day.sections.filter((s) => s.sessions.length > 0);
    if (sections.length === 0) continue;
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: clip(describeDay(day.label, day.weekday), LIMITS.headerText) } });
    for (const section of sections) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `*${escapeMrkdwn(section.heading)}*` }] });
      for (const s of section.sessions) {
        const who = s.speakers.map((p) => `${p.name} (${p.org})`).join(', ');
        const level = s.level ? ` · ${s.level}` : '';
        blocks.push({
          type: 'section',
          text: { type: 'mrkdwn', text: clip(`*${escapeMrkdwn(s.title)}*\n${escapeMrkdwn(who)}${level}`, LIMITS.sectionText) },
          accessory: {
            type: 'button',
            text: { type: 'plain_text', text: 'Details' },
            action_id: `${ACTIONS.session}:home:${button++}`,
            value: s.id,
          },
        });
      }
    }
  }
  return { type: 'home', blocks: blocks.slice(0, LIMITS.homeBlocks) };
}
