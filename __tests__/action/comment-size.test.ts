// The comment a reviewer reads for a monorepo of three Agents Toolkit apps with defects, each built into its
// appPackage/build/ zip, with the manifests it was built from in the repository: under 12 KB (it was about 39 KB
// before the comment led with the verdict and gave steps once per route kind).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/action/comment/body.js';
import { checkPaths } from '../../src/engine/index.js';
import { readZip } from '../../src/engine/read/zip.js';
import { CORPUS_DIR, HAS_CORPUS } from '../helpers/corpus.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

const LIMIT = 12 * 1024;
const LINKS = { serverUrl: 'https://github.com', repository: 'contoso/copilot-agents', ref: 'b'.repeat(40) };
const OPTIONS = { key: 'abcdef012345', links: LINKS, runUrl: 'https://github.com/contoso/copilot-agents/actions/runs/4242', verdict: { failOn: 'error' as const } };

async function comment(ws: string) {
  const { report } = await checkPaths(['**/appPackage/build/*.zip'], { audience: 'both', toolVersion: 't', cwd: ws, defaults: true });
  return { report, body: renderComment(report, OPTIONS) };
}

describe('the comment for three toolkit apps with defects', () => {
  it.skipIf(!HAS_CORPUS)('real samples (three corpus agents with errors and warnings) fit in 12 KB', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cpc-three-apps-'));
    for (const name of ['da-xbox-game-master', 'plugin-cext-trey-research', 'plugin-da-todo-tasks-graphapi']) {
      const zip = join(CORPUS_DIR, 'teams', `${name}.zip`);
      const app = join(ws, 'apps', name, 'appPackage');
      mkdirSync(join(app, 'build'), { recursive: true });
      copyFileSync(zip, join(app, 'build', 'appPackage.dev.zip'));
      // The sources beside it, so findings link to their lines as they do in a real repository.
      const { view } = await readZip(zip);
      for (const file of view!.names.filter((n) => n.endsWith('.json'))) {
        mkdirSync(dirname(join(app, file)), { recursive: true });
        writeFileSync(join(app, file), view!.bytes(file)!);
      }
    }
    const { report, body } = await comment(ws);
    expect(report.summary.errors).toBeGreaterThanOrEqual(3);
    // A real defect load: 21 findings once repeats of one defect in one file are one finding (consolidate.ts).
    expect(report.summary.errors + report.summary.warnings).toBeGreaterThanOrEqual(20);
    expect(body).toMatch(/^<!-- [^\n]+ -->\n## Copilot publish check\n\n\*\*❌ This check failed: \d+ errors in 3 packages \\\(fail\\-on: error\\\)\*\*/);
    // Every error is in the comment, on its line.
    for (const f of report.packages.flatMap((p) => p.findings.filter((x) => x.severity === 'error'))) expect(body).toContain(f.ruleId);
    expect(Buffer.byteLength(body)).toBeLessThan(LIMIT);
  });

  it('apps built here, with the defects a new project has, fit in 12 KB', async () => {
    const defects = (name: string, i: number) =>
      validManifest({
        id: `${i}f4b1c9e-8d3a-4e5f-9b6c-7a8d9e0f1a2b`,
        name: { short: `${name} assistant for every team of the company`, full: `${name} assistant` },
        developer: { name: 'Teams App, Inc.', websiteUrl: 'https://www.example.com', privacyUrl: 'https://www.example.com/privacy', termsOfUseUrl: 'https://www.example.com/termsofuse' },
      });
    const layout = Object.fromEntries(
      ['Orders', 'Tickets', 'Invoices'].flatMap((name, i) => {
        const m = defects(name, i + 1);
        return [
          [`apps/${name.toLowerCase()}/appPackage/manifest.json`, JSON.stringify(m, null, 2)],
          [`apps/${name.toLowerCase()}/appPackage/build/appPackage.dev.zip`, { zip: teamsPackage(m) }],
        ];
      }),
    );
    const { report, body } = await comment(await makeWorkspace(layout));
    expect(report.packages).toHaveLength(3);
    expect(report.summary.errors).toBeGreaterThanOrEqual(3);
    expect(body).toContain('This check failed');
    expect(Buffer.byteLength(body)).toBeLessThan(LIMIT);
  });
});
