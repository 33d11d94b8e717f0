// Nothing is hidden silently: a suppressed finding stays in the JSON report, is not counted, annotated or listed,
// is a SARIF suppression (valid SARIF 2.1.0), and the summary and the comment say how many in one line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/action/comment/body.js';
import { commentKey, parseDigest } from '../../src/action/comment/marker.js';
import { buildReport } from '../../src/engine/index.js';
import type { Finding, Report } from '../../src/engine/types.js';
import { planAnnotations, renderJson, renderSummary, renderText, renderWorkflowCommands, suppressedLine, suppressedNote } from '../../src/report/index.js';
import { sarifLog } from '../../src/report/sarif.js';
import { shouldFail } from '../../src/shared/fail-on.js';
import { finding, pkg } from '../report/fixture-report.js';
import { expectWellFormed } from '../helpers/report-shape.js';

// The OASIS SARIF 2.1.0 schema the SARIF tests use (a dev dependency, never fetched).
const require = createRequire(import.meta.url);
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const OFF: Finding['suppressed'] = { kind: 'config', reason: 'teams.developer-mpn-id is off in .github/copilot-publish-check.yml' };
const IGNORED: Finding['suppressed'] = { kind: 'ignore', reason: 'Kept for existing flows <b>@team</b>' };
const KNOWN: Finding['suppressed'] = { kind: 'baseline', reason: 'known in the baseline .github/b.json' };

function suppressedReport(): Report {
  const findings = [
    finding({ pointer: '/new', message: 'A new error.' }),
    finding({ suppressed: KNOWN }),
    finding({ pointer: '/legacy', suppressed: IGNORED }),
    finding({ ruleId: 'teams.developer-mpn-id', severity: 'notice', pointer: '/developer', message: 'developer.mpnId is not set.', suppressed: OFF }),
  ];
  const report = buildReport([pkg({ findings })], { audience: 'both', toolVersion: '0.1.0' });
  return { ...report, baseline: { file: '.github/b.json', known: 1, fixed: 2 } };
}

describe('suppressed findings in every output', () => {
  it('stay in the JSON report and count nowhere', () => {
    const r = suppressedReport();
    expect(r.summary).toMatchObject({ errors: 1, warnings: 0, notices: 0 });
    const json = JSON.parse(renderJson(r));
    expectWellFormed(json);
    expect(json.packages[0].findings.map((f: Finding) => f.suppressed?.kind ?? null)).toEqual([null, 'baseline', 'ignore', 'config']);
    expect(json.baseline).toEqual({ file: '.github/b.json', known: 1, fixed: 2 });
    // Only the new error fails the run.
    const onlySuppressed = buildReport([pkg({ findings: r.packages[0].findings.slice(1) })], { audience: 'both', toolVersion: '0' });
    expect([shouldFail(r, 'error'), shouldFail(onlySuppressed, 'warning')]).toEqual([true, false]);
  });

  it('are not annotated nor listed; one line says how many and what is fixed', () => {
    const r = suppressedReport();
    expect(planAnnotations(r).shown.map((a) => a.message)).toEqual(['A new error. [in appPackage/build/appPackage.dev.zip]']);
    expect(renderWorkflowCommands(r).trim().split('\n')).toHaveLength(1);
    expect(suppressedLine(r)).toBe(
      '3 findings suppressed (1 by rule, 1 by ignore, 1 by baseline). 2 findings of the baseline are fixed: refresh it with copilot-publish-check --write-baseline .github/b.json.',
    );
    const text = renderText(r);
    expect(text).toContain(suppressedLine(r));
    expect(text.match(/teams\.manifest-schema /g)).toHaveLength(1);
    const summary = renderSummary(r, { notes: [suppressedNote(r)!] });
    expect(summary).toContain('3 findings suppressed (1 by rule, 1 by ignore, 1 by baseline). 2 findings of the baseline are fixed: refresh it with `copilot-publish-check --write-baseline .github/b.json`.');
    // One finding listed: the new error.
    expect(summary.split('\n').filter((l) => /^\| (🛑|⚠️|ℹ️)/.test(l))).toHaveLength(1);
    expect(summary).not.toContain('developer.mpnId');
    expect(suppressedLine(buildReport([pkg({ findings: [finding()] })], { audience: 'both', toolVersion: '0' }))).toBeUndefined();
  });

  it('the comment says it in one line, and suppressed findings are not part of "what changed"', () => {
    const options = {
      key: commentKey('contoso/orders/.github/workflows/check.yml', 'check'),
      links: { serverUrl: 'https://github.com', repository: 'contoso/orders', ref: 'b'.repeat(40) },
      runUrl: 'https://github.com/contoso/orders/actions/runs/1',
    };
    const r = suppressedReport();
    const body = renderComment(r, options);
    expect(body.split('\n').filter((l) => l.includes('findings suppressed'))).toEqual([
      '3 findings suppressed (1 by rule, 1 by ignore, 1 by baseline). 2 findings of the baseline are fixed: refresh it with `copilot-publish-check --write-baseline .github/b.json`.',
    ]);
    expect(parseDigest(body)?.fingerprints.size).toBe(1);
  });

  it('are SARIF 2.1.0 suppressions, valid against the schema', () => {
    const log = sarifLog(suppressedReport());
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    const results = log.runs[0].results!;
    expect(results.map((x) => x.suppressions ?? null)).toEqual([
      null,
      [{ kind: 'external', status: 'accepted', justification: `baseline: ${KNOWN.reason}` }],
      [{ kind: 'external', status: 'accepted', justification: `ignore: ${IGNORED.reason}` }],
      [{ kind: 'external', status: 'accepted', justification: `config: ${OFF.reason}` }],
    ]);
  });
});
