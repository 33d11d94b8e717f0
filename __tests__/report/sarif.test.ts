import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderSarif, sarifLog } from '../../src/report/sarif.js';
import { cleanPackage, finding, HOSTILE, pkg, report } from './fixture-report.js';

// The OASIS SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (a dev dependency, never fetched).
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The schema's language pattern is not a valid unicode-mode regular expression; ajv compiles it without the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 (snapshot)', () => {
    const text = renderSarif(report([pkg(), cleanPackage()]));
    expectValid(JSON.parse(text));
    expect(text).toMatchSnapshot();
    // The validator does reject what is not SARIF.
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('gives the other places of a grouped finding as related locations, on the source when known', () => {
    const grouped = finding({
      related: [
        { pointer: '/name/full', line: 9, column: 13, message: 'name.full is wrong too.', source: { path: 'appPackage/manifest.json', line: 12, column: 5 } },
        { pointer: '/description/short', line: 10, column: 14, message: 'And here.', source: null },
      ],
    });
    const log = sarifLog(report([pkg({ findings: [grouped] })]));
    expectValid(log);
    expect(log.runs[0].results![0].relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'appPackage/manifest.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } },
        message: { text: 'name.full is wrong too.' },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: { uri: 'appPackage/build/appPackage.dev.zip', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
        message: { text: 'And here. (/description/short)' },
      },
    ]);
  });

  it('is valid with hostile text, no findings, and findings without any position', () => {
    expectValid(sarifLog(report([pkg({ meta: { name: HOSTILE }, findings: [finding({ message: HOSTILE, file: '', pointer: '', line: undefined, column: undefined, source: null })] })])));
    expectValid(sarifLog(report([])));
    expectValid(sarifLog(report([pkg({ findings: [finding({ message: '' })] })])));
  });

  it('meets code scanning: rules with help and helpUri, repository locations with a start line, fingerprints', () => {
    const log = sarifLog(report());
    const run = log.runs[0];
    const rule = run.tool.driver.rules![0];
    expect(rule).toMatchObject({ id: 'teams.manifest-schema', helpUri: expect.stringMatching(/^https:\/\//) });
    expect(rule.shortDescription?.text).toBeTruthy();
    expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1000);
    expect(rule.help?.text).toContain('https://');
    const [onSource, onPackage] = run.results!;
    expect(onSource.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'appPackage/manifest.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 18 },
    });
    expect(onPackage.locations![0].physicalLocation?.artifactLocation?.uri).toBe('appPackage/build/appPackage.dev.zip');
    expect(onPackage.locations![0].physicalLocation?.region?.startLine).toBe(1);
    expect(onPackage.message.text).toContain('outline.png');
    expect(onSource.partialFingerprints?.['copilotPublishCheck/v1']).toMatch(/^[0-9a-f]{12}$/);
    expect(new Set(run.results!.map((r) => r.partialFingerprints?.['copilotPublishCheck/v1'])).size).toBe(run.results!.length);
    expect(run.results!.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });

  it('keeps fingerprints stable when positions move', () => {
    const a = sarifLog(report()).runs[0].results![0].partialFingerprints;
    const b = sarifLog(report([pkg({ findings: [finding({ line: 40, source: { path: 'appPackage/manifest.json', line: 44, column: 2 } })] })])).runs[0].results![0].partialFingerprints;
    expect(b).toEqual(a);
  });
});
