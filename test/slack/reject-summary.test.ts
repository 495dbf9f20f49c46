import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { RejectSummary } from '../../src/slack/reject-summary.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('RejectSummary', () => {
  it('writes one line per interval with the counts by reason, and nothing for a quiet interval', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const summary = new RejectSummary(createLogger({ level: 'debug', format: 'json', write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }), 100);
    for (let i = 0; i < 500; i++) summary.add('bad_signature');
    summary.add('too_large');
    expect(lines).toEqual([]);
    await sleep(250);
    expect(lines).toEqual([expect.objectContaining({ level: 'warn', msg: 'requests rejected', total: 501, bad_signature: 500, too_large: 1 })]);
    await sleep(250);
    expect(lines).toHaveLength(1);
    summary.add('unhandled');
    summary.flush();
    expect(lines[1]).toMatchObject({ total: 1, unhandled: 1 });
    expect(lines[1]).not.toHaveProperty('bad_signature');
  });
});
