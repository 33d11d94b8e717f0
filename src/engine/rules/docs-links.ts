// Microsoft documents that rules cite. One place, so a moved page is fixed once.
const LEARN = 'https://learn.microsoft.com';

export const DOCS = {
  appPackage: `${LEARN}/microsoftteams/platform/concepts/build-and-test/apps-package`,
  manifestSchema: `${LEARN}/microsoft-365/extensibility/schema/`,
  manifestVersions: `${LEARN}/microsoftteams/platform/resources/schema/manifest-schema`,
  storeValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/teams-store-validation-guidelines`,
  agentValidation: `${LEARN}/microsoftteams/platform/concepts/deploy-and-publish/appsource/prepare/review-copilot-validation-guidelines`,
  publishCopilot: `${LEARN}/microsoft-365-copilot/extensibility/publish`,
  uploadCustomApps: `${LEARN}/microsoft-365/admin/manage/teams-apps-work-on-outlook-and-m365#upload-custom-teams-apps-that-work-on-outlook-and-the-microsoft-365-app`,
  certificationPolicies: `${LEARN}/legal/marketplace/certification-policies`,
  publisherVerification: `${LEARN}/entra/identity-platform/publisher-verification-overview`,
  connectorCertification: `${LEARN}/connectors/custom-connectors/certification-submission`,
  connectorShare: `${LEARN}/connectors/custom-connectors/share`,
  graphConnectorSetup: `${LEARN}/microsoftsearch/configure-connector`,
  graphConnectorTeams: `${LEARN}/graph/connecting-external-content-deploy-teams`,
} as const;
