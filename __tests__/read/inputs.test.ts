// Inputs as users write them: literal paths with special characters, the default places, and discovery with
// `path: .` or a broad glob, which skips JSON that is not a package but checks whatever the user names.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS, resolveInputs } from '../../src/engine/index.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import { CONNECTOR_FOLDERS, NOT_PACKAGES, connectorsRepository, monorepo, toolkitProject } from '../helpers/repositories.js';
import { makeWorkspace } from '../helpers/workspace.js';

describe('literal paths', () => {
  it('a folder named with parentheses, &, [ and \' is used as it is, not as a glob', async () => {
    const repo = await makeWorkspace(connectorsRepository());
    const names = [CONNECTOR_FOLDERS.asite, CONNECTOR_FOLDERS.blackbaud, CONNECTOR_FOLDERS.fish];
    const { targets, missing } = await resolveInputs(names, repo);
    expect(missing).toEqual([]);
    expect(targets.map((t) => [t.display, t.type])).toEqual(names.map((n) => [n, 'folder']));
  });

  it('what does not exist is still expanded as a glob, and a glob that finds nothing is missing', async () => {
    const repo = await makeWorkspace(connectorsRepository());
    const { targets, missing } = await resolveInputs(['certified-connectors/Asite*', 'nothing/*.zip', 'no/such/folder'], repo);
    expect(targets.map((t) => t.display)).toEqual([CONNECTOR_FOLDERS.asite]);
    expect(missing).toEqual(['nothing/*.zip', 'no/such/folder']);
  });
});

describe('the default places', () => {
  it('a pattern that matches nothing is not missing when another finds the package', async () => {
    const repo = await makeWorkspace(toolkitProject());
    const { targets, missing } = await resolveInputs(DEFAULT_PATTERNS, repo, { defaults: true });
    expect(targets.map((t) => t.display)).toEqual(['appPackage/build/appPackage.dev.zip']);
    expect(missing).toEqual([]);
  });

  it('an empty repository gives no target and nothing missing: the caller says what was searched', async () => {
    const { targets, missing } = await resolveInputs(DEFAULT_PATTERNS, mkdtempSync(join(tmpdir(), 'cpc-empty-')), { defaults: true });
    expect([targets, missing]).toEqual([[], []]);
  });
});

describe('discovery', () => {
  it('path "." in the connectors repository checks the connectors and lists what it skipped, once', async () => {
    const repo = await makeWorkspace(connectorsRepository());
    const { report, missing } = await checkPaths(['.'], { audience: 'both', toolVersion: 't', cwd: repo });
    expect(missing).toEqual([]);
    expect(report.packages.map((p) => p.path).sort()).toEqual(Object.values(CONNECTOR_FOLDERS).sort());
    expect(report.packages.flatMap((p) => p.findings).filter((f) => f.ruleId === 'package.unrecognized')).toEqual([]);
    expect(report.skipped).toEqual([
      { path: NOT_PACKAGES.armParameters, reason: 'ARM deployment parameters, not a package' },
      { path: NOT_PACKAGES.workflow, reason: 'a Logic App or Power Automate workflow, not a package' },
      { path: 'templates', reason: 'templates of the microsoft/PowerPlatformConnectors repository, not connectors' },
    ]);
    expectWellFormed(report);
  });

  it('a folder of more folders than a search reads ahead gives every package once, in order', async () => {
    // 100 connector folders (listings are read 32 ahead), with hidden, ignored and empty folders among them.
    const names = Array.from({ length: 100 }, (_, i) => `connector ${String(i).padStart(3, '0')}`);
    const layout = Object.fromEntries(names.map((n) => [`connectors/${n}/apiDefinition.swagger.json`, JSON.stringify({ swagger: '2.0', info: { title: n, version: '1' }, paths: {} })]));
    for (const odd of ['connectors/.hidden/apiDefinition.swagger.json', 'connectors/node_modules/x/apiDefinition.swagger.json', 'connectors/connector 050x/empty/.keep']) layout[odd] = '{}';
    const repo = await makeWorkspace(layout);
    const { targets } = await resolveInputs(['connectors'], repo);
    expect(targets.map((t) => t.display)).toEqual(names.map((n) => `connectors/${n}`));
  });

  it('a broad glob skips JSON that is not a package and the templates too', async () => {
    const repo = await makeWorkspace(connectorsRepository());
    const { targets, skipped } = await resolveInputs(['**/*.json'], repo);
    expect(targets.map((t) => t.display).sort()).toEqual(Object.values(CONNECTOR_FOLDERS).sort());
    expect(skipped.map((s) => s.display)).toEqual([NOT_PACKAGES.armParameters, NOT_PACKAGES.workflow, 'templates']);
  });

  it('a path the user names that is not a package stays an error', async () => {
    const repo = await makeWorkspace(connectorsRepository());
    const { report } = await checkPaths([NOT_PACKAGES.armParameters, 'templates/certified-connectors'], { audience: 'both', toolVersion: 't', cwd: repo });
    expect(report.skipped).toBeUndefined();
    expect(report.packages[0].findings.map((f) => f.ruleId)).toContain('package.unrecognized');
    // A named template folder is a connector as far as the check goes: it gets findings, not silence.
    expect(report.packages[1].kind).toBe('power-platform-connector');
    expect(report.packages[1].findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('path "." in a monorepo finds both built apps and the connector, and leaves ordinary JSON alone', async () => {
    const repo = await makeWorkspace(monorepo());
    const { report } = await checkPaths(['.'], { audience: 'both', toolVersion: 't', cwd: repo });
    expect(report.packages.filter((p) => p.path.startsWith('apps/orders/'))).toHaveLength(1);
    expect(report.packages.filter((p) => p.path.startsWith('apps/tickets/'))).toHaveLength(1);
    expect(report.packages.map((p) => p.path)).toContain('connectors/Contoso Orders');
    expect(report.skipped).toBeUndefined();
  });
});
