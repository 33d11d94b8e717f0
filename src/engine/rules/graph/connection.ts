// The externalConnection object of a standalone connector: id, name, description, contentCategory and keys.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, isNonEmptyString } from '../../util/values.js';
import { at, connections } from './shared/model.js';
import { hasPlaceholder, isAlphanumeric, isGuid, nonAlphanumeric, quote } from './shared/text.js';

const KINDS = ['graph-connector'] as const;

export const CONNECTION_ID_MIN = 3;
export const CONNECTION_ID_MAX = 32;
export const CONNECTION_NAME_MAX = 128;

/** Ids Microsoft keeps for its own connections (externalConnection, v1.0 and beta). */
export const RESERVED_CONNECTION_IDS = [
  'None', 'Directory', 'Exchange', 'ExchangeArchive', 'LinkedIn', 'Mailbox', 'OneDriveBusiness', 'SharePoint',
  'Teams', 'Yammer', 'Connectors', 'TaskFabric', 'PowerBI', 'Assistant', 'TopicEngine', 'MSFT_All_Connectors',
];

export const CONTENT_CATEGORIES = [
  'uncategorized', 'knowledgeBase', 'wikis', 'fileRepository', 'qna', 'crm', 'dashboard', 'people', 'media',
  'email', 'messaging', 'meetingTranscripts', 'taskManagement', 'learningManagement',
];

/** Keys an externalConnection definition may set (v1.0 and beta); `schema` is split out by this tool. */
const KNOWN_KEYS = new Set([
  'id', 'name', 'description', 'connectorId', 'contentCategory', 'activitySettings', 'searchSettings', 'configuration',
  'complianceSettings', 'enabledContentExperiences', 'schema', '$schema',
]);
/** Read-only properties the service sets; graph.connection-read-only reports them. */
const READ_ONLY_KEYS = ['state', 'ingestedItemsCount'];

/** Each connection's id when it is a string, with its pointer. */
function* connectionIds(pkg: Parameters<typeof connections>[0]) {
  for (const c of connections(pkg)) {
    if (typeof c.value.id === 'string') yield { file: c.file, pointer: at(c.pointer, 'id'), id: c.value.id };
  }
}

export const connectionIdRequired = defineRule({
  id: 'graph.connection-id-required',
  title: 'The connection has an id',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: 'id is the developer-provided key of the connection and is required on create.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      if (!('id' in c.value)) yield { file: c.file, pointer: c.pointer, message: 'The connection has no id.' };
      else if (typeof c.value.id !== 'string') yield { file: c.file, pointer: at(c.pointer, 'id'), message: `The connection id ${quote(c.value.id)} is not a string.` };
    }
  },
});

export const connectionIdLength = defineRule({
  id: 'graph.connection-id-length',
  title: `The connection id is ${CONNECTION_ID_MIN} to ${CONNECTION_ID_MAX} characters`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: 'The externalConnection reference requires an id between 3 and 32 characters (older admin center pages state only the maximum).',
  *check({ pkg }) {
    for (const { file, pointer, id } of connectionIds(pkg)) {
      if (id.length < CONNECTION_ID_MIN || id.length > CONNECTION_ID_MAX) {
        yield { file, pointer, message: `The connection id ${quote(id)} is ${id.length} characters; it must be ${CONNECTION_ID_MIN} to ${CONNECTION_ID_MAX}.` };
      }
    }
  },
});

export const connectionIdCharset = defineRule({
  id: 'graph.connection-id-charset',
  title: 'The connection id is alphanumeric',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: 'Only letters and digits are allowed: no hyphens, underscores, dots or spaces.',
  *check({ pkg }) {
    for (const { file, pointer, id } of connectionIds(pkg)) {
      if (id.length > 0 && !isAlphanumeric(id)) {
        yield { file, pointer, message: `The connection id ${quote(id)} contains ${nonAlphanumeric(id)}; only letters and digits are allowed.` };
      }
    }
  },
});

export const connectionIdPrefix = defineRule({
  id: 'graph.connection-id-prefix',
  title: 'The connection id does not start with "Microsoft"',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description:
    'Ids beginning with Microsoft are reserved. The documents do not say whether the comparison ignores case, so "Microsoft…" is an error and other casings ("microsoft…") a warning.',
  *check({ pkg }) {
    for (const { file, pointer, id } of connectionIds(pkg)) {
      if (!/^microsoft/i.test(id)) continue;
      const exact = id.startsWith('Microsoft');
      yield {
        file,
        pointer,
        severity: exact ? 'error' : 'warning',
        message: exact
          ? `The connection id ${quote(id)} starts with "Microsoft", which is reserved.`
          : `The connection id ${quote(id)} starts with "Microsoft" in another letter case; the reserved prefix may be compared without case.`,
      };
    }
  },
});

export const connectionIdReserved = defineRule({
  id: 'graph.connection-id-reserved',
  title: 'The connection id is not a reserved value',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: `Reserved ids: ${RESERVED_CONNECTION_IDS.join(', ')}. Case sensitivity is undocumented: an exact match is an error, a match in another letter case a warning.`,
  *check({ pkg }) {
    for (const { file, pointer, id } of connectionIds(pkg)) {
      const hit = RESERVED_CONNECTION_IDS.find((r) => r.toLowerCase() === id.toLowerCase());
      if (!hit) continue;
      yield {
        file,
        pointer,
        severity: hit === id ? 'error' : 'warning',
        message: hit === id ? `The connection id ${quote(id)} is reserved by Microsoft.` : `The connection id ${quote(id)} matches the reserved id "${hit}" apart from letter case.`,
      };
    }
  },
});

export const connectionName = defineRule({
  id: 'graph.connection-name',
  title: `The connection has a name of at most ${CONNECTION_NAME_MAX} characters`,
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: 'name is required and is the display name in the Microsoft 365 admin center; at most 128 characters.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      const name = c.value.name;
      if (!isNonEmptyString(name)) {
        yield { file: c.file, pointer: 'name' in c.value ? at(c.pointer, 'name') : c.pointer, message: 'The connection has no name; name is required.' };
      } else if (name.length > CONNECTION_NAME_MAX) {
        yield { file: c.file, pointer: at(c.pointer, 'name'), message: `The connection name is ${name.length} characters; the limit is ${CONNECTION_NAME_MAX}.` };
      }
    }
  },
});

export const connectionDescriptionPresent = defineRule({
  id: 'graph.connection-description-present',
  title: 'The connection has a description',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphCreateConnection,
  description:
    'A warning because the sources disagree: the create request lists description as required, the resource page calls it optional. Copilot relies on it to decide when to use the connection.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      if (!isNonEmptyString(c.value.description)) {
        yield { file: c.file, pointer: 'description' in c.value ? at(c.pointer, 'description') : c.pointer, message: 'The connection has no description; Copilot uses it to decide when this content answers a prompt.' };
      }
    }
  },
});

export const connectionDescriptionQuality = defineRule({
  id: 'graph.connection-description-quality',
  title: 'The connection description tells Copilot what the content is',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphConnectorSetup,
  description:
    'Copilot matches prompts to connections by their descriptions: say what the content is, its scope, the words users use for it and other names of the system. ' +
    'No minimum length is documented, so a description of one sentence is only a notice; one that repeats the name or holds placeholder text is a warning.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      const d = c.value.description;
      if (!isNonEmptyString(d)) continue;
      const pointer = at(c.pointer, 'description');
      if (typeof c.value.name === 'string' && d.trim().toLowerCase() === c.value.name.trim().toLowerCase()) {
        yield { file: c.file, pointer, message: 'The connection description only repeats its name; describe the content, its scope and the words users use for it.' };
      } else if (hasPlaceholder(d)) {
        yield { file: c.file, pointer, message: 'The connection description holds placeholder text.' };
      } else if (sentences(d) < 2) {
        yield {
          file: c.file,
          pointer,
          severity: 'notice',
          message: 'The connection description is a single sentence; add the scope, the keywords users would use and other names of the system, so Copilot knows when to use it.',
        };
      }
    }
  },
});

function sentences(text: string): number {
  return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}

export const connectionContentCategory = defineRule({
  id: 'graph.connection-content-category',
  title: 'contentCategory is a documented value',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: `contentCategory is one of ${CONTENT_CATEGORIES.join(', ')}. When absent it defaults to uncategorized, which gives Copilot less to go on (a notice).`,
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      const v = c.value.contentCategory;
      if (v === undefined) {
        yield { file: c.file, pointer: c.pointer, severity: 'notice', message: `The connection sets no contentCategory (it defaults to uncategorized); choose one of ${CONTENT_CATEGORIES.join(', ')} to help Copilot rank its content.` };
      } else if (typeof v !== 'string' || !CONTENT_CATEGORIES.includes(v)) {
        const near = typeof v === 'string' ? CONTENT_CATEGORIES.find((k) => k.toLowerCase() === v.toLowerCase()) : undefined;
        yield {
          file: c.file,
          pointer: at(c.pointer, 'contentCategory'),
          message: near ? `contentCategory ${quote(v)} must be written "${near}".` : `contentCategory ${quote(v)} is not one of ${CONTENT_CATEGORIES.join(', ')}.`,
        };
      }
    }
  },
});

export const connectionReadOnly = defineRule({
  id: 'graph.connection-read-only',
  title: 'The definition does not set read-only connection properties',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description: 'state (and, on beta, ingestedItemsCount) are set by the service; a definition that sends them is a copy of a GET response, not a create request.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      for (const key of READ_ONLY_KEYS) {
        if (key in c.value) yield { file: c.file, pointer: at(c.pointer, key), message: `${key} is read-only; remove it from the definition.` };
      }
    }
  },
});

export const connectionUnknownKey = defineRule({
  id: 'graph.connection-unknown-key',
  title: 'The connection has only documented properties',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphExternalConnection,
  description:
    'externalConnection accepts id, name, description, connectorId, contentCategory, activitySettings, searchSettings and configuration (beta adds complianceSettings and enabledContentExperiences). ' +
    'An inline schema is allowed because this tool checks it as the schema; anything else is likely a typo the service rejects.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      for (const key of Object.keys(c.value)) {
        if (KNOWN_KEYS.has(key) || READ_ONLY_KEYS.includes(key) || key.startsWith('@odata.')) continue;
        const near = [...KNOWN_KEYS].find((k) => k.toLowerCase() === key.toLowerCase());
        yield {
          file: c.file,
          pointer: at(c.pointer, key),
          message: near ? `The connection property ${quote(key)} must be written "${near}".` : `${quote(key)} is not an externalConnection property.`,
        };
      }
    }
  },
});

export const connectionAuthorizedApps = defineRule({
  id: 'graph.connection-authorized-apps',
  title: 'configuration.authorizedAppIds are Entra application ids',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphConnectionConfiguration,
  description: 'The ids of other apps allowed to manage the connection. The page types them as strings; they are Entra app ids (GUIDs) in every example, so a warning.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      const ids = asRecord(c.value.configuration)?.authorizedAppIds;
      for (const [i, id] of asArray(ids).entries()) {
        if (!isGuid(id)) {
          yield { file: c.file, pointer: at(c.pointer, 'configuration', 'authorizedAppIds', i), message: `authorizedAppIds entry ${quote(id)} is not a GUID (a Microsoft Entra application id).` };
        }
      }
    }
  },
});


export const connectionRules = [
  connectionIdRequired,
  connectionIdLength,
  connectionIdCharset,
  connectionIdPrefix,
  connectionIdReserved,
  connectionName,
  connectionDescriptionPresent,
  connectionDescriptionQuality,
  connectionContentCategory,
  connectionReadOnly,
  connectionUnknownKey,
  connectionAuthorizedApps,
];
