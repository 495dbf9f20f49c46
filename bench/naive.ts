import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';

/**
 * The naive baseline every score is quoted against: MiniSearch with default options over the
 * report's lines, answering with its three best lines (and declining only when none matches).
 */
export function naiveBaseline(conference = 'kubecon-2017-austin'): (q: string) => { matched: boolean; text: string } {
  const lines = readFileSync(new URL(`../data/${conference}/report.txt`, import.meta.url), 'utf8')
    .split('\n')
    .map((text, id) => ({ id, text }))
    .filter((l) => l.text.trim() !== '');
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  index.addAll(lines);
  return (q) => {
    const top = index.search(q).slice(0, 3);
    return { matched: top.length > 0, text: top.map((r) => String(r.text)).join('\n') };
  };
}
