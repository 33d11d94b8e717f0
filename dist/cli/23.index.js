export const id = 23;
export const ids = [23];
export const modules = {

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
