import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/engine/rules/package/placeholders.js';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const ID = 'package.unresolved-placeholder';

describe(`'${ID}'`, () => {
  it('passes a package without placeholders', async () => {
    expect(findingsOf(await check(teamsPackage()), 'package.unresolved-placeholder')).toEqual([]);
  });
  it('reports each JSON value holding a toolkit placeholder, at its pointer', async () => {
    const m = validManifest({ name: { short: 'Contoso${{APP_NAME_SUFFIX}}', full: 'Contoso Orders' } });
    const [f, ...rest] = findingsOf(await check(teamsPackage(m)), 'package.unresolved-placeholder');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('warning');
    expect(f.file).toBe('manifest.json');
    expect(f.pointer).toBe('/name/short');
    expect(f.line).toBeGreaterThan(1);
    expect(f.message).toContain('${{APP_NAME_SUFFIX}}');
  });
  it('reports legacy {{VAR}} and <<VAR>> tokens and the toolkit file function', async () => {
    const files = {
      'extra.json': { a: '{{PUBLIC_HOSTNAME}}', b: ['<<YOUR-MICROSOFT-APP-ID>>'], c: "$[file('instructions.txt')]" },
    };
    const pointers = findingsOf(await check(teamsPackage(validManifest(), files)), 'package.unresolved-placeholder').map((f) => f.pointer);
    expect(pointers).toEqual(['/a', '/b/0', '/c']);
  });
  it('reports by line in text files and in JSON that does not parse', async () => {
    const files = { 'readme.md': 'intro\nsee https://${{TAB_DOMAIN}}/x\n', 'broken.json': '{\n "id": "{{APPLICATION_ID}}",\n}' };
    const found = findingsOf(await check(teamsPackage(validManifest(), files)), 'package.unresolved-placeholder');
    expect(found.map((f) => [f.file, f.line])).toEqual(
      expect.arrayContaining([
        ['readme.md', 2],
        ['broken.json', 2],
      ]),
    );
  });
  it('leaves plugin and Adaptive Card template expressions alone', () => {
    expect(findPlaceholders('Create {{function.parameters.projectName}} at ${location.mapUrl} on {{DATE(2024-01-01T00:00:00Z, SHORT)}}')).toEqual([]);
    expect(findPlaceholders('a ${{ X }} b').map((p) => p.token)).toEqual(['${{ X }}']);
  });
});
