// A fixed report for renderer tests and snapshots: built by hand, so rule changes elsewhere do not move it.
import { loadAllRules } from '../../src/engine/index.js';
import type { Finding, PackageReport, Report, Route } from '../../src/engine/types.js';

// Renderers name rules from the families loaded in the process, as after a check (the CLI and the action load
// them before rendering a merged report); a report built by hand needs them loaded too.
await loadAllRules();

const DOCS = 'https://learn.microsoft.com/microsoftteams/platform/resources/schema/manifest-schema';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'teams.manifest-schema',
    severity: 'error',
    message: '"/name/short" must NOT have more than 30 characters.',
    file: 'manifest.json',
    pointer: '/name/short',
    line: 12,
    column: 14,
    source: { path: 'appPackage/manifest.json', line: 15, column: 18 },
    audiences: ['single-tenant', 'multitenant'],
    docs: DOCS,
    ...over,
  };
}

function routes(eligible: boolean, blocker?: string): Route[] {
  return [
    {
      audience: 'single-tenant',
      channel: 'admin-center-integrated-apps',
      eligible,
      blockers: blocker ? [{ ruleId: 'teams.manifest-schema', message: blocker }] : [],
      prerequisites: ['A Microsoft 365 admin who can upload custom apps.'],
      steps: ['Upload the zip in the Microsoft 365 admin center > Integrated apps.'],
    },
    {
      audience: 'multitenant',
      channel: 'partner-center-teams-app',
      eligible,
      blockers: blocker ? [{ ruleId: 'teams.manifest-schema', message: blocker }] : [],
      prerequisites: ['A verified publisher in Partner Center.'],
      steps: ['Submit the package in Partner Center.'],
    },
  ];
}

export function pkg(over: Partial<PackageReport> = {}): PackageReport {
  return {
    path: 'appPackage/build/appPackage.dev.zip',
    kind: 'teams-app',
    capabilities: ['message-extension'],
    meta: { name: 'Contoso Orders', id: '2f4b1c9e-8d3a-4e5f-9b6c-7a8d9e0f1a2b', version: '1.0.0' },
    routes: routes(false, '"/name/short" must NOT have more than 30 characters.'),
    findings: [
      finding(),
      finding({
        ruleId: 'teams.icon-outline-colors',
        severity: 'warning',
        message: 'outline.png has 401 pixels that are neither white nor transparent.',
        file: 'outline.png',
        pointer: '',
        line: undefined,
        column: undefined,
        source: null,
      }),
      finding({ ruleId: 'teams.developer-mpn-id', severity: 'notice', message: 'developer.mpnId is not set.', pointer: '/developer', line: 5, column: 16, source: { path: 'appPackage/manifest.json', line: 6, column: 16 } }),
    ],
    stats: { files: 3, bytes: 10240, ms: 4.2 },
    ...over,
  };
}

/** Package text that tries every trick: commands, HTML, mentions, table breaks, links. */
export const HOSTILE = '::error::pwned ##[warning]x <img src=x onerror=alert(1)> @someone @org/team #12 | [click](https://evil.example) `code` &#64;admin www.evil.example\u202eevil';

export function report(packages: PackageReport[] = [pkg()]): Report {
  const count = (s: Finding['severity']) => packages.reduce((n, p) => n + p.findings.filter((f) => f.severity === s).length, 0);
  return {
    schemaVersion: 1,
    tool: { name: 'copilot-publish-check', version: '0.1.0' },
    audience: 'both',
    packages,
    summary: { packages: packages.length, errors: count('error'), warnings: count('warning'), notices: count('notice') },
  };
}

export function cleanPackage(): PackageReport {
  return pkg({ path: 'clean/build/clean.zip', findings: [], routes: routes(true), meta: { name: 'Clean app' } });
}
