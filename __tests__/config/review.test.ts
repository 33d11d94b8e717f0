// The review step the engine calls per package: the order of rules, ignores and the baseline, and how ignore entries
// match package paths (globs, and paths written out in full, parentheses included) and pointers.
import { describe, expect, it } from 'vitest';
import { createReview, pathMatcher } from '../../src/config/review.js';
import type { Config } from '../../src/config/types.js';
import type { Finding } from '../../src/engine/types.js';
import { finding } from '../report/fixture-report.js';

function config(over: Partial<Config> = {}): Config {
  return { file: 'c.yml', rules: new Map(), ignore: [], ...over };
}

function review(c: Config, path: string, findings: Finding[]): Finding[] {
  createReview(c)(path, findings);
  return findings;
}

describe('createReview', () => {
  it('applies rules first, then the first matching ignore', () => {
    const c = config({
      rules: new Map([
        ['teams.off', 'off'],
        ['teams.manifest-schema', 'notice'],
      ]),
      ignore: [
        { rule: 'teams.off', reason: 'never reached' },
        { path: 'legacy', reason: 'the whole legacy app' },
        { rule: 'teams.manifest-schema', pointer: '/name', reason: 'first' },
        { rule: 'teams.manifest-schema', reason: 'second' },
      ],
    });
    const [off, named, other] = review(c, 'apps/a', [finding({ ruleId: 'teams.off' }), finding({ pointer: '/name/short' }), finding({ pointer: '/names' })]);
    expect(off.suppressed).toEqual({ kind: 'config', reason: 'teams.off is off in c.yml' });
    expect([named.severity, named.originalSeverity, named.suppressed?.reason]).toEqual(['notice', 'error', 'first']);
    // "/name" is a prefix of whole tokens: "/names" is not under it.
    expect(other.suppressed?.reason).toBe('second');
    expect(review(c, './legacy', [finding({ ruleId: 'teams.any' })])[0].suppressed?.reason).toBe('the whole legacy app');
    // A severity equal to the rule's own changes nothing.
    const same = review(config({ rules: new Map([['teams.manifest-schema', 'error']]) }), 'a', [finding()])[0];
    expect(same.originalSeverity).toBeUndefined();
  });
});

describe('pathMatcher', () => {
  it('takes globs, and paths written out in full with what is below them', () => {
    const legacy = pathMatcher('certified-connectors/Legacy/**');
    expect(['certified-connectors/Legacy', 'certified-connectors/Legacy/A', 'certified-connectors/Legacy/A/b.zip'].every(legacy)).toBe(true);
    expect(legacy('certified-connectors/LegacyX')).toBe(false);
    expect(pathMatcher('**/*.zip')('appPackage/build/a.zip')).toBe(true);
    expect(pathMatcher('apps/{a,b}')('apps/b')).toBe(true);
    expect(pathMatcher('./apps/a/')('apps/a/x')).toBe(true);
  });

  it('reads parentheses and brackets of real folder names literally', () => {
    expect(pathMatcher('certified-connectors/Asite (Canada)/**')('certified-connectors/Asite (Canada)')).toBe(true);
    expect(pathMatcher('certified-connectors/Asite (Canada)')('certified-connectors/Asite (Canada)/apiProperties.json')).toBe(true);
    expect(pathMatcher('certified-connectors/*(Canada)')('certified-connectors/Asite (Canada)')).toBe(true);
    expect(pathMatcher('connectors/Foo [Preview]')('connectors/Foo [Preview]')).toBe(true);
    expect(pathMatcher('certified-connectors/Asite (Canada)/**')('certified-connectors/Asite Canada')).toBe(false);
  });
});
