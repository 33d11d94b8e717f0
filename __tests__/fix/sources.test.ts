// Where a fix lands: a folder package's own file; for a zip, the repository file it was built from, edited in that
// file's own formatting; nowhere (with the reason) when the source writes the value another way (a placeholder the
// build fills in), when no source is known (the zip itself is never edited), or outside the repository.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';
import { edited, serialize, STYLES } from '../helpers/fixes.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

async function versionFinding(dir: string, path: string, root = dir): Promise<Finding> {
  const { report } = await checkPaths([path], { audience: 'both', toolVersion: 'test', cwd: dir, root });
  const [f] = report.packages[0].findings.filter((x) => x.ruleId === 'teams.version-semver');
  return f;
}

const broken = () => validManifest({ version: '1.0' });
const [twoSpaces, crlf] = STYLES;

describe('the repository file a fix edits', () => {
  it('a folder package: its own file, by repository path', async () => {
    const dir = await makeWorkspace({ 'apps/orders/manifest.json': serialize(broken(), crlf), 'apps/orders/color.png': teamsPackage()['color.png'] as Uint8Array, 'apps/orders/outline.png': teamsPackage()['outline.png'] as Uint8Array });
    const f = await versionFinding(dir, 'apps/orders');
    expect(f.fix).toMatchObject({ applicable: true, edits: [{ path: 'apps/orders/manifest.json', text: '"1.0.0"' }] });
    expect(f.fix?.reason).toBeUndefined();
  });

  it('a zip: the manifest it was built from, in that file\'s formatting', async () => {
    const source = serialize(broken(), crlf);
    const dir = await makeWorkspace({ 'appPackage/manifest.json': source, 'appPackage/build/app.zip': { zip: teamsPackage(broken()) } });
    const f = await versionFinding(dir, 'appPackage/build/app.zip');
    expect(f.fix?.applicable).toBe(true);
    expect(f.fix?.edits.map((e) => e.path)).toEqual(['appPackage/manifest.json']);
    expect(edited(source, f.fix!.edits)).toBe(serialize(validManifest(), crlf));
    // The packaged change is kept for readers of the report: what changes in the zip's own file.
    expect(f.fix?.changes).toEqual([{ file: 'manifest.json', op: 'replace', pointer: '/version', value: '1.0.0' }]);
  });

  it('a zip whose source writes the value as a placeholder: not applied, and why', async () => {
    const template = { ...broken(), version: '${{APP_VERSION}}' };
    const dir = await makeWorkspace({ 'appPackage/manifest.json': serialize(template, twoSpaces), 'appPackage/build/app.zip': { zip: teamsPackage(broken()) } });
    const f = await versionFinding(dir, 'appPackage/build/app.zip');
    expect(f.source?.path).toBe('appPackage/manifest.json');
    expect(f.fix).toMatchObject({ applicable: false, edits: [{ path: 'manifest.json' }] });
    expect(f.fix?.reason).toBe('appPackage/manifest.json writes /version as "${{APP_VERSION}}", and the build makes the packaged value from it: change it there (or where its variable is set).');
  });

  it('a zip nobody can map: the edits stay on the packaged file, and the zip is never edited', async () => {
    const dir = await makeWorkspace({ 'build/app.zip': { zip: teamsPackage(broken()) } });
    const f = await versionFinding(dir, 'build/app.zip');
    expect(f.fix).toMatchObject({ applicable: false, edits: [{ path: 'manifest.json', text: '"1.0.0"' }] });
    expect(f.fix?.reason).toContain('manifest.json is inside build/app.zip, and the repository file it was built from was not found');
    expect(f.fix?.reason).toContain('the zip itself is never edited');
  });

  it('a folder outside the repository root: not edited', async () => {
    const dir = await makeWorkspace({ 'outside/manifest.json': serialize(broken(), twoSpaces), 'repo/README.md': '#\n' });
    const f = await versionFinding(dir, 'outside', `${dir}/repo`);
    expect(f.fix).toMatchObject({ applicable: false, reason: 'manifest.json is not inside the repository, so it is not edited.' });
  });
});
