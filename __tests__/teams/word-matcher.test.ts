// The word matcher must give the answers of the Unicode regex it replaces (kept here as the reference).
import { describe, expect, it } from 'vitest';
import { WordMatcher, wordPattern } from '../../src/engine/rules/teams/shared/word-matcher.js';

function reference(terms: readonly string[], caseSensitive: boolean, text: string): string[] {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  return [...new Set([...text.matchAll(re)].map((m) => m[0]))];
}

const TERM_LISTS: Array<[string[], boolean]> = [
  [['beta', 'dev', 'preview', 'test', 'demo'], false],
  [['MS Teams', 'MSFT', 'MS'], true],
  [['Google Hangouts', 'Hangouts Meet', 'Rocket.Chat', 'Slack'], false],
  [['Teams', 'Word', 'Loop'], true],
  [['apps', 'app'], false],
];
const FRAGMENTS = ['beta', 'BETA', 'Beta', 'dev', 'devs', 'MS', 'ms', 'MS Teams', 'MS  Teams', 'MSFT', 'Google', 'Hangouts', 'Meet', 'Rocket.Chat', 'Rocket', '.', 'Chat', 'Slack', 'Teams', 'teams', 'Word', 'Loop', 'app', 'apps', 'é', 'ß', '𝐀', '😀', '1', '_', '-', ' ', ' ', '\n', '(', ')', 'x', 'Ω'];

// A small deterministic generator, so a failure names a text that can be replayed.
function* texts(count: number): Generator<string> {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const n = 1 + (next() % 8);
    yield Array.from({ length: n }, () => FRAGMENTS[next() % FRAGMENTS.length]).join('');
  }
}

describe('WordMatcher', () => {
  it.each(TERM_LISTS)('finds what the Unicode regex finds for %j', (terms, caseSensitive) => {
    const matcher = wordPattern(terms, caseSensitive);
    for (const text of texts(4000)) expect([text, matcher.matches(text)]).toEqual([text, reference(terms, caseSensitive, text)]);
  });

  it('matches whole words only, next to letters of any script', () => {
    const m = wordPattern(['beta']);
    expect(m.matches('Beta, betas, alphabeta, ébeta, beta𝐀, 𝐀beta, beta1, (BETA)')).toEqual(['Beta', 'BETA']);
  });

  it('tries terms in order at one place and falls back to a shorter one', () => {
    const m = wordPattern(['MS Teams', 'MS'], true);
    expect(m.matches('MS Teamsy')).toEqual(['MS']);
    expect(m.matches('MS\tTeams')).toEqual(['MS\tTeams']);
  });

  it('answers at a given place', () => {
    const m = new WordMatcher(['Chat', 'Calendar'], false);
    expect(m.at('Chatty Chat', 0)).toBeUndefined();
    expect(m.at('chat with us', 0)).toBe('chat');
    expect(m.at('xChat', 1)).toBeUndefined();
  });
});
