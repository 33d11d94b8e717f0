import { describe, expect, it } from 'vitest';
import { check, teamsPackage, validManifest } from './helpers/packages.js';

describe('the valid test package', () => {
  it('has no error and is eligible for both audiences', async () => {
    const report = await check(teamsPackage());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.kind).toBe('teams-app');
    expect(report.routes.map((r) => r.eligible)).toEqual([true, true]);
  });
  it('reports a schema error at the offending pointer', async () => {
    const report = await check(teamsPackage(validManifest({ id: 'not-a-guid' })));
    const f = report.findings.find((x) => x.ruleId === 'teams.manifest-schema');
    expect(f?.pointer).toBe('/id');
    expect(f?.line).toBe(5);
  });
});
