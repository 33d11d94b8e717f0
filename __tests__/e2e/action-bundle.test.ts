// Runs the bundled action as GitHub runs it: a child process with INPUT_* and the runner's files.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleDir } from '../helpers/bundle.js';
import { ROOT, runBundledAction, testBundle } from './run-bundle.js';

const run = promisify(execFile);

let bundle: string;
beforeAll(async () => {
  bundle = testBundle(bundleDir);
  // The example zips are built by a script, as `npm start` does.
  await run(process.execPath, [join(ROOT, 'scripts', 'examples.mjs')], { cwd: ROOT });
}, 180_000);

const runAction = (inputs: Record<string, string>) => runBundledAction({ bundle, inputs });

describe('the bundled action (dist/index.js)', () => {
  it('annotates, summarises, writes outputs and the report, and fails on errors', async () => {
    const r = await runAction({ path: 'examples/build/*.zip' });
    expect(r.code).toBe(1);
    // The zip was built from examples/teams/…/manifest.json: the annotation sits on that file's line.
    expect(r.stdout).toMatch(/^::error title=teams\.manifest-schema%3A [^,]+,file=examples\/teams\/broken-message-extension\/manifest\.json,line=\d+,col=\d+::/m);
    expect(r.stdout).toContain('::error::');
    expect(r.outputs['eligible-multitenant']).toBe('false');
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(r.outputs['report-path']).toBe(r.reportPath);
    const report = JSON.parse(readFileSync(r.reportPath, 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.packages.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['examples/build/broken-message-extension.zip', 'examples/build/contoso-orders-message-extension.zip']),
    );
    expect(r.summary).toContain('Copilot publish check');
    // The token appears only in the add-mask command that tells the runner to hide it.
    expect(r.stdout.replace('::add-mask::ghs_testtokenvalue1234567890', '')).not.toContain('ghs_testtokenvalue1234567890');
  });

  it('passes on a clean package and says it is eligible everywhere', async () => {
    const r = await runAction({ path: 'examples/build/contoso-orders-message-extension.zip', audience: 'both' });
    expect(r.code).toBe(0);
    expect(r.outputs['eligible-single-tenant']).toBe('true');
    expect(r.outputs['eligible-multitenant']).toBe('true');
    expect(r.outputs.errors).toBe('0');
  });

  it('fails with a clear message for a path that does not exist, and still checks the others', async () => {
    const r = await runAction({ path: 'does/not/exist.zip\nexamples/build/contoso-orders-message-extension.zip' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Nothing found at \\"does/not/exist.zip\\"'.replace(/\\"/g, '"'));
    expect(r.outputs.errors).toBe('0');
  });

  it('rejects an invalid input value as a configuration error', async () => {
    const r = await runAction({ path: 'examples/build', audience: 'everyone' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Input "audience" must be one of');
  });

  it('honours fail-on: never', async () => {
    const r = await runAction({ path: 'examples/build', 'fail-on': 'never' });
    expect(r.code).toBe(0);
  });

  it('the CLI bundle prints a report and exits by the findings', async () => {
    let code = 0;
    let stdout = '';
    try {
      ({ stdout } = await run(process.execPath, [join(bundle, 'cli', 'index.js'), 'examples/build', '--format', 'json'], { cwd: ROOT }));
    } catch (e) {
      ({ code, stdout } = e as { code: number; stdout: string });
    }
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.packages).toBeGreaterThanOrEqual(2);
  });
});
