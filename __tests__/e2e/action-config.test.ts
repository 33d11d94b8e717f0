// The bundled CLI writes a baseline and the bundled action, run as GitHub runs it, reads the configuration file and
// that baseline from the workspace: known findings pass, a new defect fails, the summary says what was suppressed,
// inputs set by the workflow win, and a mistake in the file fails the step with an annotation on its line.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace, zipBytes } from '../helpers/workspace.js';
import { runBundledAction, testBundle, workflowCommands } from './run-bundle.js';

const run = promisify(execFile);
const CONFIG = '.github/copilot-publish-check.yml';
const BASELINE = '.github/copilot-publish-check-baseline.json';

let bundle: string;
beforeAll(() => {
  bundle = testBundle(bundleDir);
}, 180_000);

const broken = (over: Record<string, unknown> = {}) => teamsPackage(validManifest({ permissions: ['identity', 'x1', 'x2'], accentColor: 'blue', ...over }));

describe('the bundled action with a configuration file and a baseline', () => {
  it('honours a baseline written by the bundled CLI, fails on a new defect, and says so in the summary', async () => {
    const ws = await makeWorkspace({
      'appPackage/build/app.zip': { zip: broken() },
      [CONFIG]: `# yaml-language-server: $schema=../copilot-publish-check.schema.json\nrules:\n  teams.developer-mpn-id: off\nbaseline: ${BASELINE}\n`,
    });
    const cli = await run(process.execPath, [join(bundle, 'cli', 'index.js'), 'appPackage/build/app.zip', '--write-baseline', BASELINE], { cwd: ws });
    expect(cli.stderr).toMatch(/wrote \d+ findings to \.github\/copilot-publish-check-baseline\.json; commit it\./);

    const known = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'appPackage/build/*.zip' } });
    expect(known.code).toBe(0);
    expect(known.outputs.errors).toBe('0');
    expect(workflowCommands(known.stdout).filter((l) => /^::(error|warning|notice)/.test(l))).toEqual([]);
    expect(known.summary).toMatch(/\d+ findings suppressed \(1 by rule, \d+ by baseline\)\./);
    const report = JSON.parse(readFileSync(known.reportPath, 'utf8'));
    expect(report.baseline).toMatchObject({ file: BASELINE, fixed: 0 });
    expect(report.packages[0].findings.every((f: { suppressed?: unknown }) => f.suppressed)).toBe(true);

    // A new defect fails; one fixed is counted in the summary.
    writeFileSync(join(ws, 'appPackage/build/app.zip'), await zipBytes(broken({ accentColor: '#abcdef', version: 'one' })));
    const next = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'appPackage/build/*.zip', 'fail-on': '' } });
    expect(next.code).toBe(1);
    expect(next.outputs.errors).toBe('1');
    expect(workflowCommands(next.stdout).filter((l) => l.startsWith('::error title=teams.'))).toHaveLength(1);
    expect(next.summary).toContain('1 finding of the baseline is fixed: refresh it with `copilot-publish-check --write-baseline .github/copilot-publish-check-baseline.json`.');
  });

  it('inputs set by the workflow win over the file; a mistake in the file is annotated on its line', async () => {
    const ws = await makeWorkspace({ 'appPackage/build/app.zip': { zip: broken() }, [CONFIG]: 'fail-on: never\naudience: single-tenant\n' });
    const fromFile = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'appPackage/build/*.zip' } });
    expect([fromFile.code, JSON.parse(readFileSync(fromFile.reportPath, 'utf8')).audience]).toEqual([0, 'single-tenant']);
    const fromInputs = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'appPackage/build/*.zip', 'fail-on': 'error', audience: 'both' } });
    expect([fromInputs.code, JSON.parse(readFileSync(fromInputs.reportPath, 'utf8')).audience]).toEqual([1, 'both']);

    writeFileSync(join(ws, CONFIG), 'ignore:\n  - rule: teams.manifest-schema\n');
    const bad = await runBundledAction({ bundle, workspace: ws, inputs: { path: 'appPackage/build/*.zip' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`::error title=copilot-publish-check%3A configuration,file=${CONFIG},line=2,col=5::ignore entry 1 has no reason`);
    expect(bad.stdout).toContain(`::error::The configuration is not valid: ${CONFIG}:2:5: ignore entry 1 has no reason`);
  });
});
