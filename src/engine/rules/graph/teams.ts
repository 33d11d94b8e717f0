// A Graph connector packaged inside a Teams app: manifest.json's graphConnector, webApplicationInfo and version.
import { defineRule, BOTH, MULTITENANT, errorForStoreWarningForOne } from '../rule.js';
import { DOCS } from '../docs-links.js';
import type { RuleContext } from '../rule.js';
import { pointer } from '../../json/pointer.js';
import { asRecord, type JsonRecord } from '../../util/values.js';
import { hasPlaceholder, isGuid, isHttpUrl, quote } from './shared/text.js';
import { connectionConnectorId } from './connector-id.js';

const MANIFEST = 'manifest.json';
/** Longest notificationUrl the manifest schema allows. */
export const MAX_NOTIFICATION_URL = 2048;

/** The manifest and its graphConnector member, when the app declares one. */
function connectorOf(ctx: RuleContext): { manifest: JsonRecord; connector: unknown } | undefined {
  const manifest = asRecord(ctx.manifest?.value);
  if (!manifest || !('graphConnector' in manifest)) return undefined;
  return { manifest, connector: manifest.graphConnector };
}

/** manifestVersion as [major, minor]; devPreview sorts after every release; undefined when unreadable. */
export function manifestVersionOf(manifest: JsonRecord): [number, number] | undefined {
  const v = manifest.manifestVersion;
  if (v === 'devPreview') return [Infinity, 0];
  const m = typeof v === 'string' ? /^(\d+)\.(\d+)$/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function before(version: [number, number], major: number, minor: number): boolean {
  return version[0] < major || (version[0] === major && version[1] < minor);
}

export const teamsAdminVersion = defineRule({
  id: 'graph.teams-admin-version',
  title: 'Apps with a Copilot connector use manifest version 1.13 or later',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.graphConnectorTeams,
  description:
    'The admin enable/disable flow that calls notificationUrl, and the store guidelines for apps extended across Microsoft 365, require manifest 1.13 or later. ' +
    'An error for Partner Center, where the store guideline applies; a warning for one organisation, where a 1.11 or 1.12 package still uploads.',
  *check(ctx) {
    const found = connectorOf(ctx);
    const version = found && manifestVersionOf(found.manifest);
    // Below 1.11 teams.manifest-feature-version (and the schema) already report graphConnector itself.
    if (!version || before(version, 1, 11) || !before(version, 1, 13)) return;
    const message = `manifestVersion ${quote(found.manifest.manifestVersion)} predates the Copilot connector admin experience; use 1.13 or later.`;
    yield* errorForStoreWarningForOne({ file: MANIFEST, pointer: '/manifestVersion', message });
  },
});

export const teamsNotificationUrlRequired = defineRule({
  id: 'graph.teams-notification-url-required',
  title: 'graphConnector holds a notificationUrl and nothing else',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.graphConnectorManifest,
  description:
    'graphConnector is an object with one required property, notificationUrl, where Microsoft Graph posts the enable and disable notifications; the schema allows no other property.',
  *check(ctx) {
    const found = connectorOf(ctx);
    if (!found) return;
    const connector = asRecord(found.connector);
    if (!connector) {
      yield { file: MANIFEST, pointer: '/graphConnector', message: 'graphConnector must be an object with a notificationUrl.' };
      return;
    }
    if (!('notificationUrl' in connector)) {
      yield { file: MANIFEST, pointer: '/graphConnector', message: 'graphConnector has no notificationUrl; Microsoft Graph has nowhere to send the enable and disable notifications.' };
    }
    for (const key of Object.keys(connector)) {
      if (key !== 'notificationUrl') {
        yield { file: MANIFEST, pointer: pointer('graphConnector', key), message: `graphConnector has the property ${quote(key)}; only notificationUrl is allowed.` };
      }
    }
  },
});

/** The notificationUrl value when graphConnector is an object that has one. */
function notificationUrlOf(ctx: RuleContext): unknown {
  const connector = asRecord(connectorOf(ctx)?.connector);
  return connector && 'notificationUrl' in connector ? connector.notificationUrl : undefined;
}

export const teamsNotificationUrlFormat = defineRule({
  id: 'graph.teams-notification-url-format',
  title: 'graphConnector.notificationUrl is an absolute http(s) URL',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
  docs: DOCS.graphConnectorManifest,
  description: 'The manifest schema requires a string that starts with http:// or https://; an unresolved placeholder or a relative path fails upload.',
  *check(ctx) {
    const url = notificationUrlOf(ctx);
    if (url === undefined) return;
    if (typeof url === 'string' && /^https?:\/\//i.test(url) && isHttpUrl(url) && !hasPlaceholder(url)) return;
    const why = typeof url !== 'string' ? 'is not a string' : hasPlaceholder(url) ? 'holds an unresolved placeholder' : 'is not an absolute http(s) URL';
    yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl ${quote(url)} ${why}.` };
  },
});

export const teamsNotificationUrlHttps = defineRule({
  id: 'graph.teams-notification-url-https',
  title: 'graphConnector.notificationUrl uses https',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.graphConnectorTeams,
  description:
    'Uncertain, so a warning: the schema pattern (httpsUrl through v1.27, anyHttpUrl later) accepts http://, but the notification carries a connectors ticket and validation tokens, and the deployment guide shows only https endpoints.',
  *check(ctx) {
    const url = notificationUrlOf(ctx);
    if (typeof url === 'string' && isHttpUrl(url) && !isHttpUrl(url, true)) {
      yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl ${quote(url)} uses http; serve the notification endpoint over https.` };
    }
  },
});

export const teamsNotificationUrlLength = defineRule({
  id: 'graph.teams-notification-url-length',
  title: `graphConnector.notificationUrl is at most ${MAX_NOTIFICATION_URL} characters`,
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.graphConnectorManifest,
  description: `The manifest schema limits notificationUrl to ${MAX_NOTIFICATION_URL} characters.`,
  *check(ctx) {
    const url = notificationUrlOf(ctx);
    if (typeof url === 'string' && url.length > MAX_NOTIFICATION_URL) {
      yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl is ${url.length} characters; the limit is ${MAX_NOTIFICATION_URL}.` };
    }
  },
});

export const teamsWebApplicationId = defineRule({
  id: 'graph.teams-webapp-id',
  title: 'An app with graphConnector has webApplicationInfo.id, a GUID',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
  docs: DOCS.graphWebApplicationInfo,
  description:
    "Microsoft Graph authenticates the connector with the Entra app named in webApplicationInfo.id. Only the schema's description says graphConnector needs it (the JSON schema does not enforce it), so it is checked here.",
  *check(ctx) {
    const found = connectorOf(ctx);
    if (!found) return;
    const info = asRecord(found.manifest.webApplicationInfo);
    if (!info || !('id' in info)) {
      yield {
        file: MANIFEST,
        pointer: info ? '/webApplicationInfo' : '/graphConnector',
        message: 'The app declares graphConnector but has no webApplicationInfo.id; add the Microsoft Entra app id of the connector.',
      };
    } else if (!isGuid(info.id)) {
      yield { file: MANIFEST, pointer: '/webApplicationInfo/id', message: `webApplicationInfo.id ${quote(info.id)} is not a GUID (the Microsoft Entra application id).` };
    }
  },
});

export const teamsStoreGuidanceConflict = defineRule({
  id: 'graph.teams-store-guidance-conflict',
  title: 'Store guidance on graphConnector in Teams apps is in flux',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'A notice because the sources disagree: the publishing and deployment guides accept Teams apps with graphConnector in Partner Center, while newer store validation guidelines advise publishing connectors through the connector gallery and leaving graphConnector out of the manifest.',
  *check(ctx) {
    if (!asRecord(connectorOf(ctx)?.connector)) return;
    yield {
      file: MANIFEST,
      pointer: '/graphConnector',
      message:
        'Partner Center reviewers may ask for the connector to be published through the Copilot connector gallery instead of the manifest graphConnector node; check the current Teams Store validation guidelines before submitting.',
    };
  },
});

export const teamsGraphRules = [
  teamsAdminVersion,
  teamsNotificationUrlRequired,
  teamsNotificationUrlFormat,
  teamsNotificationUrlHttps,
  teamsNotificationUrlLength,
  teamsWebApplicationId,
  teamsStoreGuidanceConflict,
  // Also checks standalone definitions (it is listed once, here).
  connectionConnectorId,
];
