// Whole repositories, written by tests the way users lay them out: an Agents Toolkit project with its built zip,
// a fork of microsoft/PowerPlatformConnectors (folder names with parentheses, &, [ and ', a templates/ folder, ARM
// and Logic App JSON beside the connectors), and a monorepo of both.
import { connectorPackage, ipConnectorPackage, type ConnectorParts } from './connector-packages.js';
import { outlinePng, png, teamsPackage, validManifest, type FileRecord } from './packages.js';
import type { Layout } from './workspace.js';

/** Every file of `record` under `folder`. */
export function under(folder: string, record: FileRecord | Layout): Layout {
  return Object.fromEntries(Object.entries(record).map(([name, content]) => [`${folder}/${name}`, content as Layout[string]]));
}

const titled = (title: string) => (p: ConnectorParts) => {
  p.swagger.info.title = title;
};

/** Connector folders of the connectors repository, by path, each a valid connector of its track. */
export const CONNECTOR_FOLDERS = {
  asite: 'certified-connectors/Asite (Canada)',
  blackbaud: "certified-connectors/Blackbaud Raiser's Edge NXT",
  orders: 'certified-connectors/Contoso Orders',
  fish: 'independent-publisher-connectors/Fish & Chips [Beta]',
} as const;

/** JSON beside the connectors that is not a package: what a search must skip, not report. */
export const NOT_PACKAGES = {
  armParameters: 'custom-connectors/Logic App Sample/azuredeploy.parameters.json',
  workflow: 'custom-connectors/Logic App Sample/workflow.json',
} as const;

/** A fork of microsoft/PowerPlatformConnectors in miniature. */
export function connectorsRepository(): Layout {
  return {
    'README.md': '# Microsoft Power Platform Connectors\n',
    ...under(CONNECTOR_FOLDERS.asite, connectorPackage(titled('Asite Canada'))),
    ...under(CONNECTOR_FOLDERS.blackbaud, connectorPackage(titled('Blackbaud Constituents'))),
    ...under(CONNECTOR_FOLDERS.orders, connectorPackage()),
    ...under(CONNECTOR_FOLDERS.fish, ipConnectorPackage(titled('Fish and Chips'))),
    // The repository's templates are connector-shaped and full of placeholder text.
    'templates/certified-connectors/apiDefinition.swagger.json': JSON.stringify({ swagger: '2.0', info: { title: 'Name of connector.', version: '1.0' }, host: 'The hostname of the API', paths: {} }, null, 2),
    'templates/certified-connectors/apiProperties.json': JSON.stringify({ properties: { publisher: 'Name of company or organization.', stackOwner: 'Name of the owner of the service or product.' } }, null, 2),
    'templates/Independent Publisher/apiDefinition.swagger.json': JSON.stringify({ swagger: '2.0', info: { title: 'Name of connector.', version: '1.0' }, paths: {} }, null, 2),
    [NOT_PACKAGES.armParameters]: JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        contentVersion: '1.0.0.0',
        parameters: { connectorId: { value: '/providers/Microsoft.PowerApps/apis/shared_office365' }, location: { value: 'westeurope' } },
      },
      null,
      2,
    ),
    [NOT_PACKAGES.workflow]: JSON.stringify(
      {
        definition: {
          $schema: 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
          triggers: { manual: { type: 'Request', kind: 'Http' } },
          actions: { Send_an_email: { type: 'ApiConnection', inputs: { host: { connection: { referenceName: 'office365' } } } } },
        },
        connectionReferences: { office365: { connectorId: '/providers/Microsoft.PowerApps/apis/shared_office365' } },
        kind: 'Stateful',
      },
      null,
      2,
    ),
  };
}

/** An Agents Toolkit project: appPackage/ with placeholders, the yml, env/, and the zip the toolkit built. */
export function toolkitProject(options: { manifest?: Record<string, unknown> } = {}): Layout {
  const built = validManifest(options.manifest);
  // The template the toolkit fills in from env/.env.dev: the id is a placeholder there.
  const template = { ...built, id: '${{TEAMS_APP_ID}}' };
  return {
    'm365agents.yml': 'version: v1.8\nprovision:\n  - uses: teamsApp/zipAppPackage\n    with:\n      manifestPath: ./appPackage/manifest.json\n      outputZipPath: ./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip\n      outputFolder: ./appPackage/build\n',
    'env/.env.dev': 'TEAMSFX_ENV=dev\nAPP_NAME_SUFFIX=dev\n',
    'appPackage/manifest.json': JSON.stringify(template, null, 2),
    'appPackage/color.png': png(192, 192),
    'appPackage/outline.png': outlinePng(),
    'appPackage/build/appPackage.dev.zip': { zip: teamsPackage(built) },
  };
}

/** Two toolkit apps and a connector folder in one repository, with ordinary JSON around them. */
export function monorepo(): Layout {
  return {
    'package.json': JSON.stringify({ name: 'contoso-apps', private: true, workspaces: ['apps/*'] }, null, 2),
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true } }),
    ...under('apps/orders', toolkitProject()),
    ...under('apps/tickets', toolkitProject({ manifest: { id: '7a1c2d3e-4f50-4a6b-9c7d-8e9f0a1b2c3d', name: { short: 'Contoso Tickets', full: 'Contoso Tickets for Microsoft 365' } } })),
    ...under('connectors/Contoso Orders', connectorPackage()),
  };
}
