// teams.manifest-version-unknown and teams.manifest-schema: each broken and passing.
import { describe, expect, it } from 'vitest';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

describe("'teams.manifest-version-unknown'", () => {
  it('passes a published version, devPreview included', async () => {
    for (const v of ['1.19', 'devPreview']) {
      expect(findingsOf(await check(teamsPackage(validManifest({ manifestVersion: v }))), 'teams.manifest-version-unknown')).toEqual([]);
    }
  });
  it('says that 1.18 does not exist', async () => {
    const [f] = findingsOf(await check(teamsPackage(validManifest({ manifestVersion: '1.18' }))), 'teams.manifest-version-unknown');
    expect(f.severity).toBe('error');
    expect(f.pointer).toBe('/manifestVersion');
    expect(f.message).toContain('1.18 does not exist');
  });
  it('reports an invented version and a number', async () => {
    for (const v of ['2.0', 1.19]) {
      const [f] = findingsOf(await check(teamsPackage(validManifest({ manifestVersion: v }))), 'teams.manifest-version-unknown');
      expect(f.message).toContain('not a published schema version');
    }
  });
});

describe("'teams.manifest-schema'", () => {
  it('passes the valid manifest', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.manifest-schema')).toEqual([]);
  });
  it('reports a missing required property at its own pointer', async () => {
    const { accentColor: _drop, ...m } = validManifest();
    const [f] = findingsOf(await check(teamsPackage(m)), 'teams.manifest-schema');
    expect(f.pointer).toBe('/accentColor');
    expect(f.message).toContain('required property "accentColor"');
  });
  it('covers accentColor format, name and description lengths and unknown properties', async () => {
    const m = validManifest({
      accentColor: 'blue',
      name: { short: 'x'.repeat(31), full: 'Contoso Orders' },
      description: { short: 'y'.repeat(81), full: 'z'.repeat(4001) },
      developer: { ...(validManifest().developer as object), name: 'n'.repeat(33) },
      surprise: true,
    });
    const pointers = findingsOf(await check(teamsPackage(m)), 'teams.manifest-schema').map((f) => f.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/accentColor', '/name/short', '/description/short', '/description/full', '/developer/name', '/surprise']),
    );
  });
  it('reports a manifest that is not an object, and one without manifestVersion', async () => {
    expect(findingsOf(await check(teamsPackage(validManifest(), { 'manifest.json': '[1]' })), 'teams.manifest-schema')[0].message).toContain('JSON object');
    const { manifestVersion: _v, ...noVersion } = validManifest();
    expect(findingsOf(await check(teamsPackage(noVersion)), 'teams.manifest-schema')[0].pointer).toBe('/manifestVersion');
  });
});
