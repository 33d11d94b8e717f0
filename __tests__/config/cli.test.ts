// The configuration file from the command line: severities changed and rules off, ignores with reasons (path globs,
// pointer prefixes), usage errors at a line and column, command-line options over the file's defaults, and routes
// that only unsuppressed findings block.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectorPackage } from '../helpers/connector-packages.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { badId, byRule, cli, CONFIG, folder, jsonRun } from './support.js';

describe('the configuration file (CLI)', () => {
  it('an override to warning: the error counts as a warning, blocks no route, and says what it was', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), [CONFIG]: 'rules:\n  teams.manifest-schema: warning\n' });
    const r = await jsonRun(['app'], dir);
    expect(r.code).toBe(0);
    const [f] = byRule(r.report.packages[0], 'teams.manifest-schema');
    expect(f).toMatchObject({ severity: 'warning', originalSeverity: 'error' });
    expect(f.suppressed).toBeUndefined();
    expect(r.report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(r.report.packages[0].routes.every((route) => route.eligible)).toBe(true);
    // --fail-on warning still fails on it.
    expect((await cli(['app', '--fail-on', 'warning'], dir)).code).toBe(1);
  });

  it('a rule off: its findings stay in the report, suppressed, and are counted nowhere', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), [CONFIG]: 'rules:\n  teams.developer-mpn-id: off\n  teams.manifest-schema: off\n' });
    const r = await jsonRun(['app'], dir);
    expect(r.code).toBe(0);
    const p = r.report.packages[0];
    expect(byRule(p, 'teams.developer-mpn-id')[0].suppressed).toEqual({ kind: 'config', reason: `teams.developer-mpn-id is off in ${CONFIG}` });
    expect(byRule(p, 'teams.manifest-schema')[0].suppressed?.kind).toBe('config');
    expect(r.report.summary.errors).toBe(0);
    expect(r.report.summary.notices).toBe(p.findings.filter((f) => f.severity === 'notice').length - 1);
    expect(p.routes.map((route) => [route.eligible, route.blockers.length])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    const text = await cli(['app'], dir);
    expect(text.stdout).not.toContain('teams.developer-mpn-id');
    expect(text.stdout).toContain('2 findings suppressed (2 by rule).');
  });

  it('an ignore with a path glob accepts the findings of the packages it names, with its reason', async () => {
    const broken = () => connectorPackage((c) => delete c.swagger.paths['/orders'].get.summary);
    const dir = await makeWorkspace({
      ...folder('certified-connectors/Legacy/Orders', broken()),
      ...folder('certified-connectors/Orders', broken()),
      [CONFIG]: [
        'ignore:',
        '  - rule: powerplatform.operation-summary',
        '    path: certified-connectors/Legacy/**',
        '    pointer: /paths/~1orders',
        '    reason: Kept for existing flows',
        '',
      ].join('\n'),
    });
    const r = await jsonRun(['certified-connectors/Legacy/Orders', 'certified-connectors/Orders'], dir);
    expect(r.report.packages.map((p) => p.path).sort()).toEqual(['certified-connectors/Legacy/Orders', 'certified-connectors/Orders']);
    const legacy = r.report.packages.find((p) => p.path.includes('Legacy'))!;
    const current = r.report.packages.find((p) => !p.path.includes('Legacy'))!;
    expect(byRule(legacy, 'powerplatform.operation-summary')[0].suppressed).toEqual({ kind: 'ignore', reason: 'Kept for existing flows' });
    expect(byRule(current, 'powerplatform.operation-summary')[0].suppressed).toBeUndefined();
    expect(legacy.routes.every((route) => route.blockers.every((b) => b.ruleId !== 'powerplatform.operation-summary'))).toBe(true);
    expect(current.routes.some((route) => route.blockers.some((b) => b.ruleId === 'powerplatform.operation-summary'))).toBe(true);
    expect(r.code).toBe(1);

    // A pointer prefix that the finding is not under does not match.
    writeFileSync(join(dir, CONFIG), 'ignore:\n  - rule: powerplatform.operation-summary\n    pointer: /paths/~1other\n    reason: no\n');
    const other = await jsonRun(['certified-connectors/Orders'], dir);
    expect(byRule(other.report.packages[0], 'powerplatform.operation-summary')[0].suppressed).toBeUndefined();
  });

  it('warns about rule ids that name no rule, as far as the families the run loaded can tell', async () => {
    const dir = await makeWorkspace({
      ...folder('app', badId()),
      [CONFIG]: 'rules:\n  teams.developer-mpnid: off\n  package.zip-corrupt: off\n  lint.rule: off\n  teams.manifest-schema: warning\nignore:\n  - rule: copilot.nope\n    reason: r\n',
    });
    const r = await cli(['app'], dir);
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning:'));
    expect(warnings).toEqual([
      `copilot-publish-check: warning: ${CONFIG}:2:3: no rule is named "teams.developer-mpnid" (a typo, or a rule of another version: --list-rules lists them); this entry does nothing.`,
      `copilot-publish-check: warning: ${CONFIG}:4:3: no rule is named "lint.rule" (a typo, or a rule of another version: --list-rules lists them); this entry does nothing.`,
      `copilot-publish-check: warning: ${CONFIG}:7:11: no rule is named "copilot.nope" (a typo, or a rule of another version: --list-rules lists them); this entry does nothing.`,
    ]);
  });

  it('an ignore without a reason is a usage error naming the file, line and column', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), [CONFIG]: 'ignore:\n  - rule: teams.manifest-schema\n' });
    const r = await cli(['app'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`copilot-publish-check: ${CONFIG}:2:5: ignore entry 1 has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted.\n`);
  });

  it('a configuration that does not parse is a usage error naming the file, line and column', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), 'my-config.yml': 'rules:\n  teams.manifest-schema: off\n   teams.icon-color-size: off\n' });
    const r = await cli(['app', '--config', 'my-config.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copilot-publish-check: my-config\.yml:2:26: this is not valid YAML: Nested mappings are not allowed in compact mappings\.\n$/);
    // A file named with --config must exist; the default file is optional.
    const missing = await cli(['app', '--config', 'nope.yml'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, 'copilot-publish-check: nope.yml:1:1: the configuration file does not exist.\n']);
    expect((await cli(['app'], dir)).code).toBe(1);
    // A folder where the file should be is a usage error too, not a crash.
    const dir2 = await makeWorkspace({ ...folder('app', badId()), [`${CONFIG}/x`]: '' });
    const folderRun = await cli(['app'], dir2);
    expect([folderRun.code, folderRun.stderr]).toEqual([2, `copilot-publish-check: ${CONFIG}:1:1: the file cannot be read (EISDIR).\n`]);
  });

  it('the file gives audience and fail-on when the command line does not; the command line wins', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), [CONFIG]: 'audience: multitenant\nfail-on: never\n' });
    const r = await jsonRun(['app'], dir);
    expect([r.code, r.report.audience]).toEqual([0, 'multitenant']);
    const flags = await jsonRun(['app', '--audience', 'both', '--fail-on', 'error'], dir);
    expect([flags.code, flags.report.audience]).toEqual([1, 'both']);
  });

  it('--merge counts reports the same way and takes fail-on from the file', async () => {
    const dir = await makeWorkspace({ ...folder('app', badId()), [CONFIG]: 'rules:\n  teams.manifest-schema: off\nfail-on: warning\n' });
    const share = await cli(['app', '--format', 'json', '--output', join(dir, 'share.json')], dir);
    expect(share.code).toBe(0);
    const merged = await jsonRun(['--merge', 'share.json'], dir);
    expect(merged.report.summary.errors).toBe(0);
    expect(byRule(merged.report.packages[0], 'teams.manifest-schema')[0].suppressed?.kind).toBe('config');
    // Only notices are left: fail-on warning from the file passes; --fail-on error on the command line as well.
    expect(merged.code).toBe(0);
    expect((await cli(['--merge', 'share.json', '--write-baseline', 'b.json'], dir)).code).toBe(2);
  });
});
