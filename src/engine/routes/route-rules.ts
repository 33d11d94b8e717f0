// Route facts and update checks are reported like rules, so they have ids, docs and a place in docs/rules.md.
// Structural facts (what the package is, not a defect in a file) become route blockers or cautions; update checks
// (--previous) become findings.
import type { RuleMeta } from '../types.js';
import { ROUTE_DOCS as D } from './links.js';

const BOTH = ['single-tenant', 'multitenant'] as const;
const MULTITENANT = ['multitenant'] as const;

export const STANDALONE_GRAPH_CONNECTOR: RuleMeta = {
  id: 'route.standalone-graph-connector',
  title: 'Standalone Copilot connectors cannot be published to every organisation',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['graph-connector'],
  docs: D.graphConnectorForOtherOrgs,
  description:
    'Partner Center accepts Copilot connectors (formerly Microsoft Graph connectors) only packaged inside a Microsoft 365 app package (manifest graphConnector) from a verified publisher; a standalone connector is for one organisation, and the connector gallery takes no submissions. A route blocker, not a finding: nothing in the file can fix it.',
};

export const MANIFEST_COPILOT_VERSION: RuleMeta = {
  id: 'route.manifest-copilot-version',
  title: 'An app that extends Microsoft 365 Copilot needs manifest 1.13 or later for the store',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: D.storeValidationCopilot,
  description:
    'Message extensions, agents, API plugins and Copilot connectors reach Outlook, the Microsoft 365 app and Copilot only from manifest 1.13, and the store guidelines make 1.13 a must for apps that extend Copilot. Blocks the store route; the manifest rules report the line as a warning.',
};

export const MANIFEST_TEAMS_ONLY: RuleMeta = {
  id: 'route.manifest-teams-only',
  title: 'Apps below manifest 1.13 run in Teams only',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.crossHostApps,
  description:
    'An app below manifest 1.13 still uploads and can be listed, but only Teams shows it: not Outlook, the Microsoft 365 Copilot app or Copilot. A caution on the route, not a blocker.',
};

export const AGENT_DEV_PREVIEW: RuleMeta = {
  id: 'route.agent-dev-preview',
  title: 'Agents submitted to the store use a released manifest, not devPreview',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: D.storeValidation,
  description:
    'Declarative and custom engine agents are released from manifest 1.19 (copilotAgents); Partner Center validates against released schemas. An older agent guideline asked for devPreview, so the manifest rule is only a warning, but for the store route the package must move to a released version.',
};

export const UPDATE_ID_CHANGED: RuleMeta = {
  id: 'route.update-id-changed',
  title: 'An update keeps the app id of the published package',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description: 'With a new id the package is a different app: the admin center adds it beside the old one and Partner Center treats it as a new offer.',
};

export const UPDATE_VERSION_NOT_INCREASED: RuleMeta = {
  id: 'route.update-version-not-increased',
  title: 'An update has a higher version than the published package',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description: 'The version is compared as semantic versions; the admin center and Partner Center refuse an update whose version is not higher.',
};

export const UPDATE_BOT_ID_CHANGED: RuleMeta = {
  id: 'route.update-bot-id-changed',
  title: 'An update keeps the bot ids of the published package',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description:
    'A changed bot id makes every existing user accept a new permission request, and existing conversations with the old bot stop reaching it. Warning: it can be deliberate.',
};

export const UPDATE_NEEDS_CONSENT: RuleMeta = {
  id: 'route.update-needs-consent',
  title: 'The update makes existing users accept a new permission request',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description:
    'Adding or removing a bot or a message extension, adding tabs or connectors, changing bot file or notification settings, webApplicationInfo, or the permissions the app asks for: users must consent again, admins must re-approve permissions, and Partner Center runs a full functional review.',
};

export const UPDATE_NEEDS_REVIEW: RuleMeta = {
  id: 'route.update-needs-review',
  title: 'The update goes through review again',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description:
    'Every update is reviewed again in Partner Center: a metadata update (name, description, icons, developer) is reviewed quickly; new domains, capabilities or changed agent and plugin files trigger full functional testing.',
};

export const UPDATE_PREVIOUS_UNREADABLE: RuleMeta = {
  id: 'route.update-previous-unreadable',
  title: 'The previous package can be compared',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: D.updatePublishedApp,
  description: 'The update checks need the published package as one Teams app with a readable manifest; without it nothing is compared.',
};

/** The structural facts that decide routes. */
export const ROUTE_FACT_RULES: readonly RuleMeta[] = [STANDALONE_GRAPH_CONNECTOR, MANIFEST_COPILOT_VERSION, MANIFEST_TEAMS_ONLY, AGENT_DEV_PREVIEW];

/** The checks of an update against the published package. */
export const UPDATE_RULES: readonly RuleMeta[] = [
  UPDATE_ID_CHANGED,
  UPDATE_VERSION_NOT_INCREASED,
  UPDATE_BOT_ID_CHANGED,
  UPDATE_NEEDS_CONSENT,
  UPDATE_NEEDS_REVIEW,
  UPDATE_PREVIOUS_UNREADABLE,
];

export const ROUTE_RULES: readonly RuleMeta[] = [...ROUTE_FACT_RULES, ...UPDATE_RULES];
