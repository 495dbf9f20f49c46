/** A line of the report with its 1-based line number. */
export interface NumberedLine {
  text: string;
  line: number;
}

/** A block of report text ready to become a passage. */
export interface Block extends NumberedLine {
  aside: boolean;
}

const MARKER = /^(NOTE|INFO|TIP|WARNING)\b\s*/;
const IMAGE = /^!\[/;
const ENDS_SENTENCE = /[.!?]["”')]*$/;
const STARTS_CONTINUATION = /^[a-z,.;:)\]+<]/;
/** A code token the HTML flattening cut out of its sentence: one word, not a lead-in like `Security:`. */
const LONE_TOKEN = /^[^\s]+$/;
const PLURAL_SUFFIX = /^e?s(?=$|[\s.,;:)!?])/;
/** Where a list item that swallowed the next ones is cut: before `- ` and a capitalised word. */
const INLINE_ITEM = /(?<=[.:!?)]) (?=- \p{Lu}\S*\s+\S)/u;

/**
 * Decides whether `next` continues `prev`. The report was flattened from HTML and every inline
 * `code` span was cut onto its own line (`CustomResourceDefinition` / `s for that.`), so a line
 * that starts lower-case or with punctuation, or a lone token, belongs to an unfinished sentence.
 */
function continues(prev: string, next: string): boolean {
  if (ENDS_SENTENCE.test(prev) || next.startsWith('- ')) return false;
  if (STARTS_CONTINUATION.test(next) || prev.endsWith(',')) return true;
  return LONE_TOKEN.test(next) && !next.endsWith(':');
}

/** Whether text ends in a letter: an ASCII last character is read as is, for `\p{L}` costs a cold start its compiling. */
function endsWithLetter(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x80) return (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
  return /\p{L}$/u.test(text);
}

/** The glue between two rejoined pieces: none before punctuation or a plural `s` on a code word. */
function glue(prev: string, next: string): string {
  if (/^[,.;:)!?]/.test(next)) return '';
  if (PLURAL_SUFFIX.test(next) && endsWithLetter(prev)) return '';
  return ' ';
}

/**
 * Rejoins the lines the flattening split, drops image markup, and marks the author's asides
 * (`NOTE`/`INFO`, alone on a line or as a prefix).
 *
 * @example
 * rejoinLines([{ text: 'They use CustomResourceDefinition', line: 1 }, { text: 's for that.', line: 2 }]);
 * // [{ text: 'They use CustomResourceDefinitions for that.', line: 1, aside: false }]
 */
export function rejoinLines(lines: readonly NumberedLine[]): Block[] {
  const out: Block[] = [];
  let asideNext = false;
  for (const { text: raw, line } of lines) {
    const text = raw.trim();
    if (text === '' || IMAGE.test(text)) continue;
    const marker = MARKER.exec(text);
    if (marker) {
      const rest = text.slice(marker[0].length);
      if (rest === '') {
        asideNext = true;
        continue;
      }
      out.push({ text: rest, line, aside: true });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !asideNext && continues(prev.text, text)) {
      prev.text += glue(prev.text, text) + text;
      continue;
    }
    out.push({ text, line, aside: asideNext });
    asideNext = false;
  }
  return out;
}

/**
 * A list item that swallowed the next items (`- Design the X properties. - Register the X …`)
 * is split back into one item each.
 */
function splitInlineItems(block: Block): Block[] {
  if (!block.text.startsWith('- ')) return [block];
  // A one-word tail is an attribution ("Load test the SHIT Out of it!!! - HBO"), not an item.
  // Most items hold no ` - ` to cut at: the pattern (slow to compile cold) is run only on those that do.
  if (!block.text.includes(' - ')) return [block];
  return block.text.split(INLINE_ITEM).map((text) => ({ ...block, text }));
}

/**
 * Groups a lead-in line ending in `:` with the `- ` list items after it, and runs of list items
 * with each other, so that a list is answered as one piece.
 *
 * @example
 * groupLists([{ text: 'Takeaways:', line: 1, aside: false }, { text: '- Test', line: 2, aside: false }]);
 * // [{ text: 'Takeaways:\n- Test', line: 1, aside: false }]
 */
export function groupLists(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of groupParallel(blocks).flatMap(splitInlineItems)) {
    const prev = out[out.length - 1];
    const isItem = block.text.startsWith('- ');
    // The flattening repeated a cut-off copy of an item ("- Spiffe, … The working group"): drop it.
    if (prev && isItem && prev.text.split('\n').some((l) => l !== block.text && l.startsWith(block.text))) continue;
    const prevOpen = prev !== undefined && (prev.text.endsWith(':') || /(^|\n)- /.test(prev.text));
    if (prev && isItem && prevOpen) {
      prev.text += `\n${block.text}`;
      continue;
    }
    out.push({ ...block });
  }
  return out;
}

/** A line shaped "A > B" (at most three words before the sign): one of a run of contrasts. */
export const PARALLEL_LINE = /^[^\s>]+(?: [^\s>]+){0,2} (?:>|->|=>|→) \S/;
/** A run of contrasts shorter than this may be chance, not a list. */
const PARALLEL_RUN = 3;

/**
 * Joins runs of lines of one shape ("Distribution > Centralization", "Inclusive > Exclusive …",
 * "Community > Company …") into one block, a line each: they are one list the flattening left
 * without its dashes.
 */
function groupParallel(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const flush = (): void => {
    if (run.length >= PARALLEL_RUN) out.push({ ...run[0]!, text: run.map((b) => b.text).join('\n') });
    else out.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (!block.aside && PARALLEL_LINE.test(block.text) && !block.text.includes('\n')) run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
