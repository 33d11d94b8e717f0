// Runs the bundled action as GitHub runs it: a child process with INPUT_* and the runner's files.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  it('the CLI bundle stops quietly when its output is closed early (--list-rules | head -1)', async () => {
    // The catalogue is far larger than a pipe's buffer, so the write fails once head has gone.
    const { stdout, stderr } = await run('bash', ['-c', 'set -o pipefail; "$0" "$1" --list-rules | head -1', process.execPath, join(bundle, 'cli', 'index.js')]);
    expect(stdout).toBe('# Rules\n');
    expect(stderr).toBe('');
  });
  // Rule families, the YAML parser, the glob library and the SARIF renderer are chunks loaded on demand: a chunk
  // missing from the bundle fails only at run time, so one run here needs every one of them.
  it('the CLI bundle loads what each kind of package needs, on demand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-chunks-'));
    const yamlApp = join(dir, 'yaml-app');
    cpSync(join(ROOT, 'examples/teams/contoso-orders-message-extension'), yamlApp, { recursive: true });
    // An API-based message extension whose OpenAPI description is YAML and lacks the command's operation.
    const manifest = JSON.parse(readFileSync(join(yamlApp, 'manifest.json'), 'utf8'));
    const [me] = manifest.composeExtensions;
    delete me.botId;
    manifest.composeExtensions = [{ ...me, composeExtensionType: 'apiBased', apiSpecificationFile: 'openapi.yaml' }];
    writeFileSync(join(yamlApp, 'manifest.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(join(yamlApp, 'openapi.yaml'), 'openapi: 3.0.1\ninfo:\n  title: Orders\n  version: "1"\nservers:\n  - url: https://api.contoso.com\npaths: {}\n');
    const args = [join(bundle, 'cli', 'index.js'), 'examples/*/*', yamlApp, '--format', 'sarif', '--fail-on', 'never'];
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const sarif = JSON.parse(stdout);
    const results = sarif.runs[0].results as Array<{ ruleId: string; message: { text: string } }>;
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
    expect(results.filter((r) => /Internal error/.test(r.message.text))).toEqual([]);
    for (const family of ['package', 'teams', 'copilot', 'powerplatform', 'graph']) {
      const named = rules.filter((r) => r.id.startsWith(`${family}.`));
      expect(named.length, family).toBeGreaterThan(0);
      // A title, not the bare id: the rule's family was loaded when the report was rendered.
      for (const r of named) expect(r.shortDescription.text).not.toBe(r.id);
    }
    // Read from the YAML: the description has no operation for the command.
    expect(results.filter((r) => r.ruleId === 'copilot.apime-command-operation').map((r) => r.message.text).join('\n')).toContain('searchOrders');
  });
  // A merged report comes from other processes: the rules its findings name are loaded before it is rendered.
  it('the CLI bundle names the rules of a merged report in annotations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-merge-e2e-'));
    const report = join(dir, 'connector.json');
    const cliJs = join(bundle, 'cli', 'index.js');
    await run(process.execPath, [cliJs, 'examples/connectors/broken-contoso-tickets', '--format', 'json', '--output', report, '--fail-on', 'never'], { cwd: ROOT });
    const { stdout } = await run(process.execPath, [cliJs, '--merge', report, '--format', 'github', '--fail-on', 'never'], { cwd: ROOT });
    const titles = [...stdout.matchAll(/title=([^,:]+\.[^,:]+?)%3A ([^,]+?)(?:,|::)/g)];
    expect(titles.some(([, id]) => id.startsWith('powerplatform.'))).toBe(true);
  });
});
