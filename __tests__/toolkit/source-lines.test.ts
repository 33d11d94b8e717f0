// Findings on a project built from source sit on the line of the template they come from, through the substitution.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS, type Finding } from '../../src/engine/index.js';
import { makeWorkspace, type Layout } from '../helpers/workspace.js';
import { agentProject } from './projects.js';

async function check(layout: Layout) {
  const root = await makeWorkspace(layout, 'cpc-tk-');
  const { report } = await checkPaths([...DEFAULT_PATTERNS], { audience: 'both', toolVersion: 'test', cwd: root });
  return { root, findings: report.packages[0].findings };
}

/** Line and column of the first `needle` in a repository file. */
function at(root: string, path: string, needle: string) {
  const lines = readFileSync(join(root, path), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { path, line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

const on = (findings: Finding[], pointer: string) => findings.find((f) => f.pointer === pointer && f.severity === 'error');

describe('source lines of a project built from source', () => {
  it('puts a finding on name.short on the line of its placeholders', async () => {
    const { root, findings } = await check(
      agentProject({ manifest: { name: { short: '${{APP_NAME}}${{APP_NAME_SUFFIX}}', full: 'Contoso Repairs for Microsoft 365' } }, env: { APP_NAME: 'Contoso Repairs and Maintenance Bookings' } }),
    );
    const f = on(findings, '/name/short');
    expect(f?.ruleId).toBe('teams.manifest-schema');
    // The built manifest is written again by the toolkit; the finding still names the template's line.
    expect(f?.source).toEqual(at(root, 'appPackage/manifest.json', '"${{APP_NAME}}${{APP_NAME_SUFFIX}}"'));
  });

  it('puts a finding on a literal value on its own line', async () => {
    const { root, findings } = await check(agentProject({ manifest: { accentColor: 'blue' } }));
    expect(on(findings, '/accentColor')?.source).toEqual(at(root, 'appPackage/manifest.json', '"blue"'));
  });

  it('puts a finding on inlined instructions on the agent’s line that inlines them', async () => {
    const { root, findings } = await check(agentProject({ extra: { 'appPackage/instruction.txt': 'Help. '.repeat(1500) } }));
    const f = findings.find((x) => x.ruleId === 'copilot.da-instructions-length');
    expect(f?.file).toBe('declarativeAgent.json');
    expect(f?.source).toEqual(at(root, 'appPackage/declarativeAgent.json', `"$[file('instruction.txt')]"`));
  });

  it('puts a finding inside a plugin’s inlined response template on the static_template line', async () => {
    const { root, findings } = await check(agentProject({ extra: { 'appPackage/cards/order.json': JSON.stringify({ type: 'AdaptiveCard', version: '9.9', body: 'x' }) } }));
    const inTemplate = findings.filter((f) => f.file === 'ai-plugin.json' && f.pointer.includes('/static_template'));
    expect(inTemplate.length).toBeGreaterThan(0);
    for (const f of inTemplate) expect(f.source?.path).toBe('appPackage/ai-plugin.json');
    expect(inTemplate.map((f) => f.source?.line)).toContain(at(root, 'appPackage/ai-plugin.json', '"static_template"').line);
  });
});
