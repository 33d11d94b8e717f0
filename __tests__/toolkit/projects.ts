// Microsoft 365 Agents Toolkit projects as the toolkit's templates lay them out (m365agents.yml or teamsapp.yml,
// env/.env.<environment>, appPackage/ with ${{VAR}} placeholders and $[file()] calls), written by the tests into
// temporary repositories. Three kinds: a declarative agent with an API plugin, a bot-based message extension and an
// API-based message extension; and a monorepo of four apps.
import { agentManifest, apiCommand, openApiYaml, orderCard, responseTemplate, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { outlinePng, png, validManifest } from '../helpers/packages.js';
import type { Layout } from '../helpers/workspace.js';

export interface Step {
  uses: string;
  with?: Record<string, string>;
  writes?: Record<string, string>;
}

/** A project yml: the given provision steps, then teamsApp/zipAppPackage as the templates write it. */
export function projectYml(steps: Step[], zip: { outputZipPath?: string; outputFolder?: string } = {}): string {
  const lines = ['# yaml-language-server: $schema=https://aka.ms/m365-agents-toolkits/v1.8/yaml.schema.json', 'version: v1.8', '', 'environmentFolderPath: ./env', '', 'provision:'];
  const all: Step[] = [
    ...steps,
    {
      uses: 'teamsApp/zipAppPackage',
      with: {
        manifestPath: './appPackage/manifest.json',
        outputZipPath: zip.outputZipPath ?? './appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip',
        outputFolder: zip.outputFolder ?? './appPackage/build',
      },
    },
  ];
  for (const s of all) {
    lines.push(`  - uses: ${s.uses}`);
    if (s.with) {
      lines.push('    with:');
      for (const [k, v] of Object.entries(s.with)) lines.push(`      ${k}: ${v}`);
    }
    if (s.writes) {
      lines.push('    writeToEnvironmentFile:');
      for (const [k, v] of Object.entries(s.writes)) lines.push(`      ${k}: ${v}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const CREATE_APP: Step = { uses: 'teamsApp/create', with: { name: 'contoso${{APP_NAME_SUFFIX}}' }, writes: { teamsAppId: 'TEAMS_APP_ID' } };

export function envFile(vars: Record<string, string>): string {
  return ['# This file includes environment variables that will be committed to git by default.', '', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), ''].join('\n');
}

/** Prefixes every path of a layout with `dir/`. */
export function under(dir: string, layout: Layout): Layout {
  return Object.fromEntries(Object.entries(layout).map(([k, v]) => [dir ? `${dir}/${k}` : k, v]));
}

const json = (v: unknown) => JSON.stringify(v, null, 4);

export const INSTRUCTIONS = 'You help Contoso staff with repair orders.\r\nAlways confirm the customer before creating a repair order.\r\n';

/** A declarative agent with an API plugin (apiKey/register writes the registration id). */
export function agentProject(o: { name?: string; env?: Record<string, string>; agent?: Record<string, unknown>; plugin?: Record<string, unknown>; manifest?: Record<string, unknown>; extra?: Layout } = {}): Layout {
  const manifest = agentManifest({
    id: '${{TEAMS_APP_ID}}',
    name: { short: `${o.name ?? 'Contoso Repairs'}\${{APP_NAME_SUFFIX}}`, full: 'Contoso Repairs for Microsoft 365' },
    ...o.manifest,
  });
  const plugin = validPlugin({
    runtimes: [{ type: 'OpenApi', auth: { type: 'ApiKeyPluginVault', reference_id: '${{APIKEY_REGISTRATION_ID}}' }, spec: { url: 'apiSpecificationFile/repairs.yml' }, run_for_functions: ['listOrders', 'createOrder'] }],
    ...o.plugin,
  });
  return {
    'm365agents.yml': projectYml([
      CREATE_APP,
      { uses: 'apiKey/register', with: { name: 'RepairsKey', appId: '${{TEAMS_APP_ID}}', apiSpecPath: './appPackage/apiSpecificationFile/repairs.yml' }, writes: { registrationId: 'APIKEY_REGISTRATION_ID' } },
    ]),
    'env/.env.dev': envFile({ TEAMSFX_ENV: 'dev', APP_NAME_SUFFIX: 'dev', OPENAPI_SERVER_URL: 'https://repairs.contoso.com/api', TEAMS_APP_ID: '', ...o.env }),
    'appPackage/manifest.json': json(manifest),
    'appPackage/color.png': png(192, 192),
    'appPackage/outline.png': outlinePng(),
    'appPackage/declarativeAgent.json': json(validAgent({ instructions: "$[file('instruction.txt')]", ...o.agent })),
    'appPackage/instruction.txt': INSTRUCTIONS,
    'appPackage/ai-plugin.json': json(plugin),
    'appPackage/apiSpecificationFile/repairs.yml': openApiYaml({ server: '${{OPENAPI_SERVER_URL}}' }),
    'appPackage/cards/order.json': json(orderCard()),
    '.gitignore': 'env/.env.*.user\nappPackage/build\n',
    ...o.extra,
  };
}

/**
 * A bot-based message extension (teamsapp.yml): botAadApp/create writes BOT_ID, arm/deploy's Bicep outputs
 * BOT_DOMAIN; the colour icon is per environment (color-${{TEAMSFX_ENV}}.png).
 */
export function botProject(o: { env?: Record<string, string>; manifest?: Record<string, unknown>; extra?: Layout } = {}): Layout {
  const manifest = validManifest({
    id: '${{TEAMS_APP_ID}}',
    icons: { color: 'color-${{TEAMSFX_ENV}}.png', outline: 'outline.png' },
    name: { short: 'Contoso Orders${{APP_NAME_SUFFIX}}', full: 'Contoso Orders for Microsoft 365' },
    bots: [{ botId: '${{BOT_ID}}', scopes: ['personal', 'team'], isNotificationOnly: false }],
    validDomains: ['${{BOT_DOMAIN}}'],
    ...o.manifest,
  });
  (manifest.composeExtensions as Array<Record<string, unknown>>)[0].botId = '${{BOT_ID}}';
  return {
    'teamsapp.yml': projectYml([
      CREATE_APP,
      { uses: 'botAadApp/create', with: { name: 'contoso-bot' }, writes: { botId: 'BOT_ID', botPassword: 'SECRET_BOT_PASSWORD' } },
      { uses: 'arm/deploy', with: { subscriptionId: '${{AZURE_SUBSCRIPTION_ID}}', resourceGroupName: '${{AZURE_RESOURCE_GROUP_NAME}}' } },
    ]).replace(
      "      resourceGroupName: ${{AZURE_RESOURCE_GROUP_NAME}}\n",
      '      resourceGroupName: ${{AZURE_RESOURCE_GROUP_NAME}}\n      templates:\n        - path: ./infra/azure.bicep\n          parameters: ./infra/azure.parameters.json\n          deploymentName: Create-resources\n',
    ),
    'env/.env.dev': envFile({ TEAMSFX_ENV: 'dev', APP_NAME_SUFFIX: 'dev', BOT_ID: '', TEAMS_APP_ID: '', BOT_DOMAIN: '', ...o.env }),
    'appPackage/manifest.json': json(manifest),
    'appPackage/color-dev.png': png(192, 192),
    'appPackage/color-prod.png': png(192, 192, [200, 90, 0, 255]),
    'appPackage/outline.png': outlinePng(),
    'infra/azure.bicep': "param resourceBaseName string\noutput BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id\noutput BOT_DOMAIN string = webApp.properties.defaultHostName\n",
    'infra/azure.parameters.json': json({
      $schema: 'https://schema.management.azure.com/schemas/2015-01-01/deploymentParameters.json#',
      contentVersion: '1.0.0.0',
      parameters: { resourceBaseName: { value: 'bot${{RESOURCE_SUFFIX}}' }, botAadAppClientId: { value: '${{BOT_ID}}' }, connectorId: { value: 'contoso' } },
    }),
    ...o.extra,
  };
}

/** An API-based message extension: apiKey/register writes the registration id the manifest names. */
export function apiMessageExtensionProject(o: { env?: Record<string, string>; command?: Record<string, unknown>; extra?: Layout } = {}): Layout {
  const manifest = validManifest({
    id: '${{TEAMS_APP_ID}}',
    name: { short: 'Contoso Orders${{APP_NAME_SUFFIX}}', full: 'Contoso Orders for Microsoft 365' },
    composeExtensions: [
      {
        composeExtensionType: 'apiBased',
        apiSpecificationFile: 'apiSpecificationFile/orders.yml',
        commands: [apiCommand(o.command)],
        authorization: { authType: 'apiSecretServiceAuth', apiSecretServiceAuthConfiguration: { apiSecretRegistrationId: '${{APIKEY_REGISTRATION_ID}}' } },
      },
    ],
    validDomains: [],
  });
  return {
    'm365agents.yml': projectYml([
      CREATE_APP,
      { uses: 'apiKey/register', with: { name: 'OrdersKey', appId: '${{TEAMS_APP_ID}}', apiSpecPath: './appPackage/apiSpecificationFile/orders.yml' }, writes: { registrationId: 'APIKEY_REGISTRATION_ID' } },
    ]),
    'env/.env.dev': envFile({ TEAMSFX_ENV: 'dev', APP_NAME_SUFFIX: 'dev', OPENAPI_SERVER_URL: 'https://orders.contoso.com/api', ...o.env }),
    'appPackage/manifest.json': json(manifest),
    'appPackage/color.png': png(192, 192),
    'appPackage/outline.png': outlinePng(),
    'appPackage/apiSpecificationFile/orders.yml': openApiYaml({ server: '${{OPENAPI_SERVER_URL}}' }),
    'appPackage/responseTemplates/listOrders.json': json(responseTemplate()),
    ...o.extra,
  };
}

/** The app folders of the monorepo, and the file and rule of each one's defect. */
export const MONOREPO_APPS = {
  'apps/orders-east': { file: 'declarativeAgent.json', ruleId: 'copilot.da-instructions-length' },
  'apps/orders-west': { file: 'ai-plugin.json', ruleId: 'copilot.plugin-schema' },
  'apps/helpdesk-north': { file: 'manifest.json', ruleId: 'teams.manifest-schema' },
  'apps/helpdesk-south': { file: 'manifest.json', ruleId: 'teams.manifest-schema' },
} as const;

export type MonorepoApp = keyof typeof MONOREPO_APPS;

export const PROD_VALUES = { TEAMS_APP_ID: '3a7c1e2b-5d4f-4a6b-8c9d-0e1f2a3b4c5d', BOT_ID: '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', BOT_DOMAIN: 'helpdesk.contoso.com', APIKEY_REGISTRATION_ID: '5d0a1b2c-3e4f-4a5b-8c6d-7e8f9a0b1c2d' };

/**
 * Four toolkit apps side by side, each with one defect of its own: two declarative agents named "Contoso Orders"
 * whose manifests are the same template, two bot message extensions named "Contoso Helpdesk". env/.env.prod has an
 * empty APP_NAME_SUFFIX and the same provisioned ids in every app, so the packages built for prod share name and id.
 * With `sharedOutput`, each yml writes its zip into one build/ folder at the repository root.
 */
export function monorepo(o: { sharedOutput?: boolean } = {}): Layout {
  const prod = envFile({ APP_NAME_SUFFIX: '', OPENAPI_SERVER_URL: 'https://orders.contoso.com/api', ...PROD_VALUES });
  const output = (app: string, layout: Layout, yml: string): Layout =>
    o.sharedOutput
      ? { ...layout, [yml]: String(layout[yml]).replace('./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip', `../../build/${app}.\${{TEAMSFX_ENV}}.zip`).replace('outputFolder: ./appPackage/build', `outputFolder: ../../build/${app}`) }
      : layout;
  const orders = (app: string, change: (files: Layout) => void) => {
    const layout = agentProject({ name: 'Contoso Orders', extra: { 'env/.env.prod': prod } });
    change(layout);
    return under(`apps/${app}`, output(app, layout, 'm365agents.yml'));
  };
  const helpdesk = (app: string, change: (manifest: Record<string, any>) => void) => {
    const layout = botProject({ extra: { 'env/.env.prod': prod } });
    const m = JSON.parse(String(layout['appPackage/manifest.json']));
    m.name = { short: 'Contoso Helpdesk${{APP_NAME_SUFFIX}}', full: 'Contoso Helpdesk for Microsoft 365' };
    change(m);
    return under(`apps/${app}`, output(app, { ...layout, 'appPackage/manifest.json': JSON.stringify(m, null, 4) }, 'teamsapp.yml'));
  };
  return {
    ...orders('orders-east', (files) => {
      files['appPackage/instruction.txt'] = `${'Help Contoso staff with orders and keep every answer short and precise. '.repeat(120)}\n`;
    }),
    ...orders('orders-west', (files) => {
      const plugin = JSON.parse(String(files['appPackage/ai-plugin.json']));
      plugin.functions[1].returns_everything = true;
      files['appPackage/ai-plugin.json'] = JSON.stringify(plugin, null, 4);
    }),
    ...helpdesk('helpdesk-north', (m) => {
      m.accentColor = '#FFF';
      m.description = { short: 'Open and follow helpdesk tickets from chats.', full: 'Open helpdesk tickets, follow their status and share them in chats and channels, from Teams and Microsoft 365 Copilot.' };
    }),
    ...helpdesk('helpdesk-south', (m) => {
      m.composeExtensions[0].commands[0].title = 'Search every helpdesk ticket ever opened at Contoso';
      m.description = { short: 'Ask the helpdesk about your open tickets.', full: 'Ask the Contoso helpdesk about your tickets, their owners and their due dates, in Teams and Microsoft 365 Copilot.' };
    }),
  };
}
