// Every rule must be exercised by some test: its id has to appear in a test file other than this one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES_BY_KIND } from '../src/engine/rules/index.js';
import { loadAllRules, readProblemRules, rulesFor, type Kind } from '../src/engine/index.js';
import { ROUTE_RULES } from '../src/engine/routes/route-rules.js';

function testSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testSources(path);
    return /\.test\.ts$/.test(name) && name !== 'rule-coverage.test.ts' ? [readFileSync(path, 'utf8')] : [];
  });
}

const allRules = await loadAllRules();

describe('rule catalogue', () => {
  const sources = testSources('__tests__').join('\n');
  const rules = [...allRules, ...readProblemRules, ...ROUTE_RULES];

  // Families load per kind: a rule whose family is not loaded for one of its kinds would silently never run.
  it.each(Object.keys(FAMILIES_BY_KIND) as Kind[])('every rule for %s is loaded for it', async (kind) => {
    const loaded = new Set((await rulesFor(kind)).map((r) => r.id));
    const expected = allRules.filter((r) => r.kinds.includes(kind)).map((r) => r.id);
    expect(expected.filter((id) => !loaded.has(id))).toEqual([]);
    expect(loaded.size).toBe(expected.length);
  });

  it('has unique, well-formed ids and complete metadata', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^(package|teams|copilot|graph|powerplatform|route)\.[a-z0-9.-]+$/);
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.docs).toMatch(/^https:\/\//);
      expect(r.audiences.length).toBeGreaterThan(0);
    }
  });

  it.each(rules.map((r) => r.id))('%s is named in a test', (id) => {
    expect(sources.includes(`'${id}'`) || sources.includes(`"${id}"`)).toBe(true);
  });
});
