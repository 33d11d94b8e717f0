import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';
import { matchTemplate } from '../../src/engine/source-map/index.js';
import { APP_ID, teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

const LONG_NAME = 'Contoso Orders with a short name far past thirty characters';

async function check(root: string, paths: string[], source?: string) {
  const { report } = await checkPaths(paths, { audience: 'both', toolVersion: 'test', cwd: root, source });
  return report;
}

function nameFinding(findings: Finding[]): Finding {
  const f = findings.find((x) => x.pointer === '/name/short' && x.severity === 'error');
  if (!f) throw new Error(`no /name/short error in ${JSON.stringify(findings.map((x) => [x.ruleId, x.pointer]))}`);
  return f;
}

/** The source manifest as the Agents Toolkit keeps it: placeholders, and a layout unlike the built one. */
function templateManifest(extra: Record<string, unknown> = {}): string {
  const m = validManifest({ id: '${{TEAMS_APP_ID}}', name: { short: `${LONG_NAME}\${{APP_NAME_SUFFIX}}`, full: 'Contoso Orders for Microsoft 365' }, ...extra });
  // Put `name` last so its line differs from the packaged (two-space, name-in-the-middle) file.
  const { name, ...rest } = m;
  return JSON.stringify({ ...rest, name }, null, 4);
}

describe('source mapping', () => {
  it('maps a zip built by the Agents Toolkit to appPackage/manifest.json, line from the template', async () => {
    const built = validManifest({ name: { short: `${LONG_NAME}dev`, full: 'Contoso Orders for Microsoft 365' } });
    const root = await makeWorkspace({
      'appPackage/manifest.json': templateManifest(),
      'appPackage/color.png': teamsPackage()['color.png'] as Uint8Array,
      'appPackage/build/appPackage.dev.zip': { zip: teamsPackage(built) },
      'other/manifest.json': JSON.stringify(validManifest({ id: '00000000-0000-4000-8000-000000000000', name: { short: 'Other', full: 'Other app' } })),
    });
    const report = await check(root, ['appPackage/build/appPackage.dev.zip']);
    const f = nameFinding(report.packages[0].findings);
    const text = templateManifest().split('\n');
    const line = text.findIndex((l) => l.includes(LONG_NAME)) + 1;
    expect(f.source).toEqual({ path: 'appPackage/manifest.json', line, column: text[line - 1].indexOf('"Contoso') + 1 });
    expect(f.line).not.toBe(line);
  });

  it('maps other packaged files beside the manifest, and leaves files it cannot find on the package', async () => {
    const root = await makeWorkspace({
      'appPackage/manifest.json': JSON.stringify(validManifest({ name: { short: LONG_NAME, full: 'x' } }), null, 2),
      'appPackage/build/app.zip': { zip: teamsPackage(validManifest({ name: { short: LONG_NAME, full: 'x' } })) },
    });
    const report = await check(root, ['appPackage/build/app.zip']);
    const f = nameFinding(report.packages[0].findings);
    expect(f.source?.path).toBe('appPackage/manifest.json');
    expect(f.source?.line).toBe(f.line);
    for (const other of report.packages[0].findings.filter((x) => x.file !== 'manifest.json')) expect(other.source).toBeNull();
  });

  it('tells two apps apart by id, and rules out a manifest whose literal id differs', async () => {
    const mine = validManifest({ name: { short: LONG_NAME, full: 'x' } });
    const root = await makeWorkspace({
      'a/manifest.json': JSON.stringify({ ...mine, id: '11111111-1111-4111-8111-111111111111' }),
      'b/appPackage/manifest.json': JSON.stringify(mine, null, 2),
      'a/build/app.zip': { zip: teamsPackage(mine) },
    });
    const report = await check(root, ['a/build/app.zip']);
    expect(nameFinding(report.packages[0].findings).source?.path).toBe('b/appPackage/manifest.json');
  });

  it('uses the source option (a folder with one manifest) even when nothing matches', async () => {
    const root = await makeWorkspace({
      'src/teams/manifest.json': JSON.stringify(validManifest({ id: '22222222-2222-4222-8222-222222222222', name: { short: 'Different', full: 'x' } }), null, 2),
      'out/app.zip': { zip: teamsPackage(validManifest({ name: { short: LONG_NAME, full: 'x' } })) },
    });
    expect(nameFinding((await check(root, ['out/app.zip'])).packages[0].findings).source).toBeNull();
    const report = await check(root, ['out/app.zip'], 'src/teams');
    expect(nameFinding(report.packages[0].findings).source?.path).toBe('src/teams/manifest.json');
    const byFile = await check(root, ['out/app.zip'], 'src/teams/manifest.json');
    expect(nameFinding(byFile.packages[0].findings).source?.path).toBe('src/teams/manifest.json');
  });

  it('maps a folder package onto its own files', async () => {
    const root = await makeWorkspace(
      Object.fromEntries(Object.entries(teamsPackage(validManifest({ id: APP_ID, name: { short: LONG_NAME, full: 'x' } }))).map(([k, v]) => [`pkg/${k}`, v as string | Uint8Array])),
    );
    const f = nameFinding((await check(root, ['pkg'])).packages[0].findings);
    expect(f.source).toEqual({ path: 'pkg/manifest.json', line: f.line, column: f.column });
  });

  it('never maps outside the repository root', async () => {
    const root = await makeWorkspace({ 'repo/x': '', 'appPackage/manifest.json': JSON.stringify(validManifest({ name: { short: LONG_NAME, full: 'x' } })), 'repo/app.zip': { zip: teamsPackage(validManifest({ name: { short: LONG_NAME, full: 'x' } })) } });
    const { report } = await checkPaths(['app.zip'], { audience: 'both', toolVersion: 'test', cwd: `${root}/repo`, source: '../appPackage' });
    expect(nameFinding(report.packages[0].findings).source).toBeNull();
  });
});

describe('template matching', () => {
  it('matches literals exactly and placeholders as any text', () => {
    expect(matchTemplate('abc', 'abc')).toBe('exact');
    expect(matchTemplate('${{TEAMS_APP_ID}}', APP_ID)).toBe('template');
    expect(matchTemplate('Orders${{ APP_NAME_SUFFIX }}', 'Ordersdev')).toBe('template');
    expect(matchTemplate('Orders${{APP_NAME_SUFFIX}}', 'Tickets')).toBe('none');
    expect(matchTemplate('a.b', 'axb')).toBe('none');
  });
});

describe('source mapping of grouped findings', () => {
  it('places every related place of a grouped finding on its source line too', async () => {
    const developer = { name: 'Teams App, Inc.', websiteUrl: 'https://www.example.com', privacyUrl: 'https://www.example.com/privacy', termsOfUseUrl: 'https://www.example.com/terms' };
    const source = JSON.stringify(validManifest({ developer }), null, 4);
    const root = await makeWorkspace({
      'appPackage/manifest.json': source,
      'appPackage/build/app.zip': { zip: teamsPackage(validManifest({ developer })) },
    });
    const report = await check(root, ['appPackage/build/app.zip']);
    const f = report.packages[0].findings.find((x) => x.ruleId === 'teams.developer-default-values')!;
    const lineOf = (key: string) => source.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(f.source?.line).toBe(lineOf('name'));
    expect(f.related?.map((r) => [r.source?.path, r.source?.line])).toEqual(
      ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'].map((k) => ['appPackage/manifest.json', lineOf(k)]),
    );
  });
});
