import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCommand, USAGE } from '../src/cli.js';

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
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: string; matched: boolean; intent: string });
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

  it('--help prints usage on stdout and answers nothing', () => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = npmAsk([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(USAGE);
      expect(stdout).not.toContain('Helm');
      expect(stderr).toBe('');
    }
  });

  it('an unknown flag is a usage error, exit 2, with nothing on stdout', () => {
    const { code, stdout, stderr } = npmAsk(['--frobnicate', 'what is Ark?']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("Unknown option '--frobnicate'");
    expect(stderr).toContain('npm run ask -- --help');
  });
});

describe('parseCommand', () => {
  it.each<[string[], ReturnType<typeof parseCommand>]>([
    [['ask', 'what is Ark?'], { mode: 'ask', format: 'text', question: 'what is Ark?' }],
    [['ask', 'what', 'is', 'Ark?'], { mode: 'ask', format: 'text', question: 'what is Ark?' }],
    [['ask', '--json', 'what is Ark?'], { mode: 'ask', format: 'json', question: 'what is Ark?' }],
    [['ask', 'what is Ark?', '--json'], { mode: 'ask', format: 'json', question: 'what is Ark?' }],
    [['ask', '--', '--json is a flag?'], { mode: 'ask', format: 'text', question: '--json is a flag?' }],
    [['ask', 'help'], { mode: 'ask', format: 'text', question: 'help' }],
    [['ask', '--jsonl'], { mode: 'jsonl' }],
    [['chat'], { mode: 'chat' }],
    [['ask', '--help'], { mode: 'help' }],
    [['ask', '-h', 'what is Ark?'], { mode: 'help' }],
    [['--help'], { mode: 'help' }],
  ])('%j', (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  it.each([
    [['ask', '--frobnicate', 'x'], "Unknown option '--frobnicate'"],
    [['ask', '-x'], "Unknown option '-x'"],
    [['ask', '--json=yes', 'x'], "Option '--json' does not take an argument"],
    [['ask', '--json', '--jsonl'], '--json and --jsonl cannot be combined'],
    [['ask', '--jsonl', 'what is Ark?'], '--jsonl reads its questions from stdin'],
    [['ask'], 'nothing to ask'],
    [['ask', '  '], 'nothing to ask'],
    [['chat', '--json'], 'chat takes no question and no options'],
    [['chat', 'hi'], 'chat takes no question and no options'],
    [['serve'], 'unknown command "serve"'],
    [[], 'say ask or chat'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
