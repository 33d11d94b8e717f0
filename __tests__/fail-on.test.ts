import { describe, expect, it } from 'vitest';
import { failureReason, shouldFail } from '../src/shared/fail-on.js';
import { buildReport } from '../src/engine/index.js';
import type { PackageReport, Route } from '../src/engine/types.js';

const route = (audience: Route['audience'], eligible: boolean, ruleId = 'teams.manifest-schema'): Route => ({
  audience,
  channel: audience === 'multitenant' ? 'partner-center-teams-app' : 'admin-center-integrated-apps',
  eligible,
  blockers: eligible ? [] : [{ ruleId, message: 'blocked' }],
  prerequisites: [],
  steps: [],
});

const pkg = (severities: Array<'error' | 'warning' | 'notice'>, routes: Route[]): PackageReport => ({
  path: 'p.zip',
  kind: 'teams-app',
  capabilities: [],
  routes,
  findings: severities.map((severity) => ({
    ruleId: 'teams.x',
    severity,
    message: 'm',
    file: 'manifest.json',
    pointer: '',
    source: null,
    audiences: ['single-tenant', 'multitenant'],
    docs: 'https://learn.microsoft.com/',
  })),
  stats: { files: 1, bytes: 1, ms: 1 },
});

const report = (p: PackageReport) => buildReport([p], { audience: 'both', toolVersion: 't' });
const open = [route('single-tenant', true), route('multitenant', true)];

describe('fail-on', () => {
  it('fails on errors unless told never', () => {
    const r = report(pkg(['error'], [route('single-tenant', false), route('multitenant', false)]));
    expect(shouldFail(r, 'error')).toBe(true);
    expect(shouldFail(r, 'warning')).toBe(true);
    expect(shouldFail(r, 'never')).toBe(false);
  });
  it('fails on warnings only with fail-on warning', () => {
    const r = report(pkg(['warning', 'notice'], open));
    expect(shouldFail(r, 'error')).toBe(false);
    expect(shouldFail(r, 'warning')).toBe(true);
  });
  it('passes a clean package', () => {
    expect(failureReason(report(pkg(['notice'], open)), 'warning')).toBeUndefined();
  });
  it('fails when a requested route is closed by a structural fact alone', () => {
    const r = report(pkg([], [route('single-tenant', true), route('multitenant', false, 'route.standalone-graph-connector')]));
    expect(failureReason(r, 'error')).toMatch(/cannot go to every organisation/);
    expect(shouldFail(r, 'never')).toBe(false);
  });
});
