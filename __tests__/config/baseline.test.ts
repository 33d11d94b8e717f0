// The baseline: written by --write-baseline, then honoured (known findings stop failing) while a new defect still
// fails; fingerprints that do not move with lines; entries no longer found counted as fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineEntries, baselineFingerprint, baselineText, normalizeMessage, parseBaseline } from '../../src/config/baseline.js';
import type { Finding } from '../../src/engine/types.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { byRule, cli, CONFIG, folder, jsonRun } from './support.js';

const BASELINE = '.github/copilot-publish-check-baseline.json';
const broken = (over: Record<string, unknown> = {}) => teamsPackage(validManifest({ permissions: ['identity', 'x1', 'x2'], accentColor: 'blue', ...over }));

function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'teams.x', severity: 'error', message: 'm', file: 'manifest.json', pointer: '/a', line: 3, column: 4, source: null, audiences: ['single-tenant'], docs: 'https://x', ...over };
}

describe('baseline fingerprints', () => {
  it('do not move with lines, columns, sources or severity, and blank the numbers of messages without a pointer', () => {
    const fp = baselineFingerprint('app/a.zip', finding());
    expect(baselineFingerprint('./app/a.zip', finding({ line: 90, column: 1, source: { path: 'src/manifest.json', line: 7, column: 2 }, severity: 'warning' }))).toBe(fp);
    expect(baselineFingerprint('app\\a.zip', finding({ message: 'another wording' }))).toBe(fp);
    expect(baselineFingerprint('app/a.zip', finding({ pointer: '/b' }))).not.toBe(fp);
    expect(baselineFingerprint('app/b.zip', finding())).not.toBe(fp);
    expect(baselineFingerprint('app/a.zip', finding({ ruleId: 'teams.y' }))).not.toBe(fp);
    const noPointer = (message: string) => baselineFingerprint('app/a.zip', finding({ pointer: '', file: 'outline.png', message }));
    expect(noPointer('outline.png has 401 pixels that are not white')).toBe(noPointer('outline.png has  398 pixels that are not white'));
    expect(noPointer('outline.png has 401 pixels that are not white')).not.toBe(noPointer('outline.png is not 32x32'));
    expect(normalizeMessage(' line 12,\n column 7 ')).toBe('line 0, column 0');
  });

  it('round-trip through the file, one sorted entry per line, repeats counted', () => {
    const report = {
      schemaVersion: 1 as const,
      tool: { name: 'copilot-publish-check', version: '0' },
      audience: 'both' as const,
      summary: { packages: 1, errors: 2, warnings: 0, notices: 0 },
      packages: [
        {
          path: 'b', kind: 'teams-app' as const, capabilities: [], routes: [], stats: { files: 0, bytes: 0, ms: 0 },
          findings: [finding({ pointer: '/z' }), finding(), finding(), finding({ ruleId: 'teams.off', suppressed: { kind: 'config' as const, reason: 'r' } })],
        },
      ],
    };
    const entries = baselineEntries(report);
    expect(entries.map((e) => e.pointer)).toEqual(['/a', '/a', '/z']);
    const text = baselineText(entries);
    expect(text.split('\n')).toHaveLength(10);
    const parsed = parseBaseline(text, BASELINE);
    expect(parsed.ok && [...parsed.value.byPackage.get('b')!.values()].sort()).toEqual([1, 2]);
    expect(parseBaseline(baselineText([]), BASELINE).ok).toBe(true);
  });

  it('a baseline that is not one is a usage error at its line', () => {
    const bad = parseBaseline('{\n  "version": 1,\n  "findings": [\n    {"fingerprint": "xyz", "package": "a"}\n  ]\n}\n', BASELINE);
    expect(bad).toEqual({ ok: false, problems: [{ file: BASELINE, line: 4, column: 5, message: `entry 1 needs a "fingerprint" (16 hex digits) and a "package"; write the file again with --write-baseline ${BASELINE}.` }] });
    const syntax = parseBaseline('{\n  "version": 1,\n  "findings": [,]\n}', BASELINE);
    expect(!syntax.ok && syntax.problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('not valid JSON') });
    expect(!parseBaseline('[]', BASELINE).ok).toBe(true);
  });
});

describe('a baseline from the command line', () => {
  it('is written, then honoured: known findings stop failing, a new defect still fails, a fixed one is counted', async () => {
    const dir = await makeWorkspace({
      ...folder('apps/orders', broken()),
      [CONFIG]: `rules:\n  teams.developer-mpn-id: off\nbaseline: ${BASELINE}\n`,
    });
    // Before: the errors fail the run.
    const first = await cli(['apps/orders'], dir);
    expect(first.code).toBe(2); // the baseline named in the file does not exist yet
    expect(first.stderr).toBe(`copilot-publish-check: ${CONFIG}:3:11: the baseline "${BASELINE}" does not exist; write it with: copilot-publish-check --write-baseline ${BASELINE}\n`);

    const written = await jsonRun(['apps/orders', '--write-baseline', BASELINE], dir);
    expect(written.code).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, BASELINE), 'utf8')).findings;
    // Every finding but the one the configuration turns off: 4 schema errors and the notices.
    expect(entries.filter((e: { ruleId: string }) => e.ruleId === 'teams.manifest-schema')).toHaveLength(4);
    expect(entries.some((e: { ruleId: string }) => e.ruleId === 'teams.developer-mpn-id')).toBe(false);
    expect(written.stderr).toBe(`copilot-publish-check: wrote ${entries.length} findings to ${BASELINE}; commit it.\n`);
    expect(written.report.summary).toMatchObject({ errors: 0, warnings: 0, notices: 0 });

    // Honoured: the same defects, with lines moved (the manifest reformatted, keys reordered), pass.
    const manifestPath = join(dir, 'apps/orders/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(manifest).reverse());
    writeFileSync(manifestPath, `\n\n${JSON.stringify(reordered, null, 8)}`);
    const known = await jsonRun(['apps/orders'], dir);
    expect(known.report.packages[0].findings.filter((f) => !f.suppressed)).toEqual([]);
    expect(known.code).toBe(0);
    expect(known.report.summary.errors).toBe(0);
    expect(byRule(known.report.packages[0], 'teams.manifest-schema').map((f) => f.suppressed)).toEqual(
      Array(4).fill({ kind: 'baseline', reason: `known in the baseline ${BASELINE}` }),
    );
    expect(known.report.baseline).toEqual({ file: BASELINE, known: entries.length, fixed: 0 });
    expect(known.report.packages[0].routes.every((r) => r.eligible)).toBe(true);

    // A new defect fails, and only it is counted; a fixed one is reported as fixed.
    writeFileSync(manifestPath, JSON.stringify(validManifest({ permissions: ['identity', 'x1', 'x2'], accentColor: '#abcdef', version: 'one' }), null, 2));
    const next = await jsonRun(['apps/orders'], dir);
    expect(next.code).toBe(1);
    const open = next.report.packages[0].findings.filter((f) => !f.suppressed);
    expect(open.map((f) => [f.ruleId, f.pointer])).toEqual([['teams.version-semver', '/version']]);
    expect(next.report.baseline).toMatchObject({ fixed: 1 });
    const text = await cli(['apps/orders'], dir);
    expect(text.stdout).toContain(`findings suppressed (1 by rule, ${entries.length - 1} by baseline). 1 finding of the baseline is fixed: refresh it with copilot-publish-check --write-baseline ${BASELINE}.`);
    expect(text.stdout).toContain('✖ error teams.version-semver');
    expect(text.stdout).not.toContain('teams.manifest-schema');

    // Refreshed: the fixed entry goes, the new defect is accepted in turn.
    await cli(['apps/orders', '--write-baseline', BASELINE], dir);
    const refreshed = await jsonRun(['apps/orders'], dir);
    expect([refreshed.code, refreshed.report.baseline?.fixed]).toEqual([0, 0]);
  });

  it('tells where to name a new baseline, and reads only baselines inside the repository', async () => {
    const dir = await makeWorkspace({ ...folder('app', broken()) });
    const r = await cli(['app', '--write-baseline', 'known.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^copilot-publish-check: wrote \d+ findings to known\.json; commit it and set "baseline: known\.json" in \.github\/copilot-publish-check\.yml\.\n$/);
    const outside = await makeWorkspace({ ...folder('app', broken()), [CONFIG]: 'baseline: ../known.json\n' });
    const refused = await cli(['app'], outside);
    expect([refused.code, refused.stderr]).toEqual([2, `copilot-publish-check: ${CONFIG}:1:11: the baseline "../known.json" is outside the repository; name a file inside it.\n`]);
  });
});
