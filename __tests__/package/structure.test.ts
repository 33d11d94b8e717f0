// package.manifest-root, package.json-parse and package.referenced-file-missing: each broken and passing.
import { describe, expect, it } from 'vitest';
import { check, findingsOf, png, teamsPackage, validManifest } from '../helpers/packages.js';

describe("'package.manifest-root'", () => {
  it('passes with manifest.json at the root', async () => {
    expect(findingsOf(await check(teamsPackage()), 'package.manifest-root')).toEqual([]);
  });
  it('reports a manifest inside a folder', async () => {
    const files = teamsPackage();
    const nested = Object.fromEntries(Object.entries(files).map(([k, v]) => [`app/${k}`, v]));
    const [f] = findingsOf(await check(nested), 'package.manifest-root');
    expect(f.severity).toBe('error');
    expect(f.file).toBe('app/manifest.json');
    expect(f.message).toContain('inside the folder "app"');
  });
  it('reports a manifest named in the wrong case', async () => {
    const { 'manifest.json': text, ...rest } = teamsPackage();
    const [f] = findingsOf(await check({ ...rest, 'Manifest.json': text }), 'package.manifest-root');
    expect(f.file).toBe('Manifest.json');
    expect(f.message).toContain('exactly "manifest.json"');
  });
});

describe("'package.json-parse'", () => {
  it('passes valid JSON, with or without a byte-order mark', async () => {
    const text = '\uFEFF' + JSON.stringify(validManifest(), null, 2);
    expect(findingsOf(await check(teamsPackage(validManifest(), { 'manifest.json': text })), 'package.json-parse')).toEqual([]);
  });
  it('reports broken JSON with its line and column', async () => {
    const report = await check(teamsPackage(validManifest(), { 'extra.json': '{\n  "a": 1,\n  "b": \n}' }));
    const [f] = findingsOf(report, 'package.json-parse');
    expect(f.severity).toBe('error');
    expect(f.file).toBe('extra.json');
    expect(f.line).toBe(4);
  });
});

describe("'package.referenced-file-missing'", () => {
  it('passes when every referenced file is present', async () => {
    expect(findingsOf(await check(teamsPackage()), 'package.referenced-file-missing')).toEqual([]);
  });
  it('reports a missing icon at the manifest value that names it', async () => {
    const [f] = findingsOf(await check(teamsPackage(validManifest(), { 'outline.png': undefined })), 'package.referenced-file-missing');
    expect(f.pointer).toBe('/icons/outline');
    expect(f.message).toContain('outline icon "outline.png" is not in the package');
  });
  it('reports a path that leaves the package', async () => {
    const m = validManifest({ icons: { color: '../color.png', outline: 'outline.png' } });
    const [f] = findingsOf(await check(teamsPackage(m)), 'package.referenced-file-missing');
    expect(f.pointer).toBe('/icons/color');
    expect(f.message).toContain('outside the package');
  });
  it('names a file that differs only in letter case', async () => {
    const m = validManifest({ icons: { color: 'Color.png', outline: 'outline.png' } });
    const [f] = findingsOf(await check(teamsPackage(m)), 'package.referenced-file-missing');
    expect(f.message).toContain('differs only in letter case');
  });
  it('follows the newer relativePath references (agent connectors, meeting scenes, SharePoint previews)', async () => {
    const m = validManifest({
      manifestVersion: 'devPreview',
      configurableTabs: [{ configurationUrl: 'https://orders.contoso.com/config', scopes: ['team'], sharePointPreviewImage: 'preview.png' }],
      agentConnectors: [{ id: 'c1', displayName: 'Orders', toolSource: { plugin: { id: 'p1', file: 'plugin.json' } } }],
    });
    const pointers = findingsOf(await check(teamsPackage(m)), 'package.referenced-file-missing').map((f) => f.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/configurableTabs/0/sharePointPreviewImage', '/agentConnectors/0/toolSource/plugin/file']));
    const present = await check(teamsPackage(m, { 'preview.png': png(10, 10), 'plugin.json': '{}' }));
    expect(findingsOf(present, 'package.referenced-file-missing')).toEqual([]);
  });
});
