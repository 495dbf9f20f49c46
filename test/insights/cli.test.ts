import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseLogLine, tallyLogs } from '../../src/insights/logs.js';

const root = new URL('../..', import.meta.url).pathname;

/** Runs the insights CLI as the README says: `heroku logs -n 1500 | npm run --silent insights`. */
function npmInsights(input: string) {
  const run = spawnSync('npm', ['run', '--silent', 'insights'], { cwd: root, input, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const q = (question: string, matched: boolean, intent = 'search') =>
  JSON.stringify({ time: '2026-11-27T19:00:00.000Z', level: 'info', name: 'kubecon-bot', msg: 'question', surface: 'command', question, intent, matched });
const vote = (question: string, v: 'up' | 'down') =>
  JSON.stringify({ time: '2026-11-27T19:00:01.000Z', level: 'info', name: 'kubecon-bot', msg: 'feedback', vote: v, question, intent: 'define', team: 'T0001' });
const heroku = (json: string, dyno = 'web.1') => `2026-11-27T19:00:00.123456+00:00 app[${dyno}]: ${json}`;

/** What `heroku logs -n 1500` gives: prefixed JSON, router lines, Heroku's own messages, a stack trace. */
const SAMPLE = [
  '2026-11-27T18:59:58.000000+00:00 heroku[web.1]: State changed from starting to up',
  heroku(q('what is blockchain', false)),
  heroku(q('what is blockchain', false), 'web.2'),
  heroku(q('what is ark', true, 'define')),
  '2026-11-27T19:00:00.200000+00:00 heroku[router]: at=info method=POST path="/slack/events" host=x.herokuapp.com status=200 bytes=1234',
  heroku(q('what is ark', true, 'define')),
  heroku(q('what is ark', true, 'define')),
  heroku(q('when is the next kubecon', false)),
  heroku(vote('what is envoy', 'down')),
  heroku(vote('what is envoy', 'down')),
  heroku(vote('what is ark', 'up')),
  heroku(vote('keynotes day1', 'down')),
  q('what is blockchain', false), // a bare line, as `npm start | tee` would give
  'Error: something\n    at foo (bar.js:1:1)',
  heroku('{"msg":"question","question":"truncated'),
  heroku(JSON.stringify({ msg: 'answered', intent: 'define', matched: true, user: 'U0001' })),
  '',
].join('\n');

describe('parseLogLine', () => {
  it("reads a question event behind Heroku's prefix, and in colour", () => {
    expect(parseLogLine(heroku(q('what is ark', true)))).toEqual({ kind: 'question', question: 'what is ark', matched: true });
    expect(parseLogLine(`\u001b[36m2026-11-27T19:00:00+00:00 app[web.1]:\u001b[0m ${q('x', false)}`)).toEqual({ kind: 'question', question: 'x', matched: false });
  });

  it.each([
    ['not json at all'],
    ['{broken'],
    ['[1,2]'],
    ['null'],
    [JSON.stringify({ msg: 'question', question: 3, matched: true })],
    [JSON.stringify({ msg: 'feedback', vote: 'sideways', question: 'x' })],
  ])('skips %j', (line) => {
    expect(parseLogLine(line)).toBeNull();
  });
});

describe('tallyLogs', () => {
  it('counts asked, not covered and 👎 by question', async () => {
    const { report, questions, feedback } = await tallyLogs(SAMPLE.split('\n'));
    expect(questions).toBe(7);
    expect(feedback).toBe(4);
    expect(report.unanswered).toEqual([
      { text: 'what is blockchain', count: 3 },
      { text: 'when is the next kubecon', count: 1 },
    ]);
    expect(report.unhelpful).toEqual([
      { text: 'what is envoy', count: 2 },
      { text: 'keynotes day1', count: 1 },
    ]);
    expect(report.asked.slice(0, 2)).toEqual([
      { text: 'what is ark', count: 3 },
      { text: 'what is blockchain', count: 3 },
    ]);
  });

  it('shows ten of each at most', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => q(`question ${i}`, false));
    const { report } = await tallyLogs(lines);
    expect(report.unanswered).toHaveLength(10);
    expect(report.asked).toHaveLength(10);
  });
});

describe('npm run insights', () => {
  it('prints the three top-ten lists from Heroku logs on stdin', () => {
    const { code, stdout, stderr } = npmInsights(SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('Not covered: asked, but the report has no answer\n 1. what is blockchain (3×)\n 2. when is the next kubecon (1×)');
    expect(stdout).toContain('👎 Not helpful: answers voted down, by question\n 1. what is envoy (2×)\n 2. keynotes day1 (1×)');
    expect(stdout).toContain('Most asked\n 1. what is ark (3×)\n 2. what is blockchain (3×)\n 3. when is the next kubecon (1×)');
    expect(stdout).not.toContain('U0001');
    expect(stderr).toContain('7 questions, 4 feedback clicks');
  });

  it('says what to check when the logs hold no question events', () => {
    const { code, stdout, stderr } = npmInsights('2026-11-27T19:00:00+00:00 app[web.1]: 2026-11-27T19:00:00Z INFO  kubecon-bot: answered intent=define\n');
    expect(code).toBe(0);
    expect(stdout).toContain('(none yet)');
    expect(stderr).toContain('LOG_FORMAT=json');
  });
});
