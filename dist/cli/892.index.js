export const id = 892;
export const ids = [892];
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
/* harmony import */ var _schemas_catalog_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5910);
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
                Promise.all([Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(905)]).then(__webpack_require__.t.bind(__webpack_require__, 905, 23)), __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 2696, 23))]).then(([ajv, schemas]) => new ajv.default.default({ ..._schemas_ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_2__/* .OPENAPI_AJV_OPTIONS */ .Wz }).compile(schemas.openapi[which]));
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
        const { default: SwaggerParser } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(696), __webpack_require__.e(559), __webpack_require__.e(179)]).then(__webpack_require__.t.bind(__webpack_require__, 5559, 23));
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

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copilotRules: () => (/* binding */ copilotRules)
});

// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __webpack_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var json_pointer = __webpack_require__(5684);
// EXTERNAL MODULE: ./src/engine/schemas/validate.ts
var schemas_validate = __webpack_require__(895);
;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/schema.ts


function copilotSchemaIssues(family, version, value) {
    const validate = (0,schemas_validate/* getValidator */.by)(family, version);
    if (!validate)
        return undefined;
    if (validate(value))
        return [];
    const seen = new Set();
    const issues = [];
    for (const e of validate.errors ?? []) {
        const issue = fromError(e);
        const key = `${issue.pointer}\u0000${issue.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            issues.push(issue);
        }
    }
    return issues;
}
function fromError(e) {
    const name = e.propertyName ?? (e.keyword === 'propertyNames' ? e.params.propertyName : undefined);
    if (typeof name === 'string') {
        const where = e.instancePath === '' ? 'The document' : `"${e.instancePath}"`;
        return { pointer: `${e.instancePath}/${(0,json_pointer/* escapeToken */.tj)(name)}`, message: `${where} has the property "${name}", which the schema does not allow.`, keyword: e.keyword, missing: false };
    }
    return (0,schemas_validate/* toIssue */.N9)(e);
}

// EXTERNAL MODULE: ./src/engine/schemas/catalog.ts
var catalog = __webpack_require__(5910);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var values = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/engine/json/flow-depth.ts
var flow_depth = __webpack_require__(7533);
// EXTERNAL MODULE: ./src/engine/json/scan.ts
var scan = __webpack_require__(6796);
// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __webpack_require__(8083);
// EXTERNAL MODULE: ./src/engine/openapi/yaml-library.ts
var yaml_library = __webpack_require__(6388);
;// CONCATENATED MODULE: ./src/engine/openapi/document.ts





const cache = new WeakMap();
/** The API description at `file` in the package, parsed once per package; undefined when the file is absent. */
function loadApiDocument(pkg, file) {
    let perPackage = cache.get(pkg);
    if (!perPackage) {
        perPackage = new Map();
        cache.set(pkg, perPackage);
    }
    const cached = perPackage.get(file);
    if (cached)
        return cached;
    const text = pkg.text(file);
    if (text === undefined)
        return undefined;
    const doc = (0,yaml_library/* isYamlName */.fd)(file) ? parseYamlApi(file, text) : fromJson(pkg, file);
    perPackage.set(file, doc);
    return doc;
}
function fromJson(pkg, file) {
    const json = pkg.json(file);
    return {
        file,
        format: 'json',
        value: json.value,
        ok: json.ok,
        error: json.error,
        locate: (p) => json.locate(p),
    };
}
/** Parses YAML text into an ApiDocument (exported for callers that hold text rather than a package; after loadYamlFor). */
function parseYamlApi(file, rawText) {
    const text = rawText.replace(/^\uFEFF/, '');
    // Bounded before parsing: the yaml parser needs about 1.5 s per MiB, and recurses once per nesting level
    // (100,000 levels: seconds, then a stack overflow).
    const refusal = yamlRefusal(text);
    if (refusal)
        return { file, format: 'yaml', value: undefined, ok: false, error: refusal, locate: () => ({ line: refusal.line, column: refusal.column }) };
    const { isMap, isScalar, isSeq, LineCounter, parseDocument } = (0,yaml_library/* yamlLibrary */.Tj)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        const where = { line: pos.line, column: pos.col };
        return { file, format: 'yaml', value: undefined, ok: false, error: { message, ...where }, locate: () => where };
    }
    let value;
    try {
        // maxAliasCount bounds alias expansion ("billion laughs").
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        return { file, format: 'yaml', value: undefined, ok: false, error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 }, locate: () => undefined };
    }
    const at = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    return {
        file,
        format: 'yaml',
        value,
        ok: true,
        locate(pointer) {
            let node = doc.contents;
            let last = doc.contents;
            for (const token of (0,json_pointer/* parsePointer */.vp)(pointer)) {
                let next;
                if (isMap(node))
                    next = node.items.find((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === token)?.value;
                else if (isSeq(node))
                    next = /^(0|[1-9][0-9]*)$/.test(token) ? node.items[Number(token)] : undefined;
                if (!next || typeof next !== 'object' || !('range' in next))
                    break;
                node = next;
                last = next;
            }
            return last?.range ? at(last.range[0]) : undefined;
        },
    };
}
/**
 * A finding draft placed at `pointer` in an API document. JSON files get their position from the engine;
 * YAML files carry line and column here.
 */
function draftAt(doc, pointer, message, extra = {}) {
    const draft = { file: doc.file, pointer, message, ...extra };
    if (doc.format === 'yaml') {
        const pos = doc.locate(pointer);
        if (pos) {
            draft.line = pos.line;
            draft.column = pos.column;
        }
    }
    return draft;
}
function yamlRefusal(text) {
    if (text.length > limits/* MAX_YAML_CHARS */.Rp) {
        return { message: `it is ${text.length} characters long, and YAML over ${limits/* MAX_YAML_CHARS */.Rp} characters is not read (save it as JSON, read up to ${limits/* MAX_JSON_CHARS */.GZ})`, line: 1, column: 1 };
    }
    const deep = (0,flow_depth/* flowTooDeepAt */.E)(text, limits/* MAX_JSON_DEPTH */.KX);
    return deep === undefined ? undefined : { message: `it nests collections more than ${limits/* MAX_JSON_DEPTH */.KX} levels deep`, ...(0,scan/* positionAt */.t)(text, deep) };
}

// EXTERNAL MODULE: ./src/engine/openapi/version.ts
var version = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/engine/openapi/validate.ts
var validate = __webpack_require__(7947);
// EXTERNAL MODULE: ./src/engine/openapi/refs.ts
var refs = __webpack_require__(3687);
;// CONCATENATED MODULE: ./src/engine/openapi/operations.ts
// The operations of an API description, with their pointers, for Swagger 2.0 and OpenAPI 3.x alike.



const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Every operation under `paths`, in document order. Never throws on odd shapes. */
function listOperations(root) {
    const paths = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(root)?.paths);
    if (!paths)
        return [];
    const ops = [];
    for (const [path, rawItem] of Object.entries(paths)) {
        const item = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(root, rawItem));
        if (!item)
            continue;
        const itemPointer = (0,json_pointer/* pointer */.Wn)('paths', path);
        const shared = readParameters(root, item.parameters, `${itemPointer}/parameters`);
        for (const method of HTTP_METHODS) {
            const operation = (0,values/* asRecord */.qY)(item[method]);
            if (!operation)
                continue;
            const opPointer = `${itemPointer}/${method}`;
            const own = readParameters(root, operation.parameters, `${opPointer}/parameters`);
            const merged = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
            ops.push({ path, method, operationId: (0,values/* asString */.oJ)(operation.operationId), pointer: opPointer, operation, parameters: merged });
        }
    }
    return ops;
}
function readParameters(root, list, at) {
    return (0,values/* asArray */._j)(list).flatMap((raw, i) => {
        const p = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(root, raw));
        const name = (0,values/* asString */.oJ)(p?.name);
        if (!p || !name)
            return [];
        const schema = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(root, p.schema));
        return [{ name, in: (0,values/* asString */.oJ)(p.in) ?? '', required: p.required === true, hasDefault: p.default !== undefined || schema?.default !== undefined, pointer: `${at}/${i}`, value: p }];
    });
}
/** Operations by operationId (the first one wins when ids repeat). */
function operationsById(root) {
    const map = new Map();
    for (const op of listOperations(root))
        if (op.operationId && !map.has(op.operationId))
            map.set(op.operationId, op);
    return map;
}
/** Property names of the JSON request body (OpenAPI 3 requestBody or Swagger 2 `in: body`), local $refs followed. */
function requestBodyProperties(root, op) {
    const body3 = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(root, op.operation.requestBody));
    const schema3 = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(body3?.content)?.['application/json'])?.schema);
    const body2 = op.parameters.find((p) => p.in === 'body')?.value.schema;
    const schema = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(root, schema3 ?? body2));
    return Object.keys((0,values/* asRecord */.qY)(schema?.properties) ?? {});
}
/** Server base URLs with their pointers: OpenAPI 3 `servers[].url` (document, path and operation level) or Swagger 2 scheme + host. */
function serverUrls(root) {
    const r = (0,values/* asRecord */.qY)(root);
    if (!r)
        return [];
    const out = [];
    const fromServers = (list, at) => (0,values/* asArray */._j)(list).forEach((s, i) => {
        const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(s)?.url);
        if (url !== undefined)
            out.push({ url, pointer: `${at}/${i}/url` });
    });
    fromServers(r.servers, '/servers');
    for (const [path, item] of Object.entries((0,values/* asRecord */.qY)(r.paths) ?? {})) {
        const it = (0,values/* asRecord */.qY)(item);
        fromServers(it?.servers, `${(0,json_pointer/* pointer */.Wn)('paths', path)}/servers`);
        for (const m of HTTP_METHODS)
            fromServers((0,values/* asRecord */.qY)(it?.[m])?.servers, `${(0,json_pointer/* pointer */.Wn)('paths', path)}/${m}/servers`);
    }
    if (typeof r.swagger === 'string' && typeof r.host === 'string') {
        const schemes = (0,values/* asArray */._j)(r.schemes).filter((s) => typeof s === 'string');
        const base = (0,values/* asString */.oJ)(r.basePath) ?? '';
        // Without `schemes` the API uses the scheme the document was served with: nothing to judge offline.
        schemes.forEach((s, i) => out.push({ url: `${s}://${r.host}${base}`, pointer: `/schemes/${i}` }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/openapi/index.ts
// Reusable reading of API descriptions (Swagger 2.0 and OpenAPI 3.x), offline.
//
//   loadApiDocument(pkg, file)   parse JSON or YAML once per package, with positions (locate(pointer))
//   draftAt(doc, pointer, msg)   a finding draft at a pointer, with line/column filled in for YAML
//   specVersion(value)           swagger 2.0 or openapi 3.x, and the version string
//   validateApiDocument(doc)     swagger-parser validation, external $refs stripped, never fetches
//   listOperations(value)        operations with pointers and merged parameters; operationsById
//   listExternalRefs(value)      $refs to other files or URLs, to report rather than follow
//   serverUrls(value)            base URLs (servers[] or schemes + host) with their pointers







// EXTERNAL MODULE: ./src/engine/rules/teams/shared/references.ts
var references = __webpack_require__(5495);
;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/files.ts




const MANIFEST = 'manifest.json';
const files_cache = new WeakMap();
/** Declarative agents, their plugins and the plugins' OpenAPI documents. */
function copilotFiles(pkg, manifest) {
    const cached = files_cache.get(pkg);
    if (cached)
        return cached;
    const result = { agents: [], plugins: [], pluginSpecs: [], broken: [] };
    const m = (0,values/* asRecord */.qY)(manifest);
    const pluginsByPath = new Map();
    const specsByPath = new Map();
    const addPlugin = (from) => {
        const path = (0,references/* resolveInPackage */.W)(from.file, from.path);
        if (path === undefined || !pkg.has(path)) {
            result.broken.push({ ...from, role: 'API plugin', resolved: path });
            return;
        }
        const existing = pluginsByPath.get(path);
        if (existing) {
            existing.from.push(from);
            return;
        }
        const doc = pkg.json(path);
        const plugin = { path, doc, value: (0,values/* asRecord */.qY)(doc.value), from: [from] };
        pluginsByPath.set(path, plugin);
        result.plugins.push(plugin);
    };
    const addAgent = (raw, legacy, ...at) => {
        const written = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(raw)?.file);
        if (!written?.trim())
            return;
        const path = (0,references/* resolveInPackage */.W)(MANIFEST, written);
        // A missing agent file is reported by package.referenced-file-missing.
        if (path === undefined || !pkg.has(path))
            return;
        const doc = pkg.json(path);
        const agent = { path, doc, value: (0,values/* asRecord */.qY)(doc.value), from: { file: MANIFEST, pointer: (0,json_pointer/* pointer */.Wn)(...at, 'file'), path: written }, legacy };
        result.agents.push(agent);
        (0,values/* asArray */._j)(agent.value?.actions).forEach((a, i) => {
            const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(a)?.file);
            if (file?.trim())
                addPlugin({ file: path, pointer: (0,json_pointer/* pointer */.Wn)('actions', i, 'file'), path: file });
        });
    };
    (0,values/* asArray */._j)((0,values/* asRecord */.qY)(m?.copilotAgents)?.declarativeAgents).forEach((a, i) => addAgent(a, false, 'copilotAgents', 'declarativeAgents', i));
    const legacy = (0,values/* asRecord */.qY)(m?.copilotExtensions);
    (0,values/* asArray */._j)(legacy?.declarativeCopilots).forEach((a, i) => addAgent(a, true, 'copilotExtensions', 'declarativeCopilots', i));
    (0,values/* asArray */._j)(legacy?.plugins).forEach((p, i) => {
        const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(p)?.file);
        const path = file ? (0,references/* resolveInPackage */.W)(MANIFEST, file) : undefined;
        // Missing manifest-level files are package.referenced-file-missing's job.
        if (file?.trim() && path !== undefined && pkg.has(path))
            addPlugin({ file: MANIFEST, pointer: (0,json_pointer/* pointer */.Wn)('copilotExtensions', 'plugins', i, 'file'), path: file });
    });
    for (const plugin of result.plugins) {
        (0,values/* asArray */._j)(plugin.value?.runtimes).forEach((r, i) => {
            const runtime = (0,values/* asRecord */.qY)(r);
            const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(runtime?.spec)?.url);
            if (runtime?.type !== 'OpenApi' || !url?.trim() || isAbsoluteUrl(url))
                return;
            const from = { file: plugin.path, pointer: (0,json_pointer/* pointer */.Wn)('runtimes', i, 'spec', 'url'), path: url };
            const path = (0,references/* resolveInPackage */.W)(plugin.path, url);
            const doc = path !== undefined ? loadApiDocument(pkg, path) : undefined;
            if (path === undefined || !doc) {
                result.broken.push({ ...from, role: 'OpenAPI document', resolved: path });
                return;
            }
            const existing = specsByPath.get(path);
            if (existing)
                existing.from.push(from);
            else {
                const spec = { path, doc, from: [from] };
                specsByPath.set(path, spec);
                result.pluginSpecs.push(spec);
            }
        });
    }
    files_cache.set(pkg, result);
    return result;
}
/** The OpenAPI document of a plugin runtime, when it is in the package. */
function runtimeSpec(files, plugin, runtimeIndex) {
    const at = (0,json_pointer/* pointer */.Wn)('runtimes', runtimeIndex, 'spec', 'url');
    return files.pluginSpecs.find((s) => s.from.some((f) => f.file === plugin.path && f.pointer === at));
}
function isAbsoluteUrl(value) {
    return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value);
}
/** composeExtensions entries with composeExtensionType "apiBased". */
function apiMessageExtensions(pkg, manifest) {
    return (0,values/* asArray */._j)((0,values/* asRecord */.qY)(manifest)?.composeExtensions).flatMap((raw, index) => {
        const extension = (0,values/* asRecord */.qY)(raw);
        if (!extension || extension.composeExtensionType !== 'apiBased')
            return [];
        const written = (0,values/* asString */.oJ)(extension.apiSpecificationFile);
        const resolved = written?.trim() ? (0,references/* resolveInPackage */.W)(MANIFEST, written) : undefined;
        const spec = resolved !== undefined ? loadApiDocument(pkg, resolved) : undefined;
        return [{ index, extension, specPath: written, spec }];
    });
}
/** Every OpenAPI document the package's Copilot features name, once each. */
function allSpecs(pkg, manifest) {
    const out = new Map();
    for (const s of copilotFiles(pkg, manifest).pluginSpecs)
        out.set(s.path, { doc: s.doc, usedBy: 'api-plugin' });
    for (const me of apiMessageExtensions(pkg, manifest)) {
        if (me.spec && !out.has(me.spec.file))
            out.set(me.spec.file, { doc: me.spec, usedBy: 'message-extension' });
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/drafts.ts
function at(file, pointer, message, extra = {}) {
    return { file, pointer, message, ...extra };
}
/** Characters as a person counts them (code points, not UTF-16 units). */
function charCount(text) {
    return [...text].length;
}
/** A localization token such as [[agent_name]]: its real value lives in a language file. */
function isLocalizationToken(value) {
    return /^\[\[[a-zA-Z_][a-zA-Z0-9_]*\]\]$/.test(value.trim());
}
function quote(text, max = 60) {
    const t = text.replace(/\s+/g, ' ').trim();
    return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}
/** Text still holding a toolkit placeholder (${{VAR}}): its final value is unknown until packaging resolves it. */
function hasPlaceholder(value) {
    return /\$\{\{[^}]*\}\}/.test(value);
}

;// CONCATENATED MODULE: ./src/engine/rules/copilot/declarative-agent.ts
// Declarative agents (copilotAgents.declarativeAgents, or the legacy copilotExtensions.declarativeCopilots):
// the agent file against Microsoft's schema of its own version, and what the schema cannot say.









const INSTRUCTIONS_MAX = 8000;
const STORE_STARTERS_MIN = 3;
const STORE_STARTERS_MAX = 6;
/** Agents whose file parsed to an object (parse errors are package.json-parse's). */
function readableAgents(ctx) {
    if (!ctx.manifest)
        return [];
    return copilotFiles(ctx.pkg, ctx.manifest.value).agents.filter((a) => a.value !== undefined);
}
const daSchema = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-schema',
    title: 'The declarative agent file matches the official schema of its version',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: "The agent file is validated offline with Microsoft's schema for the version its `version` field names (v1.0, v1.2–v1.8), as the toolkit and the service do. A file without a version is an error under copilotAgents and a warning under the legacy devPreview copilotExtensions, whose early files had none.",
    *check(ctx) {
        if (!ctx.manifest)
            return;
        for (const agent of copilotFiles(ctx.pkg, ctx.manifest.value).agents) {
            if (!agent.doc.ok)
                continue;
            if (!agent.value) {
                yield at(agent.path, '', `${agent.path} must hold a JSON object (a declarative agent manifest).`);
                continue;
            }
            const version = agent.value.version;
            if (version === undefined) {
                yield at(agent.path, '', `${agent.path} has no "version" field, so no schema applies; set it to the schema version the file follows, for example "v1.6".`, agent.legacy ? { severity: 'warning' } : {});
                continue;
            }
            if (typeof version !== 'string' || !catalog/* DECLARATIVE_AGENT_VERSIONS */.Tw.includes(version)) {
                yield at(agent.path, '/version', `"version" is ${JSON.stringify(version)}; published declarative agent schema versions are ${catalog/* DECLARATIVE_AGENT_VERSIONS */.Tw.join(', ')}.`);
                continue;
            }
            const named = /declarative-agent\/(v\d+\.\d+)\//.exec((0,values/* asString */.oJ)(agent.value.$schema) ?? '')?.[1];
            if (named && named !== version) {
                yield at(agent.path, '/$schema', `"$schema" names ${named} but "version" is ${version}; the file was checked against ${version}.`, { severity: 'notice' });
            }
            for (const issue of copilotSchemaIssues('declarative-agent', version, agent.value) ?? []) {
                // Reported with the character count by copilot.da-instructions-length.
                if (issue.pointer === '/instructions' && issue.keyword === 'maxLength')
                    continue;
                yield at(agent.path, issue.pointer, issue.message);
            }
        }
    },
});
const daInstructionsLength = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-instructions-length',
    title: 'Declarative agent instructions are at most 8,000 characters',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: 'Every published declarative agent schema limits `instructions` to 8,000 characters; a longer file fails validation.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const text = agent.value.instructions;
            if (typeof text === 'string' && text.length > INSTRUCTIONS_MAX) {
                yield at(agent.path, '/instructions', `"instructions" is ${charCount(text)} characters; the limit is ${INSTRUCTIONS_MAX}. Move reference material into knowledge sources.`);
            }
        }
    },
});
const daConversationStarters = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-conversation-starters',
    title: 'A store declarative agent has 3 to 6 conversation starters',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (policy 1140.9) require at least three and at most six prompt starters, a Must fix for the Store. The schema alone allows 1–6 (v1.0–v1.5) or 1–12 (v1.6 and later), so this only affects the marketplace route.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const starters = agent.value.conversation_starters;
            if (starters !== undefined && !Array.isArray(starters))
                continue; // the schema rule reports the type
            const n = (0,values/* asArray */._j)(starters).length;
            if (n < STORE_STARTERS_MIN) {
                yield at(agent.path, starters === undefined ? '' : '/conversation_starters', `The agent has ${n} conversation starter${n === 1 ? '' : 's'}; the Store requires ${STORE_STARTERS_MIN} to ${STORE_STARTERS_MAX}.`);
            }
            else if (n > STORE_STARTERS_MAX) {
                yield at(agent.path, (0,json_pointer/* pointer */.Wn)('conversation_starters', STORE_STARTERS_MAX), `The agent has ${n} conversation starters; the Store allows at most ${STORE_STARTERS_MAX}.`);
            }
        }
    },
});
const daFilesPresent = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-file-missing',
    title: "Every file a declarative agent names is in the package",
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: 'Action (API plugin) files and EmbeddedKnowledge files are paths relative to the agent file and must be packaged; the toolkit refuses to build the package otherwise and the service rejects it.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const refs = (0,values/* asArray */._j)(agent.value.actions).map((a, i) => ({ p: (0,json_pointer/* pointer */.Wn)('actions', i, 'file'), path: (0,values/* asRecord */.qY)(a)?.file, role: 'action (API plugin) file' }));
            (0,values/* asArray */._j)(agent.value.capabilities).forEach((c, i) => {
                const cap = (0,values/* asRecord */.qY)(c);
                if (cap?.name !== 'EmbeddedKnowledge')
                    return;
                (0,values/* asArray */._j)(cap.files).forEach((f, j) => refs.push({ p: (0,json_pointer/* pointer */.Wn)('capabilities', i, 'files', j, 'file'), path: (0,values/* asRecord */.qY)(f)?.file, role: 'embedded knowledge file' }));
            });
            for (const ref of refs) {
                if (typeof ref.path !== 'string' || !ref.path.trim())
                    continue; // the schema rule reports a missing path
                const resolved = (0,references/* resolveInPackage */.W)(agent.path, ref.path);
                if (resolved === undefined) {
                    yield at(agent.path, ref.p, `The ${ref.role} "${ref.path}" is outside the package; use a path relative to ${agent.path}.`);
                }
                else if (!ctx.pkg.has(resolved)) {
                    const near = ctx.pkg.findName(resolved);
                    yield at(agent.path, ref.p, near ? `The ${ref.role} "${ref.path}" is not in the package; "${near}" differs only in letter case.` : `The ${ref.role} "${ref.path}" (${resolved}) is not in the package.`);
                }
            }
        }
    },
});
const daCapabilityOnce = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-capability-duplicate',
    title: 'Each capability appears at most once in a declarative agent',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: 'The declarative agent manifest reference allows no more than one object of each capability type. The JSON schema only checks that items are not identical, so two different WebSearch objects pass it.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const seen = new Map();
            for (const [i, c] of (0,values/* asArray */._j)(agent.value.capabilities).entries()) {
                const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.name);
                if (!name)
                    continue;
                const first = seen.get(name);
                if (first !== undefined)
                    yield at(agent.path, (0,json_pointer/* pointer */.Wn)('capabilities', i, 'name'), `The capability ${name} appears again (first at capabilities[${first}]); merge them into one.`);
                else
                    seen.set(name, i);
            }
        }
    },
});
const daGraphConnectorsOpen = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-graph-connectors-hardcoded',
    title: 'A store agent does not hard-code Graph connector connections',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'For the Store, the GraphConnectors capability must be left open so the agent grounds in every connector of the customer tenant (Must fix). Connection ids from the publisher tenant do not exist elsewhere. Omit the `connections` key; the schema rejects an empty list.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            for (const [i, c] of (0,values/* asArray */._j)(agent.value.capabilities).entries()) {
                const cap = (0,values/* asRecord */.qY)(c);
                if (cap?.name === 'GraphConnectors' && (0,values/* asArray */._j)(cap.connections).length > 0) {
                    yield at(agent.path, (0,json_pointer/* pointer */.Wn)('capabilities', i, 'connections'), 'GraphConnectors lists specific connections; for the Store omit "connections" so the agent uses all connectors of the tenant.');
                }
            }
        }
    },
});
const EXPLAINED_CAPABILITIES = {
    WebSearch: /web\s*search|search(ing)? (the )?(web|internet|online)|websearch|bing/i,
    GraphicArt: /graphic\s*art|image|picture|illustration|draw/i,
    CodeInterpreter: /code\s*interpreter|python|chart|graph|calculat|analy[sz]/i,
};
const daCapabilityInstructions = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-capability-instructions',
    title: 'Instructions explain how the agent uses WebSearch, GraphicArt and CodeInterpreter',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines ask that instructions say how to use these capabilities in the context of the agent (Must fix). Whether they do is judged by a reviewer; this check only looks for words about the capability, so it is a notice rather than a warning.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const instructions = (0,values/* asString */.oJ)(agent.value.instructions) ?? '';
            for (const [i, c] of (0,values/* asArray */._j)(agent.value.capabilities).entries()) {
                const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.name);
                const words = name ? EXPLAINED_CAPABILITIES[name] : undefined;
                if (words && !words.test(instructions)) {
                    yield at(agent.path, (0,json_pointer/* pointer */.Wn)('capabilities', i), `The agent enables ${name}, but its instructions never say how to use it.`);
                }
            }
        }
    },
});
const daHasAction = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-has-action',
    title: 'A store declarative agent serves its core use case through actions',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines say all agents must have a core use case served through API actions, under a heading that also accepts knowledge sources. Since the sources disagree on whether knowledge alone is enough, an agent with neither actions nor capabilities gets a notice, not a warning.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            if ((0,values/* asArray */._j)(agent.value.actions).length === 0 && (0,values/* asArray */._j)(agent.value.capabilities).length === 0) {
                yield at(agent.path, '', 'The agent has no actions and no knowledge capabilities; Store review expects a core use case served through API actions or a knowledge source.');
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/plugin.ts
// API plugin manifests (ai-plugin.json and friends), reached through agents' actions or copilotExtensions.plugins.










/** Lengths past which the plugin manifest reference says text may be ignored. */
const PLUGIN_TEXT_LIMITS = { name_for_human: 20, description_for_human: 100, description_for_model: 2048 };
function readable(ctx) {
    if (!ctx.manifest)
        return { files: { agents: [], plugins: [], pluginSpecs: [], broken: [] }, plugins: [] };
    const files = copilotFiles(ctx.pkg, ctx.manifest.value);
    return { files, plugins: files.plugins.filter((p) => p.value !== undefined) };
}
const pluginSchema = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-schema',
    title: 'The API plugin manifest matches the official schema of its schema_version',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest,
    description: "Validated offline with Microsoft's plugin schema for the version `schema_version` names (v2.1–v2.4): required fields, namespace and function name patterns, runtime and auth types.",
    *check(ctx) {
        if (!ctx.manifest)
            return;
        for (const plugin of copilotFiles(ctx.pkg, ctx.manifest.value).plugins) {
            if (!plugin.doc.ok)
                continue;
            if (!plugin.value) {
                yield at(plugin.path, '', `${plugin.path} must hold a JSON object (an API plugin manifest).`);
                continue;
            }
            const version = plugin.value.schema_version;
            if (typeof version !== 'string' || !catalog/* API_PLUGIN_VERSIONS */.xU.includes(version)) {
                yield version === undefined
                    ? at(plugin.path, '', `${plugin.path} has no "schema_version", so no schema applies; published versions are ${catalog/* API_PLUGIN_VERSIONS */.xU.join(', ')}.`)
                    : at(plugin.path, '/schema_version', `"schema_version" is ${JSON.stringify(version)}; published plugin schema versions are ${catalog/* API_PLUGIN_VERSIONS */.xU.join(', ')}.`);
                continue;
            }
            for (const issue of copilotSchemaIssues('api-plugin', version, plugin.value) ?? [])
                yield at(plugin.path, issue.pointer, issue.message);
        }
    },
});
const pluginTextLength = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-text-length',
    title: 'Plugin names and descriptions fit the lengths Copilot reads',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest,
    description: 'The plugin manifest reference gives name_for_human 20 characters, description_for_human 100 and description_for_model 2,048; longer text may be cut or ignored. The schema does not enforce these, so this is a warning.',
    *check(ctx) {
        for (const plugin of readable(ctx).plugins) {
            for (const [key, limit] of Object.entries(PLUGIN_TEXT_LIMITS)) {
                const text = plugin.value[key];
                if (typeof text === 'string' && !isLocalizationToken(text) && charCount(text) > limit) {
                    yield at(plugin.path, `/${key}`, `"${key}" is ${charCount(text)} characters; text past ${limit} may be ignored.`);
                }
            }
        }
    },
});
const pluginSpecPresent = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-spec-missing',
    title: "Each OpenApi runtime's spec.url names a file in the package",
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest,
    description: 'spec.url is resolved relative to the plugin file and must be packaged, or the plugin has no operations. A remote URL cannot be checked offline and gets a notice.',
    *check(ctx) {
        const { files, plugins } = readable(ctx);
        for (const broken of files.broken) {
            if (broken.role !== 'OpenAPI document')
                continue;
            yield at(broken.file, broken.pointer, broken.resolved === undefined
                ? `The OpenAPI document "${broken.path}" is outside the package; use a path relative to ${broken.file}.`
                : `The OpenAPI document "${broken.path}" (${broken.resolved}) is not in the package.`);
        }
        for (const plugin of plugins) {
            for (const [i, r] of (0,values/* asArray */._j)(plugin.value.runtimes).entries()) {
                const runtime = (0,values/* asRecord */.qY)(r);
                const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(runtime?.spec)?.url);
                if (runtime?.type === 'OpenApi' && url && isAbsoluteUrl(url)) {
                    yield at(plugin.path, (0,json_pointer/* pointer */.Wn)('runtimes', i, 'spec', 'url'), `spec.url is the remote address ${url}; it cannot be checked offline. Package the OpenAPI document and use a relative path.`, { severity: 'notice' });
                }
            }
        }
    },
});
/** Function names a runtime runs: run_for_functions, or every function when it is absent. */
function runtimeFunctions(plugin, runtime) {
    const listed = (0,values/* asArray */._j)(runtime.run_for_functions).filter((n) => typeof n === 'string');
    if (runtime.run_for_functions !== undefined)
        return listed;
    return (0,values/* asArray */._j)(plugin.value.functions).map((f) => (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(f)?.name)).filter((n) => !!n);
}
const pluginFunctionOperation = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-function-operation',
    title: 'Every plugin function matches an operationId in its OpenAPI document',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest,
    description: 'For an OpenApi runtime, Copilot calls the operation whose operationId equals the function name. A function with no such operation can never run; a run_for_functions entry must also name a declared function.',
    *check(ctx) {
        const { files, plugins } = readable(ctx);
        for (const plugin of plugins) {
            const declared = new Map();
            (0,values/* asArray */._j)(plugin.value.functions).forEach((f, i) => {
                const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(f)?.name);
                if (name && !declared.has(name))
                    declared.set(name, i);
            });
            for (const [r, raw] of (0,values/* asArray */._j)(plugin.value.runtimes).entries()) {
                const runtime = (0,values/* asRecord */.qY)(raw);
                if (runtime?.type !== 'OpenApi')
                    continue;
                for (const [j, n] of (0,values/* asArray */._j)(runtime.run_for_functions).entries()) {
                    // Only exact names can be checked; a pattern with * matches whatever it matches.
                    if (typeof n === 'string' && !n.includes('*') && !declared.has(n)) {
                        yield at(plugin.path, (0,json_pointer/* pointer */.Wn)('runtimes', r, 'run_for_functions', j), `run_for_functions names "${n}", which is not in "functions".`);
                    }
                }
                const spec = runtimeSpec(files, plugin, r);
                if (!spec?.doc.ok)
                    continue;
                const ids = operationsById(spec.doc.value);
                for (const name of runtimeFunctions(plugin, runtime)) {
                    if (name.includes('*') || ids.has(name))
                        continue;
                    const index = declared.get(name);
                    const p = index !== undefined ? (0,json_pointer/* pointer */.Wn)('functions', index, 'name') : (0,json_pointer/* pointer */.Wn)('runtimes', r, 'run_for_functions');
                    yield at(plugin.path, p, `The function "${name}" has no operation with operationId "${name}" in ${spec.path}.`);
                }
            }
        }
    },
});
const JSONPATH = /^\$/;
const pluginResponseSemantics = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-response-semantics',
    title: 'Response semantics use JSONPath expressions and an Adaptive Card template',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginAdaptiveCards,
    description: 'data_path and the properties (title, subtitle, url, thumbnail_url, information_protection_label) are JSONPath queries into the response, starting at $; an inline static_template is an Adaptive Card. Wrong values render no card, so this is a warning.',
    *check(ctx) {
        for (const plugin of readable(ctx).plugins) {
            for (const { semantics, p } of responseSemantics(plugin)) {
                const dataPath = semantics.data_path;
                if (typeof dataPath === 'string' && !JSONPATH.test(dataPath.trim())) {
                    yield at(plugin.path, `${p}/data_path`, `data_path ${JSON.stringify(dataPath)} is not a JSONPath query; start it with "$", for example "$.results".`);
                }
                for (const [key, value] of Object.entries((0,values/* asRecord */.qY)(semantics.properties) ?? {})) {
                    if (typeof value === 'string' && !JSONPATH.test(value.trim())) {
                        yield at(plugin.path, `${p}/properties/${key}`, `properties.${key} ${JSON.stringify(value)} is not a JSONPath query; start it with "$".`);
                    }
                }
                const template = (0,values/* asRecord */.qY)(semantics.static_template);
                if (template && template.file === undefined && template.type !== 'AdaptiveCard') {
                    yield at(plugin.path, `${p}/static_template`, 'static_template is neither an Adaptive Card (type "AdaptiveCard") nor a {"file": …} reference.');
                }
            }
        }
    },
});
const pluginTemplateFile = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-template-missing',
    title: 'Response template files named by a plugin are in the package',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginAdaptiveCards,
    description: 'A static_template {"file": …} is resolved relative to the plugin file; the toolkit packages it and the service reads it from the package.',
    *check(ctx) {
        for (const plugin of readable(ctx).plugins) {
            for (const { semantics, p } of responseSemantics(plugin)) {
                const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(semantics.static_template)?.file);
                if (!file?.trim())
                    continue;
                const resolved = (0,references/* resolveInPackage */.W)(plugin.path, file);
                if (resolved === undefined)
                    yield at(plugin.path, `${p}/static_template/file`, `The response template "${file}" is outside the package.`);
                else if (!ctx.pkg.has(resolved))
                    yield at(plugin.path, `${p}/static_template/file`, `The response template "${file}" (${resolved}) is not in the package.`);
            }
        }
    },
});
function responseSemantics(plugin) {
    return (0,values/* asArray */._j)(plugin.value.functions).flatMap((f, i) => {
        const semantics = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(f)?.capabilities)?.response_semantics);
        return semantics ? [{ semantics, p: (0,json_pointer/* pointer */.Wn)('functions', i, 'capabilities', 'response_semantics') }] : [];
    });
}
const SIDE_EFFECT_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const pluginConsequential = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-consequential',
    title: 'Operations that change data are not marked non-consequential',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'Policy 1140.9 review requires that actions with consequences in the external system (create, update, delete) keep the confirmation prompt: x-openai-isConsequential must not be false on POST, PUT, PATCH or DELETE operations a plugin function uses.',
    *check(ctx) {
        const { files, plugins } = readable(ctx);
        for (const plugin of plugins) {
            for (const [r, raw] of (0,values/* asArray */._j)(plugin.value.runtimes).entries()) {
                const runtime = (0,values/* asRecord */.qY)(raw);
                if (runtime?.type !== 'OpenApi')
                    continue;
                const spec = runtimeSpec(files, plugin, r);
                if (!spec?.doc.ok)
                    continue;
                const used = new Set(runtimeFunctions(plugin, runtime));
                for (const op of listOperations(spec.doc.value)) {
                    if (!op.operationId || !used.has(op.operationId) || !SIDE_EFFECT_METHODS.has(op.method))
                        continue;
                    if (op.operation['x-openai-isConsequential'] === false) {
                        yield draftAt(spec.doc, `${op.pointer}/x-openai-isConsequential`, `${op.method.toUpperCase()} ${op.path} (${op.operationId}) changes data but sets x-openai-isConsequential to false, which lets users skip the confirmation prompt.`);
                    }
                }
            }
        }
    },
});
const pluginServerHttps = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-server-https',
    title: 'API plugin servers use HTTPS',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines require every API call to use HTTPS with TLS 1.2 or later (Must fix for the Store).',
    *check(ctx) {
        for (const spec of readable(ctx).files.pluginSpecs) {
            if (!spec.doc.ok)
                continue;
            for (const server of serverUrls(spec.doc.value)) {
                if (/^http:\/\//i.test(server.url.trim()))
                    yield draftAt(spec.doc, server.pointer, `The server ${server.url} uses plain HTTP; Copilot actions must call HTTPS endpoints.`);
            }
        }
    },
});
/** The security scheme names an operation requires (its own `security`, else the document's). */
function requiredSchemes(root, operation) {
    const list = operation.security !== undefined ? operation.security : root.security;
    return (0,values/* asArray */._j)(list).flatMap((req) => Object.keys((0,values/* asRecord */.qY)(req) ?? {}));
}
/** Security schemes by name: OpenAPI 3 components.securitySchemes or Swagger 2 securityDefinitions. */
function securitySchemes(root) {
    return (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(root.components)?.securitySchemes) ?? (0,values/* asRecord */.qY)(root.securityDefinitions) ?? {};
}
const pluginAuth = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-auth',
    title: "The plugin's runtime auth fits its OpenAPI security",
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginAuthentication,
    description: 'API plugins authenticate with None, OAuthPluginVault (OAuth 2.0 authorization code flow only) or ApiKeyPluginVault (a bearer key), with reference_id naming the Developer Portal registration; an empty reference_id is an error. An anonymous runtime for operations that declare security, or OAuth flows other than authorization code, are warnings: the calls will fail, but the document may be stricter than the API.',
    *check(ctx) {
        const { files, plugins } = readable(ctx);
        for (const plugin of plugins) {
            for (const [r, raw] of (0,values/* asArray */._j)(plugin.value.runtimes).entries()) {
                const runtime = (0,values/* asRecord */.qY)(raw);
                if (runtime?.type !== 'OpenApi')
                    continue;
                const auth = (0,values/* asRecord */.qY)(runtime.auth);
                const type = (0,values/* asString */.oJ)(auth?.type);
                if ((type === 'OAuthPluginVault' || type === 'ApiKeyPluginVault') && typeof auth?.reference_id === 'string' && !auth.reference_id.trim()) {
                    yield at(plugin.path, (0,json_pointer/* pointer */.Wn)('runtimes', r, 'auth', 'reference_id'), `reference_id is empty; ${type} needs the registration id from the Teams Developer Portal.`, { severity: 'error' });
                }
                const spec = runtimeSpec(files, plugin, r);
                const root = spec?.doc.ok ? (0,values/* asRecord */.qY)(spec.doc.value) : undefined;
                if (!spec || !root)
                    continue;
                const schemes = securitySchemes(root);
                const used = new Set(runtimeFunctions(plugin, runtime));
                if (type === 'None') {
                    const secured = listOperations(root).find((op) => op.operationId && used.has(op.operationId) && requiredSchemes(root, op.operation).length > 0);
                    if (secured) {
                        yield at(plugin.path, (0,json_pointer/* pointer */.Wn)('runtimes', r, 'auth', 'type'), `auth is None, but ${secured.operationId} in ${spec.path} requires ${requiredSchemes(root, secured.operation).join(', ')}; Copilot will call it without credentials.`);
                    }
                }
                if (type === 'OAuthPluginVault') {
                    for (const [name, s] of Object.entries(schemes)) {
                        const scheme = (0,values/* asRecord */.qY)(s);
                        if (scheme?.type !== 'oauth2')
                            continue;
                        const flows = (0,values/* asRecord */.qY)(scheme.flows);
                        const hasCode = flows ? flows.authorizationCode !== undefined : scheme.flow === 'accessCode';
                        if (!hasCode) {
                            const at3 = flows ? (0,json_pointer/* pointer */.Wn)('components', 'securitySchemes', name, 'flows') : (0,json_pointer/* pointer */.Wn)('securityDefinitions', name, 'flow');
                            yield draftAt(spec.doc, at3, `The OAuth scheme "${name}" has no authorization code flow; API plugins support only the OAuth 2.0 authorization code flow.`);
                        }
                    }
                }
            }
        }
    },
});
const pluginConfirmationText = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-confirmation-text',
    title: 'Custom confirmation prompts for data-changing functions ask for permission',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginConfirmation,
    description: 'The agent validation guidelines (Must fix) want confirmation prompts that explicitly ask the user for permission and say what the action does ("Do you want to create a new order?"). Whether wording does that is a reviewer\'s call; this only notices a custom prompt on a POST, PUT, PATCH or DELETE function that asks no question, so it is a notice.',
    *check(ctx) {
        const { files, plugins } = readable(ctx);
        for (const plugin of plugins) {
            const changing = new Set();
            for (const [r, raw] of (0,values/* asArray */._j)(plugin.value.runtimes).entries()) {
                const spec = (0,values/* asRecord */.qY)(raw)?.type === 'OpenApi' ? runtimeSpec(files, plugin, r) : undefined;
                if (!spec?.doc.ok)
                    continue;
                for (const op of listOperations(spec.doc.value))
                    if (op.operationId && SIDE_EFFECT_METHODS.has(op.method))
                        changing.add(op.operationId);
            }
            for (const [i, f] of (0,values/* asArray */._j)(plugin.value.functions).entries()) {
                const fn = (0,values/* asRecord */.qY)(f);
                const name = (0,values/* asString */.oJ)(fn?.name);
                const confirmation = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(fn?.capabilities)?.confirmation);
                const text = [(0,values/* asString */.oJ)(confirmation?.title), (0,values/* asString */.oJ)(confirmation?.body)].filter(Boolean).join(' ');
                if (!name || !changing.has(name) || !text.trim() || text.includes('?'))
                    continue;
                yield at(plugin.path, (0,json_pointer/* pointer */.Wn)('functions', i, 'capabilities', 'confirmation'), `The confirmation prompt of "${name}" asks no question; phrase it as a request for permission that names the action, for example "Do you want to create this order?".`);
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/openapi.ts
// The OpenAPI documents that API plugins and API-based message extensions name: they parse, they are valid
// OpenAPI or Swagger, and they reference nothing outside themselves (never fetched, only reported).




const openApiParses = (0,rule/* defineRule */.Km)({
    id: 'copilot.openapi-parse',
    title: 'The OpenAPI document parses as YAML',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.openApiForCopilot,
    description: 'A YAML OpenAPI document that does not parse gives the plugin or message extension no operations. (JSON documents are covered by package.json-parse.)',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const { doc } of allSpecs(pkg, manifest.value)) {
            if (doc.format === 'yaml' && doc.error) {
                yield { file: doc.file, line: doc.error.line, column: doc.error.column, message: `${doc.file} is not valid YAML: ${doc.error.message}.` };
            }
        }
    },
});
const openApiValid = (0,rule/* defineRule */.Km)({
    id: 'copilot.openapi-valid',
    title: 'The OpenAPI document is a valid OpenAPI 3 or Swagger 2.0 description',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.openApiForCopilot,
    description: "Checked offline with @apidevtools/swagger-parser (schema and local references), the validator the Agents Toolkit's spec parser also uses before it generates or packages a plugin, plus unique operationIds, which Copilot uses as function and command names. External references are left to copilot.openapi-external-ref.",
    async check({ pkg, manifest }) {
        if (!manifest)
            return [];
        const drafts = [];
        for (const { doc } of allSpecs(pkg, manifest.value)) {
            if (!doc.ok)
                continue;
            if (!(0,version/* specVersion */.k)(doc.value)) {
                drafts.push(draftAt(doc, '', `${doc.file} has neither an "openapi" nor a "swagger" version field, so it is not an OpenAPI description.`));
                continue;
            }
            for (const issue of await (0,validate/* validateApiDocument */.Gi)(doc))
                drafts.push(draftAt(doc, issue.pointer, issue.message));
            const seen = new Map();
            for (const op of listOperations(doc.value)) {
                if (!op.operationId)
                    continue;
                const first = seen.get(op.operationId);
                if (first)
                    drafts.push(draftAt(doc, `${op.pointer}/operationId`, `operationId "${op.operationId}" is used again (first at ${first}); operationIds must be unique.`));
                else
                    seen.set(op.operationId, `${op.method.toUpperCase()} ${op.path}`);
            }
        }
        return drafts;
    },
});
const openApiExternalRefs = (0,rule/* defineRule */.Km)({
    id: 'copilot.openapi-external-ref',
    title: 'The OpenAPI document references nothing outside itself',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: 'Remote and cross-file $ref are not supported for API-based message extensions, and the toolkit\'s spec parser refuses them for plugins too: only the one document is packaged and read. They are reported here and never fetched.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const { doc } of allSpecs(pkg, manifest.value)) {
            if (!doc.ok)
                continue;
            for (const site of (0,refs/* listExternalRefs */.AZ)(doc.value)) {
                yield draftAt(doc, site.pointer, `$ref "${site.ref}" points ${site.kind === 'url' ? 'to a remote URL' : 'to another file'}; inline the definition under components (or definitions) and use a local "#/…" reference.`);
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/names.ts
// One name for one agent: manifest, declarative agent and plugins.





const nameConsistent = (0,rule/* defineRule */.Km)({
    id: 'copilot.name-consistent',
    title: 'The manifest, the declarative agent and its plugins carry the same name',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) require name.short in the app manifest, name in the declarative agent and name_for_human in each plugin to be identical. Localized values ([[token]]) and unresolved ${{VAR}} placeholders are skipped: their final text is not in the file.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        const appName = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(manifest.value)?.name)?.short);
        if (!appName || isLocalizationToken(appName) || hasPlaceholder(appName))
            return;
        const files = copilotFiles(pkg, manifest.value);
        if (files.agents.length === 0)
            return;
        const differs = (v) => typeof v === 'string' && !isLocalizationToken(v) && !hasPlaceholder(v) && v.trim() !== appName.trim();
        for (const agent of files.agents) {
            if (differs(agent.value?.name))
                yield at(agent.path, '/name', `The agent is named "${agent.value.name}" but the app manifest's name.short is "${appName}"; the Store requires the same name.`);
        }
        for (const plugin of files.plugins) {
            const name = plugin.value?.name_for_human;
            if (differs(name))
                yield at(plugin.path, '/name_for_human', `The plugin's name_for_human is "${name}" but the app manifest's name.short is "${appName}"; the Store requires the same name.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/localization.ts
// Localized declarative agents and plugins: every [[key]] token in their files is defined in the
// localizationKeys of every language file the manifest lists.






const TOKEN = /\[\[([a-zA-Z_][a-zA-Z0-9_]*)\]\]/g;
function tokenSites(file, root) {
    const sites = [];
    const visit = (node, at) => {
        if (typeof node === 'string') {
            for (const m of node.matchAll(TOKEN))
                sites.push({ key: m[1], file, pointer: at });
        }
        else if (Array.isArray(node))
            node.forEach((v, i) => visit(v, `${at}/${i}`));
        else if (node && typeof node === 'object')
            for (const [k, v] of Object.entries(node))
                visit(v, `${at}/${(0,json_pointer/* escapeToken */.tj)(k)}`);
    };
    visit(root, '');
    return sites;
}
const localizationTokens = (0,rule/* defineRule */.Km)({
    id: 'copilot.localization-token-undefined',
    title: 'Every [[token]] in agent and plugin files is defined in each language file',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.localizeAgents,
    description: 'Localized agent and plugin text uses [[key]] tokens whose values come from localizationKeys in the default language file and every additional language file; a key missing from any of them fails validation of the package.',
    *check({ pkg, manifest }) {
        const m = (0,values/* asRecord */.qY)(manifest?.value);
        if (!m)
            return;
        const files = copilotFiles(pkg, m);
        const sites = [...files.agents.flatMap((a) => tokenSites(a.path, a.value)), ...files.plugins.flatMap((p) => tokenSites(p.path, p.value))];
        if (sites.length === 0)
            return;
        const loc = (0,values/* asRecord */.qY)(m.localizationInfo);
        const languageFiles = [(0,values/* asString */.oJ)(loc?.defaultLanguageFile), ...(0,values/* asArray */._j)(loc?.additionalLanguages).map((l) => (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(l)?.file))]
            .filter((f) => !!f?.trim())
            .map((f) => (0,references/* resolveInPackage */.W)(MANIFEST, f))
            .filter((f) => f !== undefined && pkg.has(f)); // missing files are package.referenced-file-missing
        if (languageFiles.length === 0) {
            const first = sites[0];
            yield { file: first.file, pointer: first.pointer, message: `"[[${first.key}]]" is a localization token, but the manifest lists no language file with localizationKeys (localizationInfo.defaultLanguageFile).` };
            return;
        }
        const keysOf = new Map(languageFiles.map((f) => [f, new Set(Object.keys((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(pkg.json(f)?.value)?.localizationKeys) ?? {}))]));
        for (const site of sites) {
            const missing = languageFiles.filter((f) => !keysOf.get(f).has(site.key));
            if (missing.length > 0) {
                const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
                yield { file: site.file, pointer: site.pointer, message: `"[[${site.key}]]" is not defined in localizationKeys of ${shown}.` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/manifest-version.ts
// manifestVersion comparisons for the Copilot rules ("devPreview" counts as newer than every release).

/** True when the manifest's version is `min` or later; undefined when it has no readable version. */
function manifestAtLeast(manifest, min) {
    const v = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(manifest)?.manifestVersion);
    if (v === undefined)
        return undefined;
    if (v === 'devPreview')
        return true;
    const have = /^(\d+)\.(\d+)$/.exec(v);
    if (!have)
        return undefined;
    const [maj, minor] = min.split('.').map(Number);
    return Number(have[1]) > maj || (Number(have[1]) === maj && Number(have[2]) >= minor);
}

;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/commands.ts
// Message extension commands as Copilot sees them: search (query) commands are the ones it can call.


/** Every command of every compose extension, in manifest order. */
function meCommands(manifest) {
    return (0,values/* asArray */._j)((0,values/* asRecord */.qY)(manifest)?.composeExtensions).flatMap((raw, i) => {
        const extension = (0,values/* asRecord */.qY)(raw);
        if (!extension)
            return [];
        return (0,values/* asArray */._j)(extension.commands).flatMap((c, j) => {
            const command = (0,values/* asRecord */.qY)(c);
            return command ? [{ extensionIndex: i, commandIndex: j, command, extension, pointer: (0,json_pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j) }] : [];
        });
    });
}
/** `type` defaults to "query" in the schema; only query commands act as Copilot skills. */
function isSearchCommand(c) {
    return c.command.type === undefined || c.command.type === 'query';
}
function searchCommands(manifest) {
    return meCommands(manifest).filter(isSearchCommand);
}
/** Lower-cased, whitespace-collapsed text for "is this just the same words" comparisons. */
function normalized(text) {
    return text.toLowerCase().replace(/[\s_\-.:]+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/engine/rules/copilot/message-extension.ts
// Message extensions used as Copilot plugins (certification policy 1140.9): what Copilot reads to pick and
// fill a search command (descriptions, semantic descriptions, sample prompts). The manifest 1.13 minimum for
// Outlook and Copilot is teams.manifest-version-copilot (manifest rules), not repeated here.







const FILE = 'manifest.json';
const SAMPLE_PROMPTS_MIN = 3;
const SAMPLE_PROMPTS_MAX = 5;
const PARAMETERS_FOR_COMPOUND = 2;
const meSearchCommand = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-search-command',
    title: 'A message extension meant for Copilot has a search command',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.messageExtensionAgentGuidelines,
    description: 'Copilot only calls search (type "query") commands; a message extension with action commands only does nothing in Copilot.',
    *check({ manifest }) {
        const all = meCommands(manifest?.value);
        if (all.length > 0 && !all.some(isSearchCommand)) {
            yield { file: FILE, pointer: (0,json_pointer/* pointer */.Wn)('composeExtensions', all[0].extensionIndex, 'commands'), message: 'No command has type "query", so Microsoft 365 Copilot cannot use this message extension.' };
        }
    },
});
const meCommandDescription = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-command-description',
    title: 'Search commands have a description that says more than the title',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.messageExtensionAgentGuidelines,
    description: 'Copilot picks a command from its description; the guidelines for agents ask for a clear description of what the command does. A missing description, or one that only repeats the title or id, gives Copilot nothing to match.',
    *check({ manifest }) {
        for (const c of searchCommands(manifest?.value)) {
            const description = (0,values/* asString */.oJ)(c.command.description);
            if (!description?.trim()) {
                yield { file: FILE, pointer: c.pointer, message: `The search command "${(0,values/* asString */.oJ)(c.command.id) ?? c.commandIndex}" has no description; Copilot uses it to decide when to call the command.` };
                continue;
            }
            const same = [c.command.title, c.command.id].some((v) => typeof v === 'string' && normalized(v) === normalized(description));
            if (same)
                yield { file: FILE, pointer: `${c.pointer}/description`, message: `The description ${quote(description)} only repeats the command's title or id; say what it finds and by which criteria.` };
        }
    },
});
const meParameterDescription = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-parameter-description',
    title: 'Search command parameters have descriptions that differ from their names',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.messageExtensionAgentGuidelines,
    description: 'Copilot fills parameters from the user prompt using their descriptions. The store guidelines (response quality) treat parameter names and descriptions that say the same thing as a defect.',
    *check({ manifest }) {
        for (const c of searchCommands(manifest?.value)) {
            for (const [k, raw] of (0,values/* asArray */._j)(c.command.parameters).entries()) {
                const param = (0,values/* asRecord */.qY)(raw);
                if (!param)
                    continue;
                const at = (0,json_pointer/* pointer */.Wn)('composeExtensions', c.extensionIndex, 'commands', c.commandIndex, 'parameters', k);
                const description = (0,values/* asString */.oJ)(param.description);
                if (!description?.trim()) {
                    yield { file: FILE, pointer: at, message: `The parameter "${(0,values/* asString */.oJ)(param.name) ?? k}" has no description; Copilot uses it to fill the parameter from the prompt.` };
                }
                else if ([param.name, param.title].some((v) => typeof v === 'string' && normalized(v) === normalized(description))) {
                    yield { file: FILE, pointer: `${at}/description`, message: `The description ${quote(description)} only repeats the parameter's name or title; say what value is expected, with an example.` };
                }
            }
        }
    },
});
const meSemanticDescription = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-semantic-description',
    title: 'Search commands have a semanticDescription for Copilot',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.messageExtensionAgentGuidelines,
    description: 'From manifest 1.17 a command can carry a semanticDescription (up to 5,000 characters) written for Copilot. The guidelines say it is not mandatory, so its absence is only a notice.',
    *check({ manifest }) {
        if (manifestAtLeast(manifest?.value, '1.17') !== true)
            return;
        for (const c of searchCommands(manifest?.value)) {
            if (!(0,values/* asString */.oJ)(c.command.semanticDescription)?.trim()) {
                yield { file: FILE, pointer: c.pointer, message: `The search command "${(0,values/* asString */.oJ)(c.command.id) ?? c.commandIndex}" has no semanticDescription; a fuller description helps Copilot choose it.` };
            }
        }
    },
});
const meSamplePrompts = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-sample-prompts',
    title: 'Each search command has 3 to 5 sample prompts, none repeated across commands',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) ask for three to five samplePrompts per command and no prompt shared by two commands; the schema enforces the 128-character and five-item limits. A command with no samplePrompts at all gets a notice, since the property is optional and Teams-only apps do not need it; fewer than three is a warning.',
    *check({ manifest }) {
        if (manifestAtLeast(manifest?.value, '1.17') !== true)
            return; // samplePrompts exists from 1.17
        const seen = new Map();
        for (const c of searchCommands(manifest?.value)) {
            const id = (0,values/* asString */.oJ)(c.command.id) ?? String(c.commandIndex);
            const prompts = c.command.samplePrompts;
            if (prompts === undefined) {
                yield { file: FILE, pointer: c.pointer, message: `The search command "${id}" has no samplePrompts; Store agents need ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX} per command.`, severity: 'notice' };
                continue;
            }
            if (!Array.isArray(prompts))
                continue; // a schema error
            if (prompts.length < SAMPLE_PROMPTS_MIN) {
                yield { file: FILE, pointer: `${c.pointer}/samplePrompts`, message: `The search command "${id}" has ${prompts.length} sample prompt${prompts.length === 1 ? '' : 's'}; the Store requires ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX}.` };
            }
            for (const [k, p] of prompts.entries()) {
                const text = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(p)?.text);
                if (!text?.trim())
                    continue;
                const key = normalized(text);
                const first = seen.get(key);
                if (first && first !== id) {
                    yield { file: FILE, pointer: `${c.pointer}/samplePrompts/${k}/text`, message: `The sample prompt ${quote(text)} is also used by the command "${first}"; prompts must differ between commands.` };
                }
                else if (!first)
                    seen.set(key, id);
            }
        }
    },
});
const meParameterCount = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-parameter-count',
    title: 'Search commands take several parameters for compound prompts',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The store guidelines (response quality) ask for at least two parameters and the agent guidelines for compound utterances over three or more. The sources disagree on the number and a single-parameter search can be fine, so this is a notice.',
    *check({ manifest }) {
        for (const c of searchCommands(manifest?.value)) {
            const n = (0,values/* asArray */._j)(c.command.parameters).length;
            if (n > 0 && n < PARAMETERS_FOR_COMPOUND) {
                yield { file: FILE, pointer: `${c.pointer}/parameters`, message: `The search command "${(0,values/* asString */.oJ)(c.command.id) ?? c.commandIndex}" takes ${n} parameter; Copilot handles compound prompts ("open orders from Contoso last week") better with ${PARAMETERS_FOR_COMPOUND} or more.` };
            }
        }
    },
});
const meInitialRun = (0,rule/* defineRule */.Km)({
    id: 'copilot.me-initial-run',
    title: 'Search commands of an app with sign-in set initialRun',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.messageExtensionAgentGuidelines,
    description: 'The guidelines for agents advise initialRun: true on search commands so the sign-in link appears in Copilot when the user is not yet authenticated. It only matters when the app signs users in (webApplicationInfo, or an API message extension with Microsoft Entra auth), hence a notice limited to those apps.',
    *check({ manifest }) {
        const m = (0,values/* asRecord */.qY)(manifest?.value);
        if (!m)
            return;
        for (const c of searchCommands(m)) {
            const authType = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c.extension.authorization)?.authType);
            const signsIn = authType === 'microsoftEntra' || (authType === undefined && (0,values/* asRecord */.qY)(m.webApplicationInfo) !== undefined);
            if (signsIn && c.command.initialRun !== true) {
                yield { file: FILE, pointer: c.pointer, message: `The search command "${(0,values/* asString */.oJ)(c.command.id) ?? c.commandIndex}" does not set initialRun: true, so Copilot cannot show the sign-in link before the first search.` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/text-fields.ts
// The text Copilot reads to choose and call an extension, with where each piece sits. The agent validation
// guidelines (policy 1140.9) apply the same description rules to all of it: the app's short description,
// command and parameter (semantic) descriptions, agent instructions and starters, plugin descriptions,
// function state descriptions, and OpenAPI path keys, operationIds and operation descriptions.




const OPENAPI_DESCRIBED_METHODS = new Set(['get', 'post', 'put', 'delete']);
function copilotTextFields(pkg, manifest) {
    const fields = [];
    const json = (file, p, value, kind, label) => {
        if (typeof value === 'string' && value.trim())
            fields.push({ text: value, kind, label, draft: (message, extra) => ({ file, pointer: p, message, ...extra }) });
    };
    const api = (doc, p, value, kind, label) => {
        if (typeof value === 'string' && value.trim())
            fields.push({ text: value, kind, label, draft: (message, extra) => draftAt(doc, p, message, extra) });
    };
    const m = (0,values/* asRecord */.qY)(manifest);
    if (!m)
        return fields;
    json(MANIFEST, '/description/short', (0,values/* asRecord */.qY)(m.description)?.short, 'description', 'short description');
    if (fields.length > 0)
        fields[0].storeText = true;
    (0,values/* asArray */._j)(m.composeExtensions).forEach((ce, i) => (0,values/* asArray */._j)((0,values/* asRecord */.qY)(ce)?.commands).forEach((c, j) => {
        const cmd = (0,values/* asRecord */.qY)(c);
        const at = (0,json_pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j);
        json(MANIFEST, `${at}/description`, cmd?.description, 'description', 'command description');
        json(MANIFEST, `${at}/semanticDescription`, cmd?.semanticDescription, 'description', 'command semanticDescription');
        (0,values/* asArray */._j)(cmd?.parameters).forEach((prm, k) => {
            const param = (0,values/* asRecord */.qY)(prm);
            json(MANIFEST, `${at}/parameters/${k}/description`, param?.description, 'description', 'parameter description');
            json(MANIFEST, `${at}/parameters/${k}/semanticDescription`, param?.semanticDescription, 'description', 'parameter semanticDescription');
        });
    }));
    const files = copilotFiles(pkg, m);
    for (const agent of files.agents) {
        const a = agent.value;
        json(agent.path, '/description', a?.description, 'description', 'agent description');
        json(agent.path, '/instructions', a?.instructions, 'instructions', 'agent instructions');
        (0,values/* asArray */._j)(a?.conversation_starters).forEach((s, i) => {
            json(agent.path, (0,json_pointer/* pointer */.Wn)('conversation_starters', i, 'title'), (0,values/* asRecord */.qY)(s)?.title, 'prompt', 'conversation starter title');
            json(agent.path, (0,json_pointer/* pointer */.Wn)('conversation_starters', i, 'text'), (0,values/* asRecord */.qY)(s)?.text, 'prompt', 'conversation starter');
        });
    }
    for (const plugin of files.plugins) {
        const v = plugin.value;
        json(plugin.path, '/description_for_human', v?.description_for_human, 'description', 'description_for_human');
        json(plugin.path, '/description_for_model', v?.description_for_model, 'description', 'description_for_model');
        (0,values/* asArray */._j)((0,values/* asRecord */.qY)(v?.capabilities)?.conversation_starters).forEach((s, i) => {
            json(plugin.path, (0,json_pointer/* pointer */.Wn)('capabilities', 'conversation_starters', i, 'title'), (0,values/* asRecord */.qY)(s)?.title, 'prompt', 'conversation starter title');
            json(plugin.path, (0,json_pointer/* pointer */.Wn)('capabilities', 'conversation_starters', i, 'text'), (0,values/* asRecord */.qY)(s)?.text, 'prompt', 'conversation starter');
        });
        (0,values/* asArray */._j)(v?.functions).forEach((f, i) => {
            const fn = (0,values/* asRecord */.qY)(f);
            json(plugin.path, (0,json_pointer/* pointer */.Wn)('functions', i, 'description'), fn?.description, 'description', 'function description');
            for (const [state, config] of Object.entries((0,values/* asRecord */.qY)(fn?.states) ?? {})) {
                json(plugin.path, (0,json_pointer/* pointer */.Wn)('functions', i, 'states', state, 'description'), (0,values/* asRecord */.qY)(config)?.description, 'description', `function ${state} state description`);
            }
        });
    }
    for (const { doc } of allSpecs(pkg, m)) {
        if (!doc.ok)
            continue;
        const seenPaths = new Set();
        for (const op of listOperations(doc.value)) {
            if (!seenPaths.has(op.path)) {
                seenPaths.add(op.path);
                api(doc, `/paths/${(0,json_pointer/* escapeToken */.tj)(op.path)}`, op.path, 'identifier', 'OpenAPI path');
            }
            api(doc, `${op.pointer}/operationId`, op.operationId, 'identifier', 'operationId');
            if (OPENAPI_DESCRIBED_METHODS.has(op.method))
                api(doc, `${op.pointer}/description`, (0,values/* asString */.oJ)(op.operation.description), 'description', 'operation description');
        }
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/engine/rules/copilot/text-quality.ts
// What the agent validation guidelines (policy 1140.9, "Description") forbid in the text Copilot reads:
// instruction-like phrases, URLs, emoji and hidden characters (Must fix), and superlatives (Good-to-fix).




/**
 * Phrases that try to steer the model rather than describe the extension. The guidelines' own examples
 * include bare words such as "delete" and "reset"; those are not matched alone, because they also name
 * ordinary operations ("Deletes a task"). `inInstructions: false` marks phrasing that is normal in an
 * agent's instructions, which are instructions by design.
 */
const STEERING = [
    { re: /\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding|system|other)\b[^.]{0,40}?\b(?:instructions?|prompts?|rules?|messages?)\b/i, inInstructions: true },
    { re: /\bdisregard\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|system)\b/i, inInstructions: true },
    { re: /\bnew\s+instructions?\b/i, inInstructions: true },
    { re: /\bforget\s+(?:all\s+|your\s+|the\s+)?(?:previous|prior|earlier)\s+instructions?\b/i, inInstructions: true },
    { re: /\bif\s+the\s+user\s+(?:says|types|writes|asks)\b/i, inInstructions: false },
    { re: /\banswer\s+in\s+bold\b/i, inInstructions: false },
    { re: /\bdo\s+not\s+print\s+anything\b/i, inInstructions: false },
];
const textSteering = (0,rule/* defineRule */.Km)({
    id: 'copilot.text-instructional-phrases',
    title: 'Descriptions Copilot reads hold no instruction-like phrases',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) forbid phrases such as "if the user says", "ignore previous instructions", "new instructions", "answer in bold" or "do not print anything" in descriptions, starters, plugin and OpenAPI text. Bare words like "delete" or "reset" are not flagged because they also describe real operations; agent instructions are only checked for attempts to override other instructions.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const field of copilotTextFields(pkg, manifest.value)) {
            for (const { re, inInstructions } of STEERING) {
                if (field.kind === 'instructions' && !inInstructions)
                    continue;
                const hit = re.exec(field.text);
                if (hit) {
                    yield field.draft(`Found the instruction-like phrase ${quote(hit[0])} in the ${field.label}; describe what the extension does instead of telling the model what to do.`);
                    break;
                }
            }
        }
    },
});
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s)"'<>]+/i;
const EMOJI_RE = /\p{Extended_Pictographic}/u;
// Zero-width characters, bidirectional controls, the byte-order mark inside text, and other invisible formatting.
const HIDDEN_RE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
const ENCODED_RE = /\b(?:0x[0-9a-f]{8,}|[01]{16,}|(?:\\x[0-9a-f]{2}){4,})\b/i;
function problems(field) {
    const out = [];
    const url = field.kind === 'identifier' ? null : URL_RE.exec(field.text);
    if (url)
        out.push({ what: 'a URL', sample: url[0] });
    const emoji = EMOJI_RE.exec(field.text);
    if (emoji)
        out.push({ what: 'an emoji', sample: emoji[0] });
    const hidden = HIDDEN_RE.exec(field.text);
    if (hidden)
        out.push({ what: 'a hidden character', sample: `U+${hidden[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    const encoded = ENCODED_RE.exec(field.text);
    if (encoded)
        out.push({ what: 'an encoded (hexadecimal or binary) string', sample: encoded[0] });
    return out;
}
const textUrlsEmoji = (0,rule/* defineRule */.Km)({
    id: 'copilot.text-urls-emoji',
    title: 'Descriptions Copilot reads hold no URLs, emoji or hidden characters',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) forbid URLs, emoji and hidden or encoded characters (zero-width, bidirectional controls, hexadecimal or binary strings) in the text Copilot reads. A URL inside agent instructions gets a notice only: instructions often name a site the agent should cite, and the guideline is worded for descriptions.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const field of copilotTextFields(pkg, manifest.value)) {
            for (const p of problems(field)) {
                const soft = field.kind === 'instructions' && p.what === 'a URL';
                yield field.draft(`Found ${p.what} (${quote(p.sample, 40)}) in the ${field.label}.`, soft ? { severity: 'notice' } : {});
            }
        }
    },
});
const SUPERLATIVES = /(?:#1\b|\bnumber one\b|\bamazing\b|\bbest\b(?!\s+practices?)|\bworld[- ]class\b|\bultimate\b|\bincredible\b|\brevolutionary\b|\bunbeatable\b)/i;
const textSuperlatives = (0,rule/* defineRule */.Km)({
    id: 'copilot.text-superlatives',
    title: 'Descriptions Copilot reads avoid superlatives and marketing claims',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines list superlative claims ("#1", "amazing", "best") and marketing language as Good-to-fix, so this is a notice. Agent instructions are not checked, nor the app description (teams.description-claims reads it).',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const field of copilotTextFields(pkg, manifest.value)) {
            // The app's description is teams.description-claims' to judge.
            if (field.kind === 'instructions' || field.kind === 'identifier' || field.storeText)
                continue;
            const hit = SUPERLATIVES.exec(field.text);
            if (hit)
                yield field.draft(`Found the superlative ${quote(hit[0])} in the ${field.label}; describe what the extension does in plain terms.`);
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/listing.ts
// Store-facing Copilot requirements on the app's own text and on the cards its responses use.








/** True when the app is meant for Copilot: an agent or plugin, or search commands written for Copilot. */
function targetsCopilot(ctx) {
    if (ctx.capabilities.includes('declarative-agent') || ctx.capabilities.includes('api-plugin'))
        return true;
    return searchCommands(ctx.manifest?.value).some((c) => c.command.samplePrompts !== undefined || c.command.semanticDescription !== undefined);
}
const longDescriptionCopilot = (0,rule/* defineRule */.Km)({
    id: 'copilot.long-description-copilot',
    title: 'The long description says the app works in Microsoft 365 Copilot',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) require description.full to call out that the agent works in Microsoft 365 Copilot. Applied to apps with a declarative agent or API plugin, and to message extensions whose commands carry samplePrompts or semanticDescription (written for Copilot); other message extensions may be Teams-only.',
    *check(ctx) {
        const full = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(ctx.manifest?.value)?.description)?.full);
        if (!full || hasPlaceholder(full) || !targetsCopilot(ctx))
            return;
        if (!/\bcopilot\b/i.test(full)) {
            yield { file: MANIFEST, pointer: '/description/full', message: 'description.full does not mention Microsoft 365 Copilot; say that the app works there, with an example prompt.' };
        }
    },
});
function responseCards(ctx) {
    if (!ctx.manifest)
        return [];
    const sites = [];
    const seenFiles = new Set();
    const fromFile = (path, inner, at) => {
        if (!path || seenFiles.has(`${path}${at}`) || !ctx.pkg.has(path))
            return;
        seenFiles.add(`${path}${at}`);
        const card = (0,values/* asRecord */.qY)(inner((0,values/* asRecord */.qY)(ctx.pkg.json(path)?.value) ?? {}));
        if (card)
            sites.push({ card, file: path, pointer: at });
    };
    for (const plugin of copilotFiles(ctx.pkg, ctx.manifest.value).plugins) {
        (0,values/* asArray */._j)(plugin.value?.functions).forEach((f, i) => {
            const template = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(f)?.capabilities)?.response_semantics)?.static_template);
            if (!template)
                return;
            const file = (0,values/* asString */.oJ)(template.file);
            if (file)
                fromFile((0,references/* resolveInPackage */.W)(plugin.path, file), (v) => v, '');
            else
                sites.push({ card: template, file: plugin.path, pointer: (0,json_pointer/* pointer */.Wn)('functions', i, 'capabilities', 'response_semantics', 'static_template') });
        });
    }
    for (const me of apiMessageExtensions(ctx.pkg, ctx.manifest.value)) {
        for (const c of (0,values/* asArray */._j)(me.extension.commands)) {
            const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.apiResponseRenderingTemplateFile);
            if (file)
                fromFile((0,references/* resolveInPackage */.W)(MANIFEST, file), (v) => v.responseCardTemplate, '/responseCardTemplate');
        }
    }
    return sites;
}
const cardMetadataUrl = (0,rule/* defineRule */.Km)({
    id: 'copilot.card-metadata-url',
    title: 'Response Adaptive Cards carry a metadata URL',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix) require Adaptive Card responses to include a URL in the card metadata (metadata.webUrl), so a card can be copied from one hub to another.',
    *check(ctx) {
        for (const site of responseCards(ctx)) {
            if (site.card.type !== 'AdaptiveCard')
                continue;
            if (!(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(site.card.metadata)?.webUrl)?.trim()) {
                const draft = { file: site.file, pointer: site.pointer, message: 'This response card has no metadata.webUrl; add the URL of the item it shows.' };
                yield draft;
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/api-message-extension.ts
// API-based message extensions (composeExtensionType "apiBased"): the manifest, its OpenAPI document and
// response templates must fit together, and the document must stay within the subset Teams supports.








const MAX_CARD_VERSION = 1.5;
const apiMeFiles = (0,rule/* defineRule */.Km)({
    id: 'copilot.apime-spec-file',
    title: 'An API-based message extension names its OpenAPI document and a response template per command',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: 'With composeExtensionType "apiBased", apiSpecificationFile is required and every command needs apiResponseRenderingTemplateFile; the schema cannot express that dependency. (Whether the named files exist is package.referenced-file-missing.)',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const me of apiMessageExtensions(pkg, manifest.value)) {
            if (!me.specPath?.trim()) {
                yield { file: MANIFEST, pointer: (0,json_pointer/* pointer */.Wn)('composeExtensions', me.index), message: 'This API-based message extension has no apiSpecificationFile.' };
            }
            for (const [j, c] of (0,values/* asArray */._j)(me.extension.commands).entries()) {
                if (!(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.apiResponseRenderingTemplateFile)?.trim()) {
                    yield { file: MANIFEST, pointer: (0,json_pointer/* pointer */.Wn)('composeExtensions', me.index, 'commands', j), message: `The command "${(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.id) ?? j}" has no apiResponseRenderingTemplateFile; API-based commands need a response rendering template.` };
                }
            }
        }
    },
});
/** Commands of API-based extensions with the operation their id names (when the document has one). */
function apiCommands(pkg, manifest) {
    const out = [];
    const mes = apiMessageExtensions(pkg, manifest);
    for (const c of meCommands(manifest)) {
        const me = mes.find((m) => m.index === c.extensionIndex);
        const id = (0,values/* asString */.oJ)(c.command.id);
        if (!me?.spec?.ok || !id)
            continue;
        out.push({ id, pointer: c.pointer, command: c.command, doc: me.spec, op: operationsById(me.spec.value).get(id) });
    }
    return out;
}
const apiMeCommandOperation = (0,rule/* defineRule */.Km)({
    id: 'copilot.apime-command-operation',
    title: 'Each API-based command matches an OpenAPI operation and its parameters',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: "Each command's id must equal an operationId in the OpenAPI document, and each command parameter's name must be a parameter (or JSON request body property) of that operation; otherwise Teams cannot build the request.",
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const c of apiCommands(pkg, manifest.value)) {
            if (!c.op) {
                yield { file: MANIFEST, pointer: `${c.pointer}/id`, message: `The command id "${c.id}" matches no operationId in ${c.doc.file}.` };
                continue;
            }
            const known = new Set([...c.op.parameters.filter((p) => p.in !== 'body').map((p) => p.name), ...requestBodyProperties(c.doc.value, c.op)]);
            for (const [k, raw] of (0,values/* asArray */._j)(c.command.parameters).entries()) {
                const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(raw)?.name);
                if (name && !known.has(name)) {
                    yield { file: MANIFEST, pointer: `${c.pointer}/parameters/${k}/name`, message: `The parameter "${name}" is not a parameter of operation "${c.id}" (${c.op.method.toUpperCase()} ${c.op.path}) in ${c.doc.file}.` };
                }
            }
        }
    },
});
const COMPOSITION = ['oneOf', 'anyOf', 'allOf', 'not'];
/** oneOf/anyOf/allOf/not inside a schema, following local references once each. */
function compositionSites(doc, start, at) {
    const sites = [];
    const seen = new Set();
    const visit = (node, p) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        const rec = node;
        if (typeof rec.$ref === 'string' && rec.$ref.startsWith('#')) {
            let target = rec.$ref.slice(1);
            try {
                target = decodeURIComponent(target);
            }
            catch {
                // keep the raw fragment
            }
            visit((0,refs/* resolveLocalRef */.hp)(doc.value, rec.$ref), target);
            return;
        }
        for (const [key, v] of Object.entries(rec)) {
            if (COMPOSITION.includes(key) && !Array.isArray(node))
                sites.push(`${p}/${key}`);
            visit(v, `${p}/${(0,json_pointer/* escapeToken */.tj)(key)}`);
        }
    };
    visit(start, at);
    return sites;
}
const apiMeOpenApiSubset = (0,rule/* defineRule */.Km)({
    id: 'copilot.apime-openapi-subset',
    title: 'The OpenAPI document stays within what API-based message extensions support',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: 'API-based message extensions accept OpenAPI 2.0 or 3.0.x over HTTPS; the operations commands use must be GET or POST, have at most one required parameter without a default, no required header or cookie parameters, a JSON request body, and no oneOf/anyOf/allOf/not schemas.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        const docsSeen = new Set();
        for (const me of apiMessageExtensions(pkg, manifest.value)) {
            const doc = me.spec;
            if (!doc?.ok || docsSeen.has(doc))
                continue;
            docsSeen.add(doc);
            const v = (0,version/* specVersion */.k)(doc.value);
            if (v && !((0,version/* isOpenApi30 */.M)(v) || (v.family === 'swagger' && v.version === '2.0'))) {
                yield draftAt(doc, v.pointer, `${v.family === 'openapi' ? 'OpenAPI' : 'Swagger'} ${v.version} is not supported; use OpenAPI 3.0.x or Swagger 2.0.`);
            }
            for (const s of serverUrls(doc.value)) {
                if (!/^https:\/\//i.test(s.url.trim()))
                    yield draftAt(doc, s.pointer, `The server URL ${s.url} must use HTTPS.`);
            }
        }
        for (const c of apiCommands(pkg, manifest.value)) {
            if (c.op)
                yield* operationProblems(c.doc, c.op);
        }
    },
});
function* operationProblems(doc, op) {
    const name = `${op.method.toUpperCase()} ${op.path}`;
    if (op.method !== 'get' && op.method !== 'post')
        yield draftAt(doc, op.pointer, `${name}: only GET and POST operations are supported.`);
    const requiredNoDefault = op.parameters.filter((p) => p.required && !p.hasDefault && p.in !== 'body');
    if (requiredNoDefault.length > 1) {
        yield draftAt(doc, requiredNoDefault[1].pointer, `${name} has ${requiredNoDefault.length} required parameters without a default (${requiredNoDefault.map((p) => p.name).join(', ')}); at most one is supported.`);
    }
    for (const p of op.parameters) {
        if (p.required && (p.in === 'header' || p.in === 'cookie'))
            yield draftAt(doc, p.pointer, `${name}: the required ${p.in} parameter "${p.name}" is not supported.`);
    }
    const body = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(doc.value, op.operation.requestBody));
    const content = (0,values/* asRecord */.qY)(body?.content);
    if (content && !content['application/json']) {
        yield draftAt(doc, `${op.pointer}/requestBody/content`, `${name}: the request body must be application/json.`);
    }
    const sites = [
        ...op.parameters.flatMap((p) => compositionSites(doc, p.value.schema, `${p.pointer}/schema`)),
        ...compositionSites(doc, (0,values/* asRecord */.qY)(content?.['application/json'])?.schema, `${op.pointer}/requestBody/content/application~1json/schema`),
    ];
    for (const site of new Set(sites))
        yield draftAt(doc, site, `${name}: ${site.split('/').pop()} schemas are not supported in API-based message extensions.`);
}
const apiMeAuth = (0,rule/* defineRule */.Km)({
    id: 'copilot.apime-auth',
    title: 'API key authentication names its registration id',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: 'With authType "apiSecretServiceAuth", Teams looks the key up by apiSecretServiceAuthConfiguration.apiSecretRegistrationId (from the Developer Portal); without it every call fails. The schema allows the id to be left out.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const me of apiMessageExtensions(pkg, manifest.value)) {
            const auth = (0,values/* asRecord */.qY)(me.extension.authorization);
            if (auth?.authType !== 'apiSecretServiceAuth')
                continue;
            const id = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(auth.apiSecretServiceAuthConfiguration)?.apiSecretRegistrationId);
            if (!id?.trim()) {
                yield { file: MANIFEST, pointer: (0,json_pointer/* pointer */.Wn)('composeExtensions', me.index, 'authorization'), message: 'authType is apiSecretServiceAuth but apiSecretServiceAuthConfiguration.apiSecretRegistrationId is not set.' };
            }
        }
    },
});
const apiMeCardVersion = (0,rule/* defineRule */.Km)({
    id: 'copilot.apime-card-version',
    title: 'Response rendering templates use Adaptive Card 1.5 or earlier',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiMessageExtension,
    description: 'Teams renders Adaptive Cards up to version 1.5; a later version in responseCardTemplate may not render.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const me of apiMessageExtensions(pkg, manifest.value)) {
            for (const c of (0,values/* asArray */._j)(me.extension.commands)) {
                const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.apiResponseRenderingTemplateFile);
                const path = file ? (0,references/* resolveInPackage */.W)(MANIFEST, file) : undefined;
                const template = path && pkg.has(path) ? (0,values/* asRecord */.qY)(pkg.json(path)?.value) : undefined;
                const version = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(template?.responseCardTemplate)?.version);
                if (path && version && Number.parseFloat(version) > MAX_CARD_VERSION) {
                    yield { file: path, pointer: '/responseCardTemplate/version', message: `The card template uses Adaptive Card ${version}; Teams supports up to ${MAX_CARD_VERSION}.` };
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/index.ts









const copilotRules = [
    // message extensions as Copilot plugins (policy 1140.9)
    meSearchCommand,
    meCommandDescription,
    meParameterDescription,
    meSemanticDescription,
    meSamplePrompts,
    meParameterCount,
    meInitialRun,
    // text Copilot reads, the listing and response cards (policy 1140.9)
    textSteering,
    textUrlsEmoji,
    textSuperlatives,
    longDescriptionCopilot,
    cardMetadataUrl,
    // API-based message extensions
    apiMeFiles,
    apiMeCommandOperation,
    apiMeOpenApiSubset,
    apiMeAuth,
    apiMeCardVersion,
    // declarative agents
    daSchema,
    daInstructionsLength,
    daConversationStarters,
    daFilesPresent,
    daCapabilityOnce,
    daGraphConnectorsOpen,
    daCapabilityInstructions,
    daHasAction,
    nameConsistent,
    localizationTokens,
    // API plugins and their OpenAPI documents
    pluginSchema,
    pluginTextLength,
    pluginSpecPresent,
    pluginFunctionOperation,
    pluginResponseSemantics,
    pluginTemplateFile,
    pluginConsequential,
    pluginConfirmationText,
    pluginServerHttps,
    pluginAuth,
    openApiParses,
    openApiValid,
    openApiExternalRefs,
];


/***/ })

};
