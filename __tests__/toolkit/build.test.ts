// A toolkit project is built in memory as the toolkit's zipAppPackage step builds it, file by file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS } from '../../src/engine/index.js';
import { readToolkitProject } from '../../src/engine/read/toolkit/read-project.js';
import type { PackageView } from '../../src/engine/read/package-view.js';
import { makeWorkspace, type Layout } from '../helpers/workspace.js';
import { agentProject, apiMessageExtensionProject, botProject, INSTRUCTIONS } from './projects.js';

async function build(layout: Layout, options: { environment?: string; processEnv?: Record<string, string> } = {}) {
  const root = await makeWorkspace(layout, 'cpc-tk-');
  const result = await readToolkitProject(root, 'm365agents.yml', { root, ...options });
  return { root, ...result };
}

function json(view: PackageView | null, name: string): Record<string, any> {
  return JSON.parse(view?.text(name) ?? 'null');
}

describe('building a toolkit project from source', () => {
  it('packages the manifest, icons, agent, plugin and OpenAPI description, with every substitution made', async () => {
    const { view, root } = await build(agentProject());
    expect(view?.names).toEqual(['manifest.json', 'color.png', 'outline.png', 'declarativeAgent.json', 'ai-plugin.json', 'apiSpecificationFile/repairs.yml']);
    const manifest = json(view, 'manifest.json');
    expect(manifest.name.short).toBe('Contoso Repairsdev');
    // The toolkit writes the manifest again with four-space indentation.
    expect(view?.text('manifest.json')).toBe(JSON.stringify(manifest, null, 4));
    // $[file()] inlines the text JSON-escaped, with CRLF made LF.
    expect(json(view, 'declarativeAgent.json').instructions).toBe(INSTRUCTIONS.replace(/\r\n/g, '\n'));
    // The plugin's static_template.file is replaced by the card, so the card file itself is not packaged.
    const plugin = json(view, 'ai-plugin.json');
    expect(plugin.functions[0].capabilities.response_semantics.static_template.type).toBe('AdaptiveCard');
    expect(view?.text('apiSpecificationFile/repairs.yml')).toContain('- url: https://repairs.contoso.com/api');
    // Only what the toolkit packages: nothing from appPackage/build, no instruction.txt, no card file.
    expect(view?.names.some((n) => /instruction|cards|build/.test(n))).toBe(false);
    // The agent keeps its layout: a substitution changes no line.
    expect(view?.text('declarativeAgent.json')?.split('\n').length).toBe(readFileSync(join(root, 'appPackage/declarativeAgent.json'), 'utf8').split('\n').length);
  });

  it('names the per-environment icon the environment picks', async () => {
    const dev = await build(botProject());
    expect(json(dev.view, 'manifest.json').icons.color).toBe('color-dev.png');
    expect(dev.view?.names).toContain('color-dev.png');
    expect(dev.view?.names).not.toContain('color-prod.png');
    const prod = await build(botProject({ extra: { 'env/.env.prod': 'APP_NAME_SUFFIX=\n' } }), { environment: 'prod' });
    expect(prod.view?.names).toContain('color-prod.png');
    expect(json(prod.view, 'manifest.json').name.short).toBe('Contoso Orders');
  });

  it('packages an API-based message extension with its description and response templates', async () => {
    const { view } = await build(apiMessageExtensionProject());
    expect(view?.names).toEqual(['manifest.json', 'color.png', 'outline.png', 'apiSpecificationFile/orders.yml', 'responseTemplates/listOrders.json']);
    expect(view?.text('apiSpecificationFile/orders.yml')).toContain('https://orders.contoso.com/api');
  });

  it('reads a variable from the process environment before the env file, as the toolkit does', async () => {
    const { view } = await build(agentProject(), { processEnv: { APP_NAME_SUFFIX: '-ci', OPENAPI_SERVER_URL: 'https://staging.contoso.com' } });
    expect(json(view, 'manifest.json').name.short).toBe('Contoso Repairs-ci');
    expect(view?.text('apiSpecificationFile/repairs.yml')).toContain('https://staging.contoso.com');
  });

  it('uses the id a variable gives, and a stand-in GUID while the variable is empty', async () => {
    const id = '0b5e2c8a-1f3d-4a6b-9c7e-2d4f6a8b0c1e';
    expect(json((await build(agentProject({ env: { TEAMS_APP_ID: id } }))).view, 'manifest.json').id).toBe(id);
    expect(json((await build(agentProject())).view, 'manifest.json').id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('reports what would stop the toolkit at the line that causes it', async () => {
    const { problems } = await build(
      agentProject({
        agent: { instructions: "$[file('missing.txt')]", description: "$[file('../outside.txt')]" },
        extra: { 'outside.txt': 'x' },
      }),
    );
    const found = problems.filter((p) => p.ruleId === 'package.toolkit-build');
    const missing = found.find((p) => /file\('missing\.txt'\).*does not exist/.test(p.message));
    const outside = found.find((p) => /file\('\.\.\/outside\.txt'\).*outside the folder/.test(p.message));
    expect(found).toHaveLength(2);
    // The four-space agent file has `description` on line 5 and `instructions` on line 6; the column is the call's.
    expect(missing?.source).toEqual({ path: 'appPackage/declarativeAgent.json', line: 6, column: 22 });
    expect(outside?.source).toEqual({ path: 'appPackage/declarativeAgent.json', line: 5, column: 21 });
  });

  it('reports a template that is not JSON at the line of the syntax error', async () => {
    const { problems, view } = await build(agentProject({ extra: { 'appPackage/ai-plugin.json': '{\n  "namespace": "contoso",\n  "functions": [,]\n}\n' } }));
    expect(problems).toContainEqual(expect.objectContaining({ ruleId: 'package.toolkit-build', message: expect.stringMatching(/^appPackage\/ai-plugin\.json is not valid JSON/), source: expect.objectContaining({ path: 'appPackage/ai-plugin.json', line: 3 }) }));
    // The rest of the package is still built and checked.
    expect(view?.names).toContain('declarativeAgent.json');
  });

  it('warns that an app id which is not a GUID becomes a new random id at every build', async () => {
    const { problems } = await build(agentProject({ manifest: { id: 'contoso-repairs' } }));
    expect(problems).toContainEqual(expect.objectContaining({ ruleId: 'package.toolkit-build', severity: 'warning', message: expect.stringContaining('not a GUID') }));
  });

  it('checks the built package and none of the template problems: no unresolved placeholder, no missing icon', async () => {
    const root = await makeWorkspace(botProject(), 'cpc-tk-');
    const { report } = await checkPaths([...DEFAULT_PATTERNS], { audience: 'both', toolVersion: 'test', cwd: root });
    expect(report.packages.map((p) => [p.path, p.kind])).toEqual([['teamsapp.yml', 'teams-app']]);
    const ids = report.packages[0].findings.map((f) => f.ruleId);
    expect(ids).not.toContain('package.unresolved-placeholder');
    expect(ids.filter((id) => /icon/.test(id))).toEqual([]);
    expect(report.packages[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
