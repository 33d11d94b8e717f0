// OAuth connection parameters: identity provider settings, the per-connector redirect URL, placeholder client credentials.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord, asString, isNonEmptyString } from '../../util/values.js';
import { withProperties } from './shared/connector.js';
import { oauthParameters } from './shared/security.js';
import { looksLikeRealSecret } from './shared/secrets.js';
import { quote } from './shared/text.js';

const AAD = ['aad', 'aadcertificate'];

export const oauthIdentityProvider = defineRule({
  id: 'powerplatform.oauth-identity-provider',
  title: 'OAuth parameters name an identity provider (and a resource URI for Microsoft Entra ID)',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'An oauthSetting parameter carries oAuthSettings.identityProvider; for aad and aadcertificate, customParameters.resourceUri is required (repository schema, one branch per provider).',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const p of oauthParameters(c)) {
      if (!p.settings) {
        yield { file: c.propsFile, pointer: p.pointer, message: `OAuth parameter "${p.key}" has no oAuthSettings.` };
        continue;
      }
      const idp = asString(p.settings.identityProvider);
      if (!isNonEmptyString(idp)) {
        yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings`, message: `OAuth parameter "${p.key}" has no oAuthSettings.identityProvider.` };
      } else if (AAD.includes(idp.toLowerCase())) {
        const resource = asRecord(asRecord(p.settings.customParameters)?.resourceUri);
        if (!resource || resource.value === undefined) {
          yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings/customParameters`, message: `The ${idp} identity provider needs customParameters.resourceUri.` };
        }
      }
    }
  },
});

export const oauthRedirectMode = defineRule({
  id: 'powerplatform.oauth-redirect-mode',
  title: 'OAuth connectors use redirectMode GlobalPerConnector',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'New and updated certified connectors must use the per-connector redirect URL ("redirectMode": "GlobalPerConnector"); "Global" is legacy ' +
    '(reviewers in PR #3035, #3162, #3124). Reported as a warning: 172 published certified connectors still use Global, and the catalogue advises ' +
    'reporting such legacy violations as warnings; a tenant connector may keep any mode.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const p of oauthParameters(c)) {
      if (!p.settings) continue;
      const mode = asString(p.settings.redirectMode);
      if (mode === 'GlobalPerConnector') continue;
      yield {
        file: c.propsFile,
        pointer: mode === undefined ? `${p.pointer}/oAuthSettings` : `${p.pointer}/oAuthSettings/redirectMode`,
        message:
          mode === undefined
            ? `OAuth parameter "${p.key}" sets no redirectMode; set "GlobalPerConnector" and register the connector's own redirect URL with the identity provider.`
            : `redirectMode is ${quote(mode)} (legacy); use "GlobalPerConnector" and register the connector's own redirect URL with the identity provider.`,
      };
    }
  },
});

export const oauthClientPlaceholder = defineRule({
  id: 'powerplatform.oauth-client-placeholder',
  title: 'OAuth clientId and clientSecret are placeholders',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description:
    'Submitted files never hold live client IDs or secrets; use dummy values such as "[[DUMMY]]" (repository README "Submitting"; CredScan runs on every PR). ' +
    'A GUID client ID or a long random secret is taken as real. Within a tenant the values stay private, so only the multitenant audience is checked.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const p of oauthParameters(c)) {
      for (const key of ['clientId', 'clientSecret']) {
        const v = asString(p.settings?.[key]);
        if (v && looksLikeRealSecret(v)) {
          yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings/${key}`, message: `${key} looks like a real value; replace it with a placeholder such as "[[DUMMY]]".` };
        }
      }
    }
  },
});
