// The seed's distribution table as data (the three extensibility types by audience: apps and agents for Microsoft 365,
// Power Platform connectors, Copilot connectors), with what the current Microsoft pages add: for every kind and
// audience the channel, what the publisher must have that no file shows, the steps in order with the place to click,
// what happens after, and the page each comes from. Declarative and custom engine agents, API and MCP plugins, agent
// connectors and Copilot connectors inside apps travel as one Microsoft 365 app package (a Teams app), so they share
// the teams-app rows and add their own items. A Power Platform connector's store route follows its track.
import type { ConnectorClass } from '../detect/connector-class.js';
import type { Audience, Capability, Channel, Kind } from '../types.js';
import { ROUTE_DOCS as D } from './links.js';

/** One prerequisite or step, with the page it comes from. */
export interface RouteItem {
  text: string;
  docs: string;
}

export interface RouteSpec {
  channel: Channel;
  /** The page that describes the whole route. */
  guide: string;
  prerequisites: readonly RouteItem[];
  /** In order; the last ones say what happens after the publisher's part is done. */
  steps: readonly RouteItem[];
}

/** What a capability adds to the teams-app route of an audience. */
export interface RouteAddition {
  prerequisites?: readonly RouteItem[];
  /** Inserted before the teams-app route's last step (what happens after). */
  steps?: readonly RouteItem[];
}

// Prerequisites shared by every Partner Center submission.
const PROGRAM: RouteItem = {
  text: 'A Partner Center account enrolled in the "Microsoft 365 and Copilot" program (Partner Center > Account settings > Programs).',
  docs: D.partnerCenterProgram,
};
const VERIFIED_PUBLISHER: RouteItem = {
  text: 'Publisher verification of the Microsoft Entra app registration behind the package (a Partner Center MPN ID linked to the app registration).',
  docs: D.publisherVerification,
};

const TEAMS_SINGLE: RouteSpec = {
  channel: 'admin-center-integrated-apps',
  guide: D.uploadCustomApps,
  prerequisites: [
    {
      text: 'A Global Administrator or Application Administrator in the Microsoft 365 admin center (a Teams Administrator can upload it instead in Teams admin center > Teams apps > Manage apps > Upload new app).',
      docs: D.uploadCustomApps,
    },
  ],
  steps: [
    { text: 'Microsoft 365 admin center (admin.microsoft.com) > Settings > Integrated apps > Upload custom apps: upload the zip.', docs: D.uploadCustomApps },
    { text: 'Choose the users or groups who get it (or the whole organisation), accept the permissions it requests, then Deploy.', docs: D.uploadCustomApps },
    {
      text: 'After: users find it in Teams, Outlook, the Microsoft 365 Copilot app and Copilot once the deployment has propagated; admins manage its availability and Copilot use in Settings > Integrated apps.',
      docs: D.manageAgentsIntegratedApps,
    },
  ],
};

const TEAMS_MULTI: RouteSpec = {
  channel: 'partner-center-teams-app',
  guide: D.publish,
  prerequisites: [
    PROGRAM,
    VERIFIED_PUBLISHER,
    {
      text: 'Compliance with the commercial marketplace certification policies 100 (General) and 1140 (Teams), including 1140.9 for apps that extend Microsoft 365 Copilot.',
      docs: D.policy11409,
    },
    { text: 'The Teams Store validation guidelines, including the section for Teams apps extensible as Microsoft 365 Copilot plugins.', docs: D.storeValidationCopilot },
  ],
  steps: [
    {
      text: 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Teams app, the offer type "Apps and agents for Microsoft 365 and Copilot": upload the zip and complete the listing.',
      docs: D.submitOffer,
    },
    {
      text: 'Microsoft validates the app against the certification policies and the store validation guidelines (for agents, the validation guidelines for agents and the Responsible AI checks); fix what the validation report names and resubmit.',
      docs: D.publishTeamsStore,
    },
    {
      text: 'After approval the offer is live in the Microsoft commercial marketplace and ready for IT enablement: an admin enables or deploys it in Microsoft 365 admin center > Settings > Integrated apps.',
      docs: D.manageAgentsIntegratedApps,
    },
    {
      text: 'Once enabled it appears in the Apps store of Microsoft 365 Copilot, Teams, Outlook, Word, Excel and PowerPoint, and an agent also in the Agent Store of Microsoft 365 Copilot; deployed by an admin or acquired by a user, it is an installed agent of Microsoft 365 Copilot.',
      docs: D.publish,
    },
  ],
};

// The connector routes follow Microsoft's two certification processes: the service owner (a verified publisher)
// submits in Partner Center's Microsoft 365 and Copilot program; anyone else (an independent publisher) submits by a
// pull request to microsoft/PowerPlatformConnectors, whose certification engineers review and merge it.
const CONNECTOR_PACKAGE: RouteItem = {
  text: 'The connector and plugin files prepared for certification (apiDefinition.swagger.json, apiProperties.json, icon, readme), as the certification submission guide requires.',
  docs: D.connectorCertification,
};
const CONNECTOR_PARTNER_CENTER_STEPS: readonly RouteItem[] = [
  {
    text: 'Partner Center (partner.microsoft.com) > Marketplace offers > Microsoft 365 and Copilot > + New offer > Power Platform Connector: name the offer, upload the connector package and submit it.',
    docs: D.connectorSubmit,
  },
  { text: 'Microsoft certifies the connector and the plugin; answer its review and resubmit until it is approved.', docs: D.connectorSubmit },
  {
    text: 'After certification it is published to Power Automate, Power Apps, Logic Apps and Copilot Studio; once IT enables it in the Microsoft 365 admin center it is available to agents in Microsoft 365 Copilot.',
    docs: D.publish,
  },
];

/** A verified publisher's connector (the service owner's): Partner Center. */
const CONNECTOR_VERIFIED: RouteSpec = {
  channel: 'partner-center-power-platform-connector',
  guide: D.connectorSubmit,
  prerequisites: [{ ...PROGRAM, text: `${PROGRAM.text} Verified publishers submit connectors for certification there, as a Power Platform Connector offer.` }, CONNECTOR_PACKAGE],
  steps: CONNECTOR_PARTNER_CENTER_STEPS,
};

/** A connector whose track the files do not show: the verified route, and a word on the other one. */
const CONNECTOR_PARTNER_CENTER: RouteSpec = {
  ...CONNECTOR_VERIFIED,
  prerequisites: [
    ...CONNECTOR_VERIFIED.prerequisites,
    {
      text: 'For an independent publisher (not the owner of the service), submission is a pull request to microsoft/PowerPlatformConnectors (independent-publisher-connectors/) instead.',
      docs: D.connectorCertificationIp,
    },
  ],
};

/** An independent publisher's connector: a pull request to microsoft/PowerPlatformConnectors. */
const CONNECTOR_INDEPENDENT: RouteSpec = {
  channel: 'github-power-platform-connectors',
  guide: D.connectorCertificationIp,
  prerequisites: [
    {
      text: 'Verified credentials (Microsoft Entra Verified ID in Microsoft Authenticator), presented with every pull request to independent-publisher-connectors/.',
      docs: D.connectorIpPrerequisites,
    },
    { text: 'The Independent Publisher Connector Group manifesto read and agreed to: you maintain the connector and are named as its publisher.', docs: D.connectorIpManifesto },
    {
      text: 'No connector for the service exists yet: search the connector reference and the repository\'s pull requests (an existing independent publisher connector can be extended instead).',
      docs: D.connectorCertificationIp,
    },
  ],
  steps: [
    {
      text: 'GitHub: open a pull request against the dev branch of microsoft/PowerPlatformConnectors that adds the connector folder under independent-publisher-connectors/ (a new connector starts as "Proposal - <Connector Name> (Independent Publisher)" with its readme.md; an update of a published one goes straight to the next step).',
      docs: D.connectorCertificationIp,
    },
    {
      text: 'Add apiDefinition.swagger.json, apiProperties.json and readme.md to that pull request (no icon: independent publisher connectors get the generic one), fill in its checklist, and name it "<Connector Name> (Independent Publisher)".',
      docs: D.connectorIpFolder,
    },
    {
      text: 'A Microsoft certification engineer reviews the pull request (1-2 weeks a round); answer with commits to the same pull request until it is approved and merged.',
      docs: D.connectorCertificationIp,
    },
    {
      text: 'After the merge Microsoft certifies the connector and deploys it to every region (about 15 business days); it then appears in Power Automate, Power Apps, Copilot Studio and Logic Apps with you named as its publisher.',
      docs: D.connectorCertificationIp,
    },
  ],
};

/** The multitenant route of a connector, by its track (src/engine/detect/connector-class.ts). */
export const CONNECTOR_ROUTES: Record<ConnectorClass, RouteSpec> = {
  certified: CONNECTOR_VERIFIED,
  'independent-publisher': CONNECTOR_INDEPENDENT,
  custom: CONNECTOR_PARTNER_CENTER,
};

export const ROUTE_TABLE: Record<Exclude<Kind, 'unknown'>, Record<Audience, RouteSpec>> = {
  'teams-app': { 'single-tenant': TEAMS_SINGLE, multitenant: TEAMS_MULTI },
  'power-platform-connector': {
    'single-tenant': {
      channel: 'power-apps-share',
      guide: D.connectorShare,
      prerequisites: [
        {
          text: 'The "M365 Copilot" feature turned on in the Power Platform admin center > Environments > Product > Settings > Features > M365 Copilot.',
          docs: D.publish,
        },
        {
          text: 'The "Dynamics 365 and Copilot Studio" app deployed from Microsoft 365 admin center > Settings > Integrated apps > Available apps.',
          docs: D.publish,
        },
      ],
      steps: [
        {
          text: 'Power Apps (make.powerapps.com) > Custom connectors > + New custom connector > Import an OpenAPI file: import apiDefinition.swagger.json (or `paconn create` with apiProperties.json and the icon).',
          docs: D.connectorImport,
        },
        { text: 'Custom connectors > the connector > Share: add the users or groups who need it.', docs: D.connectorShare },
        {
          text: 'After: the connector is usable by the people it is shared with; it only reaches Microsoft 365 Copilot (as an action agents can use) once the two prerequisites are on (until shared, only its creator sees it in Copilot Studio).',
          docs: D.publish,
        },
      ],
    },
    // Verified publishers and connectors of unknown track; an independent publisher's connector: CONNECTOR_ROUTES.
    multitenant: CONNECTOR_PARTNER_CENTER,
  },
  'graph-connector': {
    'single-tenant': {
      channel: 'admin-center-graph-connectors',
      guide: D.graphConnectorSetup,
      prerequisites: [
        {
          text: 'A Microsoft Entra app registration with the ExternalConnection.ReadWrite.OwnedBy and ExternalItem.ReadWrite.OwnedBy application permissions, consented by an admin, for the service that creates the connection and pushes items.',
          docs: D.graphCreateConnection,
        },
        { text: 'A Search Administrator or Global Administrator to manage the connection in the Microsoft 365 admin center.', docs: D.graphConnectorSetup },
      ],
      steps: [
        {
          text: 'Create the connection from this definition (POST /external/connections), register its schema and wait until the schema is ready, then push the items.',
          docs: D.graphCreateConnection,
        },
        {
          text: 'Microsoft 365 admin center (admin.microsoft.com) > Settings > Search & intelligence > Data sources: check the connection and choose who sees its results.',
          docs: D.graphConnectorSetup,
        },
        { text: 'After indexing, the content is available to Microsoft Search and Microsoft 365 Copilot in that organisation.', docs: D.graphConnectorSetup },
      ],
    },
    multitenant: {
      channel: 'partner-center-teams-app',
      guide: D.graphConnectorForOtherOrgs,
      prerequisites: [PROGRAM, VERIFIED_PUBLISHER],
      // The route is closed (route.standalone-graph-connector): these steps are the way forward.
      steps: [
        {
          text: 'Package the connector in a Teams app: manifest 1.13 or later with "graphConnector": {"notificationUrl": …} and "webApplicationInfo" for the Entra app that creates the connection.',
          docs: D.graphConnectorTeams,
        },
        { text: 'Verify the publisher of that Entra app (publisher verification).', docs: D.publisherVerification },
        {
          text: 'Submit that app to Partner Center > Marketplace offers > Microsoft 365 and Copilot as an "Apps and agents for Microsoft 365 and Copilot" offer; it then follows the teams-app route (validation, IT enablement, the Apps store).',
          docs: D.graphConnectorForOtherOrgs,
        },
      ],
    },
  },
};

// What Agent Store review checks that no file can show: run-time behaviour, the listing, and Microsoft Entra and bot
// settings outside the package (the agent validation guidelines' Must fix items this tool cannot read).
const AGENT_MULTI: RouteAddition = {
  prerequisites: [
    { text: 'The Microsoft 365 store validation guidelines for agents (policy 1140.9).', docs: D.agentValidation },
    { text: 'The Responsible AI validation checks, which run on the agent at upload and at submission.', docs: D.raiValidation },
    {
      text: 'A service that meets the agent technical requirements review measures: responses within 9 s for 99%, 5 s for 75% and 2 s for 50% of calls, 99.9% availability, no regressions on resubmission, and API calls over HTTPS (TLS 1.2 or later) from your verified domain without redirects.',
      docs: D.agentValidationTechnical,
    },
    {
      text: 'An agent that works on the latest Teams desktop and web, Microsoft 365 Copilot and Copilot in Word; with SSO, the Microsoft 365 client ids authorized in the Microsoft Entra app registration, and CSP frame-ancestors that allow the Microsoft 365 hosts.',
      docs: D.agentValidationCompatibility,
    },
    {
      text: 'Graceful handling of wrong parameters, misuse and off-topic requests (the agent declines and offers a way forward), prompt starters that return responses, and at least one listing screenshot of the agent in Microsoft 365 Copilot.',
      docs: D.agentValidationErrors,
    },
  ],
};

const CUSTOM_ENGINE_AGENT_MULTI: RouteAddition = {
  prerequisites: [
    ...(AGENT_MULTI.prerequisites ?? []),
    {
      text: 'A bot that answers with a language model and shows an AI label, feedback buttons and citations on its messages, streams its responses, and offers at least three prompt starters or a welcome message.',
      docs: D.agentValidationBots,
    },
  ],
};

/** What each capability of a Teams app adds to its routes. */
export const CAPABILITY_ADDITIONS: Partial<Record<Capability, Partial<Record<Audience, RouteAddition>>>> = {
  'declarative-agent': {
    'single-tenant': {
      prerequisites: [{ text: 'The agent passes the Responsible AI validation checks that run when the package is uploaded.', docs: D.raiValidation }],
    },
    multitenant: AGENT_MULTI,
  },
  'api-plugin': { multitenant: AGENT_MULTI },
  'custom-engine-agent': { multitenant: CUSTOM_ENGINE_AGENT_MULTI },
  'graph-connector': {
    'single-tenant': {
      steps: [
        {
          text: 'When an admin enables the connector, Microsoft Graph posts to the graphConnector notificationUrl; the service then creates the connection, registers the schema and pushes items.',
          docs: D.graphConnectorTeams,
        },
      ],
    },
    multitenant: {
      prerequisites: [
        {
          text: 'The validation criteria for apps extended across Microsoft 365 clients, and the test notes Partner Center asks for (test accounts with a Copilot licence, sample prompts).',
          docs: D.storeValidationAcrossM365,
        },
      ],
    },
  },
};
