// Four toolkit apps side by side, two pairs sharing an app name, each with a defect in one app only: every finding
// lands in the files of the app that has it, never in another app's, whether the apps are checked from source or
// through zips built for prod with an empty suffix, in each app's build folder or in one shared folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS, type PackageReport } from '../../src/engine/index.js';
import { readToolkitProject } from '../../src/engine/read/toolkit/read-project.js';
import { planAnnotations } from '../../src/report/index.js';
import { makeWorkspace, zipBytes } from '../helpers/workspace.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { MONOREPO_APPS, monorepo, PROD_VALUES, type MonorepoApp } from './projects.js';

const APPS = Object.keys(MONOREPO_APPS) as MonorepoApp[];

/** Builds each app for prod as the toolkit would and writes the zip where `place` says. */
async function buildZips(root: string, place: (app: MonorepoApp) => string): Promise<string[]> {
  const written: string[] = [];
  for (const app of APPS) {
    const { view } = await readToolkitProject(join(root, app), app, { root, environment: 'prod', processEnv: PROD_VALUES });
    const record = Object.fromEntries((view?.names ?? []).map((n) => [n, view?.bytes(n) as Uint8Array]));
    const abs = join(root, place(app));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, await zipBytes(record));
    written.push(place(app));
  }
  return written;
}

async function check(root: string, paths: string[]) {
  return (await checkPaths(paths, { audience: 'both', toolVersion: 'test', cwd: root, environment: 'prod', processEnv: PROD_VALUES })).report;
}

/** The app a package is, by its path (a project's yml, or a zip whose name or folder names the app). */
function appOf(p: PackageReport): MonorepoApp {
  const app = APPS.find((a) => p.path.startsWith(`${a}/`) || p.path.includes(`/${a.split('/')[1]}.`));
  if (!app) throw new Error(`no app for ${p.path}`);
  return app;
}

/** Every finding with a source sits in its own app; each app's defect is found and placed in its own files. */
function expectEachInItsOwnApp(report: PackageReport[], { defectsPlaced = APPS } = {}) {
  expect(report).toHaveLength(4);
  for (const p of report) {
    const app = appOf(p);
    for (const f of p.findings) if (f.source) expect(f.source.path.startsWith(`${app}/`), `${f.ruleId} of ${p.path} at ${f.source.path}`).toBe(true);
    const defect = MONOREPO_APPS[app];
    const found = p.findings.filter((f) => f.ruleId === defect.ruleId && f.file === defect.file && f.severity === 'error');
    expect(found.length, `${app}: ${defect.ruleId}`).toBeGreaterThan(0);
    if (defectsPlaced.includes(app)) for (const f of found) expect(f.source?.path).toBe(`${app}/appPackage/${defect.file}`);
    // The other apps' defects are not reported here.
    for (const other of APPS.filter((a) => a !== app && MONOREPO_APPS[a].ruleId !== defect.ruleId)) {
      expect(p.findings.some((f) => f.ruleId === MONOREPO_APPS[other].ruleId && f.severity === 'error')).toBe(false);
    }
  }
  // And so every annotation is in the app that has the defect.
  const shown = planAnnotations({ schemaVersion: 1, tool: { name: 't', version: 't' }, audience: 'both', packages: report, summary: { packages: 4, errors: 0, warnings: 0, notices: 0 } }).shown;
  for (const a of shown) expect(APPS.some((app) => a.file.startsWith(`${app}/`)) || a.file.startsWith('build/') || a.file.startsWith('dist/')).toBe(true);
}

describe('a monorepo of four toolkit apps', () => {
  it('from source (the default run, --environment prod): every finding in its own app', async () => {
    const root = await makeWorkspace(monorepo(), 'cpc-mono-');
    const report = await check(root, [...DEFAULT_PATTERNS]);
    expect(report.packages.map((p) => p.path).sort()).toEqual(APPS.map((a) => `${a}/${a.includes('orders') ? 'm365agents' : 'teamsapp'}.yml`).sort());
    // An empty suffix in prod: both pairs share a name.
    expect(new Set(report.packages.map((p) => p.meta?.name))).toEqual(new Set(['Contoso Orders', 'Contoso Helpdesk']));
    expectEachInItsOwnApp(report.packages);
  });

  it('zips built for prod in each app: mapped by the toolkit’s own output path', async () => {
    const root = await makeWorkspace(monorepo(), 'cpc-mono-');
    const zips = await buildZips(root, (app) => `${app}/appPackage/build/appPackage.prod.zip`);
    const report = await check(root, zips);
    // Same name and same id in each pair: only the toolkit's facts tell them apart.
    expect(new Set(report.packages.map((p) => p.meta?.id))).toEqual(new Set([PROD_VALUES.TEAMS_APP_ID]));
    expectEachInItsOwnApp(report.packages);
  });

  it('zips built into one shared folder by each yml’s outputZipPath: mapped by that path', async () => {
    const root = await makeWorkspace(monorepo({ sharedOutput: true }), 'cpc-mono-');
    const zips = await buildZips(root, (app) => `build/${app.split('/')[1]}.prod.zip`);
    expectEachInItsOwnApp((await check(root, zips)).packages);
  });

  it('zips in one shared folder that no yml names: mapped by content, and left on the package when two apps match', async () => {
    const root = await makeWorkspace(monorepo(), 'cpc-mono-');
    const zips = await buildZips(root, (app) => `dist/${app.split('/')[1]}.prod.zip`);
    const report = await check(root, zips);
    // The two helpdesk manifests differ: each finds its own. The two orders manifests are one template: neither
    // is chosen, so their findings stay on the zip instead of landing in the other app.
    expectEachInItsOwnApp(report.packages, { defectsPlaced: ['apps/helpdesk-north', 'apps/helpdesk-south'] });
    for (const p of report.packages.filter((x) => x.path.includes('orders'))) expect(p.findings.filter((f) => f.source)).toEqual([]);
  });

  it('never maps an unrelated zip to a template whose id is only a placeholder', async () => {
    const root = await makeWorkspace({ ...monorepo(), 'other/app.zip': { zip: teamsPackage(validManifest({ accentColor: 'blue' })) } });
    const report = await check(root, ['other/app.zip']);
    expect(report.packages[0].findings.some((f) => f.severity === 'error')).toBe(true);
    expect(report.packages[0].findings.filter((f) => f.source)).toEqual([]);
  });
});
