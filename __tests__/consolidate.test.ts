// One root cause, one finding (src/engine/consolidate.ts): rules that report one defect at one place give one
// finding, at the higher severity, in the precise rule's words; repeats of one defect in one file are one finding.
import { describe, expect, it } from 'vitest';
import { check, teamsPackage, validManifest } from './helpers/packages.js';

describe('consolidation', () => {
  it('gives a schema error and an unresolved placeholder on the same value one finding: an error that names the placeholder', async () => {
    const manifest = validManifest();
    (manifest.developer as Record<string, unknown>).websiteUrl = '${{TAB_ENDPOINT}}/about';
    const report = await check(teamsPackage(manifest));
    const at = report.findings.filter((f) => f.file === 'manifest.json' && f.pointer === '/developer/websiteUrl');
    // The placeholder rule's words (a warning on its own), at the schema's severity, with the schema's words after them.
    expect(at.map((f) => [f.ruleId, f.severity])).toEqual([['package.unresolved-placeholder', 'error']]);
    expect(at[0].message).toBe(
      'manifest.json /developer/websiteUrl holds the unresolved placeholder ${{TAB_ENDPOINT}}. developer.websiteUrl must be a URL that starts with https://; it is "${{TAB_ENDPOINT}}/about".',
    );
    expect(report.routes.every((r) => r.blockers.some((b) => b.ruleId === 'package.unresolved-placeholder'))).toBe(true);
  });

  it('keeps one error where a placeholder sits in a value the app runs on: the placeholder rule says why', async () => {
    const report = await check(teamsPackage(validManifest({ id: '${{TEAMS_APP_ID}}' })));
    expect(report.findings.filter((f) => f.pointer === '/id').map((f) => [f.ruleId, f.severity])).toEqual([['package.unresolved-placeholder-functional', 'error']]);
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
