// What outputs say about fixes: the command that makes them names paths that exist in a clone (a zip's source
// folder, a toolkit project's folder), quoted for a shell; the comment's list is escaped; fixes that cannot be made
// are counted with their reason.
import { describe, expect, it } from 'vitest';
import { fixCommand, fixesLine, fixesNote } from '../../src/report/index.js';
import type { Finding, Fix } from '../../src/engine/types.js';
import { finding, HOSTILE, pkg, report } from './fixture-report.js';

const fix = (path: string, over: Partial<Fix> = {}): Fix => ({
  description: 'Write version "1.0" as "1.0.0".',
  changes: [{ file: 'manifest.json', op: 'replace', pointer: '/version', value: '1.0.0' }],
  edits: [{ path, start: { line: 4, column: 14, offset: 90 }, end: { line: 4, column: 19, offset: 95 }, text: '"1.0.0"' }],
  applicable: true,
  ...over,
});
const fixable = (path: string, over: Partial<Finding> = {}) => finding({ ruleId: 'teams.version-semver', pointer: '/version', source: { path, line: 4, column: 14 }, fix: fix(path), ...over });

describe('the --fix command', () => {
  it('quotes paths a shell would split or expand, and names each once', () => {
    expect(fixCommand(['apps/orders', "certified-connectors/Asite (Canada)", "it's $(here)", 'apps/orders'])).toBe(
      `npx copilot-publish-check --fix apps/orders 'certified-connectors/Asite (Canada)' 'it'\\''s $(here)'`,
    );
    expect(fixCommand(['a'], true)).toBe('npx copilot-publish-check --fix-dry-run a');
  });

  it('names a zip by its source folder and a toolkit project by its folder', () => {
    const r = report([
      pkg({ path: 'appPackage/build/appPackage.dev.zip', findings: [fixable('appPackage/manifest.json')] }),
      pkg({ path: 'apps/helpdesk/teamsapp.yml', findings: [fixable('apps/helpdesk/appPackage/manifest.json')] }),
      pkg({ path: 'm365agents.yml', findings: [fixable('appPackage/manifest.json')] }),
      pkg({ path: 'dist/plugin.zip', findings: [fixable('src/plugin/specs/a.json', { file: 'specs/a.json', source: null })] }),
    ]);
    expect(fixesLine(r)).toBe('4 findings have a fix: npx copilot-publish-check --fix appPackage apps/helpdesk . src/plugin/specs makes them (--fix-dry-run shows the diff first).');
  });
});

describe('the --fix command for many packages', () => {
  const many = (paths: string[]) => report(paths.map((p) => pkg({ path: p, findings: [fixable(`${p}/apiDefinition.swagger.json`)] })));

  it('names the top-level folders that hold them, past eight packages', () => {
    const paths = [...Array.from({ length: 7 }, (_, i) => `certified-connectors/C${i}`), 'independent-publisher-connectors/I 1', 'custom-connectors/X'];
    expect(fixesLine(many(paths))).toBe('9 findings have a fix: npx copilot-publish-check --fix certified-connectors independent-publisher-connectors custom-connectors makes them (--fix-dry-run shows the diff first).');
  });

  it('names the repository root when the folders are many too', () => {
    const paths = Array.from({ length: 9 }, (_, i) => `app-${i}/appPackage`);
    expect(fixesLine(many(paths))).toContain('npx copilot-publish-check --fix . makes them');
  });

  it('names each package while they are eight or fewer', () => {
    const paths = Array.from({ length: 8 }, (_, i) => `certified-connectors/C${i}`);
    expect(fixesLine(many(paths))).toContain(`--fix ${paths.join(' ')} makes them`);
  });
});

describe('the note in the summary and the comment', () => {
  it('lists the fixes not suggested, escaped, and counts those that cannot be made with the reason', () => {
    const r = report([
      pkg({
        path: 'app',
        findings: [
          fixable('app/manifest.json'),
          fixable('app/manifest.json', { pointer: '/validDomains/0', fix: fix('app/manifest.json', { description: `Write the host name "${HOSTILE}".` }) }),
          fixable('app/manifest.json', { pointer: '/x', fix: fix('manifest.json', { applicable: false, reason: 'manifest.json is inside vendor.zip, and the repository file it was built from was not found.' }) }),
          fixable('app/manifest.json', { pointer: '/y', suppressed: { kind: 'config', reason: 'off' } }),
        ],
      }),
    ]);
    const [first] = r.packages[0].findings;
    const note = fixesNote(r, { suggested: new Set([first]) })!;
    expect(note.split('\n')[0]).toBe('🔧 **3 findings have a fix.** 1 is suggested in the review on the lines this pull request changes: commit it there. For the other 1, run `npx copilot-publish-check --fix app` at the repository root (`--fix-dry-run` shows the diff first):');
    expect(note).not.toMatch(/<img|@someone/);
    expect(note).toContain('1 fix cannot be made in the repository: manifest\\.json is inside vendor\\.zip, and the repository file it was built from was not found\\.');
    expect(fixesNote(report([pkg({ findings: [finding()] })]))).toBeUndefined();
  });
});
