import { LIMITS } from '../../src/render/limits.js';

/** Every way a list of blocks breaks Slack's limits; empty when Slack would take it. */
export function limitViolations(blocks: readonly unknown[], maxBlocks: number): string[] {
  const out: string[] = [];
  if (blocks.length > maxBlocks) out.push(`${blocks.length} blocks > ${maxBlocks}`);
  const ids = new Set<string>();
  const checkButton = (b: { action_id?: string; value?: string; text?: { text: string } }, where: string): void => {
    if ((b.text?.text.length ?? 0) > LIMITS.buttonText) out.push(`${where}: button text ${b.text?.text.length} > ${LIMITS.buttonText}`);
    if ((b.value?.length ?? 0) > LIMITS.buttonValue) out.push(`${where}: button value ${b.value?.length} > ${LIMITS.buttonValue}`);
    if (!b.action_id) out.push(`${where}: button without action_id`);
    else if (ids.has(b.action_id)) out.push(`${where}: duplicate action_id ${b.action_id}`);
    else ids.add(b.action_id);
  };
  blocks.forEach((raw, i) => {
    const b = raw as { type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text?: unknown }>; accessory?: { type: string } };
    const where = `block ${i} (${b.type})`;
    if (b.type === 'header' && (b.text?.text.length ?? 0) > LIMITS.headerText) out.push(`${where}: header ${b.text?.text.length} > ${LIMITS.headerText}`);
    if (b.type === 'header' && (b.text?.text.length ?? 0) === 0) out.push(`${where}: empty header`);
    if (b.type === 'section') {
      const len = b.text?.text.length ?? 0;
      if (len > LIMITS.sectionText) out.push(`${where}: section text ${len} > ${LIMITS.sectionText}`);
      if (len === 0) out.push(`${where}: empty section`);
      if (b.accessory?.type === 'button') checkButton(b.accessory as never, where);
    }
    if (b.type === 'context') {
      if ((b.elements?.length ?? 0) > LIMITS.contextElements) out.push(`${where}: ${b.elements?.length} context elements > ${LIMITS.contextElements}`);
      for (const e of b.elements ?? []) if (String((e.text as string | undefined) ?? '').length > LIMITS.contextText) out.push(`${where}: context text too long`);
    }
    if (b.type === 'actions') {
      if ((b.elements?.length ?? 0) > LIMITS.actionsElements) out.push(`${where}: ${b.elements?.length} actions > ${LIMITS.actionsElements}`);
      if ((b.elements?.length ?? 0) === 0) out.push(`${where}: empty actions`);
      for (const e of b.elements ?? []) checkButton(e as never, where);
    }
  });
  return out;
}

/** Slack markup that would ping or link: `<!channel>`, `<@U…>`, `<#C…>`, `<http…>`. */
export const SLACK_MARKUP = /<[!@#][^>]*>|<(?:https?|mailto):[^>]*>/;

/**
 * Every string in a Slack payload that holds live markup. Slack parses each text field on its
 * own, so fields are checked one by one: matching the payload's JSON as a whole would pair a
 * `<!` in one button value with a `>` in a later field and report markup no reader ever sees.
 */
export function liveMarkup(payload: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (SLACK_MARKUP.test(v)) found.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(payload);
  return found;
}
