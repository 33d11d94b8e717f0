// The audience option: only the routes asked for are evaluated, and findings that count only for another audience
// are left out of the package report, the counts and the verdict.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/check.js';
import { audiencesOf } from '../../src/engine/routes/evaluate.js';
import { defineRule, MULTITENANT, SINGLE_TENANT, BOTH } from '../../src/engine/rules/rule.js';
import { check, teamsPackage } from '../helpers/packages.js';

const storeOnly = defineRule({
  id: 'test.store-only',
  title: 'fails the store only',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: 'https://learn.microsoft.com/test',
  *check() {
    yield { file: 'manifest.json', pointer: '/name/short', message: 'store-only error' };
  },
});

// One rule, two drafts: an error for the store and a warning for one organisation (as graph.teams-admin-version does).
const split = defineRule({
  id: 'test.split',
  title: 'graded per audience',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: 'https://learn.microsoft.com/test',
  *check() {
    yield { message: 'store error', audiences: MULTITENANT };
    yield { message: 'org warning', severity: 'warning', audiences: SINGLE_TENANT };
  },
});

describe('audience', () => {
  it('expands both into the two audiences, in order', () => {
    expect(audiencesOf('both')).toEqual(['single-tenant', 'multitenant']);
    expect(audiencesOf('multitenant')).toEqual(['multitenant']);
  });

  it('both: the store route is blocked by a store-only error, the organisation route is not', async () => {
    const r = await check(teamsPackage(), { rules: [storeOnly] });
    expect(r.routes.map((x) => [x.audience, x.eligible])).toEqual([
      ['single-tenant', true],
      ['multitenant', false],
    ]);
    expect(r.routes[1].blockers).toEqual([{ ruleId: 'test.store-only', message: 'store-only error' }]);
    expect(r.routes[1].next).toContain('Fix the error this route reports (first: test.store-only)');
  });

  it('single-tenant: a store-only finding is dropped from the findings and the counts', async () => {
    const r = await check(teamsPackage(), { rules: [storeOnly], audience: 'single-tenant' });
    expect(r.routes).toHaveLength(1);
    expect(r.routes[0].eligible).toBe(true);
    expect(r.findings).toEqual([]);
    expect(buildReport([r], { audience: 'single-tenant', toolVersion: '0' }).summary.errors).toBe(0);
  });

  it('multitenant: the same finding stays, blocks, and counts', async () => {
    const r = await check(teamsPackage(), { rules: [storeOnly], audience: 'multitenant' });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['test.store-only']);
    expect(r.routes[0].eligible).toBe(false);
    expect(buildReport([r], { audience: 'multitenant', toolVersion: '0' }).summary.errors).toBe(1);
  });

  it('keeps only the draft graded for the audience asked', async () => {
    const st = await check(teamsPackage(), { rules: [split], audience: 'single-tenant' });
    expect(st.findings.map((f) => [f.severity, f.message])).toEqual([['warning', 'org warning']]);
    expect(st.routes[0].eligible).toBe(true);
    const mt = await check(teamsPackage(), { rules: [split], audience: 'multitenant' });
    expect(mt.findings.map((f) => [f.severity, f.message])).toEqual([['error', 'store error']]);
    const both = await check(teamsPackage(), { rules: [split] });
    expect(both.findings).toHaveLength(2);
  });
});
