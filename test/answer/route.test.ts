import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route } from '../../src/understand/route.js';
import { normalizeInput, MAX_INPUT, splitQuestions } from '../../src/understand/clean.js';
import { readDay, resolveDay } from '../../src/understand/days.js';
import { austin } from '../helpers/knowledge.js';
import { SLACK_MARKUP } from '../helpers/limits.js';

const k = austin();

describe('readDay', () => {
  const cases: Array<[string, ReturnType<typeof readDay>]> = [
    ['day1', { number: 1 }],
    ['day 1', { number: 1 }],
    ['Day #1', { number: 1 }],
    ['#2', { number: 2 }],
    ['d3', { number: 3 }],
    ['3', { number: 3 }],
    ['day one', { number: 1 }],
    ['first day', { number: 1 }],
    ['the 2nd day', { number: 2 }],
    ['on the third day', { number: 3 }],
    ['day zero', { number: 0 }],
    ['travel day', { number: 0 }],
    ['Friday', { weekday: 'friday' }],
    ['thu', { weekday: 'thursday' }],
    ['banana', null],
    ['', null],
    ['day', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(readDay(text)).toEqual(expected);
  });

  it('resolves weekdays through the report, and refuses days it lacks', () => {
    expect(resolveDay({ weekday: 'wednesday' }, k.conference)).toBe(1);
    expect(resolveDay({ weekday: 'sunday' }, k.conference)).toBeNull();
    expect(resolveDay({ number: 4 }, k.conference)).toBeNull();
  });
});

describe('normalizeInput', () => {
  it.each([
    ['<@U0LAN0Z89> what is Ark?', 'what is Ark?'],
    ['what is <!channel> Ark', 'what is Ark'],
    ['<!here|here> hi', 'hi'],
    ['see <https://example.com|the site>', 'see the site'],
    ['in <#C024BE7LR|general>', 'in #general'],
    ['in <#C024BE7LR> now', 'in now'],
    ['odd <#> one', 'odd one'],
    ['<<https://x.y|#C1>> nested', 'nested'],
    ['<<#C1|!here>> nested', 'nested'],
    ['/kubecon keynotes day1', 'keynotes day1'],
    ['@kubecon: help', 'help'],
    ['KubeCon-bot, what is Ark', 'what is Ark'],
    ['kubecon', 'kubecon'],
    ['kubeconference talks', 'kubeconference talks'],
    ['what\u0000is\u0007 Ark\u200b', 'what is Ark'],
    ['what’s “Ark”', 'what\'s "Ark"'],
    ['   lots    of   space   ', 'lots of space'],
    ['what is ark :thinking_face:', 'what is ark'],
    [':wave: :+1::skin-tone-2: hi', 'hi'],
    ['DNS ndots:5 issues', 'DNS ndots:5 issues'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeInput(raw, 'kubecon')).toBe(expected);
  });

  it('leaves no Slack markup behind, however it is nested', () => {
    const piece = fc.constantFrom('<', '>', '|', '!', '@', '#', 'here', 'C1', 'https://x.y', 'mailto:a@b', ' ', '\u200b', 'kubecon ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((p) => p.join('')),
        (raw) => {
          expect(normalizeInput(raw)).not.toMatch(SLACK_MARKUP);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['what is Ark? and what is Rook?', ['what is Ark?', 'what is Rook?']],
    ['what is ark? rook?', ['what is ark?', 'rook?']],
    ['what is ark??', ['what is ark??']],
    ['keynotes day 1', ['keynotes day 1']],
    ['what? ?', ['what?']],
    // A part naming nothing of its own goes on asking the one before it.
    ['was this kubecon bigger than previous ones? by how much', ['was this kubecon bigger than previous ones? by how much']],
    ['vault talk day? and who gave it', ['vault talk day? and who gave it']],
  ])('splitQuestions(%j) → %j', (text, expected) => {
    expect(splitQuestions(text)).toEqual(expected);
  });

  it(`cuts long input to ${MAX_INPUT} characters at a word boundary`, () => {
    const out = normalizeInput('kubernetes '.repeat(1000));
    expect(out.length).toBeLessThanOrEqual(MAX_INPUT);
    expect(out.endsWith('kubernetes')).toBe(true);
  });
});

describe('route', () => {
  it.each([
    ['keynotes day1', 'keynotes', 'command', 'day1'],
    ['Keynotes Day 1', 'keynotes', 'command', 'Day 1'],
    ['heptio talks', 'org', 'phrase', 'heptio'],
    ['talks by Google', 'org', 'phrase', 'Google'],
    ['talks day 2', 'talks', 'command', 'day 2'],
    ['day 2 talks', 'talks', 'phrase', 'day 2'],
    ['who is Kelsey Hightower', 'speaker', 'phrase', 'Kelsey Hightower'],
    ['who is heptio', 'define', 'phrase', 'heptio'],
    ['waht is spinaker', 'define', 'phrase', 'spinaker'],
    ['whenn was the Vault talk', 'when', 'phrase', 'the vault'],
    ['Whenn was the Vault talk', 'when', 'phrase', 'the vault'],
    ['who talked about Helm', 'topic', 'phrase', 'Helm'],
    ['when was the vault talk', 'when', 'phrase', 'the vault'],
    ['beginner talks', 'level', 'phrase', 'beginner'],
    ['session game of thrones', 'session', 'command', 'game of thrones'],
    ['how many people attended', 'search', 'fallback', 'how many people attended'],
  ])('%j → %s via %s', (text, name, via, argText) => {
    const intent = route(k, text);
    expect({ name: intent.command.name, via: intent.via, argText: intent.argText }).toEqual({ name, via, argText });
  });
});
