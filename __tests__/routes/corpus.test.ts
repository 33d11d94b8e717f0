// Routes on the real-world corpus: every Teams zip and connector folder gets its kind's channels, a verdict that
// agrees with its blockers, linked steps; and every standalone Graph connector is refused the store with the way forward.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import type { Kind, PackageReport, Report } from '../../src/engine/types.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';
import { graphPackage, validConnection, validDefinition } from '../helpers/graph-packages.js';

const CHANNELS: Record<Exclude<Kind, 'unknown'>, [string, string]> = {
  'teams-app': ['admin-center-integrated-apps', 'partner-center-teams-app'],
  'power-platform-connector': ['power-apps-share', 'partner-center-power-platform-connector'],
  'graph-connector': ['admin-center-graph-connectors', 'partner-center-teams-app'],
};

/** An independent publisher's connector goes to every organisation by a pull request, not through Partner Center. */
function channelsOf(p: PackageReport): [string, string] {
  if (p.kind === 'power-platform-connector' && p.meta?.connectorClass === 'independent-publisher') return ['power-apps-share', 'github-power-platform-connectors'];
  return CHANNELS[p.kind as Exclude<Kind, 'unknown'>];
}

/** What every route of a recognised package must say, whatever its verdict. */
function expectCoherentRoutes(p: PackageReport) {
  expect(p.kind).not.toBe('unknown');
  expect(p.routes.map((r) => r.channel)).toEqual(channelsOf(p));
  for (const r of p.routes) {
    const errors = p.findings.filter((f) => f.severity === 'error' && f.audiences.includes(r.audience)).map((f) => f.ruleId);
    const facts = r.blockers.filter((b) => b.ruleId.startsWith('route.')).map((b) => b.ruleId);
    expect(r.blockers.map((b) => b.ruleId).sort()).toEqual([...facts, ...errors].sort());
    expect(r.eligible).toBe(r.blockers.length === 0);
    expect(r.steps.length).toBeGreaterThan(1);
    expect(r.prerequisites.length).toBeGreaterThan(0);
    expect(r.next?.length).toBeGreaterThan(0);
    if (r.eligible) expect(r.next).toBe(r.steps[0]);
    expect(r.docs?.steps).toHaveLength(r.steps.length);
  }
}

describe.skipIf(!HAS_CORPUS)('routes on the corpus', () => {
  let report: Report;
  beforeAll(async () => {
    const inputs = corpusIndex().map((e) => `${CORPUS_DIR}/${e.path}`);
    ({ report } = await checkPaths(inputs, { audience: 'both', toolVersion: 'test', cwd: CORPUS_DIR }));
  }, 120_000);

  it('gives every Teams zip and connector folder its two routes', () => {
    expect(report.packages.length).toBe(corpusIndex().length);
    const kinds = new Set(report.packages.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['teams-app', 'power-platform-connector']));
    for (const p of report.packages) expectCoherentRoutes(p);
  });

  it('keeps Copilot extensions below manifest 1.13 off the store', () => {
    const old = report.packages.filter((p) => {
      const m = /^1\.(\d+)$/.exec(p.meta?.manifestVersion ?? '');
      return p.kind === 'teams-app' && m && Number(m[1]) < 13 && p.capabilities.some((c) => c !== 'bot' && c !== 'tab');
    });
    for (const p of old) expect(p.routes[1].blockers.map((b) => b.ruleId), p.path).toContain('route.manifest-copilot-version');
  });

  it('finds at least one package ready for one organisation', () => {
    expect(report.packages.some((p) => p.routes[0].eligible)).toBe(true);
  });
});

describe('standalone Graph connectors', () => {
  const EXAMPLE = resolve('examples/graph-connectors/fabrikam-knowledge-base.json');

  it('are refused the store with the way forward, and keep the organisation route', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-graph-'));
    for (const [name, text] of Object.entries(graphPackage())) writeFileSync(join(dir, name), text as string);
    writeFileSync(join(dir, 'split-connection.json'), JSON.stringify(validConnection({ id: 'contosowiki' })));
    writeFileSync(join(dir, 'minimal.json'), JSON.stringify(validDefinition(validConnection({ id: 'contosohr', name: 'Contoso HR' }))));
    const { report } = await checkPaths([dir, EXAMPLE], { audience: 'both', toolVersion: 'test', cwd: dir });
    const standalone = report.packages.filter((p) => p.kind === 'graph-connector');
    expect(standalone.length).toBeGreaterThanOrEqual(3);
    for (const p of standalone) {
      expectCoherentRoutes(p);
      const [org, store] = p.routes;
      expect(org.channel).toBe('admin-center-graph-connectors');
      expect(store.eligible).toBe(false);
      expect(store.blockers[0].ruleId).toBe('route.standalone-graph-connector');
      expect(store.next).toContain('Package the connector in a Teams app');
    }
  });

  it('are not offered the store at all when only one organisation is asked for', async () => {
    const { report } = await checkPaths([EXAMPLE], { audience: 'single-tenant', toolVersion: 'test', cwd: process.cwd() });
    expect(report.packages[0].routes.map((r) => r.channel)).toEqual(['admin-center-graph-connectors']);
  });
});
