export const id = 56;
export const ids = [56];
export const modules = {

/***/ 2466:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 2466;
module.exports = webpackEmptyAsyncContext;

/***/ }),

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ addFix),
/* harmony export */   g_: () => (/* binding */ replaceFix),
/* harmony export */   lC: () => (/* binding */ schemaUrlWithVersion),
/* harmony export */   sD: () => (/* binding */ removeFix)
/* harmony export */ });
/** Set the value at `pointer` (in the draft's file unless `file` is given). */
function replaceFix(description, pointer, value, file) {
    return { description, changes: [{ op: 'replace', pointer, value, ...(file ? { file } : {}) }] };
}
/** Add the member `pointer` names to its object, after the others (or before them with `first`). */
function addFix(description, pointer, value, options = {}) {
    return { description, changes: [{ op: 'add', pointer, value, ...(options.first ? { first: true } : {}), ...(options.file ? { file: options.file } : {}) }] };
}
/** Remove the member or element at `pointer`. */
function removeFix(description, pointer, file) {
    return { description, changes: [{ op: 'remove', pointer, ...(file ? { file } : {}) }] };
}
/**
 * A schema URL with its version folder (`/v1.16/` after `/teams`, `/copilot/plugin` …) naming `folder` instead;
 * undefined when the URL has no such folder. `family` is the path before it, such as "/teams" or "/copilot/plugin".
 */
function schemaUrlWithVersion(url, family, folder) {
    const at = new RegExp(`(${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)(v(?:DevPreview|\\d+\\.\\d+))(/)`, 'i');
    if (!at.test(url))
        return undefined;
    const fixed = url.replace(at, `$1${folder}$3`);
    return fixed === url ? undefined : fixed;
}


/***/ }),

/***/ 7871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ schemaErrors)
/* harmony export */ });
/* unused harmony export lastRepeat */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5684);

/** The validator's errors (null when the document is valid); `longEnums` are objects whose `enum` is long. */
function schemaErrors(validate, doc, longEnums) {
    if (longEnums.length === 0)
        return validate(doc) ? null : (validate.errors ?? []);
    // Each long enum is shown to Ajv as one value, or its last repeated pair, in place, and put back before returning
    // (validation is synchronous, so no other rule sees the document meanwhile): copying a whole definition for its
    // enums cost more than validating it.
    const shortened = new Map();
    const holders = longEnums;
    const lists = holders.map((h) => h.enum);
    try {
        for (const holder of holders) {
            const list = holder.enum;
            const repeat = lastRepeat(list);
            holder.enum = repeat ? [list[repeat.j], list[repeat.i]] : [list[0]];
            shortened.set(holder.enum, repeat);
        }
        if (validate(doc))
            return null;
        // A repeat is reported at the enum's own path: the shortened list found there says which one it was.
        return (validate.errors ?? []).map((e) => {
            const repeat = e.keyword === 'uniqueItems' ? shortened.get((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePointer */ .cj)(doc, e.instancePath)) : undefined;
            return repeat ? { ...e, params: repeat, message: `must NOT have duplicate items (items ## ${repeat.j} and ${repeat.i} are identical)` } : e;
        });
    }
    finally {
        holders.forEach((h, k) => (h.enum = lists[k]));
    }
}
/**
 * The pair Ajv reports for a list that repeats a value: the largest index i equal to an earlier item, and the
 * largest such earlier index j (Ajv compares from the end). Items are compared as JSON with sorted keys, which is
 * Ajv's deep equality for JSON values.
 */
function lastRepeat(list) {
    const last = new Map();
    let found;
    list.forEach((item, k) => {
        const key = canonical(item);
        const before = last.get(key);
        if (before !== undefined)
            found = { i: k, j: before };
        last.set(key, k);
    });
    return found;
}
function canonical(value) {
    if (value === null || typeof value !== 'object')
        return `${typeof value}:${JSON.stringify(value)}`;
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    return `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
        .join(',')}}`;
}


/***/ }),

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kz: () => (/* binding */ BoundExceeded),
/* harmony export */   g3: () => (/* binding */ checkSpec)
/* harmony export */ });
/* unused harmony exports specBudget, dereferencedView */
/* harmony import */ var _apidevtools_json_schema_ref_parser_dist_lib_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9712);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5684);
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8083);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3687);
// swagger-parser's own Swagger 2.0 spec checks (duplicate operationIds and parameters, path parameters, one body
// parameter, response codes, required properties that exist…), run without dereferencing the whole document first.
//
// swagger-parser's validate() dereferences every $ref of the document before these checks: a pass over every value
// that was the largest cost of checking a connector, and exponential on references that fan out (21 chained schemas
// each naming the next three times never finish). The checks themselves read a few levels only (paths, parameters,
// responses, definitions, allOf chains), so they are given a view of the document that follows local $refs as they
// are read, resolved as json-schema-ref-parser resolves them (chains followed, the members beside a $ref merged with
// its target by the library's own $Ref.dereference), within a budget of references resolved, objects read and
// time. Past the budget the check stops with a BoundExceeded the callers report; nothing is mutated.
// First of all, the size the document would have once dereferenced is counted (linear, nothing is built): past a
// bound no dereferencing tool would finish on it, and that is reported the same way. OpenAPI 3 documents stop
// after that count: swagger-parser has no spec checks for them.




const MAX_REF_NESTING = 32;
/** A check stopped at one of its bounds; `message` says which, for a finding. */
class BoundExceeded extends Error {
}
function specBudget(limits = {}) {
    return { refs: 0, objects: 0, started: performance.now(), maxRefs: _read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_CHECK_REFS */ .vd, maxObjects: _read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_CHECK_OBJECTS */ .JO, maxMs: _read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SPEC_CHECK_MS */ .by, ...limits };
}
let validateSpec;
/**
 * Runs swagger-parser's spec checks on `doc` (local $refs followed lazily). Resolves when they pass; rejects with
 * their SyntaxError ("Validation failed. …") on the first failure, or with a BoundExceeded.
 */
async function checkSpec(doc, refs = (0,_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .analyzeRefs */ .Nq)(doc, _read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEREFERENCED_VALUES */ .P5), budget = specBudget()) {
    if (refs.dereferencedSize > _read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEREFERENCED_VALUES */ .P5) {
        throw new BoundExceeded(`dereferenced, it would hold more than ${_read_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEREFERENCED_VALUES */ .P5.toLocaleString('en')} values (its references multiply: a schema that names another several times, which names another several times…)`);
    }
    validateSpec ??= (await __webpack_require__.e(/* import() */ 287).then(__webpack_require__.t.bind(__webpack_require__, 668, 23))).default;
    validateSpec(dereferencedView(doc, budget, refs.refFree));
}
/**
 * A read-only view of `root` in which every local `$ref` reads as its target, resolved on first read. Objects of the
 * document known to hold no reference (`refFree`) are given as they are, without a view.
 */
function dereferencedView(root, budget, refFree = new Set()) {
    const views = new WeakMap();
    // What each reference object reads as, once resolved (reading it again still counts against the budget).
    const targets = new WeakMap();
    const spend = (what) => {
        const limit = what === 'refs' ? budget.maxRefs : budget.maxObjects;
        if (++budget[what] > limit) {
            throw new BoundExceeded(what === 'refs' ? `more than ${limit} references had to be resolved` : `more than ${limit} objects had to be read through its references`);
        }
        if ((budget.refs + budget.objects) % 1024 === 0 && performance.now() - budget.started > budget.maxMs) {
            throw new BoundExceeded(`it took more than ${budget.maxMs} ms`);
        }
    };
    // The value a JSON pointer names, following references met on the way (as the library's Pointer.resolve does).
    // References inside the pointers of references nest; past a depth no real document reaches, they are circular.
    let nesting = 0;
    const at = (tokens) => {
        if (nesting > MAX_REF_NESTING)
            return undefined;
        nesting++;
        try {
            return walk(tokens);
        }
        finally {
            nesting--;
        }
    };
    const walk = (tokens) => {
        let node = root;
        for (const token of tokens) {
            node = follow(node);
            if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token))
                return undefined;
            node = node[token];
        }
        return node;
    };
    // A reference's target, through chains of references; a chain that loops stays the reference it started from.
    const follow = (value) => {
        if (!isLocalRef(value))
            return value;
        spend('refs');
        const known = targets.get(value);
        if (known !== undefined)
            return known;
        let current = value;
        const seen = new Set();
        while (isLocalRef(current)) {
            const ref = current.$ref;
            if (seen.has(ref)) {
                current = value;
                break;
            }
            seen.add(ref);
            const target = at(tokensOf(ref));
            if (target === undefined)
                break;
            // Members beside the $ref extend the target, merged as the library merges them.
            current = Object.keys(current).length > 1 ? _apidevtools_json_schema_ref_parser_dist_lib_ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.dereference(current, target) : target;
        }
        targets.set(value, current);
        return current;
    };
    const view = (value) => {
        const resolved = follow(value);
        if (resolved === null || typeof resolved !== 'object' || refFree.has(resolved))
            return resolved;
        let v = views.get(resolved);
        if (!v) {
            spend('objects');
            v = new Proxy(resolved, {
                get: (target, key) => {
                    const raw = target[key];
                    return raw === null || typeof raw !== 'object' || typeof key === 'symbol' ? raw : view(raw);
                },
                set: () => false,
                deleteProperty: () => false,
                defineProperty: () => false,
            });
            views.set(resolved, v);
        }
        return v;
    };
    return view(root);
}
/** A local JSON-pointer reference, as json-schema-ref-parser's isAllowed$Ref accepts without external resolution. */
function isLocalRef(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const ref = value.$ref;
    return typeof ref === 'string' && (ref === '#' || ref.startsWith('#/') || /^#%2f/i.test(ref));
}
function tokensOf(ref) {
    let p = ref.slice(1);
    try {
        p = decodeURIComponent(p);
    }
    catch {
        // kept as written, as the library's safeDecodeURIComponent does
    }
    return (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePointer */ .vp)(p);
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
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5684);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3687);
/* harmony import */ var _schema_check_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7871);
/* harmony import */ var _read_limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8083);
/* harmony import */ var _spec_check_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1575);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3449);











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
    const copy = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutExternalRefs */ .Oj)(value);
    const issues = [];
    for (const site of (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .listRefs */ .Dy)(copy)) {
        if (site.kind !== 'local' || (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveLocalRef */ .hp)(copy, site.ref) !== undefined)
            continue;
        issues.push({ pointer: site.pointer, message: `The reference "${site.ref}" points at nothing in this document.` });
        const owner = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_7__/* .resolvePointer */ .cj)(copy, site.pointer.slice(0, -'/$ref'.length));
        if (owner && typeof owner === 'object')
            delete owner.$ref;
    }
    const v = (0,_version_js__WEBPACK_IMPORTED_MODULE_8__/* .specVersion */ .k)(copy);
    const which = v?.family === 'swagger' && v.version === '2.0' ? 'v2' : v?.family === 'openapi' && /^3\.0(\.|$)/.test(v.version) ? 'v3' : undefined;
    const refs = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .analyzeRefs */ .Nq)(copy, _read_limits_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_DEREFERENCED_VALUES */ .P5);
    if (which) {
        const errors = (0,_schema_check_js__WEBPACK_IMPORTED_MODULE_10__/* .schemaErrors */ .d)(await schemaValidator(which), copy, refs.longEnums);
        if (errors)
            return [...issues, ...fromAjv(errors)].slice(0, MAX_ISSUES_PER_DOCUMENT);
    }
    try {
        const { default: SwaggerParser } = await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(696), __webpack_require__.e(668), __webpack_require__.e(559), __webpack_require__.e(566)]).then(__webpack_require__.t.bind(__webpack_require__, 5559, 23));
        await SwaggerParser.parse(copy);
        if (!which)
            (await Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(696), __webpack_require__.e(668)]).then(__webpack_require__.t.bind(__webpack_require__, 4668, 23))).default(copy);
        await (0,_spec_check_js__WEBPACK_IMPORTED_MODULE_5__/* .checkSpec */ .g3)(copy, refs);
    }
    catch (e) {
        if (e instanceof _spec_check_js__WEBPACK_IMPORTED_MODULE_5__/* .BoundExceeded */ .Kz) {
            issues.push({ pointer: '', severity: 'warning', message: `Validation stopped before the end: ${e.message}, so the rest was not checked. Tools that dereference the whole document (swagger-parser in the Agents Toolkit) may not finish either.` });
        }
        else
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
        const site = (0,_refs_js__WEBPACK_IMPORTED_MODULE_6__/* .listRefs */ .Dy)(value).find((r) => r.ref === err.targetRef);
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
            p = `${p}/${(0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeToken */ .tj)(d.params.additionalProperty)}`;
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

/***/ 7311:
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
var pointer = __webpack_require__(5684);
// EXTERNAL MODULE: ./src/engine/schemas/validate.ts
var schemas_validate = __webpack_require__(895);
// EXTERNAL MODULE: ./src/engine/schemas/catalog.ts
var catalog = __webpack_require__(5910);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var values = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/engine/openapi/document.ts
var openapi_document = __webpack_require__(764);
// EXTERNAL MODULE: ./src/engine/openapi/version.ts
var version = __webpack_require__(3449);
// EXTERNAL MODULE: ./src/engine/openapi/validate.ts
var validate = __webpack_require__(7947);
// EXTERNAL MODULE: ./src/engine/openapi/operations.ts
var operations = __webpack_require__(5427);
// EXTERNAL MODULE: ./src/engine/openapi/refs.ts
var refs = __webpack_require__(3687);
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
const cache = new WeakMap();
/** Declarative agents, their plugins and the plugins' OpenAPI documents. */
function copilotFiles(pkg, manifest) {
    const cached = cache.get(pkg);
    if (cached)
        return cached;
    const result = { agents: [], plugins: [], pluginSpecs: [], broken: [] };
    const m = (0,values/* asRecord */.qY)(manifest);
    const pluginsByPath = new Map();
    const specsByPath = new Map();
    const addPlugin = (from) => {
        const path = (0,references/* resolveInPackage */.WG)(from.file, from.path);
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
        const path = (0,references/* resolveInPackage */.WG)(MANIFEST, written);
        // A missing agent file is reported by package.referenced-file-missing.
        if (path === undefined || !pkg.has(path))
            return;
        const doc = pkg.json(path);
        const agent = { path, doc, value: (0,values/* asRecord */.qY)(doc.value), from: { file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)(...at, 'file'), path: written }, legacy };
        result.agents.push(agent);
        (0,values/* asArray */._j)(agent.value?.actions).forEach((a, i) => {
            const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(a)?.file);
            if (file?.trim())
                addPlugin({ file: path, pointer: (0,pointer/* pointer */.Wn)('actions', i, 'file'), path: file });
        });
    };
    (0,values/* asArray */._j)((0,values/* asRecord */.qY)(m?.copilotAgents)?.declarativeAgents).forEach((a, i) => addAgent(a, false, 'copilotAgents', 'declarativeAgents', i));
    const legacy = (0,values/* asRecord */.qY)(m?.copilotExtensions);
    (0,values/* asArray */._j)(legacy?.declarativeCopilots).forEach((a, i) => addAgent(a, true, 'copilotExtensions', 'declarativeCopilots', i));
    const addManifestPlugin = (file, ...at) => {
        const path = file ? (0,references/* resolveInPackage */.WG)(MANIFEST, file) : undefined;
        // Missing manifest-level files are package.referenced-file-missing's job.
        if (file?.trim() && path !== undefined && pkg.has(path))
            addPlugin({ file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)(...at, 'file'), path: file });
    };
    (0,values/* asArray */._j)(legacy?.plugins).forEach((p, i) => addManifestPlugin((0,values/* asString */.oJ)((0,values/* asRecord */.qY)(p)?.file), 'copilotExtensions', 'plugins', i));
    // devPreview agent connectors may take their tools from a plugin file.
    (0,values/* asArray */._j)(m?.agentConnectors).forEach((c, i) => addManifestPlugin((0,values/* asString */.oJ)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(c)?.toolSource)?.plugin)?.file), 'agentConnectors', i, 'toolSource', 'plugin'));
    for (const plugin of result.plugins) {
        (0,values/* asArray */._j)(plugin.value?.runtimes).forEach((r, i) => {
            const runtime = (0,values/* asRecord */.qY)(r);
            const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(runtime?.spec)?.url);
            if (runtime?.type !== 'OpenApi' || !url?.trim() || isAbsoluteUrl(url))
                return;
            const from = { file: plugin.path, pointer: (0,pointer/* pointer */.Wn)('runtimes', i, 'spec', 'url'), path: url };
            const path = (0,references/* resolveInPackage */.WG)(plugin.path, url);
            const doc = path !== undefined ? (0,openapi_document/* loadApiDocument */._T)(pkg, path) : undefined;
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
    cache.set(pkg, result);
    return result;
}
/** The OpenAPI document of a plugin runtime, when it is in the package. */
function runtimeSpec(files, plugin, runtimeIndex) {
    const at = (0,pointer/* pointer */.Wn)('runtimes', runtimeIndex, 'spec', 'url');
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
        const resolved = written?.trim() ? (0,references/* resolveInPackage */.WG)(MANIFEST, written) : undefined;
        const spec = resolved !== undefined ? (0,openapi_document/* loadApiDocument */._T)(pkg, resolved) : undefined;
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
    restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional', 'copilot.da-instructions-length'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: "The agent file is validated offline with Microsoft's schema for the version its `version` field names (v1.0, v1.2–v1.8), as the toolkit and the service do. A file without a version is an error under copilotAgents and a warning under the legacy devPreview copilotExtensions, whose early files had none. A capability is checked against the form its `name` names, not against every capability's.",
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
            // A $schema naming another version is copilot.schema-url-version's to report. A too long `instructions` is
            // reported once, with its character count, by copilot.da-instructions-length (restatedBy).
            for (const issue of (0,schemas_validate/* validateAgainst */.sq)('declarative-agent', version, agent.value) ?? [])
                yield (0,schemas_validate/* issueDraft */.jq)(agent.path, issue);
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
    title: 'An Agent Store declarative agent has 3 to 6 conversation starters',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (policy 1140.9) require at least three and at most six prompt starters, a Must fix, so an error for the Agent Store. The schema alone allows 1–6 (v1.0–v1.5) or 1–12 (v1.6 and later), so this only affects the marketplace route.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            const starters = agent.value.conversation_starters;
            if (starters !== undefined && !Array.isArray(starters))
                continue; // the schema rule reports the type
            const n = (0,values/* asArray */._j)(starters).length;
            if (n < STORE_STARTERS_MIN) {
                yield at(agent.path, starters === undefined ? '' : '/conversation_starters', `The agent has ${n} conversation starter${n === 1 ? '' : 's'}; the Agent Store requires ${STORE_STARTERS_MIN} to ${STORE_STARTERS_MAX}.`);
            }
            else if (n > STORE_STARTERS_MAX) {
                yield at(agent.path, (0,pointer/* pointer */.Wn)('conversation_starters', STORE_STARTERS_MAX), `The agent has ${n} conversation starters; the Agent Store allows at most ${STORE_STARTERS_MAX}.`);
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
            const refs = (0,values/* asArray */._j)(agent.value.actions).map((a, i) => ({ p: (0,pointer/* pointer */.Wn)('actions', i, 'file'), path: (0,values/* asRecord */.qY)(a)?.file, role: 'action (API plugin) file' }));
            (0,values/* asArray */._j)(agent.value.capabilities).forEach((c, i) => {
                const cap = (0,values/* asRecord */.qY)(c);
                if (cap?.name !== 'EmbeddedKnowledge')
                    return;
                (0,values/* asArray */._j)(cap.files).forEach((f, j) => refs.push({ p: (0,pointer/* pointer */.Wn)('capabilities', i, 'files', j, 'file'), path: (0,values/* asRecord */.qY)(f)?.file, role: 'embedded knowledge file' }));
            });
            for (const ref of refs) {
                if (typeof ref.path !== 'string' || !ref.path.trim())
                    continue; // the schema rule reports a missing path
                const resolved = (0,references/* resolveInPackage */.WG)(agent.path, ref.path);
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
                    yield at(agent.path, (0,pointer/* pointer */.Wn)('capabilities', i, 'name'), `The capability ${name} appears again (first at capabilities[${first}]); merge them into one.`);
                else
                    seen.set(name, i);
            }
        }
    },
});
const daGraphConnectorsOpen = (0,rule/* defineRule */.Km)({
    id: 'copilot.da-graph-connectors-hardcoded',
    title: 'An Agent Store agent does not hard-code Copilot connector connections',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'For the Agent Store, the GraphConnectors capability (Copilot connectors, formerly Graph connectors) must be left open so the agent grounds in every connector of the customer tenant: a Must fix, so an error. Connection ids from the publisher tenant do not exist elsewhere. Omit the `connections` key; the schema rejects an empty list.',
    *check(ctx) {
        for (const agent of readableAgents(ctx)) {
            for (const [i, c] of (0,values/* asArray */._j)(agent.value.capabilities).entries()) {
                const cap = (0,values/* asRecord */.qY)(c);
                if (cap?.name === 'GraphConnectors' && (0,values/* asArray */._j)(cap.connections).length > 0) {
                    yield at(agent.path, (0,pointer/* pointer */.Wn)('capabilities', i, 'connections'), 'GraphConnectors lists specific Copilot connector connections; for the Agent Store omit "connections" so the agent uses every Copilot connector of the customer\'s tenant.');
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
                    yield at(agent.path, (0,pointer/* pointer */.Wn)('capabilities', i), `The agent enables ${name}, but its instructions never say how to use it.`);
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
                yield at(agent.path, '', 'The agent has no actions and no knowledge capabilities; Agent Store review expects a core use case served through API actions or a knowledge source.');
            }
        }
    },
});

// EXTERNAL MODULE: ./src/engine/util/urls.ts
var urls = __webpack_require__(7945);
;// CONCATENATED MODULE: ./src/engine/rules/copilot/shared/mcp.ts
// MCP servers a Teams package names: RemoteMCPServer runtimes of API plugins (plugin manifest v2.4) and agent
// connectors in the app manifest (1.27 and later). Either carries its tools inline, in a packaged file holding what
// the server's tools/list method returns ({"tools": […]}), or nothing at all (dynamic tool discovery at run time).





const MCP_RUNTIME = 'RemoteMCPServer';
/** RemoteMCPServer runtimes of every readable plugin in the package. */
function mcpRuntimes(pkg, manifest) {
    return copilotFiles(pkg, manifest).plugins.flatMap((plugin) => {
        const value = plugin.value;
        return value ? pluginMcpRuntimes({ ...plugin, value }) : [];
    });
}
/** RemoteMCPServer runtimes of one plugin. */
function pluginMcpRuntimes(plugin) {
    return (0,values/* asArray */._j)(plugin.value.runtimes).flatMap((r, index) => {
        const runtime = (0,values/* asRecord */.qY)(r);
        return runtime?.type === MCP_RUNTIME ? [{ plugin, index, runtime, pointer: (0,pointer/* pointer */.Wn)('runtimes', index) }] : [];
    });
}
/** The tool description of a RemoteMCPServer runtime; undefined for dynamic discovery (no mcp_tool_description). */
function runtimeToolDescription(r) {
    const at = `${r.pointer}/spec/mcp_tool_description`;
    const description = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(r.runtime.spec)?.mcp_tool_description);
    if (!description)
        return undefined;
    return describe(r.plugin.path, at, description, 'tools');
}
function describe(file, at, description, inlineKey) {
    const out = { file, pointer: at };
    if (inlineKey && description[inlineKey] !== undefined)
        out.inline = description[inlineKey];
    const written = (0,values/* asString */.oJ)(description.file);
    if (written?.trim())
        out.ref = { written, pointer: `${at}/file`, resolved: (0,references/* resolveInPackage */.WG)(file, written) };
    return out;
}
/** agentConnectors entries of the app manifest. */
function agentConnectors(manifest) {
    return (0,values/* asArray */._j)((0,values/* asRecord */.qY)(manifest)?.agentConnectors).flatMap((c, index) => {
        const connector = (0,values/* asRecord */.qY)(c);
        if (!connector)
            return [];
        const at = (0,pointer/* pointer */.Wn)('agentConnectors', index);
        const source = (0,values/* asRecord */.qY)(connector.toolSource);
        const key = source?.remoteMcpServer !== undefined ? 'remoteMcpServer' : source?.localMcpServer !== undefined ? 'localMcpServer' : undefined;
        const value = key ? (0,values/* asRecord */.qY)(source?.[key]) : undefined;
        return [{ index, connector, pointer: at, server: key && value ? { key, value, pointer: `${at}/toolSource/${key}` } : undefined }];
    });
}
/** The mcpToolDescription of an agent connector's server; undefined for dynamic discovery. */
function connectorToolDescription(c) {
    const description = (0,values/* asRecord */.qY)(c.server?.value.mcpToolDescription);
    return description && c.server ? describe(MANIFEST, `${c.server.pointer}/mcpToolDescription`, description) : undefined;
}
/** Every tool description the package names, plugin runtimes first. */
function toolDescriptions(pkg, manifest) {
    const fromRuntimes = mcpRuntimes(pkg, manifest).flatMap((r) => runtimeToolDescription(r) ?? []);
    const fromConnectors = agentConnectors(manifest).flatMap((c) => connectorToolDescription(c) ?? []);
    return [...fromRuntimes, ...fromConnectors];
}
/**
 * Reads a list of tool definitions. Each tool needs `name`, `description` and `inputSchema` (an object): the v2.4
 * plugin reference requires all three, and tools/list results carry them (MCP names inputSchema required).
 */
function readTools(list, at) {
    const out = { tools: [], problems: [] };
    if (!Array.isArray(list)) {
        out.problems.push({ pointer: at, message: 'The tool list must be an array of tool definitions.' });
        return out;
    }
    const seen = new Map();
    list.forEach((t, i) => {
        const p = `${at}/${i}`;
        const tool = (0,values/* asRecord */.qY)(t);
        if (!tool) {
            out.problems.push({ pointer: p, message: `Tool ${i} is not an object with name, description and inputSchema.` });
            return;
        }
        const name = (0,values/* asString */.oJ)(tool.name);
        out.tools.push({ name, value: tool, pointer: p });
        const label = name ? `The tool "${name}"` : `Tool ${i}`;
        if (!name?.trim())
            out.problems.push({ pointer: p, message: `${label} has no "name".` });
        if (typeof tool.description !== 'string' || !tool.description.trim())
            out.problems.push({ pointer: p, message: `${label} has no "description"; Copilot chooses tools by their descriptions.` });
        if (!(0,values/* asRecord */.qY)(tool.inputSchema))
            out.problems.push({ pointer: p, message: `${label} has no "inputSchema" object (a JSON schema of its arguments).` });
        if (name) {
            const first = seen.get(name);
            if (first !== undefined)
                out.problems.push({ pointer: `${p}/name`, message: `The tool name "${name}" is used again (first at tool ${first}); tool names must be unique.` });
            else
                seen.set(name, i);
        }
    });
    return out;
}
/** The tools a tools/list result holds: an object with a `tools` array. */
function readToolFile(value) {
    const root = (0,values/* asRecord */.qY)(value);
    if (!root || !('tools' in root)) {
        return { tools: [], problems: [{ pointer: '', message: 'An MCP tool description file holds what the server\'s tools/list method returns: an object with a "tools" array.' }] };
    }
    return readTools(root.tools, '/tools');
}
/** The tools a description declares, each with the file holding it; empty when they cannot be read. */
function toolsOf(pkg, d) {
    return readableTools(pkg, d)?.tools ?? [];
}
function readableTools(pkg, d) {
    if (d.inline !== undefined && !d.ref) {
        const list = readTools(d.inline, `${d.pointer}/tools`);
        return { ...list, tools: list.tools.map((t) => ({ ...t, file: d.file })) };
    }
    if (d.ref?.resolved === undefined || d.inline !== undefined || !pkg.has(d.ref.resolved))
        return undefined;
    const file = d.ref.resolved;
    const doc = pkg.json(file);
    if (!doc?.ok)
        return undefined;
    const list = readToolFile(doc.value);
    return { ...list, tools: list.tools.map((t) => ({ ...t, file })) };
}
/** The names of the tools a description declares, when they can be read (inline, or a packaged JSON file). */
function declaredToolNames(pkg, d) {
    const list = readableTools(pkg, d);
    return list ? new Set(list.tools.flatMap((t) => (t.name ? [t.name] : []))) : undefined;
}
const SPEC_KEYS = new Set(['url', 'mcp_tool_description']);
const DESCRIPTION_KEYS = new Set(['file', 'tools']);
/**
 * What the v2.4 plugin reference says a RemoteMCPServer spec must be ("MCP server spec object"): a required absolute
 * `url`, and an optional `mcp_tool_description` holding either `file` or `tools`, never both. Extension keys
 * (x-…) are allowed, as everywhere in the plugin schema.
 */
function mcpSpecProblems(r) {
    const at = `${r.pointer}/spec`;
    const spec = r.runtime.spec;
    if (spec === undefined)
        return [{ pointer: r.pointer, message: 'This RemoteMCPServer runtime has no "spec"; give the MCP server\'s address: "spec": {"url": "https://…"}.' }];
    const s = (0,values/* asRecord */.qY)(spec);
    if (!s)
        return [{ pointer: at, message: '"spec" must be an object holding the MCP server\'s "url".' }];
    const out = [];
    const url = s.url;
    if (url === undefined)
        out.push({ pointer: at, message: 'The MCP server spec has no "url"; it is required and must be an absolute URL.' });
    else if (typeof url !== 'string' || !(0,urls/* isHttpUrl */.q$)(url))
        out.push({ pointer: `${at}/url`, message: `"url" ${JSON.stringify(url)} is not an absolute URL; the MCP server spec needs the server's full address.` });
    for (const key of Object.keys(s)) {
        if (!SPEC_KEYS.has(key) && !key.startsWith('x-'))
            out.push({ pointer: `${at}/${key}`, message: `"${key}" is not a property of the MCP server spec object (url, mcp_tool_description).` });
    }
    if (s.mcp_tool_description === undefined)
        return out;
    const dat = `${at}/mcp_tool_description`;
    const d = (0,values/* asRecord */.qY)(s.mcp_tool_description);
    if (!d)
        return [...out, { pointer: dat, message: '"mcp_tool_description" must be an object holding "file" or "tools".' }];
    const hasFile = d.file !== undefined;
    const hasTools = d.tools !== undefined;
    if (hasFile && hasTools)
        out.push({ pointer: dat, message: '"mcp_tool_description" holds both "file" and "tools"; the reference allows one or the other, never both.' });
    else if (!hasFile && !hasTools)
        out.push({ pointer: dat, message: '"mcp_tool_description" holds neither "file" nor "tools"; list the tools, name a tool description file, or remove it for dynamic tool discovery.' });
    for (const key of Object.keys(d)) {
        if (!DESCRIPTION_KEYS.has(key))
            out.push({ pointer: `${dat}/${key}`, message: `"${key}" is not a property of the MCP tool description object (file, tools).` });
    }
    if (hasFile && (typeof d.file !== 'string' || !d.file.trim()))
        out.push({ pointer: `${dat}/file`, message: '"file" must be the relative path of the tool description file in the package.' });
    if (hasTools && !hasFile)
        out.push(...readTools(d.tools, `${dat}/tools`).problems);
    return out;
}

// EXTERNAL MODULE: ./src/engine/fix/drafts.ts
var drafts = __webpack_require__(1780);
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
    restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
    docs: docs_links/* DOCS */.i.apiPluginManifest,
    description: "Validated offline with Microsoft's plugin schema for the version `schema_version` names (v2.1–v2.4): required fields, namespace and function name patterns, runtime and auth types. " +
        "A runtime's spec is checked against the form its `type` names (OpenApi, LocalPlugin; plugin manifest 2.4, Runtime object), not against every form, so the errors are those of the form meant. " +
        'RemoteMCPServer runtimes are the exception: the published v2.4 schema rejects the dynamic-discovery spec ({"url": …} alone) and the {"file": …} tool description that the v2.4 reference documents, ' +
        'because both match two branches of a oneOf, so those runtimes are checked against the reference by copilot.plugin-mcp-runtime and a notice says where the schema (and the Agents Toolkit validator that uses it) disagrees.',
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
            yield* pluginSchemaDrafts(plugin, version);
        }
    },
});
/** Pointer prefix test that does not mistake /runtimes/1 for /runtimes/10. */
function within(p, prefix) {
    return p === prefix || p.startsWith(`${prefix}/`);
}
/**
 * Schema issues of a plugin, with its RemoteMCPServer runtimes judged by the v2.4 reference instead (copilot.plugin-mcp-runtime).
 * The published v2.4 schema cannot tell an MCP spec from the others: its spec `oneOf` accepts {"url": …} as both an
 * OpenAPI and an MCP spec, and its inline tool branch accepts any object, so the reference's own dynamic-discovery
 * and {"file": …} examples fail it. Where the schema rejects a spec the reference allows, a notice says so.
 */
function* pluginSchemaDrafts(plugin, version) {
    const runtimes = pluginMcpRuntimes(plugin);
    for (const issue of (0,schemas_validate/* validateAgainst */.sq)('api-plugin', version, plugin.value) ?? []) {
        const owned = runtimes.some((r) => within(issue.pointer, `${r.pointer}/spec`) || issue.pointer === `${r.pointer}/type` || (issue.missing && issue.pointer === `${r.pointer}/auth`));
        if (!owned)
            yield (0,schemas_validate/* issueDraft */.jq)(plugin.path, issue);
    }
    if (version !== MCP_SCHEMA_VERSION)
        return;
    for (const r of runtimes) {
        if (mcpSpecProblems(r).length > 0 || !schemaRejectsMcpSpec(r.runtime.spec))
            continue;
        const form = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(r.runtime.spec)?.mcp_tool_description)?.file !== undefined ? 'its {"file": …} tool description matches both branches of the schema\'s oneOf (the inline branch accepts any object)' : 'a spec of only "url" matches both the OpenApi and the MCP branch of the schema\'s oneOf';
        yield at(plugin.path, `${r.pointer}/spec`, `The published v2.4 plugin schema rejects this RemoteMCPServer spec, which the v2.4 reference documents: ${form}. It was checked against the reference instead; the Agents Toolkit's validator uses that schema and reports it as an error until Microsoft fixes the schema.`, { severity: 'notice' });
    }
}
const MCP_SCHEMA_VERSION = 'v2.4';
/** True when Microsoft's v2.4 plugin schema refuses this spec on a RemoteMCPServer runtime that is otherwise valid. */
function schemaRejectsMcpSpec(spec) {
    const validate = (0,schemas_validate/* getValidator */.by)('api-plugin', MCP_SCHEMA_VERSION);
    const probe = { schema_version: MCP_SCHEMA_VERSION, name_for_human: 'x', namespace: 'x', description_for_human: 'x', runtimes: [{ type: 'RemoteMCPServer', auth: { type: 'None' }, spec }] };
    return validate !== undefined && !validate(probe);
}
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
                    yield at(plugin.path, (0,pointer/* pointer */.Wn)('runtimes', i, 'spec', 'url'), `spec.url is the remote address ${url}; it cannot be checked offline. Package the OpenAPI document and use a relative path.`, { severity: 'notice' });
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
                        yield at(plugin.path, (0,pointer/* pointer */.Wn)('runtimes', r, 'run_for_functions', j), `run_for_functions names "${n}", which is not in "functions".`);
                    }
                }
                const spec = runtimeSpec(files, plugin, r);
                if (!spec?.doc.ok)
                    continue;
                const ids = (0,operations/* operationsById */.rM)(spec.doc.value);
                for (const name of runtimeFunctions(plugin, runtime)) {
                    if (name.includes('*') || ids.has(name))
                        continue;
                    const index = declared.get(name);
                    const p = index !== undefined ? (0,pointer/* pointer */.Wn)('functions', index, 'name') : (0,pointer/* pointer */.Wn)('runtimes', r, 'run_for_functions');
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
                const resolved = (0,references/* resolveInPackage */.WG)(plugin.path, file);
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
        return semantics ? [{ semantics, p: (0,pointer/* pointer */.Wn)('functions', i, 'capabilities', 'response_semantics') }] : [];
    });
}
const SIDE_EFFECT_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const pluginConsequential = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-consequential',
    title: 'Operations and tools that change data keep their confirmation prompt',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines (Must fix, so an error for the Agent Store) require that actions with consequences in the external system (create, update, delete) keep the confirmation prompt: ' +
        'x-openai-isConsequential must not be false on POST, PUT, PATCH or DELETE operations a plugin function uses. For MCP plugins the confirmation prompts page makes a tool\'s readOnlyHint the switch, ' +
        'so a pinned tool that declares both readOnlyHint and destructiveHint is reported: Copilot would skip the prompt for a tool its own server calls destructive.',
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
                for (const op of (0,operations/* listOperations */.RT)(spec.doc.value)) {
                    if (!op.operationId || !used.has(op.operationId) || !SIDE_EFFECT_METHODS.has(op.method))
                        continue;
                    if (op.operation['x-openai-isConsequential'] === false) {
                        const flag = `${op.pointer}/x-openai-isConsequential`;
                        // true keeps the prompt on every call (the confirmation prompts page: "any action with side effects … true").
                        yield (0,openapi_document/* draftAt */.$b)(spec.doc, flag, `${op.method.toUpperCase()} ${op.path} (${op.operationId}) changes data but sets x-openai-isConsequential to false, which lets users skip the confirmation prompt.`, {
                            fix: (0,drafts/* replaceFix */.g_)(`Set x-openai-isConsequential to true on ${op.method.toUpperCase()} ${op.path}, so Copilot asks every time.`, flag, true),
                        });
                    }
                }
            }
        }
        if (!ctx.manifest)
            return;
        for (const r of mcpRuntimes(ctx.pkg, ctx.manifest.value)) {
            const d = runtimeToolDescription(r);
            for (const tool of d ? toolsOf(ctx.pkg, d) : []) {
                const hints = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(tool.value)?.annotations);
                if (hints?.readOnlyHint === true && hints.destructiveHint === true) {
                    yield at(tool.file, `${tool.pointer}/annotations/readOnlyHint`, `The MCP tool "${tool.name ?? '?'}" is marked readOnlyHint, which skips the confirmation prompt, and destructiveHint at the same time; a tool that changes data must not be read-only.`);
                }
            }
        }
    },
});
const pluginServerHttps = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-server-https',
    title: 'API plugin and MCP servers use HTTPS',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines require every API call to use HTTPS with TLS 1.2 or later (Must fix, so an error for the Agent Store). Checked on the servers of OpenAPI documents plugins use and on RemoteMCPServer runtime URLs; agent connector URLs are held to HTTPS by the app manifest schema itself.',
    *check(ctx) {
        const plain = (url) => /^http:\/\//i.test(url.trim());
        for (const spec of readable(ctx).files.pluginSpecs) {
            if (!spec.doc.ok)
                continue;
            for (const server of (0,operations/* serverUrls */.gB)(spec.doc.value)) {
                if (plain(server.url))
                    yield (0,openapi_document/* draftAt */.$b)(spec.doc, server.pointer, `The server ${server.url} uses plain HTTP; agent actions must call HTTPS endpoints.`);
            }
        }
        if (!ctx.manifest)
            return;
        for (const r of mcpRuntimes(ctx.pkg, ctx.manifest.value)) {
            const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(r.runtime.spec)?.url);
            if (url && plain(url))
                yield at(r.plugin.path, `${r.pointer}/spec/url`, `The MCP server ${url} uses plain HTTP; agent actions must call HTTPS endpoints.`);
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
                    yield at(plugin.path, (0,pointer/* pointer */.Wn)('runtimes', r, 'auth', 'reference_id'), `reference_id is empty; ${type} needs the registration id from the Teams Developer Portal.`, { severity: 'error' });
                }
                const spec = runtimeSpec(files, plugin, r);
                const root = spec?.doc.ok ? (0,values/* asRecord */.qY)(spec.doc.value) : undefined;
                if (!spec || !root)
                    continue;
                const schemes = securitySchemes(root);
                const used = new Set(runtimeFunctions(plugin, runtime));
                if (type === 'None') {
                    const secured = (0,operations/* listOperations */.RT)(root).find((op) => op.operationId && used.has(op.operationId) && requiredSchemes(root, op.operation).length > 0);
                    if (secured) {
                        yield at(plugin.path, (0,pointer/* pointer */.Wn)('runtimes', r, 'auth', 'type'), `auth is None, but ${secured.operationId} in ${spec.path} requires ${requiredSchemes(root, secured.operation).join(', ')}; Copilot will call it without credentials.`);
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
                            const at3 = flows ? (0,pointer/* pointer */.Wn)('components', 'securitySchemes', name, 'flows') : (0,pointer/* pointer */.Wn)('securityDefinitions', name, 'flow');
                            yield (0,openapi_document/* draftAt */.$b)(spec.doc, at3, `The OAuth scheme "${name}" has no authorization code flow; API plugins support only the OAuth 2.0 authorization code flow.`);
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
                for (const op of (0,operations/* listOperations */.RT)(spec.doc.value))
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
                yield at(plugin.path, (0,pointer/* pointer */.Wn)('functions', i, 'capabilities', 'confirmation'), `The confirmation prompt of "${name}" asks no question; phrase it as a request for permission that names the action, for example "Do you want to create this order?".`);
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
                drafts.push((0,openapi_document/* draftAt */.$b)(doc, '', `${doc.file} has neither an "openapi" nor a "swagger" version field, so it is not an OpenAPI description.`));
                continue;
            }
            for (const issue of await (0,validate/* validateApiDocument */.Gi)(doc))
                drafts.push((0,openapi_document/* draftAt */.$b)(doc, issue.pointer, issue.message, issue.severity ? { severity: issue.severity } : {}));
            const seen = new Map();
            for (const op of (0,operations/* listOperations */.RT)(doc.value)) {
                if (!op.operationId)
                    continue;
                const first = seen.get(op.operationId);
                if (first)
                    drafts.push((0,openapi_document/* draftAt */.$b)(doc, `${op.pointer}/operationId`, `operationId "${op.operationId}" is used again (first at ${first}); operationIds must be unique.`));
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
                yield (0,openapi_document/* draftAt */.$b)(doc, site.pointer, `$ref "${site.ref}" points ${site.kind === 'url' ? 'to a remote URL' : 'to another file'}; inline the definition under components (or definitions) and use a local "#/…" reference.`);
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/names.ts
// One name for one agent: manifest, declarative agent and plugins.





const nameConsistent = (0,rule/* defineRule */.Km)({
    id: 'copilot.name-consistent',
    title: 'The manifest, the declarative agent and its plugins carry the same name',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines require name.short in the app manifest, name in the declarative agent and name_for_human in each plugin to be identical: a Must fix, so an error for the Agent Store. Localized values ([[token]]) and unresolved ${{VAR}} placeholders are skipped: their final text is not in the file.',
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
                yield at(agent.path, '/name', `The agent is named "${agent.value.name}" but the app manifest's name.short is "${appName}"; the Agent Store requires the same name.`);
        }
        for (const plugin of files.plugins) {
            const name = plugin.value?.name_for_human;
            if (differs(name))
                yield at(plugin.path, '/name_for_human', `The plugin's name_for_human is "${name}" but the app manifest's name.short is "${appName}"; the Agent Store requires the same name.`);
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
                visit(v, `${at}/${(0,pointer/* escapeToken */.tj)(k)}`);
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
            .map((f) => (0,references/* resolveInPackage */.WG)(MANIFEST, f))
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
            return command ? [{ extensionIndex: i, commandIndex: j, command, extension, pointer: (0,pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j) }] : [];
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
            yield { file: FILE, pointer: (0,pointer/* pointer */.Wn)('composeExtensions', all[0].extensionIndex, 'commands'), message: 'No command has type "query", so Microsoft 365 Copilot cannot use this message extension.' };
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
                const at = (0,pointer/* pointer */.Wn)('composeExtensions', c.extensionIndex, 'commands', c.commandIndex, 'parameters', k);
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
                yield { file: FILE, pointer: c.pointer, message: `The search command "${id}" has no samplePrompts; agents in the Agent Store need ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX} per command.`, severity: 'notice' };
                continue;
            }
            if (!Array.isArray(prompts))
                continue; // a schema error
            if (prompts.length < SAMPLE_PROMPTS_MIN) {
                yield { file: FILE, pointer: `${c.pointer}/samplePrompts`, message: `The search command "${id}" has ${prompts.length} sample prompt${prompts.length === 1 ? '' : 's'}; the Agent Store requires ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX}.` };
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

// EXTERNAL MODULE: ./src/engine/util/text.ts
var util_text = __webpack_require__(6624);
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
            fields.push({ text: (0,util_text/* fieldText */.gF)(value), kind, label, draft: (message, extra) => ({ file, pointer: p, message, ...extra }) });
    };
    const api = (doc, p, value, kind, label) => {
        if (typeof value === 'string' && value.trim())
            fields.push({ text: (0,util_text/* fieldText */.gF)(value), kind, label, draft: (message, extra) => (0,openapi_document/* draftAt */.$b)(doc, p, message, extra) });
    };
    const m = (0,values/* asRecord */.qY)(manifest);
    if (!m)
        return fields;
    json(MANIFEST, '/description/short', (0,values/* asRecord */.qY)(m.description)?.short, 'description', 'short description');
    if (fields.length > 0)
        fields[0].storeText = true;
    (0,values/* asArray */._j)(m.composeExtensions).forEach((ce, i) => (0,values/* asArray */._j)((0,values/* asRecord */.qY)(ce)?.commands).forEach((c, j) => {
        const cmd = (0,values/* asRecord */.qY)(c);
        const at = (0,pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j);
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
            json(agent.path, (0,pointer/* pointer */.Wn)('conversation_starters', i, 'title'), (0,values/* asRecord */.qY)(s)?.title, 'prompt', 'conversation starter title');
            json(agent.path, (0,pointer/* pointer */.Wn)('conversation_starters', i, 'text'), (0,values/* asRecord */.qY)(s)?.text, 'prompt', 'conversation starter');
        });
    }
    for (const plugin of files.plugins) {
        const v = plugin.value;
        json(plugin.path, '/description_for_human', v?.description_for_human, 'description', 'description_for_human');
        json(plugin.path, '/description_for_model', v?.description_for_model, 'description', 'description_for_model');
        (0,values/* asArray */._j)((0,values/* asRecord */.qY)(v?.capabilities)?.conversation_starters).forEach((s, i) => {
            json(plugin.path, (0,pointer/* pointer */.Wn)('capabilities', 'conversation_starters', i, 'title'), (0,values/* asRecord */.qY)(s)?.title, 'prompt', 'conversation starter title');
            json(plugin.path, (0,pointer/* pointer */.Wn)('capabilities', 'conversation_starters', i, 'text'), (0,values/* asRecord */.qY)(s)?.text, 'prompt', 'conversation starter');
        });
        (0,values/* asArray */._j)(v?.functions).forEach((f, i) => {
            const fn = (0,values/* asRecord */.qY)(f);
            json(plugin.path, (0,pointer/* pointer */.Wn)('functions', i, 'description'), fn?.description, 'description', 'function description');
            for (const [state, config] of Object.entries((0,values/* asRecord */.qY)(fn?.states) ?? {})) {
                json(plugin.path, (0,pointer/* pointer */.Wn)('functions', i, 'states', state, 'description'), (0,values/* asRecord */.qY)(config)?.description, 'description', `function ${state} state description`);
            }
        });
    }
    for (const { doc } of allSpecs(pkg, m)) {
        if (!doc.ok)
            continue;
        const seenPaths = new Set();
        for (const op of (0,operations/* listOperations */.RT)(doc.value)) {
            if (!seenPaths.has(op.path)) {
                seenPaths.add(op.path);
                api(doc, `/paths/${(0,pointer/* escapeToken */.tj)(op.path)}`, op.path, 'identifier', 'OpenAPI path');
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
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines forbid (Must fix, so an error for the Agent Store) phrases such as "if the user says", "ignore previous instructions", "new instructions", "answer in bold" or "do not print anything" in descriptions, starters, plugin and OpenAPI text. Bare words like "delete" or "reset" are not flagged because they also describe real operations; agent instructions are only checked for attempts to override other instructions.',
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
    title: 'Descriptions, instructions and starters hold no URLs, emoji or hidden characters',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines forbid URLs, emoji and hidden or encoded characters (zero-width, bidirectional controls, hexadecimal or binary strings) in the text Copilot reads: a Must fix, so an error for the Agent Store. ' +
        'The guidelines apply the same rules to a declarative agent\'s instructions and conversation starters, so a URL in the instructions is an error too (sites the agent may search belong in the WebSearch capability\'s sites).',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        for (const field of copilotTextFields(pkg, manifest.value)) {
            for (const p of problems(field))
                yield field.draft(`Found ${p.what} (${quote(p.sample, 40)}) in the ${field.label}; the Agent Store does not accept it there.`);
        }
    },
});
const SUPERLATIVES = /(?:#1\b|\bnumber one\b|\bamazing\b|\bbest\b(?!\s+practices?)|\bworld[- ]class\b|\bultimate\b|\bincredible\b|\brevolutionary\b|\bunbeatable\b)/i;
const textSuperlatives = (0,rule/* defineRule */.Km)({
    id: 'copilot.text-superlatives',
    title: 'Descriptions Copilot reads avoid superlatives and marketing claims',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines list superlative claims ("#1", "amazing", "best") and marketing language as Good-to-fix, so this is a warning. Agent instructions are not checked, nor the app description (teams.description-claims reads it).',
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
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines require description.full to call out that the agent works in Microsoft 365 Copilot: a Must fix, so an error for the Agent Store. Applied to apps with a declarative agent or API plugin, and to message extensions whose commands carry samplePrompts or semanticDescription (written for Copilot); other message extensions may be Teams-only.',
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
                fromFile((0,references/* resolveInPackage */.WG)(plugin.path, file), (v) => v, '');
            else
                sites.push({ card: template, file: plugin.path, pointer: (0,pointer/* pointer */.Wn)('functions', i, 'capabilities', 'response_semantics', 'static_template') });
        });
    }
    for (const me of apiMessageExtensions(ctx.pkg, ctx.manifest.value)) {
        for (const c of (0,values/* asArray */._j)(me.extension.commands)) {
            const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.apiResponseRenderingTemplateFile);
            if (file)
                fromFile((0,references/* resolveInPackage */.WG)(MANIFEST, file), (v) => v.responseCardTemplate, '/responseCardTemplate');
        }
    }
    return sites;
}
const cardMetadataUrl = (0,rule/* defineRule */.Km)({
    id: 'copilot.card-metadata-url',
    title: 'Response Adaptive Cards carry a metadata URL',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The agent validation guidelines require Adaptive Card responses to include a URL in the card metadata (metadata.webUrl), so a card can be copied from one hub to another: a Must fix, so an error for the Agent Store. The cards of one file are one finding.',
    *check(ctx) {
        for (const site of responseCards(ctx)) {
            if (site.card.type !== 'AdaptiveCard')
                continue;
            if (!(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(site.card.metadata)?.webUrl)?.trim()) {
                // Inline templates of several functions in one plugin file are one habit to fix: one finding listing them.
                const draft = {
                    file: site.file,
                    pointer: site.pointer,
                    message: 'This response card has no metadata.webUrl; add the URL of the item it shows.',
                    repeat: { summary: '{n} response cards have no metadata.webUrl; add the URL of the item each shows', place: site.pointer ? site.pointer.replace(/^\/functions\/(\d+)\/.*$/, 'function $1') : site.file },
                };
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
                yield { file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)('composeExtensions', me.index), message: 'This API-based message extension has no apiSpecificationFile.' };
            }
            for (const [j, c] of (0,values/* asArray */._j)(me.extension.commands).entries()) {
                if (!(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.apiResponseRenderingTemplateFile)?.trim()) {
                    yield { file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)('composeExtensions', me.index, 'commands', j), message: `The command "${(0,values/* asString */.oJ)((0,values/* asRecord */.qY)(c)?.id) ?? j}" has no apiResponseRenderingTemplateFile; API-based commands need a response rendering template.` };
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
        out.push({ id, pointer: c.pointer, command: c.command, doc: me.spec, op: (0,operations/* operationsById */.rM)(me.spec.value).get(id) });
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
            const known = new Set([...c.op.parameters.filter((p) => p.in !== 'body').map((p) => p.name), ...(0,operations/* requestBodyProperties */.bS)(c.doc.value, c.op)]);
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
            visit(v, `${p}/${(0,pointer/* escapeToken */.tj)(key)}`);
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
                yield (0,openapi_document/* draftAt */.$b)(doc, v.pointer, `${v.family === 'openapi' ? 'OpenAPI' : 'Swagger'} ${v.version} is not supported; use OpenAPI 3.0.x or Swagger 2.0.`);
            }
            for (const s of (0,operations/* serverUrls */.gB)(doc.value)) {
                if (!/^https:\/\//i.test(s.url.trim()))
                    yield (0,openapi_document/* draftAt */.$b)(doc, s.pointer, `The server URL ${s.url} must use HTTPS.`);
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
        yield (0,openapi_document/* draftAt */.$b)(doc, op.pointer, `${name}: only GET and POST operations are supported.`);
    const requiredNoDefault = op.parameters.filter((p) => p.required && !p.hasDefault && p.in !== 'body');
    if (requiredNoDefault.length > 1) {
        yield (0,openapi_document/* draftAt */.$b)(doc, requiredNoDefault[1].pointer, `${name} has ${requiredNoDefault.length} required parameters without a default (${requiredNoDefault.map((p) => p.name).join(', ')}); at most one is supported.`);
    }
    for (const p of op.parameters) {
        if (p.required && (p.in === 'header' || p.in === 'cookie'))
            yield (0,openapi_document/* draftAt */.$b)(doc, p.pointer, `${name}: the required ${p.in} parameter "${p.name}" is not supported.`);
    }
    const body = (0,values/* asRecord */.qY)((0,refs/* deref */.LA)(doc.value, op.operation.requestBody));
    const content = (0,values/* asRecord */.qY)(body?.content);
    if (content && !content['application/json']) {
        yield (0,openapi_document/* draftAt */.$b)(doc, `${op.pointer}/requestBody/content`, `${name}: the request body must be application/json.`);
    }
    const sites = [
        ...op.parameters.flatMap((p) => compositionSites(doc, p.value.schema, `${p.pointer}/schema`)),
        ...compositionSites(doc, (0,values/* asRecord */.qY)(content?.['application/json'])?.schema, `${op.pointer}/requestBody/content/application~1json/schema`),
    ];
    for (const site of new Set(sites))
        yield (0,openapi_document/* draftAt */.$b)(doc, site, `${name}: ${site.split('/').pop()} schemas are not supported in API-based message extensions.`);
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
                yield { file: MANIFEST, pointer: (0,pointer/* pointer */.Wn)('composeExtensions', me.index, 'authorization'), message: 'authType is apiSecretServiceAuth but apiSecretServiceAuthConfiguration.apiSecretRegistrationId is not set.' };
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
                const path = file ? (0,references/* resolveInPackage */.WG)(MANIFEST, file) : undefined;
                const template = path && pkg.has(path) ? (0,values/* asRecord */.qY)(pkg.json(path)?.value) : undefined;
                const version = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(template?.responseCardTemplate)?.version);
                if (path && version && Number.parseFloat(version) > MAX_CARD_VERSION) {
                    yield { file: path, pointer: '/responseCardTemplate/version', message: `The card template uses Adaptive Card ${version}; Teams supports up to ${MAX_CARD_VERSION}.` };
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/mcp.ts
// MCP servers as agent actions: RemoteMCPServer runtimes of API plugins (plugin manifest v2.4) and the tool
// descriptions they and agent connectors name. The v2.4 reference is followed where the published schema disagrees
// with it (copilot.plugin-schema says where).







/** The first plugin schema version with the RemoteMCPServer runtime. */
const MCP_PLUGIN_VERSION = 'v2.4';
function runtimesOf(ctx) {
    return ctx.manifest ? mcpRuntimes(ctx.pkg, ctx.manifest.value) : [];
}
const pluginMcpRuntime = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-mcp-runtime',
    title: 'RemoteMCPServer runtimes follow the plugin manifest v2.4 reference',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest24,
    description: 'RemoteMCPServer arrived with plugin schema v2.4. Its runtime needs `auth` (the reference marks it required; use {"type": "None"} for a server without sign-in, which older Agents Toolkit MCP scaffolds left out) ' +
        'and a `spec` with the server\'s absolute `url`; an optional `mcp_tool_description` holds either `file` or inline `tools` (each with name, description and inputSchema), never both, and its absence means dynamic tool discovery. ' +
        'Checked against the reference rather than the published schema, which rejects two of the reference\'s own examples (see copilot.plugin-schema).',
    *check(ctx) {
        for (const r of runtimesOf(ctx)) {
            const version = (0,values/* asString */.oJ)(r.plugin.value.schema_version);
            if (version && /^v\d+\.\d+$/.test(version) && version < MCP_PLUGIN_VERSION) {
                yield at(r.plugin.path, `${r.pointer}/type`, `RemoteMCPServer runtimes exist from plugin schema ${MCP_PLUGIN_VERSION}; this plugin declares schema_version ${version}.`);
            }
            if (r.runtime.auth === undefined) {
                yield at(r.plugin.path, `${r.pointer}/auth`, 'This RemoteMCPServer runtime has no "auth"; the v2.4 reference requires it. Use {"type": "None"} for a server without sign-in, or OAuthPluginVault or ApiKeyPluginVault with its reference_id.');
            }
            for (const p of mcpSpecProblems(r))
                yield at(r.plugin.path, p.pointer, p.message);
        }
    },
});
const mcpToolDescriptionFile = (0,rule/* defineRule */.Km)({
    id: 'copilot.mcp-tool-description',
    title: 'MCP tool description files are in the package and hold a tools/list result',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest24,
    description: 'A tool description `file` (of a RemoteMCPServer runtime, relative to the plugin file, or of an agent connector, relative to manifest.json) must be packaged and hold valid JSON in the shape the MCP server\'s tools/list method returns: ' +
        'an object with a "tools" array whose tools each have a unique name, a description and an inputSchema. Copilot reads the pinned tools from it instead of asking the server, so a missing or malformed file leaves the agent without tools. ' +
        '(A missing file named by manifest.json is package.referenced-file-missing\'s to report.)',
    *check(ctx) {
        if (!ctx.manifest)
            return;
        for (const d of toolDescriptions(ctx.pkg, ctx.manifest.value)) {
            // Both file and tools: copilot.plugin-mcp-runtime reports it, and which one wins is not defined.
            if (!d.ref || d.inline !== undefined)
                continue;
            const { written, resolved } = d.ref;
            if (resolved === undefined) {
                yield at(d.file, d.ref.pointer, `The MCP tool description file "${written}" is outside the package; use a path relative to ${d.file}.`);
                continue;
            }
            if (!ctx.pkg.has(resolved)) {
                if (d.file === MANIFEST)
                    continue;
                const near = ctx.pkg.findName(resolved);
                const where = resolved === written ? '' : ` (${resolved})`;
                yield at(d.file, d.ref.pointer, near ? `The MCP tool description file "${written}" is not in the package; "${near}" differs only in letter case.` : `The MCP tool description file "${written}"${where} is not in the package.`);
                continue;
            }
            const doc = ctx.pkg.json(resolved);
            if (!doc?.ok) {
                // package.json-parse reports .json files that do not parse.
                if (!/\.json$/i.test(resolved))
                    yield at(d.file, d.ref.pointer, `The MCP tool description file "${written}" is not valid JSON.`);
                continue;
            }
            for (const p of readToolFile(doc.value).problems)
                yield at(resolved, p.pointer, p.message);
        }
    },
});
const pluginFunctionMcpTool = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-function-mcp-tool',
    title: 'Functions a RemoteMCPServer runtime pins name tools of its tool description',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.mcpDynamicToolDiscovery,
    description: 'With pinned tools the functions array and run_for_functions list the tools, and mcp_tool_description holds their definitions; Copilot calls the tool named like the function. ' +
        'A run_for_functions entry with no tool of that name in the description can never run. Runtimes without a tool description use dynamic discovery and are not checked.',
    *check(ctx) {
        for (const r of runtimesOf(ctx)) {
            const d = runtimeToolDescription(r);
            const tools = d ? declaredToolNames(ctx.pkg, d) : undefined;
            if (!tools)
                continue;
            const where = d?.ref?.resolved ?? `${r.plugin.path} (inline tools)`;
            // Without run_for_functions the runtime serves exactly its tools; copilot.plugin-function-runtime finds functions no runtime serves.
            for (const [j, name] of (0,values/* asArray */._j)(r.runtime.run_for_functions).entries()) {
                if (typeof name === 'string' && !name.includes('*') && !tools.has(name)) {
                    yield at(r.plugin.path, (0,pointer/* pointer */.Wn)('runtimes', r.index, 'run_for_functions', j), `run_for_functions names "${name}", which is no tool in ${where}.`);
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/plugin-functions.ts
// Which runtime serves each function of an API plugin: exactly one must.









/** run_for_functions entries may hold * wildcards; function names are letters, digits and underscores. */
function matches(entry, name) {
    // Both come from the package: no expression is built from them (`^a.*a.*a…$` backtracks without end).
    return (0,util_text/* matchesWildcard */._W)(entry, name);
}
function claim(pkg, files, plugin, index, runtime, name) {
    const listed = runtime.run_for_functions;
    if (Array.isArray(listed))
        return listed.some((e) => typeof e === 'string' && matches(e, name)) ? 'yes' : 'no';
    if (listed !== undefined)
        return 'maybe'; // not an array: the schema rule reports it
    // Without run_for_functions a runtime serves every function it describes.
    if (runtime.type === 'OpenApi') {
        const spec = runtimeSpec(files, plugin, index);
        // A function without an operation is copilot.plugin-function-operation's to report.
        return spec?.doc.ok && (0,operations/* operationsById */.rM)(spec.doc.value).has(name) ? 'yes' : 'maybe';
    }
    if (runtime.type === MCP_RUNTIME) {
        const d = runtimeToolDescription({ plugin, index, runtime, pointer: (0,pointer/* pointer */.Wn)('runtimes', index) });
        if (!d)
            return 'yes'; // dynamic discovery: whatever the server lists
        const tools = declaredToolNames(pkg, d);
        return !tools ? 'maybe' : tools.has(name) ? 'yes' : 'no';
    }
    return 'yes';
}
const pluginFunctionRuntime = (0,rule/* defineRule */.Km)({
    id: 'copilot.plugin-function-runtime',
    title: 'Every plugin function is served by exactly one runtime',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.apiPluginManifest24,
    description: 'A runtime serves the functions its run_for_functions names (wildcards allowed), or without that list every function it describes (the operations of its OpenAPI document, the tools of its MCP tool description, or all of them for dynamic discovery). ' +
        'The plugin manifest reference says more than one runtime must not declare the same function, and a function no runtime serves can never be called: both break the plugin when Copilot runs it, not at upload.',
    *check(ctx) {
        if (!ctx.manifest)
            return;
        const files = copilotFiles(ctx.pkg, ctx.manifest.value);
        for (const p of files.plugins) {
            const value = p.value;
            if (!value)
                continue;
            const plugin = { ...p, value };
            const functions = (0,values/* asArray */._j)(value.functions);
            const runtimes = (0,values/* asArray */._j)(value.runtimes).map(values/* asRecord */.qY);
            if (functions.length === 0)
                continue;
            if (runtimes.length === 0) {
                yield at(plugin.path, '/functions', `The plugin declares ${functions.length} function${functions.length === 1 ? '' : 's'} but no runtimes, so Copilot has nothing to call them with.`);
                continue;
            }
            for (const [i, f] of functions.entries()) {
                const name = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(f)?.name);
                if (!name)
                    continue;
                const claims = runtimes.map((r, index) => (r ? claim(ctx.pkg, files, plugin, index, r, name) : 'maybe'));
                const serving = claims.flatMap((c, index) => (c === 'yes' ? [index] : []));
                if (serving.length > 1) {
                    yield at(plugin.path, (0,pointer/* pointer */.Wn)('functions', i, 'name'), `The function "${name}" is served by runtimes ${serving.join(' and ')}; only one runtime may declare a function.`);
                }
                else if (!claims.some((c) => c !== 'no')) {
                    yield at(plugin.path, (0,pointer/* pointer */.Wn)('functions', i, 'name'), `No runtime serves the function "${name}"; list it in the run_for_functions of the runtime that runs it.`);
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/schema-urls.ts
// $schema of agent and plugin files: the URL the Agents Toolkit validates against must name the file's own version.







/** The version a $schema URL names, for agent (declarative-agent/v1.6/…) and plugin (plugin/v2.4/…) schemas. */
function namedVersion(url, family) {
    return new RegExp(`/copilot/${family}/(v\\d+\\.\\d+)/`, 'i').exec(url)?.[1];
}
/** $schema pointed at the declared version, when Microsoft publishes that version's schema. */
function urlFix(url, family, version) {
    const known = family === 'plugin' ? catalog/* API_PLUGIN_VERSIONS */.xU : catalog/* DECLARATIVE_AGENT_VERSIONS */.Tw;
    const fixed = known.includes(version) ? (0,drafts/* schemaUrlWithVersion */.lC)(url, `/copilot/${family}`, version) : undefined;
    return fixed ? (0,drafts/* replaceFix */.g_)(`Point $schema at the ${version} schema: "${fixed}".`, '/$schema', fixed) : undefined;
}
const schemaUrlVersion = (0,rule/* defineRule */.Km)({
    id: 'copilot.schema-url-version',
    title: "$schema names the version the agent or plugin file declares",
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.declarativeAgentManifest,
    description: "The Agents Toolkit validates a declarative agent or plugin file against the schema its $schema URL names, while the service reads `version` (agents) or `schema_version` (plugins). " +
        "When they differ, `atk validate` checks the file against the wrong version and fails (or passes what the service rejects). A warning: the packaged file itself is read by its declared version, which is what this tool checks.",
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        const files = copilotFiles(pkg, manifest.value);
        for (const agent of files.agents) {
            const version = (0,values/* asString */.oJ)(agent.value?.version);
            const url = (0,values/* asString */.oJ)(agent.value?.$schema) ?? '';
            const named = namedVersion(url, 'declarative-agent');
            if (version && named && named !== version) {
                const fix = urlFix(url, 'declarative-agent', version);
                yield at(agent.path, '/$schema', `"$schema" names declarative agent schema ${named} but "version" is ${version}; point $schema at the ${version} schema.`, fix ? { fix } : {});
            }
        }
        for (const plugin of files.plugins) {
            const version = (0,values/* asString */.oJ)(plugin.value?.schema_version);
            const url = (0,values/* asString */.oJ)(plugin.value?.$schema) ?? '';
            const named = namedVersion(url, 'plugin');
            if (version && named && named !== version) {
                const fix = urlFix(url, 'plugin', version);
                yield at(plugin.path, '/$schema', `"$schema" names plugin schema ${named} but "schema_version" is ${version}; point $schema at the ${version} schema.`, fix ? { fix } : {});
            }
        }
    },
});

// EXTERNAL MODULE: ./src/engine/rules/teams/shared/domains.ts
var domains = __webpack_require__(304);
;// CONCATENATED MODULE: ./src/engine/rules/copilot/server-urls.ts
// The addresses Copilot calls at run time: OpenAPI servers of plugins and API-based message extensions, MCP
// runtime URLs and agent connector servers. A package that uploads fine can still point at a developer's tunnel,
// at this machine, or at a template placeholder nobody replaced.









function specSites(doc) {
    const root = (0,values/* asRecord */.qY)(doc.value);
    const sites = (0,operations/* serverUrls */.gB)(doc.value)
        .filter((s) => !s.pointer.startsWith('/schemes/'))
        .map((s) => ({ url: s.url, what: 'server', draft: (m, extra) => (0,openapi_document/* draftAt */.$b)(doc, s.pointer, m, extra) }));
    // Swagger 2.0: the host alone decides where calls go.
    const host = (0,values/* asString */.oJ)(root?.host);
    if (typeof root?.swagger === 'string' && host)
        sites.push({ url: `https://${host}`, what: 'host', draft: (m, extra) => (0,openapi_document/* draftAt */.$b)(doc, '/host', m, extra) });
    return sites;
}
/** What is wrong with a URL Copilot calls; undefined when nothing visible offline is. */
function problem(url) {
    const value = url.trim();
    // ${{VAR}} and {{VAR}} are package.unresolved-placeholder-functional's to report.
    if (/\{\{/.test(value))
        return undefined;
    const angle = /<[^<>]+>/.exec(value);
    if (angle)
        return { kind: 'placeholder', detail: `holds the template placeholder ${quote(angle[0])}` };
    const host = (0,urls/* hostOf */.w4)(value);
    // Relative servers and server variables ({region}.contoso.com) cannot be judged offline.
    if (!host || host.includes('{'))
        return undefined;
    if ((0,urls/* isLoopbackHost */.cW)(host))
        return { kind: 'placeholder', detail: `points at ${host}, this machine, which Copilot cannot reach` };
    if ((0,urls/* isReservedHost */.Te)(host))
        return { kind: 'example', detail: `points at ${host}, a host reserved for examples that never resolves` };
    const tunnel = (0,domains/* tunnelService */.ge)(host);
    if (tunnel)
        return { kind: 'tunnel', detail: `points at ${host}, a ${tunnel} tunnel that only answers while a developer's machine runs it` };
    return undefined;
}
const serverUrlReachable = (0,rule/* defineRule */.Km)({
    id: 'copilot.server-url-reachable',
    title: 'API and MCP server URLs are not tunnels, local addresses or template placeholders',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentValidation,
    description: 'The URLs Copilot calls at run time (OpenAPI servers and Swagger hosts of plugins and API-based message extensions, RemoteMCPServer URLs, agent connector servers) must reach the production service. ' +
        'A leftover template placeholder (https://<your-web-api>.azurewebsites.net) or localhost can never work: an error for every route. ' +
        'A host reserved for examples (example.com, *.example, *.test) never resolves either, but samples and test fixtures use one as a stand-in for the real address, so it is a warning. ' +
        'A dev tunnel (devtunnels.ms, ngrok) works only while the developer runs it; the store guidelines forbid tunnels and API calls must come from the publisher\'s own domain, so it is an error for the Agent Store and a warning for one organisation, where a test deployment may use one on purpose.',
    *check({ pkg, manifest }) {
        if (!manifest)
            return;
        const sites = allSpecs(pkg, manifest.value).flatMap(({ doc }) => (doc.ok ? specSites(doc) : []));
        for (const r of mcpRuntimes(pkg, manifest.value)) {
            const url = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(r.runtime.spec)?.url);
            if (url)
                sites.push({ url, what: 'MCP server', draft: (message, extra) => ({ file: r.plugin.path, pointer: `${r.pointer}/spec/url`, message, ...extra }) });
        }
        for (const c of agentConnectors(manifest.value)) {
            const url = (0,values/* asString */.oJ)(c.server?.value.mcpServerUrl);
            if (url && c.server)
                sites.push({ url, what: 'agent connector server', draft: (message, extra) => ({ file: MANIFEST, pointer: `${c.server.pointer}/mcpServerUrl`, message, ...extra }) });
        }
        for (const site of sites) {
            const p = problem(site.url);
            if (!p)
                continue;
            const message = `The ${site.what} ${quote(site.url)} ${p.detail}; use the production address before publishing.`;
            if (p.kind === 'placeholder')
                yield site.draft(message);
            else if (p.kind === 'example')
                yield site.draft(message, { severity: 'warning' });
            else
                yield* (0,rule/* errorForStoreWarningForOne */.A6)(site.draft(message));
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/copilot/agent-connectors.ts
// agentConnectors (app manifest 1.27 and later): MCP servers registered for every Microsoft 365 agent to use.





const agentConnectorIdUnique = (0,rule/* defineRule */.Km)({
    id: 'copilot.agent-connector-id-unique',
    title: 'Agent connector ids are unique',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentConnectors,
    description: 'Each connector must have a unique id that distinguishes it from the other connectors in the manifest (Register MCP servers as agent connectors); agents and admins refer to a connector by it. The schema cannot say so, since it only limits the id to 64 characters.',
    *check({ manifest }) {
        const seen = new Map();
        for (const c of agentConnectors(manifest?.value)) {
            const id = (0,values/* asString */.oJ)(c.connector.id);
            if (id === undefined)
                continue;
            const first = seen.get(id);
            if (first === undefined)
                seen.set(id, c.index);
            else
                yield { file: MANIFEST, pointer: `${c.pointer}/id`, message: `The agent connector id "${id}" is already used by agentConnectors[${first}]; give every connector its own id.` };
        }
    },
});

// EXTERNAL MODULE: ./src/engine/openapi/yaml-library.ts
var yaml_library = __webpack_require__(6388);
;// CONCATENATED MODULE: ./src/engine/rules/copilot/agent-skills.ts
// agentSkills (app manifest 1.28 and later): folders of the package that follow the Agent Skills open standard,
// each with a SKILL.md whose YAML front matter names and describes the skill.







const SKILL_FILE = 'SKILL.md';
// Front matter is a few lines; a bound keeps a hostile file from feeding the YAML parser megabytes.
const MAX_FRONT_MATTER_CHARS = 16 * 1024;
const NAME_MAX = 64;
const DESCRIPTION_MAX = 1024;
const COMPATIBILITY_MAX = 500;
const NAME_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/;
function skillsOf(ctx) {
    return (0,references/* skillFolders */.Xk)(ctx.manifest?.value);
}
const agentSkillFolder = (0,rule/* defineRule */.Km)({
    id: 'copilot.agent-skill-folder',
    title: 'Every agent skill folder is in the package and holds a SKILL.md',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentSkillsSchema,
    description: 'Each agentSkills entry names a folder inside the app package that contains a SKILL.md file (manifest schema 1.28). The service rejects a skill folder without one ("InvalidAgentSkill: SKILL.md file not found in skill directory", Agents Toolkit issue #16151), ' +
        'and file names are case-sensitive. A folder must be a subfolder: the package root is the app itself.',
    *check(ctx) {
        for (const s of skillsOf(ctx)) {
            if (s.folder === undefined) {
                yield { file: MANIFEST, pointer: s.pointer, message: `The skill folder "${s.written}" is outside the package; use a path relative to manifest.json.` };
            }
            else if (s.folder === '') {
                yield { file: MANIFEST, pointer: s.pointer, message: `The skill folder "${s.written}" is the package root; put each skill in its own folder.` };
            }
            else if (!ctx.pkg.has(`${s.folder}/${SKILL_FILE}`)) {
                const near = ctx.pkg.findName(`${s.folder}/${SKILL_FILE}`);
                const empty = (0,references/* filesInFolder */.JL)(ctx.pkg, s.folder).length === 0;
                yield {
                    file: MANIFEST,
                    pointer: s.pointer,
                    message: near
                        ? `The skill folder "${s.written}" has "${near}", but the file must be named exactly ${SKILL_FILE}.`
                        : empty
                            ? `The skill folder "${s.written}" is not in the package.`
                            : `The skill folder "${s.written}" has no ${SKILL_FILE}.`,
                };
            }
        }
    },
});
/** The YAML front matter of a SKILL.md: its text and the line it starts on, or why there is none. */
function frontMatter(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    if (lines[0]?.trim() !== '---')
        return { missing: `${SKILL_FILE} does not start with YAML front matter ("---" on the first line)` };
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end < 0)
        return { missing: `${SKILL_FILE}'s front matter is never closed with "---"` };
    return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}
const agentSkillMetadata = (0,rule/* defineRule */.Km)({
    id: 'copilot.agent-skill-metadata',
    title: 'SKILL.md front matter names and describes the skill',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.agentSkillsSpecification,
    description: 'agentSkills follow the Agent Skills open standard (manifest schema 1.28): SKILL.md opens with YAML front matter holding `name` and `description`, which is all an agent reads to decide whether to load the skill, so a missing one is an error. ' +
        'The standard also limits name to 64 lower-case letters, digits and single hyphens matching the folder name, description to 1,024 characters and compatibility to 500; those are warnings, because what Microsoft\'s validation enforces beyond the schema is not documented.',
    *check(ctx) {
        for (const s of skillsOf(ctx)) {
            if (!s.folder)
                continue;
            const file = `${s.folder}/${SKILL_FILE}`;
            const text = ctx.pkg.text(file);
            if (text === undefined)
                continue; // copilot.agent-skill-folder
            const fm = frontMatter(text);
            if ('missing' in fm) {
                yield { file, line: 1, column: 1, message: `${fm.missing}; give the skill a name and a description there.` };
                continue;
            }
            const lineOf = (key) => {
                const i = fm.yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
                return { line: i < 0 ? 1 : fm.firstLine + i, column: 1 };
            };
            if (fm.yaml.length > MAX_FRONT_MATTER_CHARS) {
                yield { file, line: 1, column: 1, message: `${SKILL_FILE}'s front matter is ${fm.yaml.length} characters; it holds a name and a short description, not content (at most ${MAX_FRONT_MATTER_CHARS} characters are read).` };
                continue;
            }
            const doc = (0,yaml_library/* yamlLibrary */.Tj)().parseDocument(fm.yaml, { prettyErrors: false, uniqueKeys: false });
            if (doc.errors.length > 0) {
                yield { file, line: fm.firstLine, column: 1, message: `${SKILL_FILE}'s front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}.` };
                continue;
            }
            let value;
            try {
                value = doc.toJS({ maxAliasCount: 100 });
            }
            catch {
                value = undefined;
            }
            const meta = (0,values/* asRecord */.qY)(value);
            const name = meta?.name;
            const description = meta?.description;
            if (typeof name !== 'string' || !name.trim())
                yield { file, ...lineOf('name'), message: `${SKILL_FILE}'s front matter has no "name"; the Agent Skills standard requires it.` };
            else {
                const folderName = s.folder.split('/').pop() ?? '';
                if (charCount(name) > NAME_MAX || !NAME_FORM.test(name)) {
                    yield { file, ...lineOf('name'), severity: 'warning', message: `The skill name ${quote(name)} must be 1-${NAME_MAX} lower-case letters, digits and single hyphens, not starting or ending with a hyphen.` };
                }
                else if (name !== folderName) {
                    yield { file, ...lineOf('name'), severity: 'warning', message: `The skill name ${quote(name)} does not match its folder name ${quote(folderName)}; the Agent Skills standard requires them to be the same.` };
                }
            }
            if (typeof description !== 'string' || !description.trim())
                yield { file, ...lineOf('description'), message: `${SKILL_FILE}'s front matter has no "description"; say what the skill does and when to use it.` };
            else if (charCount(description) > DESCRIPTION_MAX) {
                yield { file, ...lineOf('description'), severity: 'warning', message: `The skill description is ${charCount(description)} characters; the Agent Skills standard allows ${DESCRIPTION_MAX}.` };
            }
            const compatibility = meta?.compatibility;
            if (typeof compatibility === 'string' && charCount(compatibility) > COMPATIBILITY_MAX) {
                yield { file, ...lineOf('compatibility'), severity: 'warning', message: `"compatibility" is ${charCount(compatibility)} characters; the Agent Skills standard allows ${COMPATIBILITY_MAX}.` };
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
    pluginFunctionRuntime,
    schemaUrlVersion,
    openApiParses,
    openApiValid,
    openApiExternalRefs,
    serverUrlReachable,
    // MCP servers: plugin runtimes (v2.4) and agent connectors (manifest 1.27+)
    pluginMcpRuntime,
    mcpToolDescriptionFile,
    pluginFunctionMcpTool,
    agentConnectorIdUnique,
    // agent skills (manifest 1.28+)
    agentSkillFolder,
    agentSkillMetadata,
];


/***/ }),

/***/ 304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ hostOnlyFix),
/* harmony export */   Dm: () => (/* binding */ domainEntries),
/* harmony export */   ge: () => (/* binding */ tunnelService),
/* harmony export */   vr: () => (/* binding */ domainProblems)
/* harmony export */ });
/* harmony import */ var _fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1780);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5684);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
// validDomains entries judged against the store guidelines' "External domains" rules.



// Domains the guidelines name as never allowed (Microsoft-owned or shared), with or without a wildcard.
const BLOCKED = new Set([
    '*.azurewebsites.net',
    '*.azureedge.com',
    '*.azureedge.net',
    '*.microsoft.com',
    '*.microsoftonline.com',
    '*.onmicrosoft.com',
    'go.microsoft.com',
    'teams.microsoft.com',
    '*.teams.microsoft.com',
    '*.botframework.com',
]);
// Tunneling services (guidelines; Microsoft's legacy validator list, plus the common current ones).
const TUNNELS = ['ngrok.io', 'ngrok.app', 'ngrok-free.app', 'ngrok-free.dev', 'ngrok.dev', 'openport.io', 'portmap.io', 'fwd.wf', 'devtunnels.ms', 'loca.lt', 'localtunnel.me', 'serveo.net', 'trycloudflare.com'];
// Shared hosting suffixes where a wildcard covers other customers' sites (legacy validator and toolkit fixtures).
const SHARED_HOSTS = ['amazonaws.com', 'appspot.com', 'azurewebsites.net', 'cloudapp.net', 'dialogflow.com', 'glitch.me', 'heroku.com', 'herokuapp.com', 'onmicrosoft.com', 'recast.ai', 'sharepoint.com', 'azurestaticapps.net', 'azureedge.net', 'web.core.windows.net', 'blob.core.windows.net'];
/** Every validDomains entry and every message handler domain, with its pointer. */
function domainEntries(manifest, where) {
    const m = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(manifest);
    if (where === 'validDomains') {
        return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m?.validDomains).flatMap((d, i) => {
            const value = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(d);
            return value === undefined ? [] : [{ value, pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)('validDomains', i), list: 'validDomains' }];
        });
    }
    return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m?.composeExtensions).flatMap((ce, i) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(ce)?.messageHandlers).flatMap((h, j) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(h)?.value)?.domains).flatMap((d, k) => {
        const value = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(d);
        const at = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)('composeExtensions', i, 'messageHandlers', j, 'value', 'domains', k);
        return value === undefined ? [] : [{ value, pointer: at, list: `composeExtensions[${i}].messageHandlers[${j}].value.domains` }];
    })));
}
/** The tunneling service a host name belongs to (dev tunnels, ngrok and the like), if any. */
function tunnelService(host) {
    return TUNNELS.find((t) => endsWithDomain(host.toLowerCase(), t));
}
function endsWithDomain(host, suffix) {
    return host === suffix || host.endsWith('.' + suffix);
}
/** What is wrong with one entry, as (problem, explanation) pairs; empty when nothing is. */
function domainProblems(raw) {
    const out = [];
    const value = raw.trim();
    // Context tokens such as {teamSiteDomain} are resolved by Teams and allowed by the guidelines.
    if (/^\{[A-Za-z]+\}$/.test(value))
        return out;
    let host = value.toLowerCase();
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(host);
    if (scheme || /[/?#]/.test(host)) {
        out.push({ problem: 'scheme-or-path', detail: 'list a host name only, without a scheme (https://) or a path' });
        host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
    }
    host = host.replace(/:\d+$/, '');
    const labels = host.split('.');
    const concrete = labels.filter((l) => l !== '*');
    if (host.includes('*') && concrete.length <= 1) {
        out.push({ problem: 'tld-wildcard', detail: 'a wildcard over a whole top-level domain covers domains you do not control' });
    }
    else if (!host.includes('*') && labels.length === 1 && host !== 'localhost' && !host.includes('{')) {
        out.push({ problem: 'tld-wildcard', detail: 'a bare top-level domain covers domains you do not control' });
    }
    if (BLOCKED.has(host))
        out.push({ problem: 'blocked', detail: 'the store guidelines list this domain as never allowed' });
    if (host.includes('*')) {
        const firstConcrete = labels.findIndex((l) => l !== '*');
        const badLabel = labels.some((l) => l.includes('*') && l !== '*');
        const wildcardAfterConcrete = labels.slice(firstConcrete).some((l) => l.includes('*'));
        if (badLabel || wildcardAfterConcrete) {
            out.push({ problem: 'wildcard-shape', detail: 'a wildcard must fill a whole label, and every label to its left must also be a wildcard (*.contoso.com, *.*.contoso.com)' });
        }
        const shared = SHARED_HOSTS.find((s) => endsWithDomain(concrete.join('.'), s) && concrete.join('.').split('.').length <= s.split('.').length);
        if (shared && !BLOCKED.has(host))
            out.push({ problem: 'shared-host-wildcard', detail: `a wildcard on the shared host ${shared} covers other customers' sites` });
    }
    const tunnel = tunnelService(concrete.join('.'));
    if (tunnel)
        out.push({ problem: 'tunnel', detail: `${tunnel} is a tunneling service, allowed for development only` });
    return out;
}
/**
 * The fix for an entry written as a URL: the host name it names (with its port, as written), or, when the list
 * already has that host, the entry removed. None when what is left does not look like a host name.
 */
function hostOnlyFix(entry, list) {
    const host = entry.value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
    if (!/^(\*\.)*[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/.test(host) || host === entry.value)
        return undefined;
    const listed = list.some((other) => other !== entry && other.value.trim().toLowerCase() === host.toLowerCase());
    return listed ? (0,_fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__/* .removeFix */ .sD)(`Remove "${entry.value}": ${host} is listed already.`, entry.pointer) : (0,_fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceFix */ .g_)(`Write the host name "${host}".`, entry.pointer, host);
}


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
