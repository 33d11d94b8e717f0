// One root cause, one finding (src/engine/consolidate.ts): rules that report one defect at one place give one
// finding, at the higher severity, in the precise rule's words; repeats of one defect in one file are one finding.
import { describe, expect, it } from 'vitest';
import { check, teamsPackage, validManifest } from './helpers/packages.js';

describe('consolidation', () => {
  it('gives a schema error and an unresolved placeholder on the same value one finding: an error that names the placeholder', async () => {
    const report = await check(teamsPackage(validManifest({ id: '${{TEAMS_APP_ID}}' })));
    const at = report.findings.filter((f) => f.file === 'manifest.json' && f.pointer === '/id');
    expect(at.map((f) => [f.ruleId, f.severity])).toEqual([['package.unresolved-placeholder', 'error']]);
    expect(at[0].message).toBe('manifest.json /id holds the unresolved placeholder ${{TEAMS_APP_ID}}. id must be a GUID; it is "${{TEAMS_APP_ID}}".');
    expect(report.routes.map((r) => r.blockers.map((b) => b.ruleId))).toEqual([['package.unresolved-placeholder'], ['package.unresolved-placeholder']]);
  });

  it('keeps the schema error where no other rule says it', async () => {
    const report = await check(teamsPackage(validManifest({ id: 'not-a-guid' })));
    expect(report.findings.filter((f) => f.pointer === '/id').map((f) => [f.ruleId, f.message])).toEqual([
      ['teams.manifest-schema', 'id must be a GUID; it is "not-a-guid".'],
    ]);
  });

  it('lists two app names with one pre-production marker in one finding', async () => {
    const report = await check(teamsPackage(validManifest({ name: { short: 'Contoso dev', full: 'Contoso Orders dev' } })));
    const found = report.findings.filter((f) => f.ruleId === 'teams.name-preproduction');
    expect(found.map((f) => [f.pointer, f.message, f.related?.map((r) => r.pointer)])).toEqual([
      ['/name/short', '2 app names contain the pre-production marker "dev": name.short "Contoso dev", name.full "Contoso Orders dev".', ['/name/full']],
    ]);
  });
});
