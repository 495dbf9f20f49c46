import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Runs the CLI exactly as its contract says other tooling does: `npm run --silent ask -- …`. */
function npmAsk(args: string[], input?: string) {
  const run = spawnSync('npm', ['run', '--silent', 'ask', '--', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, CONFERENCE: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SOURCE_KEYS = ['day', 'speakers', 'title'];

describe('npm run ask (the CLI contract)', () => {
  it('prints a readable answer', () => {
    const { code, stdout } = npmAsk(['what is Ark?']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ark\n/);
    expect(stdout).toContain('Heptio Ark allows to do restore');
  });

  it('--json prints exactly one JSON object with the contract fields', () => {
    const { code, stdout } = npmAsk(['--json', 'what is Ark?']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['blocks', 'input', 'intent', 'matched', 'sources', 'text']);
    expect(out).toMatchObject({ input: 'what is Ark?', intent: 'define', matched: true });
    expect(out.text).toContain('Heptio Ark');
    const sources = out.sources as Array<Record<string, unknown>>;
    expect(Object.keys(sources[0]!).sort()).toEqual(SOURCE_KEYS);
    expect(sources[0]).toEqual({ title: 'Disaster Recovery for your Kubernetes Clusters', day: 3, speakers: ['Andy Goldstein', 'Steve Kriss'] });
  });

  it('--json carries the Block Kit blocks /kubecon would reply with', () => {
    const out = JSON.parse(npmAsk(['--json', 'keynotes day1']).stdout) as { blocks: Array<{ type: string; text?: { text: string } }> };
    expect(out.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'You asked: `/kubecon keynotes day1`' }] });
    expect(out.blocks.find((b) => b.type === 'header')?.text?.text).toBe('Keynotes — Day #1 (Wednesday)');
  });

  it('--jsonl answers one object per input line, odd lines included', () => {
    const lines = ['keynotes day1', '', 'what is blockchain', '<!channel> what is Rook?', 'x'.repeat(5000)];
    const { code, stdout } = npmAsk(['--jsonl'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; matched: boolean; intent: string });
    expect(out.map((o) => o.input)).toEqual(lines);
    expect(out.map((o) => o.matched)).toEqual([true, true, false, true, false]);
    expect(out[0]!.intent).toBe('keynotes');
  });

  it('chat answers each line at a prompt until quit', () => {
    const run = spawnSync('npm', ['run', '--silent', 'chat'], { cwd: root, input: 'what is Ark?\nkeynotes day 9\nquit\nhelp\n', encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Ask about KubeCon 2017 Austin');
    expect(run.stdout).toContain('kubecon> ');
    expect(run.stdout).toContain('Heptio Ark allows');
    expect(run.stdout).toContain('The report covers these days');
    expect(run.stdout).not.toContain('Ask me about KubeCon 2017 Austin'); // "help" came after "quit"
  });

  it('explains its usage when given nothing to ask', () => {
    const { code, stderr } = npmAsk([]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run ask');
  });
});
