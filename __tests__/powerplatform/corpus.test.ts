// The real connectors of the shared corpus: every one gives a report without an internal error, and the defects
// INDEX.csv notes for them are reported.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkPaths } from '../../src/engine/index.js';
import type { Finding, PackageReport } from '../../src/engine/types.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';

const entries = corpusIndex().filter((e) => e.path.startsWith('connectors/'));
const reports = new Map<string, PackageReport>();

const of = (path: string, ruleId: string): Finding[] => (reports.get(path)?.findings ?? []).filter((f) => f.ruleId === ruleId);

describe.skipIf(!HAS_CORPUS)('connector corpus', () => {
  beforeAll(async () => {
    const paths = entries.map((e) => join(CORPUS_DIR, e.path));
    const { report } = await checkPaths(paths, { audience: 'both', toolVersion: 'test', cwd: process.cwd() });
    report.packages.forEach((p, i) => reports.set(entries[i].path, p));
  }, 120_000);

  it('has connectors to check', () => {
    expect(entries.length).toBeGreaterThanOrEqual(25);
  });

  it.each(entries.map((e) => [e.path, e] as const))('%s: a connector report, no rule crashed, JSON findings have positions', (path) => {
    const report = reports.get(path)!;
    expect(report.kind).toBe('power-platform-connector');
    expect(report.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
    for (const f of report.findings) if (f.file.endsWith('.json') && f.pointer) expect(f.line, `${f.ruleId} ${f.pointer}`).toBeGreaterThan(0);
    expect(report.meta?.connectorClass).toMatch(/^(certified|independent-publisher|custom)$/);
  });

  describe('the defects INDEX.csv notes are reported', () => {
    it.each(entries.map((e) => [e.path, e] as const))('%s', (path, entry) => {
      const notes = entry.notes;
      let checked = 0;
      const json = /(\S+\.json): invalid JSON: .* at line (\d+)/.exec(notes);
      if (json) {
        const f = of(path, 'package.json-parse');
        expect(f.map((x) => [x.file, x.line])).toContainEqual([json[1], Number(json[2])]);
        checked++;
      }
      const misnamed = /no apiDefinition\.swagger\.json \(definition is named (\S+)\)/.exec(notes);
      if (misnamed) {
        expect(of(path, 'powerplatform.file-swagger').map((x) => x.file)).toEqual([misnamed[1]]);
        checked++;
      } else if (/(?:^|; )no apiDefinition\.swagger\.json/.test(notes)) {
        expect(of(path, 'powerplatform.file-swagger').map((x) => x.severity)).toEqual(['error']);
        checked++;
      }
      if (/no apiProperties\.json/.test(notes)) {
        expect(of(path, 'powerplatform.file-apiproperties').map((x) => x.severity)).toEqual(['error']);
        checked++;
      }
      const readme = /no readme\.md\/intro\.md(?: \(readme is (\S+)\))?/.exec(notes);
      if (readme) {
        const f = of(path, 'powerplatform.file-readme');
        expect(f).toHaveLength(1);
        expect(f[0].audiences).toEqual(['multitenant']);
        if (readme[1]) expect(f[0].file).toBe(readme[1]);
        checked++;
      }
      if (/had script\.csx .*scriptOperations \(\d+\)/.test(notes)) {
        expect(of(path, 'powerplatform.script-operations').some((x) => x.message.includes('no script.csx'))).toBe(true);
        checked++;
      }
      if (/no icon\.png in source/.test(notes)) {
        // Certified (and custom) connectors are told the submission needs icon.png; independent publishers must not have one.
        // A folder without any definition is told that first, not about its icon.
        const cls = reports.get(path)!.meta?.connectorClass;
        const hasDefinition = !/no apiDefinition\.swagger\.json;/.test(notes);
        expect(of(path, 'powerplatform.icon-required')).toHaveLength(cls === 'independent-publisher' || !hasDefinition ? 0 : 1);
        checked++;
      }
      if (/has settings\.json/.test(notes)) {
        expect(of(path, 'powerplatform.settings-file')).toEqual([]);
        checked++;
      }
      const people = /publisher=(.+?), stackOwner=/.exec(notes);
      if (people && entry.kind === 'pp-connector-independent-publisher') {
        expect(reports.get(path)!.meta?.connectorClass).toBe('independent-publisher');
        checked++;
      }
      if (people && entry.kind === 'pp-connector-certified') {
        expect(reports.get(path)!.meta?.connectorClass).toBe('certified');
        checked++;
      }
      expect(checked, `nothing in the notes of ${path} was checked: ${notes}`).toBeGreaterThan(0);
    });
  });

  // The research notes count these in published certified connectors: Global redirect (172), non-alphanumeric operationIds (146),
  // path parameters without x-ms-url-encoding (123), default responses with a schema (61).
  it.each([
    'powerplatform.oauth-redirect-mode',
    'powerplatform.operation-id-format',
    'powerplatform.path-parameter-encoding',
    'powerplatform.default-response-schema',
  ])('reports the legacy violation %s as a warning, never an error', (ruleId) => {
    const found = [...reports.values()].flatMap((r) => r.findings.filter((f) => f.ruleId === ruleId));
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(new Set(found.map((f) => f.severity))).toEqual(new Set(['warning']));
  });

  // Brand colours #ffffff/#007ee5 are still published, but the repository's checklist now rejects them for certification.
  it('reports brand colour #ffffff or #007ee5 as an error for certification and a warning for one organisation', () => {
    const found = [...reports.values()].flatMap((r) => r.findings.filter((f) => f.ruleId === 'powerplatform.brand-color-forbidden'));
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(new Set(found.map((f) => `${f.severity} ${f.audiences.join('+')}`))).toEqual(new Set(['error multitenant', 'warning single-tenant']));
  });

  it('keeps certification-only findings off the single-tenant route of custom connectors', () => {
    for (const [path, report] of reports) {
      if (report.meta?.connectorClass !== 'custom') continue;
      const single = report.routes.find((r) => r.audience === 'single-tenant')!;
      const certOnly = ['powerplatform.publisher', 'powerplatform.stack-owner', 'powerplatform.metadata-present', 'powerplatform.contact', 'powerplatform.file-readme'];
      expect(single.blockers.filter((b) => certOnly.includes(b.ruleId)), path).toEqual([]);
    }
  });

  it('finds the defects the research notes list for these folders', () => {
    // Kanbanize: a 471×471 icon and categories with a space after ";".
    expect(of('connectors/cert-kanbanize/', 'powerplatform.icon-size')[0]?.message).toContain('471×471');
    expect(of('connectors/cert-kanbanize/', 'powerplatform.metadata-categories').map((f) => f.severity)).toEqual(['notice']);
    // The corpus copies of Power Form 7 and Recorded Future write "Privacy Policy".
    expect(of('connectors/cert-recordedfuturev2/', 'powerplatform.metadata-present')[0]?.pointer).toBe('/x-ms-connector-metadata/1/propertyName');
    // A title that contains "Connector".
    expect(of('connectors/custom-sap-odata-demo/', 'powerplatform.title-words')).toHaveLength(1);
    // A real-looking OAuth client ID committed in a sample.
    expect(of('connectors/custom-snowflake/', 'powerplatform.oauth-client-placeholder')).toHaveLength(1);
  });
});
