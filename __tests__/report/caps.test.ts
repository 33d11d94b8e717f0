// Outputs of very large reports (thousands of packages, tens of thousands of findings) take only what they show:
// the job summary and the comment stop rendering packages they would cut, annotations are made only for those
// shown, the action's log lists a bounded number. What each shows is the same as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/engine/types.js';
import { ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_LEVEL, planAnnotations, toAnnotations } from '../../src/report/annotations.js';
import { renderMarkdown, renderSummary, renderText, truncateMarkdown } from '../../src/report/index.js';
import { MAX_SUMMARY_BYTES } from '../../src/report/markdown.js';
import { finding, pkg, report } from './fixture-report.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

function large(packages: number, findingsEach: number, twinsAndSuppressed = true) {
  return report(
    Array.from({ length: packages }, (_, i) =>
      pkg({
        path: `apps/app-${i}/build/app.zip`,
        // Pairs of twins (the same finding at two severities) and some findings suppressed by the configuration.
        findings: Array.from({ length: findingsEach }, (_, k) =>
          finding({ severity: SEVERITIES[(i + k) % 3], message: `finding ${twinsAndSuppressed ? k >> 1 : k} of package ${i}`, ...(twinsAndSuppressed && (i + k) % 7 === 0 ? { suppressed: { kind: 'config' as const, reason: 'off' } } : {}) }),
        ),
      }),
    ),
  );
}

describe('the job summary of a very large report', () => {
  it('is what cutting the whole markdown gives, without rendering every package', () => {
    const r = large(3_000, 20);
    const tail = "> [!NOTE]\n> The summary was trimmed to stay under GitHub's 1 MiB limit; the JSON report lists every finding.\n";
    const whole = renderMarkdown(r);
    expect(Buffer.byteLength(whole)).toBeGreaterThan(MAX_SUMMARY_BYTES);
    expect(renderSummary(r)).toBe(truncateMarkdown(whole, MAX_SUMMARY_BYTES, tail, 'bytes'));
    const stopped = renderMarkdown(r, { stopAfterChars: MAX_SUMMARY_BYTES });
    expect(stopped.length).toBeLessThan(whole.length / 2);
  });

  it('is unchanged when the report fits', () => {
    const r = large(3, 2);
    expect(renderSummary(r)).toBe(renderMarkdown(r));
  });
});

describe('annotations of a very large report', () => {
  // The plan as it was made before: every finding an annotation, sorted by level, then picked.
  function reference(r: ReturnType<typeof large>, reserve: Partial<Record<Severity, number>>) {
    const shown = [];
    const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
    const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
    const reserved = SEVERITIES.reduce((n, l) => n + (reserve[l] ?? 0), 0);
    for (const a of toAnnotations(r)) {
      if (used[a.level] < ANNOTATIONS_PER_LEVEL - (reserve[a.level] ?? 0) && shown.length < ANNOTATIONS_PER_JOB - reserved) {
        used[a.level]++;
        shown.push(a);
      } else omitted[a.level]++;
    }
    return { shown, omitted };
  }

  it('are the same as when every finding was made one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), fc.record({ error: fc.integer({ min: 0, max: 2 }), warning: fc.integer({ min: 0, max: 2 }), notice: fc.integer({ min: 0, max: 2 }) }), (n, k, reserve) => {
        const r = large(n, k);
        expect(planAnnotations(r, reserve)).toEqual(reference(r, reserve));
      }),
      { numRuns: 60 },
    );
  });
});

describe("the action's log of a very large report", () => {
  it('lists at most the packages and findings asked for, and says how many more there are', () => {
    const r = large(50, 30, false);
    const text = renderText(r, { maxPackages: 10, maxFindings: 45 });
    expect(text.match(/^ {2}[✖⚠ℹ] /gmu)).toHaveLength(45);
    expect(text).toContain('… and 15 more findings in the JSON report');
    expect(text).toContain('… and 40 more packages in the JSON report');
    expect(text).toContain('50 packages checked');
    expect(renderText(r)).toBe(renderText(r, {}));
  });
});
