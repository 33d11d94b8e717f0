// Manifest facts the JSON schema cannot express: feature versions, semver, developer information, devPreview.
import { defineRule, BOTH, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import type { FindingDraft } from '../../types.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { isDevPreview, manifestVersionParts, teamsSchemaFolder, versionAtLeast } from './shared/manifest-version.js';
import { hostOf, isReservedHost } from '../../util/urls.js';
import { addFix, replaceFix, schemaUrlWithVersion } from '../../fix/drafts.js';
import { TEAMS_MANIFEST_VERSIONS } from '../../schemas/catalog.js';

interface Feature {
  name: string;
  since: string;
  /** Pointers of every place the feature is used in this manifest. */
  find(m: Record<string, unknown>): string[];
}

const top = (key: string) => (m: Record<string, unknown>) => (m[key] !== undefined ? [pointer(key)] : []);
const inCommands = (key: string, inParameters = false) => (m: Record<string, unknown>) =>
  asArray(m.composeExtensions).flatMap((ce, i) =>
    asArray(asRecord(ce)?.commands).flatMap((cmd, j) => {
      const c = asRecord(cmd);
      if (!inParameters) return c?.[key] !== undefined ? [pointer('composeExtensions', i, 'commands', j, key)] : [];
      return asArray(c?.parameters).flatMap((p, k) =>
        asRecord(p)?.[key] !== undefined ? [pointer('composeExtensions', i, 'commands', j, 'parameters', k, key)] : [],
      );
    }),
  );
const inComposeExtensions = (key: string) => (m: Record<string, unknown>) =>
  asArray(m.composeExtensions).flatMap((ce, i) => (asRecord(ce)?.[key] !== undefined ? [pointer('composeExtensions', i, key)] : []));
const inObject = (parent: string, key: string) => (m: Record<string, unknown>) =>
  asRecord(m[parent])?.[key] !== undefined ? [pointer(parent, key)] : [];

/** The first manifest version whose official schema defines each feature (read from the schemas themselves). */
export const FEATURE_VERSIONS: readonly Feature[] = [
  { name: 'localizationInfo', since: '1.5', find: top('localizationInfo') },
  { name: 'graphConnector', since: '1.11', find: top('graphConnector') },
  { name: 'composeExtensionType', since: '1.17', find: inComposeExtensions('composeExtensionType') },
  { name: 'apiSpecificationFile', since: '1.17', find: inComposeExtensions('apiSpecificationFile') },
  { name: 'samplePrompts', since: '1.17', find: inCommands('samplePrompts') },
  { name: 'semanticDescription', since: '1.17', find: (m) => [...inCommands('semanticDescription')(m), ...inCommands('semanticDescription', true)(m)] },
  { name: 'copilotAgents.declarativeAgents', since: '1.19', find: inObject('copilotAgents', 'declarativeAgents') },
  { name: 'copilotAgents.customEngineAgents', since: '1.20', find: inObject('copilotAgents', 'customEngineAgents') },
  { name: 'icons.color32x32', since: '1.21', find: inObject('icons', 'color32x32') },
  { name: 'agentConnectors', since: '1.27', find: top('agentConnectors') },
  { name: 'agentSkills', since: '1.28', find: top('agentSkills') },
  {
    // An agent connector without mcpToolDescription asks for dynamic tool discovery; before 1.27 agentConnectors itself is reported.
    name: 'Dynamic tool discovery (an agent connector\'s remoteMcpServer without mcpToolDescription)',
    since: '1.29',
    find: (m) =>
      versionAtLeast(m, '1.27')
        ? asArray(m.agentConnectors).flatMap((c, i) => {
            const server = asRecord(asRecord(asRecord(c)?.toolSource)?.remoteMcpServer);
            return server && server.mcpToolDescription === undefined ? [pointer('agentConnectors', i, 'toolSource', 'remoteMcpServer')] : [];
          })
        : [],
  },
];

export const featureVersion = defineRule({
  id: 'teams.manifest-feature-version',
  title: 'Each feature the manifest uses exists in its manifestVersion',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.manifestVersions,
  description:
    'Features arrive in a given schema version: localizationInfo 1.5, graphConnector 1.11, API-based message extensions, samplePrompts and semanticDescription 1.17, declarative agents 1.19, custom engine agents 1.20, icons.color32x32 1.21, ' +
    'agentConnectors (MCP servers as agent connectors) 1.27, agentSkills 1.28, and dynamic tool discovery for agent connectors (no mcpToolDescription) 1.29, the version whose schema makes mcpToolDescription optional. ' +
    'Older versions reject them at upload; this rule names the version to move to. copilotExtensions (an early preview name) is in no current schema.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    if (!m || !manifestVersionParts(m)) return;
    const version = String(m.manifestVersion);
    for (const f of FEATURE_VERSIONS) {
      if (versionAtLeast(m, f.since)) continue;
      for (const at of f.find(m)) {
        yield { file: 'manifest.json', pointer: at, message: `${f.name} needs manifestVersion ${f.since} or later; this manifest is ${version}.` };
      }
    }
    if (m.copilotExtensions !== undefined) {
      yield {
        file: 'manifest.json',
        pointer: '/copilotExtensions',
        message: 'copilotExtensions was a preview name that no published schema (nor the current devPreview) accepts; use copilotAgents.declarativeAgents with manifestVersion 1.19 or later.',
      };
    }
  },
});

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * The MAJOR.MINOR.PATCH a version means when it only lacks parts or has leading zeros ("1.0" → "1.0.0", "v2" →
 * "2.0.0", "01.02.3" → "1.2.3"); undefined for anything else (a suffix such as -beta or a fourth number is a choice).
 */
function asSemver(v: string): string | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(v.trim());
  if (!m) return undefined;
  const part = (p: string | undefined) => (p ?? '0').replace(/^0+(?=\d)/, '');
  return `${part(m[1])}.${part(m[2])}.${part(m[3])}`;
}

export const versionSemver = defineRule({
  id: 'teams.version-semver',
  title: 'version is MAJOR.MINOR.PATCH',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The schema only limits version to 256 characters but says it must follow semver; the store guidelines make it a must-fix and the service compares versions on update. Three numbers without leading zeros and without pre-release or build suffixes.',
  *check({ manifest }) {
    const v = asRecord(manifest?.value)?.version;
    if (typeof v !== 'string' || SEMVER.test(v)) return;
    const semver = asSemver(v);
    const fix = semver ? replaceFix(`Write version ${JSON.stringify(v)} as "${semver}".`, '/version', semver) : undefined;
    yield { file: 'manifest.json', pointer: '/version', message: `version ${JSON.stringify(v)} is not MAJOR.MINOR.PATCH (three numbers, no leading zeros, no suffix such as -beta).`, ...(fix ? { fix } : {}) };
  },
});

export const versionMajor = defineRule({
  id: 'teams.version-major-zero',
  title: 'version starts at 1.0.0',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: "Microsoft's legacy manifest validator flagged a major version below 1 for store submissions; advice only.",
  *check({ manifest }) {
    const v = asString(asRecord(manifest?.value)?.version);
    const m = v ? SEMVER.exec(v) : null;
    if (m && m[1] === '0') yield { file: 'manifest.json', pointer: '/version', message: `version ${v} has major version 0; store submissions are expected to start at 1.0.0.` };
  },
});

export const copilotManifestVersion = defineRule({
  id: 'teams.manifest-version-copilot',
  title: 'Apps that extend Copilot use manifest 1.13 or later',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'Apps extended across Microsoft 365 (Outlook, the Microsoft 365 app) and message extensions used as Copilot plugins need manifest 1.13 or later; older apps stay Teams-only, which store review rejects for a Copilot listing.',
  *check({ manifest, capabilities }) {
    const m = asRecord(manifest?.value);
    if (!m || !manifestVersionParts(m) || versionAtLeast(m, '1.13')) return;
    if (!capabilities.includes('message-extension')) return;
    yield {
      file: 'manifest.json',
      pointer: '/manifestVersion',
      message: `manifestVersion ${String(m.manifestVersion)} keeps the message extension Teams-only; use 1.13 or later so it runs in Outlook and Microsoft 365 Copilot.`,
    };
  },
});

export const noDevPreview = defineRule({
  id: 'teams.manifest-dev-preview',
  title: 'Store submissions use a released manifest version, not devPreview',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The store guidelines require a publicly released schema. Warning, not error: an earlier agent guideline asked declarative agents to use devPreview, which became obsolete when copilotAgents was released in 1.19, so the sources conflict.',
  *check({ manifest }) {
    if (isDevPreview(manifest?.value)) {
      yield { file: 'manifest.json', pointer: '/manifestVersion', message: 'manifestVersion is devPreview; Partner Center expects a released version (1.19 or later for agents).' };
    }
  },
});

const URL_KEYS = ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const;

function developerUrls(manifest: unknown): Array<{ key: string; url: string; at: string }> {
  const dev = asRecord(asRecord(manifest)?.developer);
  return URL_KEYS.flatMap((key) => {
    const url = asString(dev?.[key]);
    return url ? [{ key, url, at: pointer('developer', key) }] : [];
  });
}

export const developerUrlsHttps = defineRule({
  id: 'teams.developer-url-https',
  title: 'Developer website, privacy and terms URLs use HTTPS',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The schema accepts http:// (its pattern is ^https?://), but the store guidelines require the privacy policy and terms of use to be served over HTTPS; the website URL is held to the same standard.',
  *check({ manifest }) {
    for (const { key, url, at } of developerUrls(manifest?.value)) {
      if (/^http:\/\//i.test(url)) yield { file: 'manifest.json', pointer: at, message: `developer.${key} ${url} uses http; use https.` };
    }
  },
});

const DEFAULT_DEVELOPER_NAMES = ['teams app, inc.', 'my app, inc.'];

export const developerDefaults = defineRule({
  id: 'teams.developer-default-values',
  title: 'Developer information is not the template default',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'Agents Toolkit templates ship developer.name "Teams App, Inc." (newer agent templates "My App, Inc.") and https://www.example.com URLs; hosts reserved for examples (example.com, *.example, *.test) are reported too. The store requires the real publisher name and working privacy and terms pages. Warning: inferred from the toolkit defaults plus the store rules on privacy and terms links. The fields of one manifest are one finding (79 per-field warnings on 21 real packages were one template block each).',
  *check({ manifest }) {
    const dev = asRecord(asRecord(manifest?.value)?.developer);
    const name = asString(dev?.name);
    // The template's developer block is one thing to replace: one finding listing its fields.
    const summary = "{n} developer fields are template defaults; use the publisher's name as registered in Partner Center and its real pages";
    if (name && DEFAULT_DEVELOPER_NAMES.includes(name.trim().toLowerCase())) {
      yield {
        file: 'manifest.json',
        pointer: '/developer/name',
        message: `developer.name is the template default "${name}"; use the publisher's name as registered in Partner Center.`,
        repeat: { summary, place: `name "${name}"` },
      };
    }
    for (const { key, url, at } of developerUrls(manifest?.value)) {
      const host = hostOf(url);
      if (host && isReservedHost(host)) {
        yield {
          file: 'manifest.json',
          pointer: at,
          message: `developer.${key} ${url} points at the reserved example host ${host}; use the publisher's real page.`,
          repeat: { summary, place: `${key} ${url}` },
        };
      }
    }
  },
});

export const developerMpnId = defineRule({
  id: 'teams.developer-mpn-id',
  title: 'developer.mpnId is set',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The store guidelines recommend the Microsoft AI Cloud Partner Program ID in developer.mpnId (good-to-fix).',
  *check({ manifest }) {
    const dev = asRecord(asRecord(manifest?.value)?.developer);
    if (!dev || asString(dev.mpnId)?.trim()) return;
    yield { file: 'manifest.json', pointer: '/developer', message: 'developer.mpnId is not set; the store recommends your Cloud Partner Program ID there.' };
  },
});

export const schemaProperty = defineRule({
  id: 'teams.manifest-schema-url',
  title: '$schema names the schema of the manifestVersion',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.manifestVersions,
  description:
    "The Agents Toolkit refuses to validate a manifest without $schema and validates against the version that URL names; a URL for another version means editors and the toolkit check a different schema than the service. Notice: the service itself reads manifestVersion.",
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    const version = asString(m?.manifestVersion);
    if (!m || !version) return;
    const url = asString(m.$schema);
    // Fixed only towards a version Microsoft publishes a schema for.
    const known = TEAMS_MANIFEST_VERSIONS.includes(version);
    const folder = teamsSchemaFolder(version);
    if (!url) {
      const wanted = `https://developer.microsoft.com/json-schemas/teams/${folder}/MicrosoftTeams.schema.json`;
      const fix = known && m.$schema === undefined ? addFix(`Add "$schema": "${wanted}".`, '/$schema', wanted, { first: true }) : undefined;
      yield { file: 'manifest.json', pointer: '', message: `manifest.json has no $schema; add ${wanted}.`, ...(fix ? { fix } : {}) };
      return;
    }
    const named = /\/teams\/v(DevPreview|\d+\.\d+)\/MicrosoftTeams\.schema\.json$/i.exec(url);
    const namedVersion = named ? (named[1].toLowerCase() === 'devpreview' ? 'devPreview' : named[1]) : undefined;
    if (namedVersion && namedVersion !== version) {
      const fixed = known ? schemaUrlWithVersion(url, '/teams', folder) : undefined;
      const fix = fixed ? replaceFix(`Point $schema at the ${version} schema: "${fixed}".`, '/$schema', fixed) : undefined;
      yield { file: 'manifest.json', pointer: '/$schema', message: `$schema names version ${namedVersion} but manifestVersion is ${version}.`, ...(fix ? { fix } : {}) };
    }
  },
});

export const customEngineAgentBot = defineRule({
  id: 'teams.custom-engine-agent-bot',
  title: 'Each custom engine agent is a bot declared in the manifest with personal scope',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.customEngineAgentsSchema,
  description:
    'copilotAgents.customEngineAgents[].id must be the botId of a bots[] entry whose scopes include personal. Stated in the schema description only, so the JSON schema does not enforce it; warning because the service behaviour is not documented.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    const agents = asArray(asRecord(m?.copilotAgents)?.customEngineAgents);
    const bots = asArray(m?.bots).map(asRecord);
    for (const [i, a] of agents.entries()) {
      const agent = asRecord(a);
      const id = asString(agent?.id);
      if (!agent || !id || (agent.type !== undefined && agent.type !== 'bot')) continue;
      const bot = bots.find((b) => asString(b?.botId) === id);
      const at = pointer('copilotAgents', 'customEngineAgents', i, 'id');
      if (!bot) yield { file: 'manifest.json', pointer: at, message: `customEngineAgents[${i}].id ${id} is not the botId of any bots[] entry.` } satisfies FindingDraft;
      else if (!asArray(bot.scopes).includes('personal')) {
        yield { file: 'manifest.json', pointer: at, message: `The bot ${id} behind customEngineAgents[${i}] does not include the personal scope.` };
      }
    }
  },
});

export const manifestRules: readonly Rule[] = [
  featureVersion,
  versionSemver,
  versionMajor,
  copilotManifestVersion,
  noDevPreview,
  developerUrlsHttps,
  developerDefaults,
  developerMpnId,
  schemaProperty,
  customEngineAgentBot,
];
