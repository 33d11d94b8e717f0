// Finding toolkit projects: by default, by their folder or by their appPackage/ folder; what they are built from;
// what is not a package (ARM parameters, Logic App workflows) and what cannot be checked from the repository
// (a TypeSpec agent, a Graph connector defined in code).
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS, resolveInputs } from '../../src/engine/index.js';
import { makeWorkspace, type Layout } from '../helpers/workspace.js';
import { teamsPackage } from '../helpers/packages.js';
import { agentProject, botProject, envFile, projectYml, CREATE_APP, under } from './projects.js';

async function check(layout: Layout, paths: string[] = [...DEFAULT_PATTERNS]) {
  const root = await makeWorkspace(layout, 'cpc-tk-');
  const { report } = await checkPaths(paths, { audience: 'both', toolVersion: 'test', cwd: root });
  return { root, report };
}

describe('discovering toolkit projects', () => {
  it('finds a project by default, by its folder and by its appPackage folder, and lists what it is built from', async () => {
    const root = await makeWorkspace(under('apps/repairs', agentProject()), 'cpc-tk-');
    for (const input of [[...DEFAULT_PATTERNS], ['apps/repairs'], ['apps/repairs/appPackage'], ['apps']]) {
      const { targets } = await resolveInputs(input, root);
      expect(targets.map((t) => [t.display, t.type])).toEqual([['apps/repairs/m365agents.yml', 'toolkit-project']]);
      expect(targets[0].inputs).toEqual([join(root, 'apps/repairs/m365agents.yml'), join(root, 'apps/repairs/env/.env.dev'), join(root, 'apps/repairs/appPackage')]);
    }
    // The environment picks the env file.
    const { targets } = await resolveInputs(['apps/repairs'], root, { environment: 'prod' });
    expect(targets[0].inputs).toContain(join(root, 'apps/repairs/env/.env.prod'));
  });

  it('recognises a project that has only an older local yml', async () => {
    const layout = agentProject();
    const { 'm365agents.yml': yml, ...rest } = layout;
    const { targets } = await resolveInputs([...DEFAULT_PATTERNS], await makeWorkspace({ ...rest, 'teamsapp.local.yml': yml }, 'cpc-tk-'));
    expect(targets.map((t) => [t.display, t.type])).toEqual([['teamsapp.local.yml', 'toolkit-project']]);
  });

  it('checks the project from source instead of an old zip in its build folder, and a zip it names with the project', async () => {
    const layout = { ...agentProject(), 'appPackage/build/appPackage.dev.zip': { zip: teamsPackage() }, 'appPackage/build/appPackage.local.zip': { zip: teamsPackage() } };
    const root = await makeWorkspace(layout, 'cpc-tk-');
    // Built yesterday, edited since: the build is old.
    const yesterday = new Date(Date.now() - 86_400_000);
    for (const zip of ['appPackage.dev.zip', 'appPackage.local.zip']) utimesSync(join(root, 'appPackage/build', zip), yesterday, yesterday);
    expect((await resolveInputs([...DEFAULT_PATTERNS], root)).targets.map((t) => t.type)).toEqual(['toolkit-project']);
    // Named explicitly, the zip is checked, and it is built from the project's files.
    const { targets } = await resolveInputs(['appPackage/build/appPackage.dev.zip'], root);
    expect(targets[0].type).toBe('zip');
    expect(targets[0].inputs).toEqual([join(root, 'appPackage/build/appPackage.dev.zip'), join(root, 'm365agents.yml'), join(root, 'env/.env.dev'), join(root, 'appPackage')]);
  });

  it('checks the zip a build step wrote for the environment instead of the project, once', async () => {
    const layout = { ...agentProject(), 'appPackage/build/appPackage.dev.zip': { zip: teamsPackage() }, 'appPackage/build/appPackage.local.zip': { zip: teamsPackage() } };
    const root = await makeWorkspace(layout, 'cpc-tk-');
    const tomorrow = new Date(Date.now() + 86_400_000);
    utimesSync(join(root, 'appPackage/build/appPackage.dev.zip'), tomorrow, tomorrow);
    const { targets } = await resolveInputs([...DEFAULT_PATTERNS], root);
    expect(targets.map((t) => [t.display, t.type])).toEqual([['appPackage/build/appPackage.dev.zip', 'zip']]);
    expect(targets[0].inputs).toContain(join(root, 'm365agents.yml'));
    // Named, the project is built from source whatever its build folder holds.
    expect((await resolveInputs(['.'], root)).targets.map((t) => t.type)).toEqual(['toolkit-project']);
  });

  it('reports no false error on ARM parameter files or Logic App workflows when a folder is searched', async () => {
    const { report } = await check(
      {
        ...under('bot', botProject()),
        'logicapp/workflow.json': JSON.stringify({ definition: { $schema: 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#', actions: { Create: { inputs: { uri: 'https://graph.microsoft.com/v1.0/external/connections', body: { connectorId: 'x' } } } } } }),
        'infra/main.parameters.json': JSON.stringify({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: { connectorId: { value: 'contoso' } } }),
      },
      ['.'],
    );
    expect(report.packages.map((p) => p.path)).toEqual(['bot/teamsapp.yml']);
    expect(report.summary.errors).toBe(0);
  });

  it('gives a TypeSpec agent that is not compiled one notice and no error', async () => {
    const layout = agentProject();
    delete layout['appPackage/declarativeAgent.json'];
    const { report } = await check({
      ...layout,
      'main.tsp': 'import "@typespec/http";\n@agent("Contoso Repairs", "Repairs")\nnamespace ContosoRepairs;\n',
      'm365agents.yml': projectYml([CREATE_APP, { uses: 'typeSpec/compile', with: { path: './main.tsp', manifestPath: './appPackage/manifest.json', outputDir: './appPackage/.generated' } }]),
    });
    const p = report.packages[0];
    expect(p.findings.map((f) => [f.ruleId, f.severity])).toEqual([['package.toolkit-typespec', 'notice']]);
    expect(p.findings[0].message).toMatch(/written in TypeSpec \(main\.tsp\).*atk package --env dev/);
    expect(p.findings[0].source).toEqual({ path: 'm365agents.yml', line: expect.any(Number), column: 1 });
    expect(p.routes[0].next).toContain('TypeSpec');
  });

  it('checks the Teams app of a Graph connector defined in code, with one notice naming the code', async () => {
    const layout = botProject();
    const { bots: _b, composeExtensions: _c, ...manifest } = JSON.parse(layout['appPackage/manifest.json'] as string);
    const { report } = await check({
      ...layout,
      'appPackage/manifest.json': JSON.stringify({ ...manifest, graphConnector: { notificationUrl: '${{NOTIFICATION_ENDPOINT}}/api/notification' } }, null, 4),
      'env/.env.dev': envFile({ APP_NAME_SUFFIX: 'dev', NOTIFICATION_ENDPOINT: 'https://connector.contoso.com', BOT_DOMAIN: 'connector.contoso.com' }),
      'src/connection.ts': "import { client } from './graph';\n\nexport async function createConnection() {\n  await client.api('/external/connections').post(connection);\n}\n",
    });
    const notice = report.packages[0].findings.filter((f) => f.ruleId === 'package.toolkit-connector-code');
    expect(notice).toHaveLength(1);
    expect(notice[0].message).toContain('src/connection.ts line 4');
    expect(notice[0].source?.path).toBe('appPackage/manifest.json');
    expect(report.packages[0].capabilities).toContain('graph-connector');
  });
});
