// Microsoft documents that rules cite. One place, so a moved page is fixed once.
const LEARN = 'https://learn.microsoft.com';

export const DOCS = {
  appPackage: `${LEARN}/microsoftteams/platform/concepts/build-and-test/apps-package`,
  manifestSchema: `${LEARN}/microsoft-365/extensibility/schema/`,
  manifestVersions: `${LEARN}/microsoftteams/platform/resources/schema/manifest-schema`,
  storeValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/teams-store-validation-guidelines`,
  agentValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/review-copilot-validation-guidelines`,
  publishCopilot: `${LEARN}/microsoft-365-copilot/extensibility/publish`,
  declarativeAgentManifest: `${LEARN}/microsoft-365-copilot/extensibility/declarative-agent-manifest`,
  declarativeAgentCapabilities: `${LEARN}/microsoft-365-copilot/extensibility/add-agent-capabilities`,
  apiPluginManifest: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-manifest`,
  apiPluginAuthentication: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-authentication`,
  apiPluginConfirmation: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-confirmation-prompts`,
  apiPluginAdaptiveCards: `${LEARN}/microsoft-365-copilot/extensibility/api-plugin-adaptive-cards`,
  openApiForCopilot: `${LEARN}/microsoft-365-copilot/extensibility/openapi-document-guidance`,
  apiMessageExtension: `${LEARN}/microsoftteams/platform/messaging-extensions/api-based-overview`,
  messageExtensionAgentGuidelines: `${LEARN}/microsoftteams/platform/messaging-extensions/dev-guidelines-agents`,
  uploadCustomApps: `${LEARN}/microsoft-365/admin/manage/teams-apps-work-on-outlook-and-m365#upload-custom-teams-apps-that-work-on-outlook-and-the-microsoft-365-app`,
  certificationPolicies: `${LEARN}/legal/marketplace/certification-policies`,
  publisherVerification: `${LEARN}/entra/identity-platform/publisher-verification-overview`,
  connectorCertification: `${LEARN}/connectors/custom-connectors/certification-submission`,
  connectorShare: `${LEARN}/connectors/custom-connectors/share`,
  graphConnectorSetup: `${LEARN}/microsoftsearch/configure-connector`,
  graphConnectorTeams: `${LEARN}/graph/connecting-external-content-deploy-teams`,
} as const;
