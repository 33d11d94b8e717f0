// runAction with a recording core: annotation limits, the order of the verdict, summary, SARIF and the comment seam.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/inputs.js';
import { runAction, type ActionCore, type AnnotationProps } from '../../src/action/run.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

interface Call {
  fn: string;
  message: string;
  props?: AnnotationProps;
}

function recorder() {
  const calls: Call[] = [];
  let summary = '';
  const core: ActionCore = {
    info: (message) => calls.push({ fn: 'info', message }),
    warning: (message, props) => calls.push({ fn: 'warning', message, props }),
    error: (message, props) => calls.push({ fn: 'error', message, props }),
    notice: (message, props) => calls.push({ fn: 'notice', message, props }),
    setOutput: (name, value) => calls.push({ fn: 'output', message: `${name}=${value}` }),
    setFailed: (message) => calls.push({ fn: 'failed', message }),
    writeSummary: async (md) => {
      summary += md;
    },
  };
  return { core, calls, summary: () => summary };
}

const INPUTS: ActionInputs = { paths: ['build/*.zip'], audience: 'both', failOn: 'error', comment: true, token: 't', reportPath: '', sarifPath: 'out/x.sarif', previous: '', source: '' };
const broken = validManifest({ permissions: ['identity', 'x1', 'x2'], accentColor: 'blue' });

describe('runAction', () => {
  it('keeps annotations within GitHub limits, leaves room for the failure, and says what was not shown', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: teamsPackage(broken) }, 'build/b.zip': { zip: teamsPackage(broken) }, 'build/c.zip': { zip: teamsPackage(broken) } });
    const rec = recorder();
    let commented = 0;
    const report = await runAction(INPUTS, { workspace: ws, tempDir: ws, core: rec.core, publishComment: async () => void commented++ });
    const errors = rec.calls.filter((c) => c.fn === 'error');
    expect(report.summary.errors).toBeGreaterThanOrEqual(10);
    expect(errors).toHaveLength(9);
    expect(rec.calls.filter((c) => c.fn === 'notice').length).toBeLessThanOrEqual(10);
    const more = rec.calls.find((c) => c.fn === 'notice' && c.props?.title.includes('more findings'));
    expect(more?.message).toMatch(/^\d+ more findings are not shown as annotations/);
    expect(rec.summary()).toContain('are not shown as annotations');
    // The verdict comes last, once.
    expect(rec.calls.at(-1)?.fn).toBe('failed');
    expect(rec.calls.filter((c) => c.fn === 'failed')).toHaveLength(1);
    expect(commented).toBe(1);
    expect(JSON.parse(readFileSync(`${ws}/out/x.sarif`, 'utf8')).runs[0].results.length).toBe(report.summary.errors + report.summary.warnings + report.summary.notices);
    expect(rec.calls).toContainEqual({ fn: 'output', message: `sarif-path=${ws}/out/x.sarif` });
  });

  it('a failing comment is a warning; the verdict stands', async () => {
    const ws = await makeWorkspace({ 'build/a.zip': { zip: teamsPackage() } });
    const rec = recorder();
    await runAction(INPUTS, {
      workspace: ws,
      tempDir: ws,
      core: rec.core,
      publishComment: async () => {
        throw new Error('boom');
      },
    });
    expect(rec.calls.find((c) => c.fn === 'warning')?.message).toContain('boom');
    expect(rec.calls.some((c) => c.fn === 'failed')).toBe(false);
  });

  it('passes the source input to the engine', async () => {
    const ws = await makeWorkspace({
      'src/app/manifest.json': JSON.stringify({ ...broken, id: '33333333-3333-4333-8333-333333333333' }, null, 2),
      'build/a.zip': { zip: teamsPackage(broken) },
    });
    const rec = recorder();
    const report = await runAction({ ...INPUTS, source: 'src/app' }, { workspace: ws, tempDir: ws, core: rec.core });
    expect(report.packages[0].findings.find((f) => f.severity === 'error')?.source?.path).toBe('src/app/manifest.json');
    expect(rec.calls.find((c) => c.fn === 'error')?.props?.file).toBe('src/app/manifest.json');
  });
});
