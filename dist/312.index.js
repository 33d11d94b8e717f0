export const id = 312;
export const ids = [312,23];
export const modules = {

/***/ 4312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  graphRules: () => (/* binding */ graphRules)
});

// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __webpack_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var util_values = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/engine/rules/graph/shared/model.ts
var model = __webpack_require__(9322);
// EXTERNAL MODULE: ./src/engine/rules/graph/shared/text.ts
var shared_text = __webpack_require__(3788);
;// CONCATENATED MODULE: ./src/engine/rules/graph/connection.ts
// The externalConnection object of a standalone connector: id, name, description, contentCategory and keys.





const KINDS = ['graph-connector'];
const CONNECTION_ID_MIN = 3;
const CONNECTION_ID_MAX = 32;
const CONNECTION_NAME_MAX = 128;
/** Ids Microsoft keeps for its own connections (externalConnection, v1.0 and beta). */
const RESERVED_CONNECTION_IDS = [
    'None', 'Directory', 'Exchange', 'ExchangeArchive', 'LinkedIn', 'Mailbox', 'OneDriveBusiness', 'SharePoint',
    'Teams', 'Yammer', 'Connectors', 'TaskFabric', 'PowerBI', 'Assistant', 'TopicEngine', 'MSFT_All_Connectors',
];
const CONTENT_CATEGORIES = [
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
function* connectionIds(pkg) {
    for (const c of (0,model/* connections */.oQ)(pkg)) {
        if (typeof c.value.id === 'string')
            yield { file: c.file, pointer: (0,model.at)(c.pointer, 'id'), id: c.value.id };
    }
}
const connectionIdRequired = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-id-required',
    title: 'The connection has an id',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'id is the developer-provided key of the connection and is required on create.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            if (!('id' in c.value))
                yield { file: c.file, pointer: c.pointer, message: 'The connection has no id.' };
            else if (typeof c.value.id !== 'string')
                yield { file: c.file, pointer: (0,model.at)(c.pointer, 'id'), message: `The connection id ${(0,shared_text/* quote */.hD)(c.value.id)} is not a string.` };
        }
    },
});
const connectionIdLength = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-id-length',
    title: `The connection id is ${CONNECTION_ID_MIN} to ${CONNECTION_ID_MAX} characters`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'The externalConnection reference requires an id between 3 and 32 characters (older admin center pages state only the maximum).',
    *check({ pkg }) {
        for (const { file, pointer, id } of connectionIds(pkg)) {
            if (id.length < CONNECTION_ID_MIN || id.length > CONNECTION_ID_MAX) {
                yield { file, pointer, message: `The connection id ${(0,shared_text/* quote */.hD)(id)} is ${id.length} characters; it must be ${CONNECTION_ID_MIN} to ${CONNECTION_ID_MAX}.` };
            }
        }
    },
});
const connectionIdCharset = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-id-charset',
    title: 'The connection id is alphanumeric',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'Only letters and digits are allowed: no hyphens, underscores, dots or spaces.',
    *check({ pkg }) {
        for (const { file, pointer, id } of connectionIds(pkg)) {
            if (id.length > 0 && !(0,shared_text/* isAlphanumeric */.gQ)(id)) {
                yield { file, pointer, message: `The connection id ${(0,shared_text/* quote */.hD)(id)} contains ${(0,shared_text/* nonAlphanumeric */.pt)(id)}; only letters and digits are allowed.` };
            }
        }
    },
});
const connectionIdPrefix = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-id-prefix',
    title: 'The connection id does not start with "Microsoft"',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'Ids beginning with Microsoft are reserved. The documents do not say whether the comparison ignores case, so "Microsoft…" is an error and other casings ("microsoft…") a warning.',
    *check({ pkg }) {
        for (const { file, pointer, id } of connectionIds(pkg)) {
            if (!/^microsoft/i.test(id))
                continue;
            const exact = id.startsWith('Microsoft');
            yield {
                file,
                pointer,
                severity: exact ? 'error' : 'warning',
                message: exact
                    ? `The connection id ${(0,shared_text/* quote */.hD)(id)} starts with "Microsoft", which is reserved.`
                    : `The connection id ${(0,shared_text/* quote */.hD)(id)} starts with "Microsoft" in another letter case; the reserved prefix may be compared without case.`,
            };
        }
    },
});
const connectionIdReserved = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-id-reserved',
    title: 'The connection id is not a reserved value',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: `Reserved ids: ${RESERVED_CONNECTION_IDS.join(', ')}. Case sensitivity is undocumented: an exact match is an error, a match in another letter case a warning.`,
    *check({ pkg }) {
        for (const { file, pointer, id } of connectionIds(pkg)) {
            const hit = RESERVED_CONNECTION_IDS.find((r) => r.toLowerCase() === id.toLowerCase());
            if (!hit)
                continue;
            yield {
                file,
                pointer,
                severity: hit === id ? 'error' : 'warning',
                message: hit === id ? `The connection id ${(0,shared_text/* quote */.hD)(id)} is reserved by Microsoft.` : `The connection id ${(0,shared_text/* quote */.hD)(id)} matches the reserved id "${hit}" apart from letter case.`,
            };
        }
    },
});
const connectionName = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-name',
    title: `The connection has a name of at most ${CONNECTION_NAME_MAX} characters`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'name is required and is the display name in the Microsoft 365 admin center; at most 128 characters.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            const name = c.value.name;
            if (!(0,util_values/* isNonEmptyString */.uI)(name)) {
                yield { file: c.file, pointer: 'name' in c.value ? (0,model.at)(c.pointer, 'name') : c.pointer, message: 'The connection has no name; name is required.' };
            }
            else if (name.length > CONNECTION_NAME_MAX) {
                yield { file: c.file, pointer: (0,model.at)(c.pointer, 'name'), message: `The connection name is ${name.length} characters; the limit is ${CONNECTION_NAME_MAX}.` };
            }
        }
    },
});
const connectionDescriptionPresent = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-description-present',
    title: 'The connection has a description',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphCreateConnection,
    description: 'A warning because the sources disagree: the create request lists description as required, the resource page calls it optional. Copilot relies on it to decide when to use the connection.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            if (!(0,util_values/* isNonEmptyString */.uI)(c.value.description)) {
                yield { file: c.file, pointer: 'description' in c.value ? (0,model.at)(c.pointer, 'description') : c.pointer, message: 'The connection has no description; Copilot uses it to decide when this content answers a prompt.' };
            }
        }
    },
});
const connectionDescriptionQuality = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-description-quality',
    title: 'The connection description tells Copilot what the content is',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphConnectorSetup,
    description: 'Copilot matches prompts to connections by their descriptions: say what the content is, its scope, the words users use for it and other names of the system. ' +
        'No minimum length is documented, so a description of one sentence is only a notice; one that repeats the name or holds placeholder text is a warning.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            const d = c.value.description;
            if (!(0,util_values/* isNonEmptyString */.uI)(d))
                continue;
            const pointer = (0,model.at)(c.pointer, 'description');
            if (typeof c.value.name === 'string' && d.trim().toLowerCase() === c.value.name.trim().toLowerCase()) {
                yield { file: c.file, pointer, message: 'The connection description only repeats its name; describe the content, its scope and the words users use for it.' };
            }
            else if ((0,shared_text/* hasPlaceholder */.Kc)(d)) {
                yield { file: c.file, pointer, message: 'The connection description holds placeholder text.' };
            }
            else if (sentences(d) < 2) {
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
function sentences(text) {
    return text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim().length > 0).length;
}
const connectionContentCategory = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-content-category',
    title: 'contentCategory is a documented value',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: `contentCategory is one of ${CONTENT_CATEGORIES.join(', ')}. When absent it defaults to uncategorized, which gives Copilot less to go on (a notice).`,
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            const v = c.value.contentCategory;
            if (v === undefined) {
                yield { file: c.file, pointer: c.pointer, severity: 'notice', message: `The connection sets no contentCategory (it defaults to uncategorized); choose one of ${CONTENT_CATEGORIES.join(', ')} to help Copilot rank its content.` };
            }
            else if (typeof v !== 'string' || !CONTENT_CATEGORIES.includes(v)) {
                const near = typeof v === 'string' ? CONTENT_CATEGORIES.find((k) => k.toLowerCase() === v.toLowerCase()) : undefined;
                yield {
                    file: c.file,
                    pointer: (0,model.at)(c.pointer, 'contentCategory'),
                    message: near ? `contentCategory ${(0,shared_text/* quote */.hD)(v)} must be written "${near}".` : `contentCategory ${(0,shared_text/* quote */.hD)(v)} is not one of ${CONTENT_CATEGORIES.join(', ')}.`,
                };
            }
        }
    },
});
const connectionReadOnly = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-read-only',
    title: 'The definition does not set read-only connection properties',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'state (and, on beta, ingestedItemsCount) are set by the service; a definition that sends them is a copy of a GET response, not a create request.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            for (const key of READ_ONLY_KEYS) {
                if (key in c.value)
                    yield { file: c.file, pointer: (0,model.at)(c.pointer, key), message: `${key} is read-only; remove it from the definition.` };
            }
        }
    },
});
const connectionUnknownKey = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-unknown-key',
    title: 'The connection has only documented properties',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphExternalConnection,
    description: 'externalConnection accepts id, name, description, connectorId, contentCategory, activitySettings, searchSettings and configuration (beta adds complianceSettings and enabledContentExperiences). ' +
        'An inline schema is allowed because this tool checks it as the schema; anything else is likely a typo the service rejects.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            for (const key of Object.keys(c.value)) {
                if (KNOWN_KEYS.has(key) || READ_ONLY_KEYS.includes(key) || key.startsWith('@odata.'))
                    continue;
                const near = [...KNOWN_KEYS].find((k) => k.toLowerCase() === key.toLowerCase());
                yield {
                    file: c.file,
                    pointer: (0,model.at)(c.pointer, key),
                    message: near ? `The connection property ${(0,shared_text/* quote */.hD)(key)} must be written "${near}".` : `${(0,shared_text/* quote */.hD)(key)} is not an externalConnection property.`,
                };
            }
        }
    },
});
const connectionAuthorizedApps = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-authorized-apps',
    title: 'configuration.authorizedAppIds are Entra application ids',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: KINDS,
    docs: docs_links/* DOCS */.i.graphConnectionConfiguration,
    description: 'The ids of other apps allowed to manage the connection. The page types them as strings; they are Entra app ids (GUIDs) in every example, so a warning.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            const ids = (0,util_values/* asRecord */.qY)(c.value.configuration)?.authorizedAppIds;
            for (const [i, id] of (0,util_values/* asArray */._j)(ids).entries()) {
                if (!(0,shared_text/* isGuid */.W_)(id)) {
                    yield { file: c.file, pointer: (0,model.at)(c.pointer, 'configuration', 'authorizedAppIds', i), message: `authorizedAppIds entry ${(0,shared_text/* quote */.hD)(id)} is not a GUID (a Microsoft Entra application id).` };
                }
            }
        }
    },
});
const connectionRules = [
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

;// CONCATENATED MODULE: ./src/engine/rules/graph/shared/regex.ts
// urlPattern values come from untrusted files: they are compiled (inside try/catch) to prove they are valid
// ECMAScript, and their named groups are read from the source text. They are never executed, so a pattern
// written to backtrack catastrophically costs nothing here.
/** Longest pattern compiled; Graph has no documented limit, this only bounds the work done on odd input. */
const MAX_PATTERN_LENGTH = 4096;
// `(?<name>` opens a named group; `(?<=` and `(?<!` are lookbehinds and do not match the name class.
const NAMED_GROUP = /\(\?<([A-Za-z_$][A-Za-z0-9_$]*)>/g;
function compilePattern(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        return { ok: false, error: `${source.length} characters, past the ${MAX_PATTERN_LENGTH} this check compiles`, tooLong: true };
    try {
        new RegExp(source);
    }
    catch (e) {
        return { ok: false, error: e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e) };
    }
    return { ok: true, groups: [...new Set([...source.matchAll(NAMED_GROUP)].map((m) => m[1]))] };
}
/** The `{name}` placeholders of an itemId template, each once. */
function itemIdPlaceholders(itemId) {
    return [...new Set([...itemId.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]))];
}

// EXTERNAL MODULE: ./src/engine/util/urls.ts
var util_urls = __webpack_require__(7945);
;// CONCATENATED MODULE: ./src/engine/rules/graph/resolvers.ts
// activitySettings.urlToItemResolvers: how Copilot and Microsoft 365 turn a shared link into a connector item.






const resolvers_KINDS = ['graph-connector'];
const ITEM_ID_RESOLVER_TYPE = '#microsoft.graph.externalConnectors.itemIdResolver';
function* resolvers(pkg) {
    for (const c of (0,model/* connections */.oQ)(pkg)) {
        const list = (0,util_values/* asRecord */.qY)(c.value.activitySettings)?.urlToItemResolvers;
        for (const [i, raw] of (0,util_values/* asArray */._j)(list).entries()) {
            yield { file: c.file, pointer: (0,model.at)(c.pointer, 'activitySettings', 'urlToItemResolvers', i), value: (0,util_values/* asRecord */.qY)(raw), raw };
        }
    }
}
const resolversPresent = (0,rule/* defineRule */.Km)({
    id: 'graph.resolvers-present',
    title: 'The connection has at least one URL-to-item resolver',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphConnectorExperiences,
    description: 'activitySettings.urlToItemResolvers lets Copilot, the Microsoft 365 app and Context IQ recognise links to your items when users share them. Optional in the API, strongly recommended in the deployment and Partner Center guides.',
    *check({ pkg }) {
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            const list = (0,util_values/* asRecord */.qY)(c.value.activitySettings)?.urlToItemResolvers;
            if ((0,util_values/* asArray */._j)(list).length > 0)
                continue;
            yield {
                file: c.file,
                pointer: 'activitySettings' in c.value ? (0,model.at)(c.pointer, 'activitySettings') : c.pointer,
                message: 'The connection has no activitySettings.urlToItemResolvers; links to its items will not be recognised when users share them.',
            };
        }
    },
});
const resolverType = (0,rule/* defineRule */.Km)({
    id: 'graph.resolver-type',
    title: 'Each resolver is an itemIdResolver',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphItemIdResolver,
    description: `urlToItemResolverBase is abstract; its only derived type is itemIdResolver, so every resolver needs "@odata.type": "${ITEM_ID_RESOLVER_TYPE}".`,
    *check({ pkg }) {
        for (const r of resolvers(pkg)) {
            if (!r.value)
                continue; // graph.resolver-fields reports entries that are not objects
            const t = r.value['@odata.type'];
            // The leading "#" is the OData convention; the service also resolves the bare name.
            if (t === ITEM_ID_RESOLVER_TYPE || t === ITEM_ID_RESOLVER_TYPE.slice(1))
                continue;
            yield {
                file: r.file,
                pointer: t === undefined ? r.pointer : (0,model.at)(r.pointer, '@odata.type'),
                message: t === undefined ? `The resolver has no "@odata.type"; set it to "${ITEM_ID_RESOLVER_TYPE}".` : `The resolver's @odata.type ${(0,shared_text/* quote */.hD)(t)} is not "${ITEM_ID_RESOLVER_TYPE}".`,
            };
        }
    },
});
const resolverFields = (0,rule/* defineRule */.Km)({
    id: 'graph.resolver-fields',
    title: 'Each resolver has priority, itemId and urlMatchInfo with baseUrls and urlPattern',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphItemIdResolver,
    description: 'priority (Int32), itemId (string) and urlMatchInfo { baseUrls: string[], urlPattern: string } are required on every itemIdResolver.',
    *check({ pkg }) {
        for (const r of resolvers(pkg)) {
            if (!r.value) {
                yield { file: r.file, pointer: r.pointer, message: `The resolver ${(0,shared_text/* quote */.hD)(r.raw)} is not an object.` };
                continue;
            }
            const v = r.value;
            if (!(0,shared_text/* isInt32 */.VD)(v.priority)) {
                yield { file: r.file, pointer: 'priority' in v ? (0,model.at)(r.pointer, 'priority') : r.pointer, message: `The resolver's priority ${v.priority === undefined ? 'is missing' : `${(0,shared_text/* quote */.hD)(v.priority)} is not a 32-bit integer`}.` };
            }
            if (!(0,util_values/* isNonEmptyString */.uI)(v.itemId)) {
                yield { file: r.file, pointer: 'itemId' in v ? (0,model.at)(r.pointer, 'itemId') : r.pointer, message: 'The resolver has no itemId string (for example "{ticketId}").' };
            }
            const match = (0,util_values/* asRecord */.qY)(v.urlMatchInfo);
            if (!match) {
                yield { file: r.file, pointer: 'urlMatchInfo' in v ? (0,model.at)(r.pointer, 'urlMatchInfo') : r.pointer, message: 'The resolver has no urlMatchInfo object with baseUrls and urlPattern.' };
                continue;
            }
            const mp = (0,model.at)(r.pointer, 'urlMatchInfo');
            if (!Array.isArray(match.baseUrls))
                yield { file: r.file, pointer: 'baseUrls' in match ? (0,model.at)(mp, 'baseUrls') : mp, message: 'urlMatchInfo.baseUrls must be an array of URLs.' };
            if (!(0,util_values/* isNonEmptyString */.uI)(match.urlPattern))
                yield { file: r.file, pointer: 'urlPattern' in match ? (0,model.at)(mp, 'urlPattern') : mp, message: 'urlMatchInfo.urlPattern must be a regular expression string.' };
        }
    },
});
const resolverPattern = (0,rule/* defineRule */.Km)({
    id: 'graph.resolver-pattern',
    title: "urlPattern compiles and names every group itemId uses",
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphUrlMatchInfo,
    description: 'urlPattern is an ECMAScript regular expression matched against the URL after the base URL; every {name} in itemId must be a named group (?<name>…) of it. ' +
        'Patterns come from untrusted files, so they are compiled here, never run; one longer than 4,096 characters is not compiled and gets a warning instead.',
    *check({ pkg }) {
        for (const r of resolvers(pkg)) {
            const pattern = (0,util_values/* asRecord */.qY)(r.value?.urlMatchInfo)?.urlPattern;
            if (!(0,util_values/* isNonEmptyString */.uI)(pattern))
                continue; // graph.resolver-fields reports it
            const compiled = compilePattern(pattern);
            const pp = (0,model.at)(r.pointer, 'urlMatchInfo', 'urlPattern');
            if (!compiled.ok) {
                yield compiled.tooLong
                    ? { file: r.file, pointer: pp, severity: 'warning', message: `urlPattern is ${compiled.error}; it was not checked. Keep URL patterns short.` }
                    : { file: r.file, pointer: pp, message: `urlPattern is not a valid regular expression: ${(0,shared_text/* quote */.hD)(compiled.error, 160)}.` };
                continue;
            }
            const itemId = r.value?.itemId;
            if (typeof itemId !== 'string')
                continue;
            const missing = itemIdPlaceholders(itemId).filter((g) => !compiled.groups.includes(g));
            if (missing.length > 0) {
                yield {
                    file: r.file,
                    pointer: (0,model.at)(r.pointer, 'itemId'),
                    message: `itemId uses ${missing.map((g) => (0,shared_text/* quote */.hD)(`{${g}}`, 40)).join(', ')}, but urlPattern has no named group of that name${missing.length > 1 ? 's' : ''}${compiled.groups.length > 0 ? ` (it has ${compiled.groups.map((g) => (0,shared_text/* quote */.hD)(g, 40)).join(', ')})` : ''}.`,
                };
            }
            else if (compiled.groups.length === 0) {
                yield { file: r.file, pointer: pp, message: 'urlPattern has no named group, so no part of the URL can become the item id; capture it with (?<name>…) and use {name} in itemId.' };
            }
        }
    },
});
const resolverBaseUrls = (0,rule/* defineRule */.Km)({
    id: 'graph.resolver-base-urls',
    title: 'baseUrls lists at least one absolute http(s) URL',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphUrlMatchInfo,
    description: 'An empty baseUrls matches no link (error). Each entry is the start of the item URLs; a value that is not an absolute http(s) URL is a warning, because the page does not state the scheme.',
    *check({ pkg }) {
        for (const r of resolvers(pkg)) {
            const urls = (0,util_values/* asRecord */.qY)(r.value?.urlMatchInfo)?.baseUrls;
            if (!Array.isArray(urls))
                continue; // graph.resolver-fields reports it
            const bp = (0,model.at)(r.pointer, 'urlMatchInfo', 'baseUrls');
            if (urls.length === 0)
                yield { file: r.file, pointer: bp, message: 'urlMatchInfo.baseUrls is empty; list the base URL of your items (for example "https://desk.contoso.com").' };
            for (const [i, u] of urls.entries()) {
                if (!(0,util_urls/* isHttpUrl */.q$)(u))
                    yield { file: r.file, pointer: (0,model.at)(bp, i), severity: 'warning', message: `baseUrls entry ${(0,shared_text/* quote */.hD)(u)} is not an absolute http(s) URL.` };
            }
        }
    },
});
const resolverPriorityDistinct = (0,rule/* defineRule */.Km)({
    id: 'graph.resolver-priority-distinct',
    title: 'Resolver priorities are distinct',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: resolvers_KINDS,
    docs: docs_links/* DOCS */.i.graphItemIdResolver,
    description: 'Priority sets the order in which resolvers are tried; with equal priorities the order is undefined. Not documented as a rule, hence a notice.',
    *check({ pkg }) {
        const seen = new Set();
        for (const r of resolvers(pkg)) {
            const p = r.value?.priority;
            if (!(0,shared_text/* isInt32 */.VD)(p))
                continue;
            const key = `${r.file}\u0000${r.pointer.replace(/\/\d+$/, '')}\u0000${p}`;
            if (seen.has(key))
                yield { file: r.file, pointer: (0,model.at)(r.pointer, 'priority'), message: `Another resolver of this connection also has priority ${p}; give each a distinct priority so the order is defined.` };
            seen.add(key);
        }
    },
});
const resolverRules = [resolversPresent, resolverType, resolverFields, resolverPattern, resolverBaseUrls, resolverPriorityDistinct];

;// CONCATENATED MODULE: ./src/engine/rules/graph/schema-flags.ts
// Which property flags may be combined, and on which types.



const schema_flags_KINDS = ['graph-connector'];
/** Types a refiner can be built on without doubt (the schema guide names string and numeric types). */
const REFINABLE = ['string', 'int64', 'double', 'stringCollection', 'int64Collection', 'doubleCollection'];
/** Refinable in the guide's own example table although its text names only string and numeric types. */
const REFINABLE_DISPUTED = ['dateTime', 'dateTimeCollection', 'principal', 'principalCollection'];
const schemaSearchableType = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-searchable-type',
    title: 'Only string properties are searchable',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_flags_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'Only properties of type string or stringCollection can be searchable.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.is('isSearchable') && p.canonicalType && !(0,model/* isStringType */.mg)(p.canonicalType)) {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'isSearchable'), message: `Property ${(0,model/* propertyLabel */.gs)(p)} is ${p.type} and searchable; only string and stringCollection properties can be searchable.` };
                }
            }
        }
    },
});
const schemaSearchableRefinable = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-searchable-refinable',
    title: 'A property is not both searchable and refinable',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_flags_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'isSearchable and isRefinable are mutually exclusive.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.is('isSearchable') && p.is('isRefinable')) {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'isRefinable'), message: `Property ${(0,model/* propertyLabel */.gs)(p)} is both searchable and refinable; choose one.` };
                }
            }
        }
    },
});
const schemaRefinableType = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-refinable-type',
    title: 'Refinable properties are strings or numbers',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_flags_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: "The schema guide's text allows refiners on string and numeric types, while its own example table and many samples mark dateTime properties refinable. So boolean is an error and dateTime or principal a warning.",
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                const t = p.canonicalType;
                if (!p.is('isRefinable') || !t || REFINABLE.includes(t))
                    continue;
                yield {
                    file: p.file,
                    pointer: (0,model.at)(p.pointer, 'isRefinable'),
                    ...(REFINABLE_DISPUTED.includes(t) ? { severity: 'warning' } : {}),
                    message: `Property ${(0,model/* propertyLabel */.gs)(p)} is ${p.type} and refinable; refiners are documented for string and numeric properties.`,
                };
            }
        }
    },
});
const schemaExactMatch = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-exact-match',
    title: 'isExactMatchRequired only on non-searchable string properties',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_flags_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'Exact matching applies to string or stringCollection properties that are not searchable (documented on beta and in the schema guide; samples use it on v1.0 too).',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (!p.is('isExactMatchRequired'))
                    continue;
                const pointer = (0,model.at)(p.pointer, 'isExactMatchRequired');
                if (p.is('isSearchable'))
                    yield { file: p.file, pointer, message: `Property ${(0,model/* propertyLabel */.gs)(p)} is searchable and requires exact match; exact match is only for properties that are not searchable.` };
                else if (p.canonicalType && !(0,model/* isStringType */.mg)(p.canonicalType))
                    yield { file: p.file, pointer, message: `Property ${(0,model/* propertyLabel */.gs)(p)} is ${p.type}; isExactMatchRequired applies only to string and stringCollection properties.` };
            }
        }
    },
});
const schemaHasSearchable = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-has-searchable',
    title: 'The schema has at least one searchable property',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_flags_KINDS,
    docs: docs_links/* DOCS */.i.graphConnectorExperiences,
    description: 'Copilot and Microsoft Search match prompts against searchable properties and the item content; without a searchable property (usually the title) items are hard to find.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const props = (0,model/* propertiesOf */.P1)(schema);
            if (props.length > 0 && !props.some((p) => p.is('isSearchable'))) {
                yield { file: schema.file, pointer: schema.propertiesPointer, message: 'No property is searchable; mark at least the title property "isSearchable": true.' };
            }
        }
    },
});
const schemaFlagRules = [schemaSearchableType, schemaSearchableRefinable, schemaRefinableType, schemaExactMatch, schemaHasSearchable];

;// CONCATENATED MODULE: ./src/engine/rules/graph/schema-labels.ts
// Semantic labels: which exist, which properties may carry them, and the ones Copilot needs.




const schema_labels_KINDS = ['graph-connector'];
/** Labels of the v1.0 property reference (2024), including the work-item and hierarchy labels. */
const KNOWN_LABELS = [
    'title', 'url', 'createdBy', 'lastModifiedBy', 'authors', 'createdDateTime', 'lastModifiedDateTime', 'fileName',
    'fileExtension', 'iconUrl', 'containerName', 'containerUrl', 'assignedTo', 'dueDate', 'closedDate', 'closedBy',
    'reportedBy', 'sprintName', 'severity', 'state', 'priority', 'secondaryId', 'itemParentId', 'parentUrl', 'tags',
    'itemType', 'itemPath', 'numReactions',
];
/** Without these three, connector content may not surface in Copilot (Dev Proxy fails such schemas). */
const COPILOT_LABELS = ['title', 'url', 'iconUrl'];
/** After title and url, the labels the schema guide ranks highest for relevance. */
const RELEVANCE_LABELS = ['lastModifiedDateTime', 'lastModifiedBy'];
/** The types a label's value can have, where the guide's pairing is clear. */
const LABEL_TYPES = {
    title: ['string'],
    url: ['string'],
    iconUrl: ['string'],
    fileName: ['string'],
    fileExtension: ['string'],
    containerName: ['string'],
    containerUrl: ['string'],
    parentUrl: ['string'],
    createdDateTime: ['dateTime'],
    lastModifiedDateTime: ['dateTime'],
    authors: ['stringCollection', 'principalCollection'],
    createdBy: ['string', 'principal'],
    lastModifiedBy: ['string', 'principal'],
};
/** Label strings with their property and pointer. */
function* labelsOf(schema) {
    for (const p of (0,model/* propertiesOf */.P1)(schema)) {
        for (const l of p.labels)
            if (typeof l.value === 'string')
                yield { p, label: l.value, pointer: l.pointer };
    }
}
/** Labels mapped anywhere in the schema. */
function mappedLabels(schema) {
    return new Set([...labelsOf(schema)].map((l) => l.label));
}
const schemaLabelRetrievable = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-label-retrievable',
    title: 'Labelled properties are retrievable',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'A label can only be assigned to a property marked isRetrievable.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.labels.length > 0 && !p.is('isRetrievable')) {
                    yield { file: p.file, pointer: p.raw && 'isRetrievable' in p.raw ? (0,model.at)(p.pointer, 'isRetrievable') : (0,model.at)(p.pointer, 'labels'), message: `Property ${(0,model/* propertyLabel */.gs)(p)} has labels but is not retrievable; set "isRetrievable": true.` };
                }
            }
        }
    },
});
const schemaLabelKnown = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-label-known',
    title: 'Labels are documented values',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'The label enumeration is evolvable (people connectors add person* labels), so an unknown label is a warning rather than an error.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                for (const l of p.labels) {
                    const v = l.value;
                    if (typeof v === 'string' && (KNOWN_LABELS.includes(v) || /^person[A-Z]/.test(v)))
                        continue;
                    const near = typeof v === 'string' ? KNOWN_LABELS.find((k) => k.toLowerCase() === v.toLowerCase()) : undefined;
                    yield { file: p.file, pointer: l.pointer, message: near ? `Label ${(0,shared_text/* quote */.hD)(v)} must be written "${near}".` : `Label ${(0,shared_text/* quote */.hD)(v)} is not a documented label.` };
                }
            }
        }
    },
});
const schemaLabelOnce = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-label-once',
    title: 'Each label is on one property, and each property has one label',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'A label maps to exactly one property: the same label on two properties is an error. The guide pairs one label with one property, but does not forbid several labels on a property, so that is a warning.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const owner = new Map();
            for (const { p, label, pointer } of labelsOf(schema)) {
                const first = owner.get(label);
                if (first && first !== p)
                    yield { file: p.file, pointer, message: `Label ${(0,shared_text/* quote */.hD)(label)} is on property ${(0,model/* propertyLabel */.gs)(first)} and on ${(0,model/* propertyLabel */.gs)(p)}; a label maps to one property.` };
                else if (!first)
                    owner.set(label, p);
            }
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.labels.length > 1) {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'labels'), severity: 'warning', message: `Property ${(0,model/* propertyLabel */.gs)(p)} has ${p.labels.length} labels; map each label to its own property.` };
                }
            }
        }
    },
});
const schemaLabelType = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-label-type',
    title: "A labelled property's type fits its label",
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'The guide says the property type must match the label: title, url and name labels are strings, the *DateTime labels dateTime, authors a collection, people labels string or principal. The per-label table is inferred, so a warning.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const { p, label, pointer } of labelsOf(schema)) {
                const allowed = LABEL_TYPES[label];
                if (!allowed || !p.canonicalType || allowed.includes(p.canonicalType))
                    continue;
                yield { file: p.file, pointer, message: `Label ${(0,shared_text/* quote */.hD)(label)} is on property ${(0,model/* propertyLabel */.gs)(p)} of type ${p.type}; it expects ${allowed.join(' or ')}.` };
            }
        }
    },
});
const schemaCopilotLabels = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-copilot-labels',
    title: 'The schema maps the title, url and iconUrl labels',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.copilotConnectorsOverview,
    description: 'Copilot needs title, url and iconUrl to cite and show connector items; the Partner Center certification notes must name the property behind each. ' +
        'A warning here: a standalone definition never goes to Partner Center, and for one organisation the connection still works without them.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            if (schema.properties.length === 0)
                continue;
            const mapped = mappedLabels(schema);
            const missing = COPILOT_LABELS.filter((l) => !mapped.has(l));
            if (missing.length > 0) {
                yield { file: schema.file, pointer: schema.propertiesPointer, message: `No property carries the label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; Copilot needs title, url and iconUrl to show and cite items.` };
            }
        }
    },
});
const schemaRelevanceLabels = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-relevance-labels',
    title: 'The schema maps the labels that drive relevance',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_labels_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'Advice: after title and url, lastModifiedDateTime and lastModifiedBy weigh most in ranking; map them where the source has them.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            if (schema.properties.length === 0)
                continue;
            const mapped = mappedLabels(schema);
            const missing = RELEVANCE_LABELS.filter((l) => !mapped.has(l));
            if (missing.length > 0) {
                yield { file: schema.file, pointer: schema.propertiesPointer, message: `Consider mapping ${missing.join(' and ')}; they improve ranking in Copilot and Microsoft Search.` };
            }
        }
    },
});
const schemaLabelRules = [schemaLabelRetrievable, schemaLabelKnown, schemaLabelOnce, schemaLabelType, schemaCopilotLabels, schemaRelevanceLabels];

;// CONCATENATED MODULE: ./src/engine/rules/graph/schema-properties.ts
// The schema's shape and its properties' names, types, aliases and descriptions.




const schema_properties_KINDS = ['graph-connector'];
const BASE_TYPE = 'microsoft.graph.externalItem';
/** The spelling one copy of the schema page uses; every example uses BASE_TYPE. */
const ALTERNATE_BASE_TYPE = 'microsoft.graph.externalConnector.externalItem';
const MAX_PROPERTIES = 128;
const MAX_NAME = 32;
const MAX_PROPERTY_DESCRIPTION = 200;
const schemaBaseType = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-base-type',
    title: 'The schema baseType is microsoft.graph.externalItem',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphSchema,
    description: 'The schema request body needs baseType "microsoft.graph.externalItem". One copy of the page writes microsoft.graph.externalConnector.externalItem (a warning); a file that holds only the properties array leaves baseType to the code that sends it (a notice).',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            if (schema.shape === 'bare-array' || !schema.object || !('baseType' in schema.object)) {
                yield { file: schema.file, pointer: schema.pointer, severity: 'notice', message: `The schema has no baseType; the request that registers it must add "baseType": "${BASE_TYPE}".` };
                continue;
            }
            const t = schema.object.baseType;
            if (t === BASE_TYPE)
                continue;
            const alternate = t === ALTERNATE_BASE_TYPE;
            yield {
                file: schema.file,
                pointer: (0,model.at)(schema.pointer, 'baseType'),
                severity: alternate ? 'warning' : 'error',
                message: alternate ? `baseType ${(0,shared_text/* quote */.hD)(t)} appears in one copy of the reference only; every example uses "${BASE_TYPE}".` : `baseType ${(0,shared_text/* quote */.hD)(t)} must be "${BASE_TYPE}".`,
            };
        }
    },
});
const schemaPropertyCount = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-count',
    title: `The schema has 1 to ${MAX_PROPERTIES} properties`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphSchema,
    description: 'A schema holds at least one and at most 128 properties.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const n = schema.properties.length;
            if (n === 0)
                yield { file: schema.file, pointer: schema.propertiesPointer, message: 'The schema has no properties.' };
            else if (n > MAX_PROPERTIES)
                yield { file: schema.file, pointer: (0,model.at)(schema.propertiesPointer, MAX_PROPERTIES), message: `The schema has ${n} properties; the limit is ${MAX_PROPERTIES}.` };
        }
    },
});
const schemaPropertyName = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-name',
    title: `Each property is an object with an alphanumeric name of at most ${MAX_NAME} characters`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'name is required: at most 32 characters, letters and digits only (no whitespace, control characters or punctuation).',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (!p.raw)
                    yield { file: p.file, pointer: p.pointer, message: `Schema property #${p.index} is not an object.` };
                else if (!p.name)
                    yield { file: p.file, pointer: 'name' in p.raw ? (0,model.at)(p.pointer, 'name') : p.pointer, message: `Schema property #${p.index} has no name.` };
                else if (p.name.length > MAX_NAME)
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'name'), message: `Property name ${(0,shared_text/* quote */.hD)(p.name)} is ${p.name.length} characters; the limit is ${MAX_NAME}.` };
                else if (!(0,shared_text/* isAlphanumeric */.gQ)(p.name))
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'name'), message: `Property name ${(0,shared_text/* quote */.hD)(p.name)} contains ${(0,shared_text/* nonAlphanumeric */.pt)(p.name)}; only letters and digits are allowed.` };
            }
        }
    },
});
const schemaPropertyNameUnique = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-name-unique',
    title: 'Property names are unique',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'Two properties with the same name cannot both be registered. Whether the service compares names without case is not documented: an exact duplicate is an error, one that differs only in case a warning.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const seen = new Map();
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (!p.name)
                    continue;
                const first = seen.get(p.name.toLowerCase());
                if (first === undefined)
                    seen.set(p.name.toLowerCase(), p.name);
                else {
                    yield {
                        file: p.file,
                        pointer: (0,model.at)(p.pointer, 'name'),
                        severity: first === p.name ? 'error' : 'warning',
                        message: first === p.name ? `Property name ${(0,shared_text/* quote */.hD)(p.name)} is used twice.` : `Property name ${(0,shared_text/* quote */.hD)(p.name)} differs from ${(0,shared_text/* quote */.hD)(first)} only in letter case.`,
                    };
                }
            }
        }
    },
});
const schemaPropertyType = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-type',
    title: 'Each property has a documented type',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: `type is one of ${model/* PROPERTY_TYPES */.uh.join(', ')}. Samples write them in PascalCase ("String", "DateTime"), which the service accepts, so the comparison ignores case.`,
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (!p.raw || p.canonicalType)
                    continue;
                yield {
                    file: p.file,
                    pointer: 'type' in p.raw ? (0,model.at)(p.pointer, 'type') : p.pointer,
                    message: 'type' in p.raw ? `Property ${(0,model/* propertyLabel */.gs)(p)} has type ${(0,shared_text/* quote */.hD)(p.raw.type)}, which is not one of ${model/* PROPERTY_TYPES */.uh.join(', ')}.` : `Property ${(0,model/* propertyLabel */.gs)(p)} has no type.`,
                };
            }
        }
    },
});
const schemaAlias = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-alias',
    title: `Aliases are alphanumeric and at most ${MAX_NAME} characters`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'aliases is a list of friendly names with the same rules as property names: at most 32 characters, letters and digits only.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.raw && 'aliases' in p.raw && !Array.isArray(p.raw.aliases)) {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'aliases'), message: `Property ${(0,model/* propertyLabel */.gs)(p)} has aliases that are not an array of strings.` };
                    continue;
                }
                for (const a of p.aliases) {
                    const v = a.value;
                    if (typeof v !== 'string' || v.length === 0)
                        yield { file: p.file, pointer: a.pointer, message: `Alias ${(0,shared_text/* quote */.hD)(v)} of property ${(0,model/* propertyLabel */.gs)(p)} is not a non-empty string.` };
                    else if (v.length > MAX_NAME)
                        yield { file: p.file, pointer: a.pointer, message: `Alias ${(0,shared_text/* quote */.hD)(v)} is ${v.length} characters; the limit is ${MAX_NAME}.` };
                    else if (!(0,shared_text/* isAlphanumeric */.gQ)(v))
                        yield { file: p.file, pointer: a.pointer, message: `Alias ${(0,shared_text/* quote */.hD)(v)} contains ${(0,shared_text/* nonAlphanumeric */.pt)(v)}; only letters and digits are allowed.` };
                }
            }
        }
    },
});
const schemaAliasCollision = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-alias-collision',
    title: "An alias does not repeat another property's name or alias",
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'Inferred, hence a warning: an alias that equals another name or alias makes queries on it ambiguous.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const props = (0,model/* propertiesOf */.P1)(schema);
            const owner = new Map();
            for (const p of props)
                if (p.name)
                    owner.set(p.name.toLowerCase(), p.index);
            for (const p of props) {
                for (const a of p.aliases) {
                    if (typeof a.value !== 'string' || a.value.length === 0)
                        continue;
                    const key = a.value.toLowerCase();
                    const other = owner.get(key);
                    if (other !== undefined && other !== p.index) {
                        yield { file: p.file, pointer: a.pointer, message: `Alias ${(0,shared_text/* quote */.hD)(a.value)} of property ${(0,model/* propertyLabel */.gs)(p)} is already the name or an alias of property ${(0,model/* propertyLabel */.gs)(props[other])}.` };
                    }
                    else
                        owner.set(key, p.index);
                }
            }
        }
    },
});
const schemaPropertyDescription = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-description',
    title: `Property descriptions are at most ${MAX_PROPERTY_DESCRIPTION} characters, and queryable properties have one`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphPropertyBeta,
    description: 'description is limited to 200 characters (error). Copilot uses it to map prompts to queryable properties, so queryable properties without one get a single notice per schema.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            const undescribed = [];
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (!p.raw)
                    continue;
                const d = p.raw.description;
                if (typeof d === 'string' && d.length > MAX_PROPERTY_DESCRIPTION) {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'description'), message: `The description of property ${(0,model/* propertyLabel */.gs)(p)} is ${d.length} characters; the limit is ${MAX_PROPERTY_DESCRIPTION}.` };
                }
                else if (p.is('isQueryable') && (typeof d !== 'string' || d.trim() === ''))
                    undescribed.push((0,model/* propertyLabel */.gs)(p));
            }
            if (undescribed.length > 0) {
                const shown = undescribed.slice(0, 8).join(', ') + (undescribed.length > 8 ? `, and ${undescribed.length - 8} more` : '');
                yield { file: schema.file, pointer: schema.propertiesPointer, severity: 'notice', message: `Queryable properties without a description: ${shown}. Copilot uses descriptions to map prompts to properties.` };
            }
        }
    },
});
const schemaContentReserved = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-content-reserved',
    title: 'The schema does not declare a property named content',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphManageSchema,
    description: 'content is a built-in field of every item, sent with the item and indexed semantically; declaring it as a schema property is at best redundant. Inferred from the schema guide, hence a warning.',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                if (p.name?.toLowerCase() === 'content') {
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, 'name'), message: 'Do not declare "content" as a schema property; send it as the item\'s content field, which Copilot indexes semantically.' };
                }
            }
        }
    },
});
const schemaFlagBoolean = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-flag-boolean',
    title: 'Property flags are JSON booleans',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphProperty,
    description: 'isSearchable, isQueryable, isRetrievable, isRefinable and isExactMatchRequired are Boolean. Several public samples write "true" as a string; whether the service coerces it is not documented, so a warning (the other rules read "true" as true).',
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                // One finding per property, at its first odd flag: samples that quote one flag quote them all.
                const odd = model/* FLAGS */.Wg.filter((flag) => p.raw?.[flag] !== undefined && typeof p.raw[flag] !== 'boolean');
                if (odd.length === 0)
                    continue;
                const list = odd.map((flag) => `${flag} ${(0,shared_text/* quote */.hD)(p.raw?.[flag], 20)}`).join(', ');
                // Only "true" and "false" (any case) say which boolean they mean; anything else is left to a person.
                const meant = odd.flatMap((flag) => {
                    const v = p.raw?.[flag];
                    const word = typeof v === 'string' ? v.trim().toLowerCase() : '';
                    return word === 'true' || word === 'false' ? [{ flag, value: word === 'true' }] : [];
                });
                const fix = meant.length > 0
                    ? { description: `Write ${meant.map((m) => `${m.flag} as ${m.value}`).join(', ')} (JSON booleans, without quotes).`, changes: meant.map((m) => ({ op: 'replace', pointer: (0,model.at)(p.pointer, m.flag), value: m.value })) }
                    : undefined;
                yield { file: p.file, pointer: (0,model.at)(p.pointer, odd[0]), message: `Property ${(0,model/* propertyLabel */.gs)(p)} has flags that are not booleans (${list}); write true or false without quotes.`, ...(fix ? { fix } : {}) };
            }
        }
    },
});
/** Keys a schema property may have (v1.0, plus description, isExactMatchRequired and rankingHint from beta). */
const PROPERTY_KEYS = ['name', 'type', 'isSearchable', 'isQueryable', 'isRetrievable', 'isRefinable', 'isExactMatchRequired', 'labels', 'aliases', 'description', 'rankingHint'];
const schemaPropertyUnknownKey = (0,rule/* defineRule */.Km)({
    id: 'graph.schema-property-unknown-key',
    title: 'Schema properties have only documented keys',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: schema_properties_KINDS,
    docs: docs_links/* DOCS */.i.graphPropertyBeta,
    description: `A property has ${PROPERTY_KEYS.join(', ')}. A misspelt flag (isSearchble) is not an error for every client, but the flag is then simply not set, so a warning.`,
    *check({ pkg }) {
        for (const { schema } of (0,model/* schemas */.jo)(pkg)) {
            for (const p of (0,model/* propertiesOf */.P1)(schema)) {
                for (const key of Object.keys(p.raw ?? {})) {
                    if (PROPERTY_KEYS.includes(key) || key.startsWith('@odata.'))
                        continue;
                    const near = PROPERTY_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
                    yield { file: p.file, pointer: (0,model.at)(p.pointer, key), message: near ? `Property ${(0,model/* propertyLabel */.gs)(p)} has ${(0,shared_text/* quote */.hD)(key)}; write it "${near}".` : `Property ${(0,model/* propertyLabel */.gs)(p)} has ${(0,shared_text/* quote */.hD)(key)}, which is not a schema property key.` };
                }
            }
        }
    },
});
const schemaPropertyRules = [
    schemaBaseType,
    schemaPropertyCount,
    schemaPropertyName,
    schemaPropertyNameUnique,
    schemaPropertyType,
    schemaAlias,
    schemaAliasCollision,
    schemaPropertyDescription,
    schemaContentReserved,
    schemaFlagBoolean,
    schemaPropertyUnknownKey,
];

// EXTERNAL MODULE: ./src/engine/rules/graph/teams.ts + 1 modules
var teams = __webpack_require__(7023);
;// CONCATENATED MODULE: ./src/engine/rules/graph/templates.ts
// searchSettings.searchResultTemplates: the result cards Microsoft Search shows for connector items.





const templates_KINDS = ['graph-connector'];
const MAX_TEMPLATES = 2;
const RULE_OPERATIONS = ['equals', 'notEquals', 'contains', 'notContains', 'lessThan', 'greaterThan', 'startsWith'];
const RULE_JOINS = ['or', 'and'];
function templateList(c) {
    return (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(c.value.searchSettings)?.searchResultTemplates);
}
function* templates(pkg) {
    for (const { connection: c, schema } of (0,model/* connectionsWithSchema */.jj)(pkg)) {
        for (const [i, raw] of templateList(c).entries()) {
            yield { file: c.file, pointer: (0,model.at)(c.pointer, 'searchSettings', 'searchResultTemplates', i), value: (0,util_values/* asRecord */.qY)(raw), raw, schema };
        }
    }
}
const templatesMax = (0,rule/* defineRule */.Km)({
    id: 'graph.templates-max',
    title: `A connection has at most ${MAX_TEMPLATES} result templates`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: templates_KINDS,
    docs: docs_links/* DOCS */.i.graphSearchSettings,
    description: 'searchSettings allows a maximum of 2 search result templates per connection.',
    *check({ pkg }) {
        for (const { connection: c } of (0,model/* connectionsWithSchema */.jj)(pkg)) {
            const n = templateList(c).length;
            if (n > MAX_TEMPLATES) {
                yield { file: c.file, pointer: (0,model.at)(c.pointer, 'searchSettings', 'searchResultTemplates', MAX_TEMPLATES), message: `The connection has ${n} search result templates; the limit is ${MAX_TEMPLATES}.` };
            }
        }
    },
});
const templateId = (0,rule/* defineRule */.Km)({
    id: 'graph.template-id',
    title: 'Each result template id is 1 to 16 letters or digits',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: templates_KINDS,
    docs: docs_links/* DOCS */.i.graphDisplayTemplate,
    description: 'displayTemplate.id: at most 16 characters, alphanumeric only.',
    *check({ pkg }) {
        for (const t of templates(pkg)) {
            if (!t.value) {
                yield { file: t.file, pointer: t.pointer, message: `The result template ${(0,shared_text/* quote */.hD)(t.raw)} is not an object.` };
                continue;
            }
            const id = t.value.id;
            if (typeof id === 'string' && /^[A-Za-z0-9]{1,16}$/.test(id))
                continue;
            yield {
                file: t.file,
                pointer: 'id' in t.value ? (0,model.at)(t.pointer, 'id') : t.pointer,
                message: typeof id !== 'string' ? 'The result template has no id string.' : `The result template id ${(0,shared_text/* quote */.hD)(id)} must be 1 to 16 letters or digits.`,
            };
        }
    },
});
const templatePriority = (0,rule/* defineRule */.Km)({
    id: 'graph.template-priority',
    title: 'Each result template has a positive integer priority',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: templates_KINDS,
    docs: docs_links/* DOCS */.i.graphDisplayTemplate,
    description: 'priority is an Int32 and "must be positive"; lower values are evaluated first. The same page\'s own example uses 0, so 0 is only a warning; missing, fractional or negative values are errors.',
    *check({ pkg }) {
        for (const t of templates(pkg)) {
            if (!t.value)
                continue;
            const p = t.value.priority;
            const pointer = 'priority' in t.value ? (0,model.at)(t.pointer, 'priority') : t.pointer;
            if (!(0,shared_text/* isInt32 */.VD)(p) || p < 0)
                yield { file: t.file, pointer, message: `The result template's priority ${p === undefined ? 'is missing' : `${(0,shared_text/* quote */.hD)(p)} is not a positive integer`}.` };
            else if (p === 0)
                yield { file: t.file, pointer, severity: 'warning', message: 'The result template\'s priority is 0; the reference says it must be positive, so start at 1.' };
        }
    },
});
const templateLayout = (0,rule/* defineRule */.Km)({
    id: 'graph.template-layout',
    title: 'Each result template layout is an Adaptive Card',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: templates_KINDS,
    docs: docs_links/* DOCS */.i.graphCreateConnection,
    description: 'layout is a serialised Adaptive Card ({ "type": "AdaptiveCard", "version": … }). A broken card makes connection creation fail with 503, and the retry with 409 because the connection was created anyway.',
    *check({ pkg }) {
        for (const t of templates(pkg)) {
            if (!t.value)
                continue;
            const layout = (0,util_values/* asRecord */.qY)(t.value.layout);
            if (!layout) {
                yield { file: t.file, pointer: 'layout' in t.value ? (0,model.at)(t.pointer, 'layout') : t.pointer, message: 'The result template has no layout object (an Adaptive Card).' };
                continue;
            }
            const lp = (0,model.at)(t.pointer, 'layout');
            if (layout.type !== 'AdaptiveCard')
                yield { file: t.file, pointer: 'type' in layout ? (0,model.at)(lp, 'type') : lp, message: `The layout's type ${(0,shared_text/* quote */.hD)(layout.type)} is not "AdaptiveCard".` };
            if (!(0,util_values/* isNonEmptyString */.uI)(layout.version))
                yield { file: t.file, pointer: 'version' in layout ? (0,model.at)(lp, 'version') : lp, message: 'The Adaptive Card layout has no version string (for example "1.3").' };
        }
    },
});
const templateRules = (0,rule/* defineRule */.Km)({
    id: 'graph.template-rules',
    title: 'Result template rules name schema properties with valid operations',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: templates_KINDS,
    docs: docs_links/* DOCS */.i.graphPropertyRule,
    description: `Each propertyRule needs a property from the schema (checked when the schema is known), an operation (${RULE_OPERATIONS.join(', ')}), valuesJoinedBy (or, and) and at least one string value.`,
    *check({ pkg }) {
        for (const t of templates(pkg)) {
            if (!t.value || !('rules' in t.value))
                continue;
            if (!Array.isArray(t.value.rules)) {
                yield { file: t.file, pointer: (0,model.at)(t.pointer, 'rules'), message: 'The result template\'s rules must be an array.' };
                continue;
            }
            const names = t.schema && new Set((0,model/* propertiesOf */.P1)(t.schema).flatMap((p) => (p.name ? [p.name.toLowerCase()] : [])));
            for (const [i, raw] of t.value.rules.entries()) {
                const rp = (0,model.at)(t.pointer, 'rules', i);
                const r = (0,util_values/* asRecord */.qY)(raw);
                if (!r) {
                    yield { file: t.file, pointer: rp, message: 'The template rule is not an object.' };
                    continue;
                }
                if (!(0,util_values/* isNonEmptyString */.uI)(r.property))
                    yield { file: t.file, pointer: rp, message: 'The template rule has no property.' };
                else if (names && !names.has(r.property.toLowerCase()))
                    yield { file: t.file, pointer: (0,model.at)(rp, 'property'), message: `The template rule's property ${(0,shared_text/* quote */.hD)(r.property)} is not in the schema.` };
                if (typeof r.operation !== 'string' || !RULE_OPERATIONS.includes(r.operation)) {
                    yield { file: t.file, pointer: 'operation' in r ? (0,model.at)(rp, 'operation') : rp, message: `The template rule's operation ${(0,shared_text/* quote */.hD)(r.operation ?? null)} is not one of ${RULE_OPERATIONS.join(', ')}.` };
                }
                if (typeof r.valuesJoinedBy !== 'string' || !RULE_JOINS.includes(r.valuesJoinedBy)) {
                    yield { file: t.file, pointer: 'valuesJoinedBy' in r ? (0,model.at)(rp, 'valuesJoinedBy') : rp, message: `The template rule's valuesJoinedBy ${(0,shared_text/* quote */.hD)(r.valuesJoinedBy ?? null)} is not "or" or "and".` };
                }
                const values = r.values;
                if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string')) {
                    yield { file: t.file, pointer: 'values' in r ? (0,model.at)(rp, 'values') : rp, message: 'The template rule needs values: a non-empty array of strings.' };
                }
            }
        }
    },
});
const templateRulesList = [templatesMax, templateId, templatePriority, templateLayout, templateRules];

;// CONCATENATED MODULE: ./src/engine/rules/graph/index.ts







const graphRules = [
    ...teams.teamsGraphRules,
    ...connectionRules,
    ...resolverRules,
    ...templateRulesList,
    ...schemaPropertyRules,
    ...schemaFlagRules,
    ...schemaLabelRules,
];


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   Wg: () => (/* binding */ FLAGS),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   gs: () => (/* binding */ propertyLabel),
/* harmony export */   jj: () => (/* binding */ connectionsWithSchema),
/* harmony export */   jo: () => (/* binding */ schemas),
/* harmony export */   mg: () => (/* binding */ isStringType),
/* harmony export */   oQ: () => (/* binding */ connections),
/* harmony export */   uh: () => (/* binding */ PROPERTY_TYPES)
/* harmony export */ });
/* unused harmony export canonicalType */
/* harmony import */ var _detect_graph_connector_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2532);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5684);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6489);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3788);
// The connector definitions of a package, seen the way the rules need them: connections, schemas, and schema
// properties with their flags, labels and aliases already located by JSON pointer.




/** Appends tokens to a pointer: at('/schema', 'properties', 0) === '/schema/properties/0'. */
function at(base, ...tokens) {
    return base + tokens.map((t) => '/' + (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeToken */ .tj)(t)).join('');
}
function connections(pkg) {
    return (0,_detect_graph_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .graphConnectorDefinitions */ .am)(pkg).flatMap((d) => (d.connection ? [d.connection] : []));
}
/** Every schema, with the connection it belongs to when that is known (same file, or paired in one folder). */
function schemas(pkg) {
    return (0,_detect_graph_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .graphConnectorDefinitions */ .am)(pkg).flatMap((d) => (d.schema ? [{ schema: d.schema, connection: d.connection }] : []));
}
/** Each connection with the schema that goes with it, when one is known. */
function connectionsWithSchema(pkg) {
    return (0,_detect_graph_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .graphConnectorDefinitions */ .am)(pkg).flatMap((d) => (d.connection ? [{ connection: d.connection, schema: d.schema }] : []));
}
const FLAGS = ['isSearchable', 'isQueryable', 'isRetrievable', 'isRefinable', 'isExactMatchRequired'];
const PROPERTY_TYPES = [
    'string',
    'int64',
    'double',
    'dateTime',
    'boolean',
    'stringCollection',
    'int64Collection',
    'doubleCollection',
    'dateTimeCollection',
    'principal',
    'principalCollection',
];
const TYPE_BY_LOWER = new Map(PROPERTY_TYPES.map((t) => [t.toLowerCase(), t]));
function canonicalType(v) {
    return typeof v === 'string' ? TYPE_BY_LOWER.get(v.toLowerCase()) : undefined;
}
function isStringType(t) {
    return t === 'string' || t === 'stringCollection';
}
const propertyCache = new WeakMap();
function propertiesOf(schema) {
    const cached = propertyCache.get(schema);
    if (cached)
        return cached;
    const list = (0,_detect_graph_connector_files_js__WEBPACK_IMPORTED_MODULE_0__/* .schemaProperties */ .F$)(schema).map(({ index, pointer, value }) => {
        const raw = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(value);
        const items = (key) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(raw?.[key]).map((v, i) => ({ value: v, pointer: at(pointer, key, i) }));
        return {
            file: schema.file,
            index,
            pointer,
            raw,
            name: (0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(raw?.name),
            type: (0,_util_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(raw?.type),
            canonicalType: canonicalType(raw?.type),
            labels: items('labels'),
            aliases: items('aliases'),
            is: (flag) => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .isTrue */ .Hn)(raw?.[flag]),
        };
    });
    propertyCache.set(schema, list);
    return list;
}
/** A short name for a property in messages: its name, else its position. */
function propertyLabel(p) {
    return p.name !== undefined ? (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(p.name, 40) : `#${p.index}`;
}


/***/ }),

/***/ 3788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   Kc: () => (/* binding */ hasPlaceholder),
/* harmony export */   VD: () => (/* binding */ isInt32),
/* harmony export */   W_: () => (/* binding */ isGuid),
/* harmony export */   gQ: () => (/* binding */ isAlphanumeric),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   pt: () => (/* binding */ nonAlphanumeric)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
// Small value checks the Graph connector rules share (GUIDs, URLs, placeholders, quoting untrusted text).

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
// Toolkit (${{X}}, {{X}}, ${X}) and sample (YOUR_…_HERE, <your …>) placeholders left in a file. The classes stop at
// the next opening brace or angle bracket, so a run of "{{" or "<your" is scanned once, not once per opening.
const PLACEHOLDER = /\$\{\{[^{}]*\}\}|\{\{[^{}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\bYOUR_[A-Z0-9_]+|<[Yy]our[^<>]*>|\bTODO\b|[Ll]orem ipsum/;
function isGuid(v) {
    return typeof v === 'string' && GUID.test(v);
}
function isAlphanumeric(v) {
    return ALPHANUMERIC.test(v);
}
function hasPlaceholder(v) {
    return PLACEHOLDER.test((0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldText */ .gF)(v));
}
/** The characters of `v` that are not ASCII letters or digits, each once, for messages. */
function nonAlphanumeric(v) {
    return [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].map((c) => (c === ' ' ? 'space' : JSON.stringify(c))).join(', ');
}

/** Untrusted value for a message: a string JSON-quoted, anything else as JSON, cut short so it cannot flood the report. */
function quote(v, max = 80) {
    const cut = (s) => (s.length > max ? `${s.slice(0, max)}…` : s);
    return typeof v === 'string' ? JSON.stringify(cut(v)) : cut(JSON.stringify(v) ?? String(v));
}
/** True for JSON true and for the string "true", which several public samples send instead of a boolean. */
function isTrue(v) {
    return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}
function isInt32(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;
}


/***/ }),

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_NOTIFICATION_URL: () => (/* binding */ MAX_NOTIFICATION_URL),
  manifestVersionOf: () => (/* binding */ manifestVersionOf),
  teamsAdminVersion: () => (/* binding */ teamsAdminVersion),
  teamsGraphRules: () => (/* binding */ teamsGraphRules),
  teamsNotificationUrlFormat: () => (/* binding */ teamsNotificationUrlFormat),
  teamsNotificationUrlHttps: () => (/* binding */ teamsNotificationUrlHttps),
  teamsNotificationUrlLength: () => (/* binding */ teamsNotificationUrlLength),
  teamsNotificationUrlRequired: () => (/* binding */ teamsNotificationUrlRequired),
  teamsStoreGuidanceConflict: () => (/* binding */ teamsStoreGuidanceConflict),
  teamsWebApplicationId: () => (/* binding */ teamsWebApplicationId)
});

// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __webpack_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var pointer = __webpack_require__(5684);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var values = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/engine/rules/graph/shared/text.ts
var shared_text = __webpack_require__(3788);
// EXTERNAL MODULE: ./src/engine/util/urls.ts
var urls = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/engine/rules/graph/shared/model.ts
var model = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/engine/rules/graph/connector-id.ts
// connectorId of a connection, in a standalone definition or packaged in a Teams app. In a file of its own so
// that a Teams run loads it with the Teams-side Graph rules, without the standalone definition rules.





const connectionConnectorId = (0,rule/* defineRule */.Km)({
    id: 'graph.connection-connector-id',
    title: "connectorId is the Teams app id of the app that carries the connector",
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['graph-connector', 'teams-app'],
    docs: docs_links/* DOCS */.i.graphConnectorTeams,
    description: "connectorId ties a connection to the Teams app that deploys it: it must equal the manifest's id. A connection file inside a Teams package with another value is an error; " +
        'in a standalone definition a value that is not a GUID (a Teams app id) is a warning, since the app it names cannot be seen.',
    *check({ pkg, kind, manifest }) {
        const appId = kind === 'teams-app' ? (0,values/* asRecord */.qY)(manifest?.value)?.id : undefined;
        for (const c of (0,model/* connections */.oQ)(pkg)) {
            if (!('connectorId' in c.value))
                continue;
            const v = c.value.connectorId;
            const pointer = (0,model.at)(c.pointer, 'connectorId');
            if (kind === 'teams-app') {
                if (typeof appId === 'string' && (typeof v !== 'string' || v.toLowerCase() !== appId.toLowerCase())) {
                    yield { file: c.file, pointer, message: `connectorId ${(0,shared_text/* quote */.hD)(v)} is not this app's id ${(0,shared_text/* quote */.hD)(appId)}; Microsoft Graph links the connection to the app by it.` };
                }
            }
            else if (!(0,shared_text/* isGuid */.W_)(v)) {
                yield { file: c.file, pointer, severity: 'warning', message: `connectorId ${(0,shared_text/* quote */.hD)(v)} is not a GUID; it must be the id of the Teams app that deploys the connector.` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/graph/teams.ts
// A Graph connector packaged inside a Teams app: manifest.json's graphConnector, webApplicationInfo and version.






const MANIFEST = 'manifest.json';
/** Longest notificationUrl the manifest schema allows. */
const MAX_NOTIFICATION_URL = 2048;
/** The manifest and its graphConnector member, when the app declares one. */
function connectorOf(ctx) {
    const manifest = (0,values/* asRecord */.qY)(ctx.manifest?.value);
    if (!manifest || !('graphConnector' in manifest))
        return undefined;
    return { manifest, connector: manifest.graphConnector };
}
/** manifestVersion as [major, minor]; devPreview sorts after every release; undefined when unreadable. */
function manifestVersionOf(manifest) {
    const v = manifest.manifestVersion;
    if (v === 'devPreview')
        return [Infinity, 0];
    const m = typeof v === 'string' ? /^(\d+)\.(\d+)$/.exec(v) : null;
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
function before(version, major, minor) {
    return version[0] < major || (version[0] === major && version[1] < minor);
}
const teamsAdminVersion = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-admin-version',
    title: 'Apps with a Copilot connector use manifest version 1.13 or later',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.graphConnectorTeams,
    description: 'The admin enable/disable flow that calls notificationUrl, and the store guidelines for apps extended across Microsoft 365, require manifest 1.13 or later. ' +
        'An error for Partner Center, where the store guideline applies; a warning for one organisation, where a 1.11 or 1.12 package still uploads.',
    *check(ctx) {
        const found = connectorOf(ctx);
        const version = found && manifestVersionOf(found.manifest);
        // Below 1.11 teams.manifest-feature-version (and the schema) already report graphConnector itself.
        if (!version || before(version, 1, 11) || !before(version, 1, 13))
            return;
        const message = `manifestVersion ${(0,shared_text/* quote */.hD)(found.manifest.manifestVersion)} predates the Copilot connector admin experience; use 1.13 or later.`;
        yield* (0,rule/* errorForStoreWarningForOne */.A6)({ file: MANIFEST, pointer: '/manifestVersion', message });
    },
});
const teamsNotificationUrlRequired = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-notification-url-required',
    title: 'graphConnector holds a notificationUrl and nothing else',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.graphConnectorManifest,
    description: 'graphConnector is an object with one required property, notificationUrl, where Microsoft Graph posts the enable and disable notifications; the schema allows no other property.',
    *check(ctx) {
        const found = connectorOf(ctx);
        if (!found)
            return;
        const connector = (0,values/* asRecord */.qY)(found.connector);
        if (!connector) {
            yield { file: MANIFEST, pointer: '/graphConnector', message: 'graphConnector must be an object with a notificationUrl.' };
            return;
        }
        if (!('notificationUrl' in connector)) {
            yield { file: MANIFEST, pointer: '/graphConnector', message: 'graphConnector has no notificationUrl; Microsoft Graph has nowhere to send the enable and disable notifications.' };
        }
        for (const key of Object.keys(connector)) {
            if (key !== 'notificationUrl') {
                yield { file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)('graphConnector', key), message: `graphConnector has the property ${(0,shared_text/* quote */.hD)(key)}; only notificationUrl is allowed.` };
            }
        }
    },
});
/** The notificationUrl value when graphConnector is an object that has one. */
function notificationUrlOf(ctx) {
    const connector = (0,values/* asRecord */.qY)(connectorOf(ctx)?.connector);
    return connector && 'notificationUrl' in connector ? connector.notificationUrl : undefined;
}
const teamsNotificationUrlFormat = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-notification-url-format',
    title: 'graphConnector.notificationUrl is an absolute http(s) URL',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
    docs: docs_links/* DOCS */.i.graphConnectorManifest,
    description: 'The manifest schema requires a string that starts with http:// or https://; an unresolved placeholder or a relative path fails upload.',
    *check(ctx) {
        const url = notificationUrlOf(ctx);
        if (url === undefined)
            return;
        if (typeof url === 'string' && /^https?:\/\//i.test(url) && (0,urls/* isHttpUrl */.q$)(url) && !(0,shared_text/* hasPlaceholder */.Kc)(url))
            return;
        const why = typeof url !== 'string' ? 'is not a string' : (0,shared_text/* hasPlaceholder */.Kc)(url) ? 'holds an unresolved placeholder' : 'is not an absolute http(s) URL';
        yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl ${(0,shared_text/* quote */.hD)(url)} ${why}.` };
    },
});
const teamsNotificationUrlHttps = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-notification-url-https',
    title: 'graphConnector.notificationUrl uses https',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.graphConnectorTeams,
    description: 'Uncertain, so a warning: the schema pattern (httpsUrl through v1.27, anyHttpUrl later) accepts http://, but the notification carries a connectors ticket and validation tokens, and the deployment guide shows only https endpoints.',
    *check(ctx) {
        const url = notificationUrlOf(ctx);
        if (typeof url === 'string' && (0,urls/* isHttpUrl */.q$)(url) && !(0,urls/* isHttpUrl */.q$)(url, true)) {
            yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl ${(0,shared_text/* quote */.hD)(url)} uses http; serve the notification endpoint over https.` };
        }
    },
});
const teamsNotificationUrlLength = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-notification-url-length',
    title: `graphConnector.notificationUrl is at most ${MAX_NOTIFICATION_URL} characters`,
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.graphConnectorManifest,
    description: `The manifest schema limits notificationUrl to ${MAX_NOTIFICATION_URL} characters.`,
    *check(ctx) {
        const url = notificationUrlOf(ctx);
        if (typeof url === 'string' && url.length > MAX_NOTIFICATION_URL) {
            yield { file: MANIFEST, pointer: '/graphConnector/notificationUrl', message: `graphConnector.notificationUrl is ${url.length} characters; the limit is ${MAX_NOTIFICATION_URL}.` };
        }
    },
});
const teamsWebApplicationId = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-webapp-id',
    title: 'An app with graphConnector has webApplicationInfo.id, a GUID',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
    docs: docs_links/* DOCS */.i.graphWebApplicationInfo,
    description: "Microsoft Graph authenticates the connector with the Entra app named in webApplicationInfo.id. Only the schema's description says graphConnector needs it (the JSON schema does not enforce it), so it is checked here.",
    *check(ctx) {
        const found = connectorOf(ctx);
        if (!found)
            return;
        const info = (0,values/* asRecord */.qY)(found.manifest.webApplicationInfo);
        if (!info || !('id' in info)) {
            yield {
                file: MANIFEST,
                pointer: info ? '/webApplicationInfo' : '/graphConnector',
                message: 'The app declares graphConnector but has no webApplicationInfo.id; add the Microsoft Entra app id of the connector.',
            };
        }
        else if (!(0,shared_text/* isGuid */.W_)(info.id)) {
            yield { file: MANIFEST, pointer: '/webApplicationInfo/id', message: `webApplicationInfo.id ${(0,shared_text/* quote */.hD)(info.id)} is not a GUID (the Microsoft Entra application id).` };
        }
    },
});
const teamsStoreGuidanceConflict = (0,rule/* defineRule */.Km)({
    id: 'graph.teams-store-guidance-conflict',
    title: 'Store guidance on graphConnector in Teams apps is in flux',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'A notice because the sources disagree: the publishing and deployment guides accept Teams apps with graphConnector in Partner Center, while newer store validation guidelines advise publishing connectors through the connector gallery and leaving graphConnector out of the manifest.',
    *check(ctx) {
        if (!(0,values/* asRecord */.qY)(connectorOf(ctx)?.connector))
            return;
        yield {
            file: MANIFEST,
            pointer: '/graphConnector',
            message: 'Partner Center reviewers may ask for the connector to be published through the Copilot connector gallery instead of the manifest graphConnector node; check the current Teams Store validation guidelines before submitting.',
        };
    },
});
const teamsGraphRules = [
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


/***/ }),

/***/ 7945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Te: () => (/* binding */ isReservedHost),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   q$: () => (/* binding */ isHttpUrl),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
// URL and host checks several rule families share.
/** An absolute http(s) URL; `https` narrows it to https only. */
function isHttpUrl(v, https = false) {
    if (typeof v !== 'string')
        return false;
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return false;
    }
    return (url.protocol === 'https:' || (!https && url.protocol === 'http:')) && url.hostname.length > 0;
}
/** The lower-cased host of an absolute URL (no user, no port), or undefined. */
function hostOf(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(url.trim());
    return m ? m[1].toLowerCase() : undefined;
}
// RFC 2606 / 6761 reserved names: they can never be a publisher's real site or service.
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|[^.]+\.(example|test|invalid|localhost)|localhost)$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;
/** Hosts reserved for examples and tests (example.com, *.test, localhost …). */
function isReservedHost(host) {
    return RESERVED_HOST.test(host);
}
/** This machine: localhost, 127.x.x.x, 0.0.0.0, [::1]. */
function isLoopbackHost(host) {
    return LOOPBACK.test(host) || /\.localhost$/i.test(host);
}


/***/ })

};
