// The Microsoft pages the distribution table cites. Pages rules also cite come from docs-links.ts, so a moved
// page is fixed once; the rest are only about publishing and live here.
import { DOCS } from '../rules/docs-links.js';

const LEARN = 'https://learn.microsoft.com';
const TEAMS_PUBLISH = `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource`;

export const ROUTE_DOCS = {
  /** The seed's page "Publish plugins and Graph connectors for Copilot", now "Publish agents for Microsoft 365 Copilot". */
  publish: DOCS.publishCopilot,
  uploadCustomApps: DOCS.uploadCustomApps,
  teamsAdminUpload: `${LEARN}/microsoftteams/teams-custom-app-policies-and-settings#upload-a-custom-app-using-teams-admin-center`,
  manageAgentsIntegratedApps: `${LEARN}/microsoft-365/admin/manage/manage-plugins-for-copilot-in-integrated-apps`,
  partnerCenterProgram: `${LEARN}/partner-center/marketplace/why-publish`,
  submitOffer: `${LEARN}/partner-center/marketplace-offers/add-in-submission-guide#step-1-select-the-type-of-app-youre-submitting`,
  publishTeamsStore: `${TEAMS_PUBLISH}/publish`,
  updatePublishedApp: `${TEAMS_PUBLISH}/post-publish/overview#publish-updates-to-your-app`,
  policy100: `${DOCS.certificationPolicies}#100-general`,
  policy1140: `${DOCS.certificationPolicies}#1140-teams`,
  policy11409: `${DOCS.certificationPolicies}#11409-teams-apps-extensible-as-microsoft-365-copilot-plugin`,
  storeValidation: DOCS.storeValidation,
  storeValidationCopilot: `${DOCS.storeValidation}#teams-apps-extensible-as-microsoft-365-copilot-plugin`,
  storeValidationAcrossM365: `${DOCS.storeValidation}#apps-extended-across-microsoft-365-clients`,
  agentValidation: DOCS.agentValidation,
  agentValidationTechnical: `${DOCS.agentValidation}#technical-requirements`,
  agentValidationCompatibility: `${DOCS.agentValidation}#compatibility`,
  agentValidationScreenshots: `${DOCS.agentValidation}#screenshots`,
  agentValidationErrors: `${DOCS.agentValidation}#graceful-error-handling`,
  agentValidationBots: `${DOCS.agentValidation}#bot-requirements-for-custom-engine-agents`,
  agentConnectors: DOCS.agentConnectors,
  raiValidation: `${LEARN}/microsoft-365-copilot/extensibility/rai-validation`,
  publisherVerification: DOCS.publisherVerification,
  manifestVersions: DOCS.manifestVersions,
  crossHostApps: `${LEARN}/microsoft-365/admin/manage/teams-apps-work-on-outlook-and-m365`,
  connectorImport: `${LEARN}/connectors/custom-connectors/define-openapi-definition#import-the-openapi-definition`,
  connectorShare: DOCS.connectorShare,
  connectorCertification: DOCS.connectorCertification,
  connectorCertificationIp: DOCS.connectorCertificationIp,
  /** The verified publisher process: Partner Center's Microsoft 365 and Copilot program, New offer > Power Platform Connector. */
  connectorSubmit: `${LEARN}/connectors/custom-connectors/certification-workflow`,
  connectorIpPrerequisites: `${DOCS.connectorCertificationIp}#prerequisites`,
  connectorIpManifesto: 'https://github.com/microsoft/PowerPlatformConnectors/wiki/Independent-Publisher-Connector-Manifesto',
  connectorIpFolder: 'https://github.com/microsoft/PowerPlatformConnectors/tree/dev/independent-publisher-connectors',
  graphConnectorSetup: DOCS.graphConnectorSetup,
  graphCreateConnection: DOCS.graphCreateConnection,
  graphConnectorTeams: DOCS.graphConnectorTeams,
  graphConnectorForOtherOrgs: `${DOCS.graphConnectorTeams}#make-your-microsoft-graph-connector-available-for-other-organizations-in-the-teams-admin-center`,
} as const;
