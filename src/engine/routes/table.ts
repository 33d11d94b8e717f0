// The seed's distribution table as data: for every kind and audience, the channel, what the publisher
// must have that no file shows, and the steps that follow a clean check.
import type { Audience, Channel, Kind } from '../types.js';

export interface RouteSpec {
  channel: Channel;
  /** A structural reason this route can never be taken, whatever the files say. */
  closed?: { ruleId: string; message: string };
  prerequisites: string[];
  steps: string[];
}

const TEAMS_SINGLE: RouteSpec = {
  channel: 'admin-center-integrated-apps',
  prerequisites: ['A Microsoft 365 admin role that can upload custom apps (Global Administrator or Teams Administrator).'],
  steps: [
    'Microsoft 365 admin center (admin.microsoft.com) > Settings > Integrated apps > Upload custom apps: upload the zip.',
    'Choose who gets the app, review and accept the permissions it requests, then Deploy.',
    'Users find it in Teams, Outlook and Microsoft 365 Copilot once the deployment has propagated.',
  ],
};

const TEAMS_MULTI: RouteSpec = {
  channel: 'partner-center-teams-app',
  prerequisites: [
    'A Partner Center account enrolled in the "Microsoft 365 and Copilot" program.',
    'Publisher verification of the Microsoft Entra app behind the package.',
    'Compliance with commercial marketplace certification policies 100 and 1140 (including 1140.9 for Copilot extensions) and the Teams Store validation guidelines.',
  ],
  steps: [
    'Partner Center > Marketplace offers > Microsoft 365 and Copilot > New offer > Teams app: upload the zip.',
    'Microsoft validates the app against the store policies; fix what the report names and resubmit.',
    'Once approved, IT admins enable it; it appears in the "Copilot extensions" category of the store in Teams.',
  ],
};

export const ROUTE_TABLE: Record<Exclude<Kind, 'unknown'>, Record<Audience, RouteSpec>> = {
  'teams-app': { 'single-tenant': TEAMS_SINGLE, multitenant: TEAMS_MULTI },
  'power-platform-connector': {
    'single-tenant': {
      channel: 'power-apps-share',
      prerequisites: [
        'The "M365 Copilot" feature turned on in the Power Platform admin center (Environments > Product > Settings > Features).',
        'The "Dynamics 365 and Copilot Studio" app deployed from Microsoft 365 admin center > Settings > Integrated apps > Available apps.',
      ],
      steps: [
        'Import the connector in Power Apps (make.powerapps.com) > Custom connectors.',
        'Share the custom connector with the users or groups who need it.',
        'The connector is then usable as a plugin in Microsoft 365 Copilot.',
      ],
    },
    multitenant: {
      channel: 'partner-center-power-platform-connector',
      prerequisites: [
        'A Partner Center account enrolled in the "Microsoft 365 and Copilot" program (Power Platform connector submission is in preview).',
        'Connector certification: the files prepared as the certification submission guide requires.',
      ],
      steps: [
        'Partner Center > Microsoft 365 and Copilot > New offer > Power Platform Connector: submit the connector package.',
        'Microsoft certifies and publishes it to Power Automate, Power Apps and Logic Apps.',
        'IT admins enable the plugin in the Microsoft 365 admin center.',
      ],
    },
  },
  'graph-connector': {
    'single-tenant': {
      channel: 'admin-center-graph-connectors',
      prerequisites: ['A Microsoft 365 admin role that can manage connectors (Search Administrator or Global Administrator).'],
      steps: [
        'Microsoft 365 admin center > Settings > Search & intelligence > Data sources: add the connection.',
        'Create the connection and register its schema from this definition, then start the crawl.',
        'Make the connection available to Copilot (Copilot results) once indexing has finished.',
      ],
    },
    multitenant: {
      channel: 'partner-center-teams-app',
      closed: {
        ruleId: 'route.standalone-graph-connector',
        message:
          'Standalone Graph connectors cannot be submitted to Partner Center. Package the connector inside a Teams app (manifest "graphConnector" with a notificationUrl, manifest 1.11 or later) and publish it from a verified publisher.',
      },
      prerequisites: ['Publisher verification of the Microsoft Entra app behind the connector.'],
      steps: [
        'Create a Teams app whose manifest declares "graphConnector" with your notification endpoint.',
        'Submit that app to Partner Center > Microsoft 365 and Copilot as a Teams app.',
      ],
    },
  },
};
