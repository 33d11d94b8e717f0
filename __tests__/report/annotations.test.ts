import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_JOB, omittedSentence, planAnnotations, toAnnotations } from '../../src/report/annotations.js';
import type { Severity } from '../../src/engine/types.js';
import { finding, HOSTILE, pkg, report } from './fixture-report.js';

function many(level: Severity, n: number) {
  return Array.from({ length: n }, (_, i) => finding({ severity: level, pointer: `/x/${i}`, message: `${level} ${i}` }));
}

describe('annotations', () => {
  it('orders by severity and names the rule in the title', () => {
    const a = toAnnotations(report());
    expect(a.map((x) => x.level)).toEqual(['error', 'warning', 'notice']);
    expect(a[0].title).toBe('teams.manifest-schema: manifest.json matches the official schema of its version');
  });

  it('places a finding on its source line, else on the package with the inner file named', () => {
    const [error, warning] = toAnnotations(report());
    expect(error).toMatchObject({ file: 'appPackage/manifest.json', startLine: 15, startColumn: 18 });
    expect(error.message).toContain('[in appPackage/build/appPackage.dev.zip]');
    expect(warning).toEqual(expect.objectContaining({ file: 'appPackage/build/appPackage.dev.zip' }));
    expect(warning.startLine).toBeUndefined();
    expect(warning.message).toContain('(outline.png)');
  });

  it('keeps within 10 per level, with slots reserved, and counts the rest', () => {
    const r = report([pkg({ findings: [...many('notice', 12), ...many('error', 30), ...many('warning', 4)] })]);
    const plan = planAnnotations(r, { error: 1, warning: 1, notice: 1 });
    const count = (l: Severity) => plan.shown.filter((a) => a.level === l).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 4, 9]);
    expect(plan.omitted).toEqual({ error: 21, warning: 0, notice: 3 });
    expect(plan.shown.length).toBeLessThanOrEqual(ANNOTATIONS_PER_JOB);
    // The first errors are the ones kept.
    expect(plan.shown[0].message).toMatch(/^error 0\b/);
    expect(omittedSentence(plan)).toBe(
      '24 more findings are not shown as annotations (21 errors, 3 notices): GitHub shows 10 of each kind per step. The job summary and the JSON report list them all.',
    );
    expect(omittedSentence(planAnnotations(report()))).toBeUndefined();
  });

  it('annotates one defect judged per route (error for the store, warning for one organisation) once, at its stronger level', () => {
    const storeError = finding({ severity: 'error', audiences: ['multitenant'], pointer: '/runtimes/0/spec/url', message: 'a dev tunnel' });
    const oneOrgWarning = { ...storeError, severity: 'warning' as const, audiences: ['single-tenant' as const] };
    const other = finding({ severity: 'warning', pointer: '/runtimes/0/spec/url', message: 'another warning at the same place' });
    const a = toAnnotations(report([pkg({ findings: [storeError, oneOrgWarning, other] })]));
    expect(a.map((x) => [x.level, x.message.split(' [')[0]])).toEqual([
      ['error', 'a dev tunnel'],
      ['warning', 'another warning at the same place'],
    ]);
  });

  it('breaks workflow-command markers in messages and titles', () => {
    const r = report([pkg({ findings: [finding({ message: HOSTILE, ruleId: 'x::error::y' })] })]);
    const [a] = toAnnotations(r);
    expect(a.message).not.toContain('::');
    expect(a.message).not.toContain('##[');
    expect(a.title).not.toContain('::');
  });
});
