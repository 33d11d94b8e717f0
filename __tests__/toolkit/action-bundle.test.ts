// The bundled action, run as GitHub runs it, on the monorepo of four toolkit apps with nothing built: each
// annotation on the file of the app that has the defect, the summary listing the four projects, the zips written
// to package-output only for the apps whose variables all have values.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { runBundledAction, testBundle, workflowCommands } from '../e2e/run-bundle.js';
import { MONOREPO_APPS, monorepo } from './projects.js';

let bundle: string;
beforeAll(() => {
  bundle = testBundle(bundleDir);
}, 600_000);

describe('the bundled action on a monorepo of toolkit apps', () => {
  it('annotates every finding in the app that has it, and writes the packages of prod', { timeout: 120_000 }, async () => {
    const workspace = await makeWorkspace(monorepo(), 'cpc-mono-e2e-');
    const r = await runBundledAction({ bundle, workspace, inputs: { environment: 'prod', 'package-output': 'copilot-packages', 'fail-on': 'error' } });
    expect(r.code).toBe(1);
    const annotations = workflowCommands(r.stdout).filter((l) => /^::(error|warning|notice) /.test(l) && l.includes('file='));
    const files = annotations.map((l) => /file=([^,:]+)/.exec(l)?.[1] ?? '');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(Object.keys(MONOREPO_APPS).some((app) => file.startsWith(`${app}/`)), file).toBe(true);
    // A finding in the project's own files needs no "[in <package>]" note.
    for (const l of annotations) expect(l).not.toContain('[in ');
    // Each defect, on its own app's file.
    for (const [app, defect] of Object.entries(MONOREPO_APPS)) {
      expect(annotations.some((l) => l.startsWith('::error ') && l.includes(`${defect.ruleId}%3A`) && l.includes(`file=${app}/appPackage/${defect.file},`)), app).toBe(true);
    }
    for (const app of Object.keys(MONOREPO_APPS)) expect(r.summary).toContain(app);
    // env/.env.prod gives every variable a value: each app's zip is written, at the toolkit's own path.
    for (const app of Object.keys(MONOREPO_APPS)) expect(existsSync(join(workspace, 'copilot-packages', app, 'appPackage/build/appPackage.prod.zip')), app).toBe(true);
    expect(r.outputs.packages.split('\n')).toHaveLength(4);
  });
});
