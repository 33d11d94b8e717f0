export const id = 917;
export const ids = [917];
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

/***/ 9270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  powerPlatformRules: () => (/* binding */ powerPlatformRules)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/files.ts
var files_namespaceObject = {};
__webpack_require__.r(files_namespaceObject);
__webpack_require__.d(files_namespaceObject, {
  apiPropertiesFile: () => (apiPropertiesFile),
  fileEncoding: () => (fileEncoding),
  readmeFile: () => (readmeFile),
  scriptFile: () => (scriptFile),
  swaggerFile: () => (swaggerFile)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/swagger.ts
var swagger_namespaceObject = {};
__webpack_require__.r(swagger_namespaceObject);
__webpack_require__.d(swagger_namespaceObject, {
  basePath: () => (basePath),
  extensionValues: () => (extensionValues),
  host: () => (host),
  hostMissing: () => (hostMissing),
  hostProduction: () => (hostProduction),
  mimeTypes: () => (swagger_mimeTypes),
  references: () => (references),
  schemes: () => (schemes),
  swaggerSchema: () => (swaggerSchema),
  swaggerSize: () => (swaggerSize),
  swaggerVersion: () => (swaggerVersion),
  tagsUnique: () => (tagsUnique)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/info.ts
var info_namespaceObject = {};
__webpack_require__.r(info_namespaceObject);
__webpack_require__.d(info_namespaceObject, {
  contact: () => (contact),
  contactFormat: () => (contactFormat),
  descriptionLength: () => (descriptionLength),
  descriptionQuality: () => (descriptionQuality),
  descriptionWords: () => (descriptionWords),
  englishText: () => (englishText),
  infoVersion: () => (infoVersion),
  titleEnd: () => (titleEnd),
  titleLength: () => (titleLength),
  titlePresent: () => (titlePresent),
  titleVersion: () => (titleVersion),
  titleWords: () => (titleWords)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/metadata.ts
var metadata_namespaceObject = {};
__webpack_require__.r(metadata_namespaceObject);
__webpack_require__.d(metadata_namespaceObject, {
  CATEGORIES: () => (CATEGORIES),
  metadataCategories: () => (metadataCategories),
  metadataCategoryCount: () => (metadataCategoryCount),
  metadataPresent: () => (metadataPresent),
  metadataUrls: () => (metadataUrls)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/api-properties.ts
var api_properties_namespaceObject = {};
__webpack_require__.r(api_properties_namespaceObject);
__webpack_require__.d(api_properties_namespaceObject, {
  brandColorForbidden: () => (brandColorForbidden),
  brandColorFormat: () => (brandColorFormat),
  brandColorIndependent: () => (brandColorIndependent),
  capabilities: () => (capabilities),
  connectionParameterSecret: () => (connectionParameterSecret),
  connectionParameterShape: () => (connectionParameterShape),
  propertiesKeys: () => (propertiesKeys),
  propertiesShape: () => (propertiesShape),
  publisher: () => (publisher),
  stackOwner: () => (stackOwner)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/oauth.ts
var oauth_namespaceObject = {};
__webpack_require__.r(oauth_namespaceObject);
__webpack_require__.d(oauth_namespaceObject, {
  oauthClientPlaceholder: () => (oauthClientPlaceholder),
  oauthIdentityProvider: () => (oauthIdentityProvider),
  oauthRedirectMode: () => (oauthRedirectMode)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/policies.ts
var policies_namespaceObject = {};
__webpack_require__.r(policies_namespaceObject);
__webpack_require__.d(policies_namespaceObject, {
  POLICY_TEMPLATES: () => (POLICY_TEMPLATES),
  policyTemplates: () => (policyTemplates),
  scriptOperations: () => (scriptOperations)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/script.ts
var script_namespaceObject = {};
__webpack_require__.r(script_namespaceObject);
__webpack_require__.d(script_namespaceObject, {
  scriptCode: () => (scriptCode)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/settings.ts
var settings_namespaceObject = {};
__webpack_require__.r(settings_namespaceObject);
__webpack_require__.d(settings_namespaceObject, {
  settingsFile: () => (settingsFile)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/secrets.ts
var powerplatform_secrets_namespaceObject = {};
__webpack_require__.r(powerplatform_secrets_namespaceObject);
__webpack_require__.d(powerplatform_secrets_namespaceObject, {
  noSecrets: () => (noSecrets)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/operations.ts
var powerplatform_operations_namespaceObject = {};
__webpack_require__.r(powerplatform_operations_namespaceObject);
__webpack_require__.d(powerplatform_operations_namespaceObject, {
  deprecationAnnotation: () => (deprecationAnnotation),
  getWithoutBody: () => (getWithoutBody),
  operationDescription: () => (operationDescription),
  operationIdFormat: () => (operationIdFormat),
  operationIdRequired: () => (operationIdRequired),
  operationIdUnique: () => (operationIdUnique),
  operationProductNames: () => (operationProductNames),
  operationVisibility: () => (operationVisibility),
  pathSyntax: () => (pathSyntax),
  pathUnique: () => (pathUnique),
  summaryCharacters: () => (summaryCharacters),
  summaryLength: () => (summaryLength),
  summaryNotDescription: () => (summaryNotDescription),
  summaryPresent: () => (summaryPresent),
  triggerText: () => (triggerText)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/parameters.ts
var parameters_namespaceObject = {};
__webpack_require__.r(parameters_namespaceObject);
__webpack_require__.d(parameters_namespaceObject, {
  formDataParameter: () => (formDataParameter),
  internalDefaultRequired: () => (internalDefaultRequired),
  parameterDefaultType: () => (parameterDefaultType),
  parameterText: () => (parameterText),
  pathParameterEncoding: () => (pathParameterEncoding),
  queryParameterEncoding: () => (queryParameterEncoding),
  reservedParameter: () => (reservedParameter)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/responses.ts
var responses_namespaceObject = {};
__webpack_require__.r(responses_namespaceObject);
__webpack_require__.d(responses_namespaceObject, {
  defaultResponse: () => (defaultResponse),
  oneResponseSchema: () => (oneResponseSchema),
  successResponse: () => (successResponse),
  successSchema: () => (successSchema)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/schemas.ts
var powerplatform_schemas_namespaceObject = {};
__webpack_require__.r(powerplatform_schemas_namespaceObject);
__webpack_require__.d(powerplatform_schemas_namespaceObject, {
  arrayItems: () => (arrayItems),
  bounds: () => (bounds),
  dictionaryEditor: () => (dictionaryEditor),
  emptyProperties: () => (emptyProperties),
  enums: () => (enums),
  propertyText: () => (propertyText),
  requiredList: () => (requiredList),
  schemaTypes: () => (schemaTypes)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/security.ts
var powerplatform_security_namespaceObject = {};
__webpack_require__.r(powerplatform_security_namespaceObject);
__webpack_require__.d(powerplatform_security_namespaceObject, {
  dynamicReferences: () => (dynamicReferences),
  pageable: () => (pageable),
  securityDefined: () => (securityDefined),
  webhookNotificationContent: () => (webhookNotificationContent),
  webhookNotificationUrl: () => (webhookNotificationUrl)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/icon.ts
var icon_namespaceObject = {};
__webpack_require__.r(icon_namespaceObject);
__webpack_require__.d(icon_namespaceObject, {
  iconBackground: () => (iconBackground),
  iconFormat: () => (iconFormat),
  iconIndependentPublisher: () => (iconIndependentPublisher),
  iconRequired: () => (iconRequired),
  iconSize: () => (iconSize)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/readme.ts
var readme_namespaceObject = {};
__webpack_require__.r(readme_namespaceObject);
__webpack_require__.d(readme_namespaceObject, {
  readmeOAuth: () => (readmeOAuth),
  readmeSections: () => (readmeSections)
});

// NAMESPACE OBJECT: ./src/engine/rules/powerplatform/copilot.ts
var copilot_namespaceObject = {};
__webpack_require__.r(copilot_namespaceObject);
__webpack_require__.d(copilot_namespaceObject, {
  agenticProtocol: () => (agenticProtocol),
  aiDescriptions: () => (aiDescriptions),
  aiKeywords: () => (aiKeywords),
  isPlugin: () => (isPlugin),
  openAiData: () => (openAiData)
});

// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __webpack_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/engine/detect/connector-files.ts
var connector_files = __webpack_require__(6465);
// EXTERNAL MODULE: ./src/engine/detect/connector-class.ts
var connector_class = __webpack_require__(4246);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var util_values = __webpack_require__(6489);
;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/connector.ts



const cache = new WeakMap();
function connectorOf(pkg) {
    const cached = cache.get(pkg);
    if (cached)
        return cached;
    const files = (0,connector_files/* connectorFiles */.nW)(pkg);
    const swaggerDoc = files.swagger ? pkg.json(files.swagger) : undefined;
    const propsDoc = files.apiProperties ? pkg.json(files.apiProperties) : undefined;
    const props = (0,util_values/* asRecord */.qY)(propsDoc?.value);
    const c = {
        files,
        cls: (0,connector_class/* classifyConnector */.G5)(pkg).connectorClass,
        swaggerFile: files.swagger,
        swaggerDoc,
        swagger: (0,util_values/* asRecord */.qY)(swaggerDoc?.value),
        propsFile: files.apiProperties,
        propsDoc,
        props,
        properties: (0,util_values/* asRecord */.qY)(props?.properties),
    };
    cache.set(pkg, c);
    return c;
}
/** Custom connectors that go multitenant go through the verified-publisher (certified) track. */
function certificationTrack(cls) {
    return cls === 'independent-publisher' ? 'independent-publisher' : 'certified';
}
/** The connector when its swagger parsed to an object (rules on swagger content stop quietly otherwise). */
function withSwagger(pkg) {
    const c = connectorOf(pkg);
    return c.swagger && c.swaggerFile ? c : undefined;
}
/** The connector when apiProperties.json has a `properties` object. */
function withProperties(pkg) {
    const c = connectorOf(pkg);
    return c.properties && c.propsFile ? c : undefined;
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/files.ts
// The files of a connector folder: names the platform and the certification repository expect, encodings, sizes.




const baseName = (name) => name.slice(name.lastIndexOf('/') + 1);
const swaggerFile = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.file-swagger',
    title: 'The folder holds apiDefinition.swagger.json',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'The connector definition is a Swagger 2.0 file named apiDefinition.swagger.json (repository README "Files to include"; policy 5000.1.1.3). ' +
        'Without it nothing can be imported. A misspelled name (apiDefination.swagger.json) is missed by the certification pipeline, which matches *apidefinition.swagger.json; ' +
        'a name that differs only in letter case is matched by the pipeline but not by tools that expect the exact name, so it is a warning.',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        if (!files.swagger) {
            yield { message: `The connector has no ${connector_files/* EXPECTED_NAMES */.iJ.swagger}: there is no API definition to import.` };
            return;
        }
        const name = baseName(files.swagger);
        if (name === connector_files/* EXPECTED_NAMES */.iJ.swagger)
            return;
        if (name.toLowerCase() === connector_files/* EXPECTED_NAMES */.iJ.swagger.toLowerCase()) {
            yield { file: files.swagger, severity: 'warning', audiences: rule/* MULTITENANT */.m7, message: `The definition is named "${name}"; name it exactly "${connector_files/* EXPECTED_NAMES */.iJ.swagger}".` };
        }
        else {
            yield {
                file: files.swagger,
                audiences: rule/* MULTITENANT */.m7,
                message: `The definition is named "${name}"; the certification pipeline only picks up "${connector_files/* EXPECTED_NAMES */.iJ.swagger}", so rename it.`,
            };
        }
    },
});
const apiPropertiesFile = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.file-apiproperties',
    title: 'The folder holds apiProperties.json',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'apiProperties.json carries the connection parameters, brand colour, publisher and policies; paconn and pac connector need it to create the connector, ' +
        'and the certification pipeline validates it. A name that differs only in case is a warning.',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        if (!files.apiProperties) {
            yield { message: `The connector has no ${connector_files/* EXPECTED_NAMES */.iJ.apiProperties}.` };
            return;
        }
        const name = baseName(files.apiProperties);
        if (name !== connector_files/* EXPECTED_NAMES */.iJ.apiProperties) {
            yield { file: files.apiProperties, severity: 'warning', message: `The properties file is named "${name}"; name it exactly "${connector_files/* EXPECTED_NAMES */.iJ.apiProperties}".` };
        }
    },
});
const readmeFile = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.file-readme',
    title: 'The folder holds readme.md (or intro.md for Partner Center)',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certified and independent-publisher connectors need a readme.md in the repository (intro.md in the Partner Center package; policy 5000.1.1.2). ' +
        'A readme saved as Readme.md.txt is not recognised. Only certification needs it, so the rule applies to the multitenant audience.',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        if (!files.readme) {
            yield { message: 'The connector has no readme.md (or intro.md); certification requires one.' };
            return;
        }
        const name = baseName(files.readme).toLowerCase();
        if (name !== connector_files/* EXPECTED_NAMES */.iJ.readme && name !== connector_files/* EXPECTED_NAMES */.iJ.intro) {
            yield { file: files.readme, message: `The readme is named "${baseName(files.readme)}"; name it "readme.md" (a Markdown file, not .txt).` };
        }
    },
});
const scriptFile = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.file-script',
    title: 'At most one script.csx, no larger than 1 MB',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorWriteCode,
    description: 'Custom code is one C# script file of at most 1 MB per connector ("Write code in a custom connector", FAQ).',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        if (files.scripts.length > 1) {
            yield { file: files.scripts[1], message: `The connector has ${files.scripts.length} script files (${files.scripts.map(baseName).join(', ')}); only one script.csx is allowed.` };
        }
        for (const name of files.scripts) {
            const size = pkg.bytes(name)?.byteLength ?? 0;
            if (size > 1024 * 1024)
                yield { file: name, message: `${baseName(name)} is ${size} bytes; the limit is 1 MB (1,048,576 bytes).` };
            else if (baseName(name) !== connector_files/* EXPECTED_NAMES */.iJ.script && files.scripts.length === 1) {
                yield { file: name, severity: 'warning', message: `The script is named "${baseName(name)}"; tools expect "${connector_files/* EXPECTED_NAMES */.iJ.script}".` };
            }
        }
    },
});
const fileEncoding = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.file-encoding',
    title: 'Connector files are UTF-8',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'paconn reads the definition as UTF-8 (a byte-order mark is tolerated) and the certification pipeline sends UTF-8; UTF-16 or bytes that are not UTF-8 ' +
        'corrupt non-ASCII text or fail the upload (PowerPlatformConnectors issue #117, PR #619). A readme in another encoding only matters to certification ' +
        '(multitenant), and settings.json only to paconn (a notice).',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        for (const name of [files.swagger, files.apiProperties, files.readme, files.intro, files.settings, ...files.scripts]) {
            if (!name)
                continue;
            const decoded = pkg.decoded(name);
            if (!decoded || decoded.encoding === 'utf-8')
                continue;
            // The readme only matters to certification, and settings.json only to paconn.
            const docOnly = name === files.readme || name === files.intro;
            yield {
                file: name,
                line: 1,
                ...(docOnly ? { audiences: rule/* MULTITENANT */.m7 } : {}),
                ...(name === files.settings ? { severity: 'notice' } : {}),
                message: decoded.encoding === 'invalid'
                    ? `${baseName(name)} is not valid UTF-8 (probably saved as Windows-1252 or Latin-1); save it as UTF-8.`
                    : `${baseName(name)} is ${decoded.encoding.toUpperCase()}; save it as UTF-8.`,
            };
        }
    },
});

// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var json_pointer = __webpack_require__(5684);
;// CONCATENATED MODULE: ./src/engine/json/walk.ts
// Iterative walks over parsed JSON that build a node's JSON pointer only when it is asked for: a large definition
// holds hundreds of thousands of values, and a pointer string made for each one (most never reach a finding) was
// a measurable part of checking it. Last in, first out, as the rules' own stacks walked before.

/** An object or array met on a walk, with its pointer made on demand (once). */
class WalkedNode {
    value;
    parent;
    key;
    #pointer;
    constructor(value, parent, key) {
        this.value = value;
        this.parent = parent;
        this.key = key;
    }
    get pointer() {
        this.#pointer ??= this.parent ? `${this.parent.pointer}/${(0,json_pointer/* escapeToken */.tj)(this.key)}` : String(this.key);
        return this.#pointer;
    }
}
/**
 * Every object and array under the starts (each with its pointer), depth first, children in reverse order, as a
 * stack pops them; members named in `skip` are not entered. A node's children are taken after the caller has seen it.
 */
function* walkObjects(starts, skip) {
    const stack = [];
    for (const [value, at] of starts)
        if (value !== null && typeof value === 'object')
            stack.push(new WalkedNode(value, undefined, at));
    while (stack.length > 0) {
        const node = stack.pop();
        yield node;
        const value = node.value;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                const v = value[i];
                if (v !== null && typeof v === 'object')
                    stack.push(new WalkedNode(v, node, i));
            }
        }
        else {
            // for…in, not Object.keys: the same members in the same order for parsed JSON (no inherited enumerable
            // members), without an array of names made per object.
            for (const k in value) {
                const v = value[k];
                if (v !== null && typeof v === 'object' && !skip?.has(k))
                    stack.push(new WalkedNode(v, node, k));
            }
        }
    }
}
const wholeDocuments = new WeakMap();
/**
 * Every object and array of a whole document, in walkObjects' order (from the root, pointer ""), listed once per
 * document: several rules walk all of a definition, and one list serves them all (pointers made once, too).
 */
function documentObjects(root) {
    let list = wholeDocuments.get(root);
    if (!list) {
        list = [...walkObjects([[root, '']])];
        wholeDocuments.set(root, list);
    }
    return list;
}

// EXTERNAL MODULE: ./src/engine/openapi/validate.ts
var validate = __webpack_require__(7947);
// EXTERNAL MODULE: ./src/engine/openapi/spec-check.ts
var spec_check = __webpack_require__(1575);
// EXTERNAL MODULE: ./src/engine/openapi/refs.ts
var openapi_refs = __webpack_require__(3687);
// EXTERNAL MODULE: ./src/engine/openapi/schema-check.ts
var schema_check = __webpack_require__(7871);
// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __webpack_require__(8083);
// EXTERNAL MODULE: ./src/engine/schemas/explain.ts + 1 modules
var explain = __webpack_require__(7826);
;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/refs.ts
// Internal $ref resolution inside one swagger document. External references are never followed (offline always).



/**
 * Whether an object is a reference. `in` first: most objects are not, and asking objects of every shape for an absent
 * member by value is the slower lookup.
 */
function hasRef(rec) {
    return '$ref' in rec && typeof rec.$ref === 'string';
}
function isInternalRef(ref) {
    return ref.startsWith('#');
}
/** The pointer a local `#/a/b` reference names (URI-decoded), or undefined for external references. */
function refPointer(ref) {
    if (!isInternalRef(ref))
        return undefined;
    try {
        return decodeURIComponent(ref.slice(1));
    }
    catch {
        return ref.slice(1);
    }
}
/**
 * Follows `$ref` chains (a bounded number of hops, so loops end) and returns the object and its pointer;
 * an object without `$ref` comes back as is.
 */
function deref(root, value, at) {
    let current = (0,util_values/* asRecord */.qY)(value);
    let pointer = at;
    for (let hops = 0; hops < 16 && current; hops++) {
        const ref = (0,util_values/* asString */.oJ)(current.$ref);
        if (ref === undefined)
            break;
        const target = refPointer(ref);
        if (target === undefined)
            return { value: undefined, pointer };
        current = (0,util_values/* asRecord */.qY)((0,json_pointer/* resolvePointer */.cj)(root, target));
        pointer = target;
    }
    return { value: current, pointer };
}
/** Every `$ref` string in the document with the object that holds it (its pointer made when asked for). */
function allRefs(node, at = '') {
    return refsAmong(walkObjects([[node, at]]));
}
/** allRefs of a whole document, from the list of its objects that other rules share (documentObjects). */
function documentRefs(root) {
    return refsAmong(documentObjects(root));
}
/**
 * The `$ref` strings at or under a value, in allRefs' order, for callers that need neither holders nor pointers: a
 * walk that makes no node per object.
 */
function refStrings(node) {
    const refs = [];
    const stack = [node];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++)
                stack.push(value[i]);
            continue;
        }
        const rec = value;
        if (hasRef(rec))
            refs.push(rec.$ref);
        for (const k in rec)
            stack.push(rec[k]);
    }
    return refs;
}
function* refsAmong(nodes) {
    for (const n of nodes) {
        const rec = (0,util_values/* asRecord */.qY)(n.value);
        if (rec && hasRef(rec)) {
            const ref = rec.$ref;
            yield {
                ref,
                holder: rec,
                get pointer() {
                    return n.pointer;
                },
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/operations.ts
// The operations of a swagger document, their parameters (path-level ones merged in, `$ref`s followed) and
// responses, each with the JSON pointer a finding should point at.



const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const operations_cache = new WeakMap();
function operationsOf(swagger) {
    const cached = operations_cache.get(swagger);
    if (cached)
        return cached;
    const list = [];
    const paths = (0,util_values/* asRecord */.qY)(swagger.paths) ?? {};
    for (const [path, item] of Object.entries(paths)) {
        const pathItem = (0,util_values/* asRecord */.qY)(item);
        if (!pathItem)
            continue;
        for (const method of METHODS) {
            const op = (0,util_values/* asRecord */.qY)(pathItem[method]);
            if (!op)
                continue;
            const isTrigger = op['x-ms-trigger'] !== undefined;
            list.push({
                path,
                method,
                pointer: (0,json_pointer/* pointer */.Wn)('paths', path, method),
                op,
                operationId: (0,util_values/* asString */.oJ)(op.operationId),
                isTrigger,
                isWebhook: isTrigger && method !== 'get',
            });
        }
    }
    operations_cache.set(swagger, list);
    return list;
}
function operationById(swagger, id) {
    return operationsOf(swagger).find((o) => o.operationId === id);
}
// Operations are made once per document (operationsOf), so their parameters and responses are too: a dozen rules
// ask for them, and each answer builds a pointer per parameter.
const parameterCache = new WeakMap();
const responseCache = new WeakMap();
/** Operation parameters plus the path item's, an operation-level one overriding a path-level one of the same name and place. */
function parametersOf(swagger, operation) {
    let list = parameterCache.get(operation);
    if (!list) {
        const own = collect(swagger, operation.op.parameters, `${operation.pointer}/parameters`);
        const pathItem = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(swagger.paths)?.[operation.path]) ?? {};
        const shared = collect(swagger, pathItem.parameters, (0,json_pointer/* pointer */.Wn)('paths', operation.path, 'parameters'));
        list = [...own, ...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in))];
        parameterCache.set(operation, list);
    }
    return list;
}
function collect(swagger, list, at) {
    return (0,util_values/* asArray */._j)(list).flatMap((raw, i) => {
        const p = `${at}/${i}`;
        const { value, pointer: valuePointer } = deref(swagger, raw, p);
        if (!value)
            return [];
        return [{ param: value, pointer: p, valuePointer, name: (0,util_values/* asString */.oJ)(value.name) ?? '', in: (0,util_values/* asString */.oJ)(value.in) ?? '' }];
    });
}
function responsesOf(swagger, operation) {
    let list = responseCache.get(operation);
    if (!list) {
        const responses = (0,util_values/* asRecord */.qY)(operation.op.responses) ?? {};
        list = Object.entries(responses).flatMap(([code, raw]) => {
            const p = `${operation.pointer}/responses/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            const { value, pointer: valuePointer } = deref(swagger, raw, p);
            return value ? [{ code, response: value, pointer: p, valuePointer }] : [];
        });
        responseCache.set(operation, list);
    }
    return list;
}
/** The `{name}` placeholders of a path template. */
function pathPlaceholders(path) {
    return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]);
}
/** The visibility an operation or parameter carries (x-ms-visibility), lower-cased. */
function visibility(value) {
    return (0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(value, 'x-ms-visibility'))?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/swagger-validation.ts









/** Enough to fix a definition; oneOf-heavy schemas repeat one mistake many times. */
const MAX_SCHEMA_PROBLEMS = 50;
const swagger_validation_cache = new WeakMap();
function validateSwagger(swagger) {
    let pending = swagger_validation_cache.get(swagger);
    if (!pending) {
        pending = run(swagger);
        swagger_validation_cache.set(swagger, pending);
    }
    return pending;
}
async function run(swagger) {
    let refs = (0,openapi_refs/* analyzeRefs */.Nq)(swagger, limits/* MAX_DEREFERENCED_VALUES */.P5);
    let doc = swagger;
    if (refs.broken.length > 0) {
        // A copy without the references that name nothing in the document (made only when there are any).
        doc = structuredClone(swagger);
        for (const { ref, holder } of [...allRefs(doc)]) {
            const target = refPointer(ref);
            if (target === undefined || (0,json_pointer/* resolvePointer */.cj)(swagger, target) === undefined)
                delete holder.$ref;
        }
        refs = (0,openapi_refs/* analyzeRefs */.Nq)(doc, limits/* MAX_DEREFERENCED_VALUES */.P5);
    }
    const errors = (0,schema_check/* schemaErrors */.d)(await (0,validate/* schemaValidator */.Ki)('v2'), doc, refs.longEnums);
    if (errors)
        return schemaProblems(errors, doc);
    try {
        await (0,spec_check/* checkSpec */.g3)(doc, refs);
        return [];
    }
    catch (e) {
        if (e instanceof spec_check/* BoundExceeded */.Kz) {
            return [{ pointer: '', severity: 'warning', message: `Swagger validation stopped before the end: ${e.message}, so the rest of the definition was not checked. Tools that dereference the whole definition (swagger-parser, the Power Platform import) may not finish either.` }];
        }
        const message = (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/^Validation failed\.\s*/, '');
        return [{ pointer: pointerInMessage(swagger, message), message: `Swagger validation: ${message}` }];
    }
}
// The errors explained (src/engine/schemas/explain.ts): a parameter's oneOf is decided by its `in`, a schema's by
// what it holds, so the errors are those of the form the author meant. One message per location.
async function schemaProblems(errors, document) {
    const { openapi } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 2696, 23));
    const seen = new Set();
    const problems = [];
    for (const issue of (0,explain/* explainErrors */.$)(errors, openapi.v2, document)) {
        if (seen.has(issue.pointer))
            continue;
        seen.add(issue.pointer);
        problems.push({ pointer: issue.pointer, message: `Swagger 2.0 schema: ${issue.message}` });
        if (problems.length >= MAX_SCHEMA_PROBLEMS)
            break;
    }
    return problems;
}
// swagger-parser's spec messages name the operation as "/paths/{path}/{method}" with the path unescaped.
function pointerInMessage(swagger, message) {
    const best = operationsOf(swagger)
        .filter((op) => message.includes(`/paths${op.path}/${op.method}`))
        .sort((a, b) => b.path.length - a.path.length)[0];
    if (best)
        return best.pointer;
    const def = /\/definitions\/([^\s/]+)/.exec(message);
    return def ? `/definitions/${(0,json_pointer/* escapeToken */.tj)(def[1])}` : '';
}

// EXTERNAL MODULE: ./src/engine/util/text.ts
var util_text = __webpack_require__(6624);
;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/text.ts
// Text checks shared by title, description, summary and readme rules. Every pattern here is linear: fixed words
// and character classes, no nested quantifiers, so hostile text cannot make a check hang; each reads at most
// MAX_FIELD_CHARS of a field.

/** Power Platform product names that titles and descriptions may not use (the 2025 text adds Copilot Studio). */
const PRODUCT_NAMES = [
    [/\bpower\s?apps\b/i, 'Power Apps'],
    [/\bpower\s?automate\b/i, 'Power Automate'],
    [/\bmicrosoft\s+flow\b/i, 'Microsoft Flow'],
    [/\bpower\s?bi\b/i, 'Power BI'],
    [/\bpower\s?pages\b/i, 'Power Pages'],
    [/\bpower\s?virtual\s+agents?\b/i, 'Power Virtual Agents'],
    [/\bcopilot\s+studio\b/i, 'Copilot Studio'],
];
/** The product names a text mentions. */
function productNamesIn(text) {
    const t = (0,util_text/* fieldText */.gF)(text);
    return PRODUCT_NAMES.filter(([re]) => re.test(t)).map(([, name]) => name);
}
/** Whether `word` appears as a whole word (case-insensitive). */
function hasWord(text, word) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[^A-Za-z0-9])${escaped}(?:$|[^A-Za-z0-9])`, 'i').test((0,util_text/* fieldText */.gF)(text));
}
/** Characters, not UTF-16 units: what a person counts as the length of a title. */
function charLength(text) {
    return [...text].length;
}
function endsAlphanumeric(text) {
    return /[\p{L}\p{N}]$/u.test(text);
}
function endsWithSentencePunctuation(text) {
    return /[.!?。]["')\]]?$/.test(text.trim());
}
function wordCount(text) {
    return (0,util_text/* fieldText */.gF)(text).trim().split(/\s+/).filter(Boolean).length;
}
/** A quoted, shortened value for messages. */
function quote(text, max = 60) {
    const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return JSON.stringify(t);
}
function isAbsoluteHttpUrl(value) {
    if (!/^https?:\/\//i.test(value))
        return false;
    try {
        const u = new URL(value);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !/\s/.test(value);
    }
    catch {
        return false;
    }
}
/** ASCII e-mail address, as the validator's ContactEmailNotValid expects; split rather than one big pattern. */
function isAsciiEmail(value) {
    const at = value.indexOf('@');
    if (at <= 0 || at !== value.lastIndexOf('@') || value.length > 254)
        return false;
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain);
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/swagger.ts
// The swagger document as a whole: version, Swagger 2.0 validity, size, host, basePath, schemes, MIME types,
// references, extension values and tags.










const swaggerVersion = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.swagger-version',
    title: 'The definition is Swagger 2.0',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'Connectors are defined in OpenAPI 2.0 ("swagger": "2.0"); OpenAPI 3 documents are refused on import (SpecificationVersionIncorrect).',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        if (!c.swaggerFile || !c.swaggerDoc?.ok)
            return;
        if (!c.swagger) {
            yield { file: c.swaggerFile, message: 'The definition is not a JSON object.' };
            return;
        }
        if (c.swagger.swagger === '2.0')
            return;
        if (c.swagger.openapi !== undefined) {
            yield { file: c.swaggerFile, pointer: '/openapi', message: `The definition is OpenAPI ${String(c.swagger.openapi)}; connectors accept only Swagger 2.0 ("swagger": "2.0").` };
        }
        else {
            yield { file: c.swaggerFile, pointer: '/swagger', message: `"swagger" is ${JSON.stringify(c.swagger.swagger) ?? 'missing'}; it must be the string "2.0".` };
        }
    },
});
const swaggerSchema = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.swagger-schema',
    title: 'The definition is valid Swagger 2.0',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'Validated with @apidevtools/swagger-parser against the Swagger 2.0 schema (required root members, unknown members that are not x- extensions, ' +
        'parameter and response shapes) and its spec checks (duplicate or missing path parameters, one body parameter, required properties that exist). ' +
        'Offline: no reference outside the document is followed.',
    async check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c || c.swagger.swagger !== '2.0')
            return [];
        const problems = await validateSwagger(c.swagger);
        return problems.map((p) => ({ file: c.swaggerFile, pointer: p.pointer, message: p.message, severity: p.severity }));
    },
});
const swaggerSize = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.swagger-size',
    title: 'apiDefinition.swagger.json is at most 1 MB',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The submission guide asks for definitions of at most 1 MB and to split larger connectors. Two repository connectors exceed it, so it is a warning.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        const size = c.swaggerFile ? pkg.bytes(c.swaggerFile)?.byteLength ?? 0 : 0;
        if (c.swaggerFile && size > 1024 * 1024) {
            yield { file: c.swaggerFile, message: `The definition is ${size} bytes; keep it under 1 MB (1,048,576 bytes) by splitting the connector.` };
        }
    },
});
const HOST = /^[^{}/ :\\]+(?::\d+)?$/;
const host = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.host',
    title: 'host is a bare host name with an optional port',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'host takes no scheme, path or spaces (HostNameNotValid; Swagger 2.0 schema pattern).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        const value = c?.swagger.host;
        if (!c || value === undefined)
            return;
        if (typeof value !== 'string' || !HOST.test(value)) {
            yield { file: c.swaggerFile, pointer: '/host', message: `host ${quote(String(value))} is not a bare host name: drop the scheme ("https://") and any path (put the path in basePath).` };
        }
    },
});
const hostMissing = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.host-missing',
    title: 'The definition names its host',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorDefineBlank,
    description: 'Without `host`, Swagger 2.0 uses the host that served the document, and an imported connector file has none: the custom connector wizard asks for the Host on its General page, and calls go nowhere until someone fills it in. ' +
        'A warning, not an error: the swagger validator only checks host when it is present (HostNameNotValid), and a dynamichosturl policy can set the host per connection.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c || c.swagger.host !== undefined)
            return;
        const policies = (0,util_values/* asArray */._j)(c.properties?.policyTemplateInstances);
        if (policies.some((p) => (0,util_values/* asRecord */.qY)(p)?.templateId === 'dynamichosturl'))
            return;
        yield { file: c.swaggerFile, pointer: '', message: 'The definition has no "host"; give the API\'s host name (for example "api.contoso.com") and put any path in basePath.' };
    },
});
const NON_PRODUCTION = /(?:^|[.-])(?:localhost|staging|stage|stg|dev|develop|test|testing|sandbox|qa|uat|preprod|ngrok(?:-free)?)(?:[.-]|$)/i;
const hostProduction = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.host-production',
    title: 'host is a production host',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certified connectors must call the production service, not staging, test or sandbox hosts (submission guide, step 4). Judged from the host name, so a warning.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        const value = (0,util_values/* asString */.oJ)(c?.swagger.host);
        if (!c || !value)
            return;
        const name = value.replace(/:\d+$/, '');
        if (NON_PRODUCTION.test(name) || /^\d+\.\d+\.\d+\.\d+$/.test(name)) {
            yield { file: c.swaggerFile, pointer: '/host', message: `host ${quote(value)} looks like a development or test host; certified connectors call the production service.` };
        }
    },
});
const basePath = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.base-path',
    title: 'basePath starts with /',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'basePath, when present, is an absolute path (BasePathNotValid).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        const value = c?.swagger.basePath;
        if (!c || value === undefined)
            return;
        if (typeof value !== 'string' || !value.startsWith('/') || /[?#\s]/.test(value)) {
            yield { file: c.swaggerFile, pointer: '/basePath', message: `basePath ${quote(String(value))} must start with "/" and hold no query, fragment or spaces.` };
        }
    },
});
const schemes = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schemes',
    title: 'schemes lists http or https (https for certification)',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'schemes must not be empty and may hold only http and https; ws and wss are not supported (SchemesArrayEmpty, SchemeNotValid, SchemeNotSupported). ' +
        'Certification expects HTTPS (TLS 1.2 or later): no https is a warning for the multitenant audience.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c || c.swagger.schemes === undefined)
            return;
        const list = (0,util_values/* asArray */._j)(c.swagger.schemes);
        if (list.length === 0) {
            yield { file: c.swaggerFile, pointer: '/schemes', message: 'schemes is empty; list "https".' };
            return;
        }
        for (const [i, s] of list.entries()) {
            if (s !== 'http' && s !== 'https')
                yield { file: c.swaggerFile, pointer: `/schemes/${i}`, message: `Scheme ${quote(String(s))} is not supported; use "https".` };
        }
        if (!list.includes('https')) {
            yield { file: c.swaggerFile, pointer: '/schemes', severity: 'warning', audiences: rule/* MULTITENANT */.m7, message: 'schemes does not include "https"; certified connectors must use HTTPS.' };
        }
    },
});
// The type/subtype before any ;parameters.
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9*][a-z0-9!#$&^_.+*-]*$/i;
const swagger_mimeTypes = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.mime-types',
    title: 'consumes and produces hold valid MIME types; operations with a body declare consumes',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'MIME types must be well formed (MimeTypeNotValid). An operation that takes a body or form data should declare consumes, on the operation or the document ' +
        '(ConsumesMissing): a warning, because the service falls back to JSON and published certified connectors (LINK Mobility) omit it. ' +
        'The list of supported types (MimeTypeNotSupported) is not published in full, so unusual but valid types are not reported.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const lists = [[c.swagger.consumes, '/consumes'], [c.swagger.produces, '/produces']];
        for (const op of operationsOf(c.swagger)) {
            lists.push([op.op.consumes, `${op.pointer}/consumes`], [op.op.produces, `${op.pointer}/produces`]);
            const takesBody = parametersOf(c.swagger, op).some((p) => p.in === 'body' || p.in === 'formData');
            const consumes = op.op.consumes ?? c.swagger.consumes;
            if (takesBody && (0,util_values/* asArray */._j)(consumes).length === 0) {
                yield {
                    file: c.swaggerFile,
                    pointer: op.pointer,
                    severity: 'warning',
                    message: `${op.method.toUpperCase()} ${op.path} takes a body but declares no consumes (for example ["application/json"]).`,
                    repeat: { summary: '{n} operations take a body but declare no consumes (set it once at the root, for example ["application/json"])', place: `${op.method.toUpperCase()} ${op.path}` },
                };
            }
        }
        for (const [list, at] of lists) {
            for (const [i, m] of (0,util_values/* asArray */._j)(list).entries()) {
                if (typeof m !== 'string' || !MIME.test(m.split(';')[0].trim()))
                    yield { file: c.swaggerFile, pointer: `${at}/${i}`, message: `${quote(String(m))} is not a valid MIME type.` };
            }
        }
    },
});
const references = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.swagger-refs',
    title: 'Every $ref resolves inside the definition, to definitions, parameters or responses',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'A connector is one self-contained file: references to other files or URLs cannot be resolved (and are never fetched by this tool); local references must exist, ' +
        'point into #/definitions, #/parameters or #/responses, not stand on path items, and not have sibling members (SchemaReference*, PathItemRefNotSuppored, ' +
        'AdditionalPropertyNotAllowedAdjacentToRef; issue #155: a bad $ref crashed the validator).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const { ref, holder, pointer: at } of documentRefs(c.swagger)) {
            const target = refPointer(ref);
            if (target === undefined) {
                yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} points outside the definition; connectors must be one self-contained file (it was not fetched).` };
                continue;
            }
            if (/^\/paths\/[^/]+$/.test(at)) {
                yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: 'A path item cannot be a $ref; write the operations in place.' };
                continue;
            }
            if ((0,json_pointer/* resolvePointer */.cj)(c.swagger, target) === undefined) {
                yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} points at nothing in the definition.` };
            }
            else if (!/^\/(?:definitions|parameters|responses)\/[^/]+$/.test(target)) {
                yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} must point at an entry of #/definitions, #/parameters or #/responses.` };
            }
            const siblings = Object.keys(holder).filter((k) => k !== '$ref' && !k.startsWith('x-') && k !== 'description');
            if (siblings.length) {
                yield { file: c.swaggerFile, pointer: at, severity: 'warning', message: `Members next to $ref are ignored (${siblings.join(', ')}); move them into the referenced definition.` };
            }
        }
    },
});
const ENUMS = [
    ['x-ms-visibility', ['important', 'advanced', 'internal']],
    ['x-ms-trigger', ['batch', 'single']],
    ['x-ms-url-encoding', ['single', 'double']],
];
const extensionValues = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.extension-values',
    title: 'x-ms-visibility, x-ms-trigger and x-ms-url-encoding use their allowed values',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorOpenApiExtensions,
    description: 'Connector extensions have fixed values (JsonValueNotInEnum): visibility important/advanced/internal, trigger batch/single, URL encoding single/double.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        // By index: a for…of in a generator allocates a result object per item, and this visits every object.
        const nodes = documentObjects(c.swagger);
        for (let n = 0; n < nodes.length; n++) {
            const node = nodes[n];
            const rec = (0,util_values/* asRecord */.qY)(node.value);
            if (!rec)
                continue;
            for (let i = 0; i < ENUMS.length; i++) {
                const [key, allowed] = ENUMS[i];
                if (key in rec && (typeof rec[key] !== 'string' || !allowed.includes(rec[key]))) {
                    yield { file: c.swaggerFile, pointer: `${node.pointer}/${key}`, message: `${key} is ${JSON.stringify(rec[key])}; use one of ${allowed.join(', ')}.` };
                }
            }
        }
    },
});
const tagsUnique = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.tags-unique',
    title: 'Tag names are unique',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'Each tag is declared once (TagRedefined).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const seen = new Set();
        for (const [i, t] of (0,util_values/* asArray */._j)(c.swagger.tags).entries()) {
            const name = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(t)?.name);
            if (name === undefined)
                continue;
            if (seen.has(name))
                yield { file: c.swaggerFile, pointer: `/tags/${i}/name`, message: `Tag ${quote(name)} is declared more than once.` };
            seen.add(name);
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/info.ts
// info: title, description, version and contact, as the certification guide and the string guidance ask.






const TITLE_MAX = 30;
const DESCRIPTION_MIN = 30;
const DESCRIPTION_MAX = 500;
function info(pkg) {
    const c = withSwagger(pkg);
    const value = (0,util_values/* asRecord */.qY)(c?.swagger.info);
    return c && value ? { c, info: value } : undefined;
}
const titlePresent = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.title-present',
    title: 'info.title is present and not blank',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'The title is the connector name users see (RequiredValueEmpty).',
    *check({ pkg }) {
        const x = info(pkg);
        if (x && !(0,util_values/* isNonEmptyString */.uI)(x.info.title))
            yield { file: x.c.swaggerFile, pointer: '/info/title', message: 'info.title is missing or blank; it is the connector\'s name.' };
    },
});
const titleLength = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.title-length',
    title: 'info.title is at most 30 characters',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'Certified and independent-publisher connector titles have at most 30 characters (certification guide, string guidance; policy 5000.2.2.1). Only a guideline for tenant connectors.',
    *check({ pkg }) {
        const x = info(pkg);
        const title = (0,util_values/* asString */.oJ)(x?.info.title);
        if (x && title && charLength(title) > TITLE_MAX) {
            yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title is ${charLength(title)} characters; the limit is ${TITLE_MAX}.` };
        }
    },
});
const titleWords = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.title-words',
    title: 'info.title does not contain "API", "Connector" or a Power Platform product name',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The title may not include the words API or Connector, nor Power Apps, Power Automate, Power BI, Power Pages, Power Virtual Agents or (since 2025) Copilot Studio ' +
        '(certification guide, string guidance, ValueContainsRestrictedWords; policy 5000.2.2.2).',
    *check({ pkg }) {
        const x = info(pkg);
        const title = (0,util_values/* asString */.oJ)(x?.info.title);
        if (!x || !title)
            return;
        const words = [...['API', 'Connector'].filter((w) => hasWord(title, w)), ...productNamesIn(title)];
        if (words.length)
            yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} contains ${words.map((w) => `"${w}"`).join(', ')}; remove it.` };
    },
});
const titleEnd = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.title-end',
    title: 'info.title ends with a letter or digit',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'No trailing space, period or bracket (ValueMustEndWithAlphanumeric; policy 5000.2.2.3).',
    *check({ pkg }) {
        const x = info(pkg);
        const title = (0,util_values/* asString */.oJ)(x?.info.title);
        if (x && title && title.trim() && !endsAlphanumeric(title)) {
            yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} must end with a letter or digit.` };
        }
    },
});
const titleVersion = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.title-version',
    title: 'info.title carries no version tag',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Reviewers ask to keep versions such as "(V2)" out of the title; info.version carries the version (PR #759). Advice only.',
    *check({ pkg }) {
        const x = info(pkg);
        const title = (0,util_values/* asString */.oJ)(x?.info.title);
        if (x && title && /(?:^|[\s(\[-])v\d+(?:\.\d+)*\)?$/i.test(title.trim())) {
            yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} carries a version; keep the version in info.version.` };
        }
    },
});
const descriptionLength = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.description-length',
    title: 'info.description is 30 to 500 characters',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certification requires a description of 30 to 500 characters (FieldLengthNotInRange; policy 5000.2.3.4).',
    *check({ pkg }) {
        const x = info(pkg);
        if (!x)
            return;
        const d = (0,util_values/* asString */.oJ)(x.info.description)?.trim();
        if (!d)
            yield { file: x.c.swaggerFile, pointer: '/info', message: 'info.description is missing; describe the service and what the connector does (30 to 500 characters).' };
        else if (charLength(d) < DESCRIPTION_MIN || charLength(d) > DESCRIPTION_MAX) {
            yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description is ${charLength(d)} characters; it must be ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}.` };
        }
    },
});
const descriptionWords = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.description-words',
    title: 'info.description names no Power Platform product (and avoids the word API)',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The description may not refer to Power Platform products (certification guide; policy 5000.2.3.5). The string guidance also bans the word API; ' +
        'the certification guide does not, so that part is a warning.',
    *check({ pkg }) {
        const x = info(pkg);
        const d = (0,util_values/* asString */.oJ)(x?.info.description);
        if (!x || !d)
            return;
        const products = productNamesIn(d);
        if (products.length)
            yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description mentions ${products.join(', ')}; describe the service instead.` };
        if (hasWord(d, 'API'))
            yield { file: x.c.swaggerFile, pointer: '/info/description', severity: 'warning', message: 'info.description contains the word "API"; the string guidance asks to avoid it.' };
    },
});
const GENERIC = /^(?:a\s+)?(?:custom\s+)?connector\s+(?:to|for)\s+(?:read|write|get|access|call|connect)/i;
const descriptionQuality = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.description-quality',
    title: 'info.description says what the service does, not just "custom connector"',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Reviewers reject generic descriptions ("custom connector to read and write data") and descriptions that repeat the title (PR #865, PR #759). Heuristic, so a warning.',
    *check({ pkg }) {
        const x = info(pkg);
        const d = (0,util_values/* asString */.oJ)(x?.info.description)?.trim();
        const title = (0,util_values/* asString */.oJ)(x?.info.title)?.trim();
        if (!x || !d)
            return;
        if (title && d.toLowerCase().replace(/[.!]$/, '') === title.toLowerCase()) {
            yield { file: x.c.swaggerFile, pointer: '/info/description', message: 'info.description repeats the title; say what the service is and what the connector lets users do.' };
        }
        else if (GENERIC.test(d)) {
            yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description ${quote(d)} is generic; say what the service is and what the connector lets users do.` };
        }
    },
});
const infoVersion = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.info-version',
    title: 'info.version is present',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'info.version is required (repository schema); reviewers ask new connectors to start at "1.0" or "1.0.0" (PR #919).',
    *check({ pkg }) {
        const x = info(pkg);
        if (x && typeof x.info.version === 'string' && !x.info.version.trim()) {
            yield { file: x.c.swaggerFile, pointer: '/info/version', message: 'info.version is blank; start new connectors at "1.0.0".' };
        }
    },
});
const contact = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.contact',
    title: 'info.contact has name, url and email',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certified and independent-publisher connectors name their support team, site and e-mail in info.contact (certification guide step 3b; policy 5000.3.1.4).',
    *check({ pkg }) {
        const x = info(pkg);
        if (!x)
            return;
        const ct = (0,util_values/* asRecord */.qY)(x.info.contact);
        if (!ct) {
            yield { file: x.c.swaggerFile, pointer: '/info', message: 'info.contact is missing; give the support name, url and email.' };
            return;
        }
        const missing = ['name', 'url', 'email'].filter((k) => !(0,util_values/* isNonEmptyString */.uI)(ct[k]));
        if (missing.length)
            yield { file: x.c.swaggerFile, pointer: '/info/contact', message: `info.contact lacks ${missing.join(', ')}.` };
    },
});
const contactFormat = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.contact-format',
    title: 'info.contact.email is an e-mail address and info.contact.url an absolute URL',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'ContactEmailNotValid (ASCII address) and UrlNotValid (absolute URL).',
    *check({ pkg }) {
        const x = info(pkg);
        const ct = (0,util_values/* asRecord */.qY)(x?.info.contact);
        if (!x || !ct)
            return;
        const email = (0,util_values/* asString */.oJ)(ct.email);
        if (email && !isAsciiEmail(email.trim()))
            yield { file: x.c.swaggerFile, pointer: '/info/contact/email', message: `info.contact.email ${quote(email)} is not a valid e-mail address.` };
        const url = (0,util_values/* asString */.oJ)(ct.url);
        if (url && !isAbsoluteHttpUrl(url.trim()))
            yield { file: x.c.swaggerFile, pointer: '/info/contact/url', message: `info.contact.url ${quote(url)} is not an absolute http(s) URL.` };
    },
});
const NON_ASCII = /[^\x00-\x7f]/;
// Letters outside the Latin script (accents included in Latin), counted, not matched as a whole.
function mostlyNonLatin(text) {
    // ASCII letters are all Latin: most texts are decided without splitting them into characters.
    if (!NON_ASCII.test(text))
        return false;
    const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
    if (letters.length < 4)
        return false;
    const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
    return latin / letters.length < 0.5;
}
const englishText = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.english-text',
    title: 'Title, description and operation summaries are in English',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'Certified connectors are written in English (ValueMustBeInEnglish; the certification checklist asks for English summaries). Only text written mostly outside ' +
        'the Latin script is detected, which cannot tell English from other Latin-script languages, so a warning.',
    *check({ pkg }) {
        const x = info(pkg);
        if (!x)
            return;
        const texts = [[x.info.title, '/info/title'], [x.info.description, '/info/description']];
        for (const op of operationsOf(x.c.swagger))
            texts.push([op.op.summary, `${op.pointer}/summary`]);
        for (const [t, at] of texts) {
            if (typeof t === 'string' && mostlyNonLatin(t))
                yield { file: x.c.swaggerFile, pointer: at, message: `${quote(t)} is not in English.` };
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/metadata.ts
// x-ms-connector-metadata: Website, Privacy policy and Categories (from the fixed list, at most two).





const CATEGORIES = [
    'AI',
    'Business Management',
    'Business Intelligence',
    'Collaboration',
    'Commerce',
    'Communication',
    'Content and Files',
    'Finance',
    'Data',
    'Human Resources',
    'Internet of Things',
    'IT Operations',
    'Lifestyle and Entertainment',
    'Marketing',
    'Productivity',
    'Sales and CRM',
    'Security',
    'Social Media',
    'Website',
];
const REQUIRED = ['Website', 'Privacy policy', 'Categories'];
function metadata(pkg) {
    const c = withSwagger(pkg);
    if (!c)
        return undefined;
    const raw = c.swagger['x-ms-connector-metadata'];
    const entries = (0,util_values/* asArray */._j)(raw).flatMap((e, index) => {
        const rec = (0,util_values/* asRecord */.qY)(e);
        const name = (0,util_values/* asString */.oJ)(rec?.propertyName);
        return name === undefined ? [] : [{ name, value: rec?.propertyValue, index }];
    });
    return { c, present: raw !== undefined, entries, find: (n) => entries.find((e) => e.name === n) };
}
const metadataPresent = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.metadata-present',
    title: 'x-ms-connector-metadata names Website, Privacy policy and Categories',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certified and independent-publisher definitions carry x-ms-connector-metadata with the propertyNames "Website", "Privacy policy" and "Categories" ' +
        '(certification guide, step 3; ConnectorMetadataPropertiesMissing). A name in another case ("Privacy Policy") is only a warning: 74 certified and ' +
        'independent-publisher connectors of microsoft/PowerPlatformConnectors write it so, some merged in 2024 (Recorded Future, Power Form 7), and no ' +
        'Microsoft page says the match is case-sensitive.',
    *check({ pkg }) {
        const m = metadata(pkg);
        if (!m)
            return;
        if (!m.present) {
            yield { file: m.c.swaggerFile, pointer: '', message: 'The definition has no x-ms-connector-metadata; add Website, Privacy policy and Categories.' };
            return;
        }
        for (const name of REQUIRED) {
            if (m.find(name))
                continue;
            const near = m.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
            yield near
                ? {
                    file: m.c.swaggerFile,
                    pointer: `/x-ms-connector-metadata/${near.index}/propertyName`,
                    severity: 'warning',
                    message: `propertyName ${quote(near.name)} is written "${name}" in the certification guide; live certified connectors use this case too, but write it as the guide does.`,
                }
                : { file: m.c.swaggerFile, pointer: '/x-ms-connector-metadata', message: `x-ms-connector-metadata has no "${name}" entry.` };
        }
    },
});
const metadataUrls = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.metadata-urls',
    title: 'Website and Privacy policy are absolute http(s) URLs',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'UrlNotValid; policies 5000.3.1.3 and 5000.3.1.5 (quoted by third parties). "www.example.com" without a scheme is refused.',
    *check({ pkg }) {
        const m = metadata(pkg);
        if (!m)
            return;
        for (const e of m.entries) {
            if (e.name.toLowerCase() !== 'website' && e.name.toLowerCase() !== 'privacy policy')
                continue;
            const v = (0,util_values/* asString */.oJ)(e.value)?.trim() ?? '';
            if (!isAbsoluteHttpUrl(v)) {
                yield { file: m.c.swaggerFile, pointer: `/x-ms-connector-metadata/${e.index}/propertyValue`, message: `${e.name} ${quote(v)} is not an absolute http(s) URL.` };
            }
        }
    },
});
function categories(value) {
    return ((0,util_values/* asString */.oJ)(value) ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}
const metadataCategories = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.metadata-categories',
    title: 'Categories come from the fixed list',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Categories is a ";"-separated list drawn from the certification guide\'s list (InvalidConnectorCategory). Whether the check is case-sensitive is not documented, ' +
        'so a case-only difference (Social media) is a warning, and spaces around ";" (Kanbanize) only a notice.',
    *check({ pkg }) {
        const m = metadata(pkg);
        const e = m?.find('Categories');
        if (!m || !e)
            return;
        const at = `/x-ms-connector-metadata/${e.index}/propertyValue`;
        const list = categories(e.value);
        const raw = (0,util_values/* asString */.oJ)(e.value) ?? '';
        if (/\s;|;\s/.test(raw)) {
            yield { file: m.c.swaggerFile, pointer: at, severity: 'notice', message: `Categories ${quote(raw)} has spaces around ";"; write "A;B".` };
        }
        if (list.length === 0)
            yield { file: m.c.swaggerFile, pointer: at, message: 'Categories is empty; pick one or two categories from the list.' };
        for (const cat of list) {
            if (CATEGORIES.includes(cat))
                continue;
            const near = CATEGORIES.find((k) => k.toLowerCase() === cat.toLowerCase());
            yield near
                ? { file: m.c.swaggerFile, pointer: at, severity: 'warning', message: `Category ${quote(cat)} should be written "${near}".` }
                : { file: m.c.swaggerFile, pointer: at, message: `Category ${quote(cat)} is not one of: ${CATEGORIES.join(', ')}.` };
        }
    },
});
const metadataCategoryCount = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.metadata-category-count',
    title: 'At most two categories',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'TooManyConnectorCategories: a connector lists one or two categories.',
    *check({ pkg }) {
        const m = metadata(pkg);
        const e = m?.find('Categories');
        if (!m || !e)
            return;
        const n = categories(e.value).length;
        if (n > 2)
            yield { file: m.c.swaggerFile, pointer: `/x-ms-connector-metadata/${e.index}/propertyValue`, message: `Categories lists ${n} categories; the limit is 2.` };
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/api-properties.ts
// apiProperties.json: shape, known keys, brand colour, publisher and stackOwner, capabilities, connection parameters.






const KNOWN_KEYS = [
    'iconBrandColor',
    'publisher',
    'stackOwner',
    'capabilities',
    'connectionParameters',
    'connectionParameterSets',
    'policyTemplateInstances',
    'scriptOperations',
    'externalDocs',
];
const CAPABILITIES = ['actions', 'triggers', 'gateway', 'cloud', 'composite', 'tabular', 'blob', 'file'];
const PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'gatewaysetting', 'oauthsetting'];
const propertiesShape = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.props-shape',
    title: 'apiProperties.json is an object with properties.iconBrandColor',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'The repository schema (paconn-apiProperties.schema.json) requires a root object with a `properties` object that holds iconBrandColor.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        if (!c.propsFile || !c.propsDoc?.ok)
            return;
        if (!c.props)
            yield { file: c.propsFile, message: 'apiProperties.json must be a JSON object.' };
        else if (!c.properties)
            yield { file: c.propsFile, pointer: '', message: 'apiProperties.json has no "properties" object.' };
        else if (c.properties.iconBrandColor === undefined)
            yield { file: c.propsFile, pointer: '/properties', message: 'properties.iconBrandColor is missing.' };
        for (const key of Object.keys(c.props ?? {})) {
            if (key !== 'properties' && key !== '$schema')
                yield { file: c.propsFile, pointer: `/${key}`, severity: 'warning', message: `Unknown root member "${key}"; everything goes under "properties".` };
        }
    },
});
const propertiesKeys = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.props-keys',
    title: 'apiProperties.properties holds only known keys',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'Known keys: the repository schema\'s iconBrandColor, capabilities, connectionParameters and policyTemplateInstances, plus publisher, stackOwner, ' +
        'scriptOperations and connectionParameterSets, which the platform uses although the 2020 schema omits them. Anything else is likely a typo; a warning because the schema is stale.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const key of Object.keys(c.properties)) {
            if (KNOWN_KEYS.includes(key))
                continue;
            const near = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
            yield { file: c.propsFile, pointer: `/properties/${key}`, message: near ? `"${key}" should be written "${near}".` : `"${key}" is not a known apiProperties key.` };
        }
    },
});
const brandColorFormat = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.brand-color-format',
    title: 'iconBrandColor is # and six hex digits',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'The brand colour is a CSS hex colour like "#1a2b3c" (repository README; policy 5000.2.1.1).',
    *check({ pkg }) {
        const c = withProperties(pkg);
        const v = c?.properties.iconBrandColor;
        if (c && v !== undefined && (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v))) {
            yield { file: c.propsFile, pointer: '/properties/iconBrandColor', message: `iconBrandColor ${quote(String(v))} must be "#" followed by six hex digits.` };
        }
    },
});
const brandColorForbidden = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.brand-color-forbidden',
    title: 'iconBrandColor is not the default #007ee5 nor white',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certified connectors choose their own brand colour: not the default #007ee5, not #ffffff (submission guide, icon section). The repository\'s pull-request checklist makes every submitter confirm it, so certification rejects it: an error for the certification route. ' +
        'For one organisation it is a warning: the connector works, and published certified connectors still carry these colours (DocuSign #FFFFFF, Zellis #007ee5) from before the rule.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        const v = (0,util_values/* asString */.oJ)(c?.properties.iconBrandColor)?.trim().toLowerCase();
        if (!c || c.cls === 'independent-publisher' || !v)
            return;
        if (v === '#007ee5' || v === '#ffffff') {
            const message = `iconBrandColor ${v} is ${v === '#ffffff' ? 'white' : 'the default colour'}; use the brand's own colour.`;
            yield* (0,rule/* errorForStoreWarningForOne */.A6)({ file: c.propsFile, pointer: '/properties/iconBrandColor', message });
        }
    },
});
const brandColorIndependent = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.brand-color-ip',
    title: 'Independent publisher connectors use iconBrandColor #da3b01',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertificationIp,
    description: 'The independent-publisher template and the README fix the colour to #da3b01, which goes with the generic icon.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        const v = (0,util_values/* asString */.oJ)(c?.properties.iconBrandColor)?.trim().toLowerCase();
        if (c && c.cls === 'independent-publisher' && v !== connector_class/* INDEPENDENT_PUBLISHER_COLOR */.qH) {
            yield { file: c.propsFile, pointer: '/properties/iconBrandColor', message: `Independent publisher connectors use iconBrandColor "${connector_class/* INDEPENDENT_PUBLISHER_COLOR */.qH}".` };
        }
    },
});
const publisher = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.publisher',
    title: 'apiProperties names the publisher',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certification needs `publisher`: the company for verified publishers, the person (or company) for independent publishers (submission guide step 3a; templates).',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        const v = c.properties.publisher;
        if (!(0,util_values/* isNonEmptyString */.uI)(v))
            yield { file: c.propsFile, pointer: v === undefined ? '/properties' : '/properties/publisher', message: 'properties.publisher is missing; give the publisher\'s full name.' };
        else if (!/[\p{L}\p{N}]/u.test(v))
            yield { file: c.propsFile, pointer: '/properties/publisher', message: `properties.publisher ${quote(v)} holds no name.` };
    },
});
const stackOwner = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.stack-owner',
    title: 'apiProperties names the stackOwner',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: '`stackOwner` is the owner of the back-end service (usually the publisher for verified publishers). Certification needs it; paconn refuses to update a tenant ' +
        'connector while it is set, so only the multitenant audience is checked.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (c && !(0,util_values/* isNonEmptyString */.uI)(c.properties.stackOwner)) {
            yield { file: c.propsFile, pointer: c.properties.stackOwner === undefined ? '/properties' : '/properties/stackOwner', message: 'properties.stackOwner is missing; name the company that owns the service.' };
        }
    },
});
const capabilities = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.capabilities',
    title: 'capabilities is a list of known values',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'capabilities is an array of strings (repository schema); values the platform uses are actions, triggers, gateway, cloud, composite, tabular, blob and file. Unknown values are warnings.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        const v = c?.properties.capabilities;
        if (!c || v === undefined)
            return;
        if (!Array.isArray(v)) {
            yield { file: c.propsFile, pointer: '/properties/capabilities', message: 'capabilities must be an array of strings.' };
            return;
        }
        for (const [i, cap] of v.entries()) {
            if (typeof cap !== 'string')
                yield { file: c.propsFile, pointer: `/properties/capabilities/${i}`, message: 'Each capability is a string.' };
            else if (!CAPABILITIES.includes(cap))
                yield { file: c.propsFile, pointer: `/properties/capabilities/${i}`, severity: 'warning', message: `Capability ${quote(cap)} is not one the platform knows (${CAPABILITIES.join(', ')}).` };
        }
    },
});
function* connectionParameters(c) {
    const single = (0,util_values/* asRecord */.qY)(c.properties.connectionParameters);
    for (const [key, value] of Object.entries(single ?? {}))
        yield { key, value, pointer: `/properties/connectionParameters/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
    for (const [i, set] of (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(c.properties.connectionParameterSets)?.values).entries()) {
        for (const [key, value] of Object.entries((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(set)?.parameters) ?? {})) {
            yield { key, value, pointer: `/properties/connectionParameterSets/values/${i}/parameters/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
        }
    }
}
const connectionParameterShape = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.connection-parameters',
    title: 'Connection parameters have valid names and types',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'Parameter names are letters, digits and underscores (or "prefix:Name" such as token:TenantId); the type is string, securestring, int, bool, gatewaySetting or oauthSetting.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const p of connectionParameters(c)) {
            if (!/^[0-9A-Za-z_]+(?::[0-9A-Za-z_]+)?$/.test(p.key))
                yield { file: c.propsFile, pointer: p.pointer, message: `Connection parameter name ${quote(p.key)} may hold only letters, digits and underscores.` };
            const type = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(p.value)?.type);
            if (!type || !PARAMETER_TYPES.includes(type.toLowerCase())) {
                yield { file: c.propsFile, pointer: `${p.pointer}/type`, message: `Connection parameter "${p.key}" has type ${quote(String(type))}; use string, securestring, int, bool, gatewaySetting or oauthSetting.` };
            }
        }
    },
});
const SECRET_NAME = /(?:api[_-]?key|apikey|secret|password|passwd|token|access[_-]?key|private[_-]?key)/i;
const connectionParameterSecret = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.connection-parameter-secret',
    title: 'Keys and passwords are securestring parameters',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'A parameter that holds an API key, password or secret should be `securestring`, so it is stored and shown as a secret (the README\'s api_key example). Judged by the name, so a warning.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const p of connectionParameters(c)) {
            const type = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(p.value)?.type);
            const name = p.key.includes(':') ? p.key.slice(p.key.indexOf(':') + 1) : p.key;
            if (type === 'string' && SECRET_NAME.test(name) && !/url|endpoint|host|tenant|name/i.test(name)) {
                yield { file: c.propsFile, pointer: `${p.pointer}/type`, message: `Connection parameter "${p.key}" looks like a secret but is a plain string; use "securestring".` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/security.ts
// How a connector authenticates, from both files: swagger securityDefinitions and apiProperties connection parameters.

/** Connection parameters of type oauthSetting, including those inside connectionParameterSets. */
function oauthParameters(c) {
    const out = [];
    const collect = (params, at) => {
        for (const [key, raw] of Object.entries((0,util_values/* asRecord */.qY)(params) ?? {})) {
            const value = (0,util_values/* asRecord */.qY)(raw);
            if (value && (0,util_values/* asString */.oJ)(value.type)?.toLowerCase() === 'oauthsetting') {
                out.push({ key, pointer: `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, value, settings: (0,util_values/* asRecord */.qY)(value.oAuthSettings) });
            }
        }
    };
    collect(c.properties?.connectionParameters, '/properties/connectionParameters');
    const sets = (0,util_values/* asRecord */.qY)(c.properties?.connectionParameterSets);
    (Array.isArray(sets?.values) ? sets.values : []).forEach((set, i) => {
        collect((0,util_values/* asRecord */.qY)(set)?.parameters, `/properties/connectionParameterSets/values/${i}/parameters`);
    });
    return out;
}
function usesOAuth(c) {
    const defs = (0,util_values/* asRecord */.qY)(c.swagger?.securityDefinitions) ?? {};
    return Object.values(defs).some((d) => (0,util_values/* asRecord */.qY)(d)?.type === 'oauth2') || oauthParameters(c).length > 0;
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/secrets.ts
// Telling real credentials from placeholders, and well-known token shapes in any text file.
const PLACEHOLDER = /dummy|placeholder|your|replace|example|sample|xxx|\*\*\*|<[^<>]*>|\[\[|\{\{|\{[a-z_]+\}|^\[|^secret$|^client/i;
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/** A value that is not a placeholder: a GUID (client IDs) or a long mixed-character string (secrets). */
function looksLikeRealSecret(value) {
    const v = value.trim();
    if (!v || PLACEHOLDER.test(v))
        return false;
    // A GUID is a real Entra application (client) ID, or a secret ID; either way not a placeholder.
    if (GUID.test(v))
        return true;
    return v.length >= 20 && /[A-Za-z]/.test(v) && /\d/.test(v) && !/\s/.test(v);
}
/** Token formats with fixed prefixes: specific enough to report without false alarms. */
const TOKEN_PATTERNS = [
    ['a private key', /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/],
    ['an AWS access key ID', /\bAKIA[0-9A-Z]{16}\b/],
    ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
    ['an OpenAI or Anthropic API key', /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}\b/],
    ['a Slack token', /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/],
    ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
    ['an Azure storage account key', /AccountKey=[A-Za-z0-9+/]{80,}={0,2}/],
    ['a bearer token', /\bBearer\s+eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
];
/**
 * The fixed part every token pattern needs, in one expression: most files hold none of them, and one pass over a
 * file then replaces eight (the eight passes cost 0.3 s over the 990 connectors of the scale bench).
 */
const TOKEN_PREFIXES = /-----BEGIN |AKIA|gh[pousr]_|sk-|xox[abprs]-|AIza|AccountKey=|Bearer/;
/** False when no token pattern can match `text`. */
function mayHoldToken(text) {
    return TOKEN_PREFIXES.test(text);
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/oauth.ts
// OAuth connection parameters: identity provider settings, the per-connector redirect URL, placeholder client credentials.







const AAD = ['aad', 'aadcertificate'];
const oauthIdentityProvider = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.oauth-identity-provider',
    title: 'OAuth parameters name an identity provider (and a resource URI for Microsoft Entra ID)',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'An oauthSetting parameter carries oAuthSettings.identityProvider; for aad and aadcertificate, customParameters.resourceUri is required (repository schema, one branch per provider).',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const p of oauthParameters(c)) {
            if (!p.settings) {
                yield { file: c.propsFile, pointer: p.pointer, message: `OAuth parameter "${p.key}" has no oAuthSettings.` };
                continue;
            }
            const idp = (0,util_values/* asString */.oJ)(p.settings.identityProvider);
            if (!(0,util_values/* isNonEmptyString */.uI)(idp)) {
                yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings`, message: `OAuth parameter "${p.key}" has no oAuthSettings.identityProvider.` };
            }
            else if (AAD.includes(idp.toLowerCase())) {
                const resource = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(p.settings.customParameters)?.resourceUri);
                if (!resource || resource.value === undefined) {
                    yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings/customParameters`, message: `The ${idp} identity provider needs customParameters.resourceUri.` };
                }
            }
        }
    },
});
const oauthRedirectMode = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.oauth-redirect-mode',
    title: 'OAuth connectors use redirectMode GlobalPerConnector',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'New and updated certified connectors must use the per-connector redirect URL ("redirectMode": "GlobalPerConnector"); "Global" is legacy ' +
        '(reviewers in PR #3035, #3162, #3124). Reported as a warning: 172 published certified connectors still use Global, and the catalogue advises ' +
        'reporting such legacy violations as warnings; a tenant connector may keep any mode.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const p of oauthParameters(c)) {
            if (!p.settings)
                continue;
            const mode = (0,util_values/* asString */.oJ)(p.settings.redirectMode);
            if (mode === 'GlobalPerConnector')
                continue;
            yield {
                file: c.propsFile,
                pointer: mode === undefined ? `${p.pointer}/oAuthSettings` : `${p.pointer}/oAuthSettings/redirectMode`,
                message: mode === undefined
                    ? `OAuth parameter "${p.key}" sets no redirectMode; set "GlobalPerConnector" and register the connector's own redirect URL with the identity provider.`
                    : `redirectMode is ${quote(mode)} (legacy); use "GlobalPerConnector" and register the connector's own redirect URL with the identity provider.`,
            };
        }
    },
});
const oauthClientPlaceholder = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.oauth-client-placeholder',
    title: 'OAuth clientId and clientSecret are placeholders',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'Submitted files never hold live client IDs or secrets; use dummy values such as "[[DUMMY]]" (repository README "Submitting"; CredScan runs on every PR). ' +
        'A GUID client ID or a long random secret is taken as real. Within a tenant the values stay private, so only the multitenant audience is checked.',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c)
            return;
        for (const p of oauthParameters(c)) {
            for (const key of ['clientId', 'clientSecret']) {
                const v = (0,util_values/* asString */.oJ)(p.settings?.[key]);
                if (v && looksLikeRealSecret(v)) {
                    yield { file: c.propsFile, pointer: `${p.pointer}/oAuthSettings/${key}`, message: `${key} looks like a real value; replace it with a placeholder such as "[[DUMMY]]".` };
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/policies.ts
// Policy templates and custom-code bindings in apiProperties.json.






const P = 'x-ms-apimTemplateParameter.';
/** Required parameters of each template, from the repository's paconn-apiProperties schema. */
const POLICY_TEMPLATES = {
    convertarraytoobject: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
    convertobjecttoarray: ['propertyParentPath', 'newPropertyPath'],
    dynamichosturl: ['urlTemplate'],
    encodepropertyvalue: ['propertyParentPath', 'newPropertyPath'],
    pollingtrigger: ['triggerConfig', 'triggerDataPath'],
    routerequesttoendpoint: ['newPath'],
    setheader: ['name', 'value'],
    setproperty: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
    setqueryparameter: ['name', 'value'],
    setvaluefromurl: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
    stringreplace: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
    stringtoarray: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
    updatenextlink: ['nextLinkPropertyName'],
};
const policyTemplates = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.policy-templates',
    title: 'Policy templates are known, complete and bound to existing operations',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorPolicyTemplates,
    description: 'Each policyTemplateInstances entry names a known templateId with the x-ms-apimTemplateParameter.* values that template requires (repository schema); ' +
        'operation names in x-ms-apimTemplate-operationName must be operationIds of the definition, or the policy silently applies to nothing (a warning).',
    *check({ pkg }) {
        const c = withProperties(pkg);
        if (!c || c.properties.policyTemplateInstances === undefined)
            return;
        const list = c.properties.policyTemplateInstances;
        if (!Array.isArray(list)) {
            yield { file: c.propsFile, pointer: '/properties/policyTemplateInstances', message: 'policyTemplateInstances must be an array.' };
            return;
        }
        const ids = new Set(connectorOf(pkg).swagger ? operationsOf(connectorOf(pkg).swagger).map((o) => o.operationId) : []);
        for (const [i, raw] of list.entries()) {
            const at = `/properties/policyTemplateInstances/${i}`;
            const inst = (0,util_values/* asRecord */.qY)(raw);
            const id = (0,util_values/* asString */.oJ)(inst?.templateId);
            const required = id ? POLICY_TEMPLATES[id.toLowerCase()] : undefined;
            if (!required) {
                yield { file: c.propsFile, pointer: `${at}/templateId`, message: `templateId ${quote(String(id))} is not a known policy template (${Object.keys(POLICY_TEMPLATES).join(', ')}).` };
                continue;
            }
            const params = (0,util_values/* asRecord */.qY)(inst?.parameters) ?? {};
            const missing = required.filter((r) => params[P + r] === undefined);
            if (missing.length)
                yield { file: c.propsFile, pointer: `${at}/parameters`, message: `The ${id} policy lacks ${missing.map((m) => P + m).join(', ')}.` };
            if (ids.size === 0)
                continue;
            for (const [j, name] of (0,util_values/* asArray */._j)(params['x-ms-apimTemplate-operationName']).entries()) {
                if (typeof name === 'string' && !ids.has(name)) {
                    yield { file: c.propsFile, pointer: `${at}/parameters/x-ms-apimTemplate-operationName/${j}`, severity: 'warning', message: `The ${id} policy names operation ${quote(name)}, which the definition does not have.` };
                }
            }
        }
    },
});
const scriptOperations = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.script-operations',
    title: 'scriptOperations name existing operations, and go with a script.csx',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorWriteCode,
    description: 'scriptOperations lists the operationIds the custom code handles. A name the definition lacks, or script operations without a script file (or a script no operation uses), ' +
        'means code that never runs. Not in the repository schema; inferred from how 59 repository connectors use it, hence a warning.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        const list = c.properties?.scriptOperations;
        if (!c.propsFile)
            return;
        if (list !== undefined && !Array.isArray(list)) {
            yield { file: c.propsFile, pointer: '/properties/scriptOperations', message: 'scriptOperations must be an array of operationIds.' };
            return;
        }
        const names = (0,util_values/* asArray */._j)(list);
        if (names.length && c.files.scripts.length === 0) {
            yield { file: c.propsFile, pointer: '/properties/scriptOperations', message: 'scriptOperations lists operations but the folder has no script.csx.' };
        }
        if (c.swagger) {
            const ids = new Set(operationsOf(c.swagger).map((o) => o.operationId));
            for (const [i, n] of names.entries()) {
                if (typeof n !== 'string' || !ids.has(n)) {
                    yield { file: c.propsFile, pointer: `/properties/scriptOperations/${i}`, message: `scriptOperations names ${quote(String(n))}, which is not an operationId of the definition.` };
                }
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/script.ts
// script.csx: the shape the custom-code host expects.



// Namespaces the "Write code in a custom connector" page lists as supported.
const NAMESPACES = [
    'System',
    'System.Collections',
    'System.Collections.Generic',
    'System.Diagnostics',
    'System.IO',
    'System.IO.Compression',
    'System.Linq',
    'System.Net',
    'System.Net.Http',
    'System.Net.Http.Headers',
    'System.Net.Security',
    'System.Security.Authentication',
    'System.Security.Cryptography',
    'System.Text',
    'System.Text.RegularExpressions',
    'System.Threading',
    'System.Threading.Tasks',
    'System.Web',
    'System.Xml',
    'System.Xml.Linq',
    'System.Drawing',
    'System.Drawing.Drawing2D',
    'System.Drawing.Imaging',
    'Microsoft.Extensions.Logging',
    'Newtonsoft.Json',
    'Newtonsoft.Json.Linq',
];
const scriptCode = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.script-code',
    title: 'script.csx defines Script : ScriptBase with ExecuteAsync, uses supported namespaces and Context.SendAsync',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorWriteCode,
    description: 'The host loads `public class Script : ScriptBase` and calls `ExecuteAsync`; only the listed namespaces are available, and requests go through ' +
        '`Context.SendAsync` rather than a new HttpClient. A static reading of the code, so warnings.',
    *check({ pkg }) {
        const name = connectorOf(pkg).files.script;
        const code = name ? pkg.text(name) : undefined;
        if (!name || code === undefined)
            return;
        if (!/class\s+Script\s*:\s*ScriptBase\b/.test(code))
            yield { file: name, line: 1, message: `${name} must define "public class Script : ScriptBase".` };
        if (!/\bExecuteAsync\s*\(/.test(code))
            yield { file: name, line: 1, message: `${name} must override ExecuteAsync.` };
        for (const [i, text] of code.split('\n').entries()) {
            const m = /^\s*using\s+(?:static\s+)?([A-Za-z_][\w.]*)\s*;/.exec(text);
            if (m && !NAMESPACES.includes(m[1]))
                yield { file: name, line: i + 1, message: `Namespace ${m[1]} is not available to connector code.` };
            if (/new\s+HttpClient\s*\(/.test(text))
                yield { file: name, line: i + 1, message: 'Send requests with this.Context.SendAsync, not a new HttpClient.' };
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/settings.ts
// settings.json: paconn's argument store, not part of the connector; checked only so its references are not stale.




const settings_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE_KEYS = ['apiDefinition', 'apiProperties', 'icon', 'script'];
const settingsFile = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.settings-file',
    title: 'settings.json names files that exist and a GUID environment',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoSchemas,
    description: 'settings.json only stores paconn arguments (repository schema paconn-settings): the file names it gives should exist and "environment" is a GUID. It does not affect the connector, hence a notice.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        const name = c.files.settings;
        const doc = name ? pkg.json(name) : undefined;
        const s = (0,util_values/* asRecord */.qY)(doc?.value);
        if (!name || !s)
            return;
        const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
        for (const key of FILE_KEYS) {
            const v = (0,util_values/* asString */.oJ)(s[key]);
            if (v && !pkg.has(dir + v.replace(/^\.\//, '')))
                yield { file: name, pointer: `/${key}`, message: `settings.json names ${key} "${v}", which is not in the folder.` };
        }
        const env = (0,util_values/* asString */.oJ)(s.environment);
        if (env && !settings_GUID.test(env.trim()))
            yield { file: name, pointer: '/environment', message: `environment "${env}" is not an environment GUID.` };
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/secrets.ts
// Credentials in submitted files.




const noSecrets = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.no-secrets',
    title: 'No keys, tokens or private keys in the connector files',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoReadme,
    description: 'Files submitted for certification are public: the repository runs CredScan on every PR and asks for dummy values (README "Submitting", PR #3035). ' +
        'Only token formats with a fixed prefix are matched, so a finding is almost surely a real credential.',
    *check({ pkg }) {
        const { files } = connectorOf(pkg);
        for (const name of [files.swagger, files.apiProperties, files.readme, files.intro, files.settings, ...files.scripts]) {
            const text = name ? pkg.text(name) : undefined;
            if (!name || !text || !mayHoldToken(text))
                continue;
            for (const [label, re] of TOKEN_PATTERNS) {
                const m = re.exec(text);
                if (!m)
                    continue;
                const line = text.slice(0, m.index).split('\n').length;
                yield { file: name, line, message: `${name} line ${line} holds what looks like ${label}; remove it and rotate the credential.` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/dynamic.ts
// The dynamic extensions of a swagger document (x-ms-dynamic-values, -schema, -list, -properties), wherever they
// are written (parameters, definitions, operations' body schemas), and the operations they call.




const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-schema', 'x-ms-dynamic-list', 'x-ms-dynamic-properties'];
const DYNAMIC_KEYS = new Set(DYNAMIC_EXTENSIONS);
const dynamic_cache = new WeakMap();
function dynamicUses(swagger) {
    const cached = dynamic_cache.get(swagger);
    if (cached)
        return cached;
    // From the document's shared list of objects (other rules walk it too): the objects under /paths, /definitions
    // and /parameters, not inside a dynamic extension's own value. In the order of a walk from those three (the last
    // first, each depth first), whatever the order of the document's members.
    const groups = [[], [], []];
    const nodes = documentObjects(swagger);
    for (let n = 0; n < nodes.length; n++) {
        const node = nodes[n];
        const rec = (0,util_values/* asRecord */.qY)(node.value);
        if (!rec)
            continue;
        for (let k = 0; k < DYNAMIC_EXTENSIONS.length; k++) {
            const key = DYNAMIC_EXTENSIONS[k];
            // `in` first: most objects have none of the four, and asking for an absent member by its value (a lookup on
            // objects of every shape) took twice as long. The names are not Object.prototype's.
            if (!(key in rec) || rec[key] === undefined)
                continue;
            const tokens = (0,json_pointer/* parsePointer */.vp)(node.pointer);
            const group = STARTS.indexOf(tokens[0]);
            if (group < 0 || tokens.slice(1).some((t) => DYNAMIC_KEYS.has(t)))
                break;
            const ext = (0,util_values/* asRecord */.qY)(rec[key]);
            groups[group].push({ key, holder: rec, at: node.pointer, ext, operationId: (0,util_values/* asString */.oJ)(ext?.operationId) });
        }
    }
    const uses = [...groups[2], ...groups[1], ...groups[0]];
    dynamic_cache.set(swagger, uses);
    return uses;
}
/** Where dynamic extensions are looked for, as a walk would start from them. */
const STARTS = ['paths', 'definitions', 'parameters'];
/**
 * operationIds that other operations call for a dynamic schema (x-ms-dynamic-schema, x-ms-dynamic-properties): their
 * response is a JSON schema the designer reads at design time, so they need no response schema of their own.
 */
function schemaSuppliers(swagger) {
    return new Set(dynamicUses(swagger)
        .filter((u) => (u.key === 'x-ms-dynamic-schema' || u.key === 'x-ms-dynamic-properties') && u.operationId !== undefined)
        .map((u) => u.operationId));
}
/** operationIds that other operations call for the values of a list (x-ms-dynamic-values, x-ms-dynamic-list). */
function valueSuppliers(swagger) {
    return new Set(dynamicUses(swagger)
        .filter((u) => (u.key === 'x-ms-dynamic-values' || u.key === 'x-ms-dynamic-list') && u.operationId !== undefined)
        .map((u) => u.operationId));
}
/**
 * Operations no user sees: x-ms-visibility internal (the helpers behind dynamic values and schemas, and the delete
 * operation the platform calls to remove a webhook, which the webhook guide marks internal). Advice about how the
 * designer shows an operation (summary style, parameter labels, descriptions for agents) does not apply to them.
 */
function isInternal(op) {
    return visibility(op.op) === 'internal';
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/operations.ts
// Operations: operationId, summary, description, visibility, path templates, GET bodies.







const SUMMARY_DOCS_MAX = 80;
const SUMMARY_VALIDATOR_MAX = 120;
const label = (op) => `${op.method.toUpperCase()} ${op.path}`;
const operationIdRequired = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-id-required',
    title: 'Every operation has an operationId',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'Flows, apps and agents refer to operations by operationId (OperationIdRequired).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (!(0,util_values/* isNonEmptyString */.uI)(op.operationId))
                yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no operationId.` };
        }
    },
});
const operationIdUnique = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-id-unique',
    title: 'operationIds are unique (ignoring case)',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationIdNotUnique. IDs that differ only in case collide once the service normalises them.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const seen = new Map();
        for (const op of operationsOf(c.swagger)) {
            if (!op.operationId)
                continue;
            const key = op.operationId.toLowerCase();
            const first = seen.get(key);
            if (first !== undefined)
                yield { file: c.swaggerFile, pointer: `${op.pointer}/operationId`, message: `operationId ${quote(op.operationId)} is also used by ${first}.` };
            else
                seen.set(key, label(op));
        }
    },
});
const operationIdFormat = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-id-format',
    title: 'operationIds are letters and digits only',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'Other characters are "sanitized" by the service with a warning (OperationIdSanitized); the string guidance asks for CamelCase such as GetContacts. 146 certified connectors break it, so a warning; ' +
        'the operations of one file are listed in one finding (one naming habit, one fix).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (op.operationId && !/^[A-Za-z0-9]+$/.test(op.operationId)) {
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/operationId`,
                    message: `operationId ${quote(op.operationId)} has characters other than letters and digits; use CamelCase such as "GetOrders".`,
                    repeat: { summary: '{n} operationIds have characters other than letters and digits (the service rewrites them); use CamelCase such as "GetOrders"', place: quote(op.operationId) },
                };
            }
        }
    },
});
const summaryPresent = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-summary',
    title: 'Every operation has a summary',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The summary is the operation\'s name in the designer; certification requires one per operation (certification checklist).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (!(0,util_values/* isNonEmptyString */.uI)(op.op.summary))
                yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no summary.` };
        }
    },
});
const summaryLength = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-summary-length',
    title: 'Operation summaries are at most 80 characters',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The documents say at most 80 characters; the Swagger Validator warns above 120 (OperationSummaryTooLong). The sources disagree, so both are warnings.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const s = (0,util_values/* asString */.oJ)(op.op.summary);
            if (s && charLength(s) > SUMMARY_DOCS_MAX) {
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/summary`,
                    message: `The summary of ${label(op)} is ${charLength(s)} characters; keep it to ${SUMMARY_DOCS_MAX}${charLength(s) > SUMMARY_VALIDATOR_MAX ? ` (the validator warns above ${SUMMARY_VALIDATOR_MAX})` : ''}.`,
                    repeat: { summary: `{n} operation summaries are longer than ${SUMMARY_DOCS_MAX} characters`, place: `${label(op)} (${charLength(s)})` },
                };
            }
        }
    },
});
const summaryCharacters = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-summary-chars',
    title: 'Summaries use letters, digits, spaces and parentheses, and end with a letter or digit',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'No slash, no trailing punctuation or space (string guidance; RestrictedCharactersInSummary). A validator warning, so a warning here. Internal operations are skipped: ' +
        'the designer never shows their summary.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const s = (0,util_values/* asString */.oJ)(op.op.summary);
            if (!s || !s.trim() || isInternal(op))
                continue;
            const bad = [...new Set(s.replace(/[\p{L}\p{N} ()'-]/gu, ''))];
            const repeat = { summary: '{n} operation summaries use characters other than letters, digits, spaces and parentheses, or do not end with a letter or digit', place: quote(s) };
            if (bad.length)
                yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `The summary ${quote(s)} contains ${bad.map((ch) => `"${ch}"`).join(' ')}; use letters, digits, spaces and parentheses.`, repeat };
            else if (!endsAlphanumeric(s))
                yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `The summary ${quote(s)} must end with a letter or digit.`, repeat };
        }
    },
});
const operationDescription = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-description',
    title: 'Every operation has a description written as a sentence',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certification requires a description per operation (a missing one is an error, listed once per file). The string guidance asks for full sentences ending in punctuation: ' +
        'a style point no reviewer blocks on and that 19 of 27 corpus connectors miss, so a notice, and not for internal operations, whose description nobody reads.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const d = (0,util_values/* asString */.oJ)(op.op.description)?.trim();
            if (!d) {
                yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no description.`, repeat: { summary: '{n} operations have no description', place: label(op) } };
            }
            else if (!endsWithSentencePunctuation(d) && d.includes(' ') && !isInternal(op)) {
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/description`,
                    severity: 'notice',
                    message: `The description of ${label(op)} should be a sentence ending with a period.`,
                    repeat: { summary: '{n} operation descriptions do not end with a period', place: label(op) },
                };
            }
        }
    },
});
const summaryNotDescription = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.summary-not-description',
    title: 'summary and description say different things',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The string guidance (written for certification) asks for a description that adds to the summary, and an x-ms-summary different from the description for parameters. ' +
        'Style advice that neither the import nor the validator enforces, and that 9 of 27 corpus connectors (105 places) do not follow: a notice for the multitenant route, ' +
        'listed once per file, internal operations skipped.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const same = (a, b) => typeof a === 'string' && typeof b === 'string' && a.trim() !== '' && a.trim().toLowerCase().replace(/\.$/, '') === b.trim().toLowerCase().replace(/\.$/, '');
        const seen = new Set();
        for (const op of operationsOf(c.swagger)) {
            if (isInternal(op))
                continue;
            if (same(op.op.summary, op.op.description)) {
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/description`,
                    message: `The description of ${label(op)} repeats its summary; explain what the operation does.`,
                    repeat: { summary: 'The description of {n} operations repeats the summary; say what each does', place: label(op) },
                };
            }
            for (const p of parametersOf(c.swagger, op)) {
                if (seen.has(p.valuePointer) || !same(p.param['x-ms-summary'], p.param.description))
                    continue;
                seen.add(p.valuePointer);
                yield {
                    file: c.swaggerFile,
                    pointer: `${p.valuePointer}/description`,
                    message: `The description of parameter "${p.name}" repeats its x-ms-summary.`,
                    repeat: { summary: 'The description of {n} parameters repeats the x-ms-summary', place: `"${p.name}"` },
                };
            }
        }
    },
});
const operationVisibility = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-visibility',
    title: 'Every operation sets x-ms-visibility',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The certification checklist asks for visibility on each operation (important, advanced or internal). Reviewer feedback rather than a validator error, so a warning; ' +
        'one finding per file lists the operations (371 per-operation warnings on 31 real connectors said one thing).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (op.op['x-ms-visibility'] === undefined) {
                yield {
                    file: c.swaggerFile,
                    pointer: op.pointer,
                    message: `${label(op)} has no x-ms-visibility (important, advanced or internal).`,
                    repeat: { summary: '{n} operations have no x-ms-visibility; set important, advanced or internal on each', place: label(op) },
                };
            }
        }
    },
});
const operationProductNames = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.operation-product-names',
    title: 'Summaries and descriptions name no Power Platform product',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The certification guide asks not to mention Power Platform products in operation text; reviewer feedback, so a warning.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            for (const key of ['summary', 'description']) {
                const t = (0,util_values/* asString */.oJ)(op.op[key]);
                const names = t ? productNamesIn(t) : [];
                if (names.length) {
                    yield {
                        file: c.swaggerFile,
                        pointer: `${op.pointer}/${key}`,
                        message: `The ${key} of ${label(op)} mentions ${names.join(', ')}.`,
                        repeat: { summary: '{n} operation summaries or descriptions mention a Power Platform product', place: `${key} of ${label(op)} (${names.join(', ')})` },
                    };
                }
            }
        }
    },
});
const triggerText = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.trigger-text',
    title: 'Trigger summaries read "When a …"',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The string guidance (written for certification) writes trigger summaries as "When a task is created" and descriptions as "This operation triggers when …". Style advice for the multitenant route.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const s = (0,util_values/* asString */.oJ)(op.op.summary);
            if (op.isTrigger && s && !/^when\b/i.test(s.trim())) {
                yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `Trigger summary ${quote(s)} should read "When …".`, repeat: { summary: '{n} trigger summaries do not read "When …"', place: quote(s) } };
            }
        }
    },
});
const pathSyntax = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.path-syntax',
    title: 'Paths start with /, have no query, fragment or wildcard, and well-formed placeholders',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationPath* codes: a path starts with "/", holds no "?", "#" or "*", each {placeholder} sits within one segment, and templates carry no "=" defaults.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        const paths = (0,util_values/* asRecord */.qY)(c?.swagger.paths);
        if (!c || !paths)
            return;
        for (const path of Object.keys(paths)) {
            const at = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
            const problems = [];
            if (!path.startsWith('/'))
                problems.push('does not start with "/"');
            if (/[?#*]/.test(path))
                problems.push('contains "?", "#" or "*"');
            const braces = path.replace(/\{[^{}/]*\}/g, '');
            if (/[{}]/.test(braces))
                problems.push('has a placeholder that is unbalanced or spans a "/"');
            if (pathPlaceholders(path).some((p) => p.includes('=') || p.trim() === ''))
                problems.push('has an empty placeholder or a "=" default');
            if (problems.length)
                yield { file: c.swaggerFile, pointer: at, message: `Path ${quote(path)} ${problems.join('; ')}.` };
        }
    },
});
const pathUnique = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.path-unique',
    title: 'No two paths differ only in case or placeholder names',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'PathRedefined and DuplicateOperationPath: "/Items" and "/items", or "/a/{x}" and "/a/{y}", cannot be told apart when a request arrives.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        const paths = (0,util_values/* asRecord */.qY)(c?.swagger.paths);
        if (!c || !paths)
            return;
        const seen = new Map();
        for (const [path, item] of Object.entries(paths)) {
            const methods = Object.keys((0,util_values/* asRecord */.qY)(item) ?? {}).filter((m) => !m.startsWith('x-') && m !== 'parameters');
            for (const method of methods) {
                const key = `${method} ${path.toLowerCase().replace(/\{[^{}]*\}/g, '{}')}`;
                const first = seen.get(key);
                if (first !== undefined) {
                    yield { file: c.swaggerFile, pointer: `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`, message: `${method.toUpperCase()} ${path} cannot be told apart from ${method.toUpperCase()} ${first}.` };
                }
                else
                    seen.set(key, path);
            }
        }
    },
});
const getWithoutBody = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.get-body',
    title: 'GET operations take no body or form data',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'BodyOrFormDataParameterInFetchOperationNotAllowed: a GET request carries no body.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (op.method !== 'get')
                continue;
            for (const p of parametersOf(c.swagger, op)) {
                if (p.in === 'body' || p.in === 'formData')
                    yield { file: c.swaggerFile, pointer: p.pointer, message: `GET ${op.path} has a ${p.in} parameter "${p.name}"; GET requests carry no body.` };
            }
        }
    },
});
const deprecationAnnotation = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.deprecation-annotation',
    title: 'x-ms-api-annotation.replacement is only on deprecated operations and names api and operationId',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'ApiAnnotation* codes: a replacement points users from a deprecated operation to its successor, so it needs deprecated: true and both api and operationId; the successor must exist.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const ids = new Set(operationsOf(c.swagger).map((o) => o.operationId));
        for (const op of operationsOf(c.swagger)) {
            const replacement = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(op.op['x-ms-api-annotation'])?.replacement);
            if (!replacement)
                continue;
            const at = `${op.pointer}/x-ms-api-annotation/replacement`;
            if (op.op.deprecated !== true)
                yield { file: c.swaggerFile, pointer: at, message: `${label(op)} names a replacement but is not marked "deprecated": true.` };
            if (!(0,util_values/* isNonEmptyString */.uI)(replacement.api) || !(0,util_values/* isNonEmptyString */.uI)(replacement.operationId)) {
                yield { file: c.swaggerFile, pointer: at, message: 'A replacement names both "api" and "operationId".' };
            }
            else if (!ids.has(replacement.operationId)) {
                yield { file: c.swaggerFile, pointer: `${at}/operationId`, severity: 'warning', message: `The replacement operation ${quote(replacement.operationId)} is not in this definition (fine only if "api" is another connector).` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/types.ts
// Whether a JSON value fits a Swagger type.
function matchesType(value, type) {
    switch (type) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number';
        case 'boolean':
            return typeof value === 'boolean';
        case 'array':
            return Array.isArray(value);
        case 'object':
            return value !== null && typeof value === 'object' && !Array.isArray(value);
        default:
            return true;
    }
}

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/shared/schemas.ts
// Every JSON schema a swagger document holds (definitions, body parameters, responses, their properties and
// items, all the way down) with its pointer, so schema rules see each schema once, where it is written.




/**
 * A schema where it is written. Its pointer is made when read: a large definition holds tens of thousands of
 * schemas, few of which reach a finding, and a pointer string made for each cost about 100 MB of allocation over the
 * 990 connectors of the scale bench.
 */
class SchemaSite {
    schema;
    parent;
    via;
    key;
    role;
    property;
    required;
    #pointer;
    constructor(schema, 
    // The site that holds this schema, the member that leads from it ("/properties", "/items") and the name or
    // index in that member, if any; for a schema at the top, its whole pointer (and no parent).
    parent, via, key, 
    /** Where the schema is used: request bodies and definitions count as input, responses as output. */
    role, 
    /** The name of the property this schema describes, when it is one. */
    property, 
    /** True when the parent object lists this property in `required`. */
    required) {
        this.schema = schema;
        this.parent = parent;
        this.via = via;
        this.key = key;
        this.role = role;
        this.property = property;
        this.required = required;
    }
    get pointer() {
        if (this.#pointer === undefined) {
            const at = this.parent ? this.parent.pointer + this.via : this.via;
            this.#pointer = this.key === undefined ? at : `${at}/${typeof this.key === 'number' ? this.key : (0,json_pointer/* escapeToken */.tj)(this.key)}`;
        }
        return this.#pointer;
    }
    /** The pointer's last two tokens, as written in it (escaped), without making the pointer. */
    lastTokens() {
        if (this.key !== undefined)
            return [this.via.slice(1), typeof this.key === 'number' ? String(this.key) : (0,json_pointer/* escapeToken */.tj)(this.key)];
        if (this.parent)
            return [this.parent.lastTokens()[1], this.via.slice(1)];
        const tokens = this.via.split('/');
        return [tokens[tokens.length - 2] ?? '', tokens[tokens.length - 1]];
    }
}
const schemas_cache = new WeakMap();
function schemasOf(swagger) {
    const cached = schemas_cache.get(swagger);
    if (cached)
        return cached;
    const sites = [];
    for (const [schema, p, role] of schemaRoots(swagger))
        walk(schema, p, undefined, role, undefined, false, sites, 0);
    schemas_cache.set(swagger, sites);
    return sites;
}
/** The schemas written directly in the document's definitions, parameters and responses (not those inside them). */
function schemaRoots(swagger) {
    const roots = [];
    for (const [name, s] of Object.entries((0,util_values/* asRecord */.qY)(swagger.definitions) ?? {}))
        roots.push([s, `/definitions/${(0,json_pointer/* escapeToken */.tj)(name)}`, 'definition']);
    for (const [name, p] of Object.entries((0,util_values/* asRecord */.qY)(swagger.parameters) ?? {})) {
        roots.push([(0,util_values/* asRecord */.qY)(p)?.schema, `/parameters/${(0,json_pointer/* escapeToken */.tj)(name)}/schema`, 'request']);
    }
    for (const [name, r] of Object.entries((0,util_values/* asRecord */.qY)(swagger.responses) ?? {})) {
        roots.push([(0,util_values/* asRecord */.qY)(r)?.schema, `/responses/${(0,json_pointer/* escapeToken */.tj)(name)}/schema`, 'response']);
    }
    for (const op of operationsOf(swagger)) {
        (0,util_values/* asArray */._j)(op.op.parameters).forEach((p, i) => roots.push([(0,util_values/* asRecord */.qY)(p)?.schema, `${op.pointer}/parameters/${i}/schema`, 'request']));
        for (const [code, r] of Object.entries((0,util_values/* asRecord */.qY)(op.op.responses) ?? {})) {
            roots.push([(0,util_values/* asRecord */.qY)(r)?.schema, `${op.pointer}/responses/${(0,json_pointer/* escapeToken */.tj)(code)}/schema`, 'response']);
        }
    }
    return roots;
}
const EMPTY = [];
// Depth-bounded: schemas are trees here because `$ref`s are not followed.
function walk(value, via, key, role, property, required, out, depth, parent) {
    const schema = (0,util_values/* asRecord */.qY)(value);
    if (!schema || depth > 64)
        return;
    const site = new SchemaSite(schema, parent, via, key, role, property, required);
    out.push(site);
    // Each member asked with `in` first: most schemas are leaves without them, and an absent member is found faster so
    // (none of these names is Object.prototype's).
    const properties = 'properties' in schema ? (0,util_values/* asRecord */.qY)(schema.properties) : undefined;
    if (properties) {
        // A short list is searched; a long one (a hostile file can list thousands) becomes a set.
        const list = Array.isArray(schema.required) ? schema.required : EMPTY;
        const set = list.length > 16 ? new Set(list) : undefined;
        for (const name of Object.keys(properties)) {
            walk(properties[name], '/properties', name, role, name, set ? set.has(name) : list.includes(name), out, depth + 1, site);
        }
    }
    if ('items' in schema) {
        if (Array.isArray(schema.items))
            schema.items.forEach((it, i) => walk(it, '/items', i, role, undefined, false, out, depth + 1, site));
        else
            walk(schema.items, '/items', undefined, role, undefined, false, out, depth + 1, site);
    }
    if ('additionalProperties' in schema && (0,util_values/* asRecord */.qY)(schema.additionalProperties))
        walk(schema.additionalProperties, '/additionalProperties', undefined, role, undefined, false, out, depth + 1, site);
    if ('allOf' in schema)
        (0,util_values/* asArray */._j)(schema.allOf).forEach((s, i) => walk(s, '/allOf', i, role, undefined, false, out, depth + 1, site));
}
const requestCache = new WeakMap();
/**
 * Pointers (`/definitions/name`) of the definitions a request body can reach through `$ref`s, directly or through
 * other definitions. A definition only responses use is output, whatever its name.
 */
function requestDefinitions(swagger) {
    const cached = requestCache.get(swagger);
    if (cached)
        return cached;
    const reached = new Set();
    // The request schemas as written (the schemas inside them are walked with them, so each object is walked once).
    const queue = schemaRoots(swagger)
        .filter(([schema, , role]) => role === 'request' && (0,util_values/* asRecord */.qY)(schema))
        .map(([schema]) => schema);
    for (let i = 0; i < queue.length && reached.size < 10_000; i++) {
        for (const ref of refStrings(queue[i])) {
            const target = refPointer(ref);
            const name = target && /^\/definitions\/[^/]+$/.test(target) ? target : undefined;
            if (!name || reached.has(name))
                continue;
            reached.add(name);
            const def = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(swagger.definitions)?.[decodeToken(name.slice('/definitions/'.length))]);
            if (def)
                queue.push(def);
        }
    }
    requestCache.set(swagger, reached);
    return reached;
}
function decodeToken(token) {
    return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
/**
 * A schema's place in words, for lists of places: `/paths/~1orders/get/responses/200/schema/properties/lines/items`
 * reads "GET /orders, 200 response: lines[]", `/definitions/Order/properties/id` reads "Order: id".
 */
function schemaPlace(pointer) {
    const tokens = pointer.split('/').slice(1).map(decodeToken);
    let head;
    if (tokens[0] === 'paths' && tokens.length >= 3)
        head = `${tokens[2].toUpperCase()} ${tokens.splice(0, 3)[1]}`;
    else
        head = tokens.splice(0, 2)[1] ?? '';
    const context = [];
    let property = '';
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t === 'responses' || t === 'parameters')
            context.push(t === 'responses' ? `${tokens[++i]} response` : `parameter ${tokens[++i]}`);
        else if (t === 'properties')
            property += `${property ? '.' : ''}${tokens[++i] ?? ''}`;
        else if (t === 'items')
            property += property ? '[]' : 'items';
        else if (t !== 'schema')
            property += `${property ? '.' : ''}${t}`;
    }
    return [[head, ...context].join(', '), property].filter(Boolean).join(': ');
}

// EXTERNAL MODULE: ./src/engine/fix/drafts.ts
var drafts = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/parameters.ts
// Parameters: URL encoding, reserved names, display text, internal defaults, default types.










const uniqueCache = new WeakMap();
/**
 * Each parameter once, at the place it is written (path-level parameters are shared by several operations): one list
 * per definition, which the parameter rules share, each walking it by index (a for…of in a generator allocates a
 * result object per item).
 */
function uniqueParameters(pkg) {
    const c = withSwagger(pkg);
    if (!c)
        return [];
    const cached = uniqueCache.get(c.swagger);
    if (cached)
        return cached;
    const list = [];
    const seen = new Set();
    for (const op of operationsOf(c.swagger)) {
        for (const p of parametersOf(c.swagger, op)) {
            if (seen.has(p.valuePointer))
                continue;
            seen.add(p.valuePointer);
            list.push({ c, op, p });
        }
    }
    uniqueCache.set(c.swagger, list);
    return list;
}
const pathParameterEncoding = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.path-parameter-encoding',
    title: 'Path parameters declare x-ms-url-encoding',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'PathParameterMissingEncoding: say whether a path value is encoded once or twice ("single" or "double"). A validator warning; 123 certified connectors omit it. ' +
        'One finding per file lists the parameters.',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            if (p.in === 'path' && p.param['x-ms-url-encoding'] === undefined) {
                yield {
                    file: c.swaggerFile,
                    pointer: p.valuePointer,
                    message: `Path parameter "${p.name}" has no x-ms-url-encoding ("single" or "double").`,
                    repeat: { summary: '{n} path parameters have no x-ms-url-encoding ("single" or "double")', place: `"${p.name}"` },
                    fix: (0,drafts/* addFix */.BB)(`Add "x-ms-url-encoding": "single" to path parameter "${p.name}".`, `${p.valuePointer}/x-ms-url-encoding`, 'single'),
                };
            }
        }
    },
});
const queryParameterEncoding = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.query-parameter-encoding',
    title: 'Query parameters do not declare x-ms-url-encoding',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'QueryParameterEncodingNotSupported: encoding choices apply to path values only.',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            if (p.in === 'query' && p.param['x-ms-url-encoding'] !== undefined) {
                const at = `${p.valuePointer}/x-ms-url-encoding`;
                yield { file: c.swaggerFile, pointer: at, message: `Query parameter "${p.name}" cannot set x-ms-url-encoding.`, fix: (0,drafts/* removeFix */.sD)(`Remove x-ms-url-encoding from query parameter "${p.name}".`, at) };
            }
        }
    },
});
const reservedParameter = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.reserved-parameter',
    title: 'No parameter is named connectionId',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'connectionId is reserved by the platform (ConnectionIdParameterNotAllowed; the Copilot for Sales sample also calls it reserved).',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            if (p.name.toLowerCase() === 'connectionid' && p.in !== 'body') {
                yield { file: c.swaggerFile, pointer: `${p.valuePointer}/name`, message: `Parameter "${p.name}" uses the reserved name connectionId; rename it.` };
            }
        }
    },
});
const parameterText = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.parameter-text',
    title: 'Visible parameters have an x-ms-summary (at most 80 characters) and a description',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The designer shows x-ms-summary as the field name and description as its hint (certification guide; string guidance, 80 characters). Internal parameters, and the ' +
        'parameters of internal operations, are not shown and are skipped; one finding per file lists the parameters that lack text.',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, op, p } = parameters[i];
            if (visibility(p.param) === 'internal' || p.in === 'body' || isInternal(op))
                continue;
            const summary = (0,util_values/* asString */.oJ)(p.param['x-ms-summary']);
            const missing = [!(0,util_values/* isNonEmptyString */.uI)(summary) && 'x-ms-summary', !(0,util_values/* isNonEmptyString */.uI)(p.param.description) && 'description'].filter(Boolean);
            if (missing.length) {
                yield {
                    file: c.swaggerFile,
                    pointer: p.valuePointer,
                    message: `Parameter "${p.name}" has no ${missing.join(' and no ')}.`,
                    repeat: { summary: '{n} parameters lack an x-ms-summary (the field name users see) or a description', place: `"${p.name}" (${missing.join(', ')})` },
                };
            }
            else if (summary && summary.length > 80) {
                yield { file: c.swaggerFile, pointer: `${p.valuePointer}/x-ms-summary`, message: `The x-ms-summary of "${p.name}" is ${summary.length} characters; the limit is 80.` };
            }
        }
    },
});
const internalDefaultRequired = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.internal-default-required',
    title: 'Internal parameters with a default are required',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'An internal field is hidden from users, so an optional one is dropped and its default never sent (PropertyMustBeRequired for body properties; InternalPropertyWithDefaultOptional, a warning, for other parameters).',
    *check({ pkg }) {
        // Body properties: an internal property with a default that the schema does not require.
        const c = withSwagger(pkg);
        const sites = c ? schemasOf(c.swagger) : [];
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (s.role === 'response' || s.property === undefined || s.required)
                continue;
            if (visibility(s.schema) === 'internal' && s.schema.default !== undefined) {
                yield { file: c.swaggerFile, pointer: s.pointer, message: `Internal property "${s.property}" has a default but is not in its parent's required list, so the default is never sent.` };
            }
        }
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            if (visibility(p.param) === 'internal' && p.param.default !== undefined && p.param.required !== true) {
                yield {
                    file: c.swaggerFile,
                    pointer: p.valuePointer,
                    severity: p.in === 'body' ? 'error' : 'warning',
                    message: `Internal parameter "${p.name}" has a default but is not required, so the default is never sent; add "required": true.`,
                };
            }
        }
    },
});
const parameterDefaultType = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.parameter-default-type',
    title: 'Parameter defaults match their type; allowEmptyValue only on query and formData',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'DefaultValueMustMatchType and AllowEmptyValueOnlyValidForQueryFormData.',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            yield* defaultProblems(c.swaggerFile, p);
        }
    },
});
function* defaultProblems(file, p) {
    const type = (0,util_values/* asString */.oJ)(p.param.type);
    if (p.param.default !== undefined && type && !matchesType(p.param.default, type)) {
        yield { file, pointer: `${p.valuePointer}/default`, message: `The default of "${p.name}" is ${JSON.stringify(p.param.default)}, which is not of type ${type}.` };
    }
    if (p.param.allowEmptyValue !== undefined && p.in !== 'query' && p.in !== 'formData') {
        yield { file, pointer: `${p.valuePointer}/allowEmptyValue`, message: `allowEmptyValue is only valid on query and formData parameters ("${p.name}" is in ${p.in}).` };
    }
}
const formDataParameter = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.formdata-parameter',
    title: 'formData parameter names are US-ASCII',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'InvalidFormDataParameterName: multipart and form-urlencoded field names must be US-ASCII. (type "file" outside formData is refused by the Swagger 2.0 schema, powerplatform.swagger-schema.)',
    *check({ pkg }) {
        const parameters = uniqueParameters(pkg);
        for (let i = 0; i < parameters.length; i++) {
            const { c, p } = parameters[i];
            // Printable ASCII only: the range is written out so no regular expression runs on untrusted text.
            if (p.in === 'formData' && [...p.name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) > 0x7e)) {
                yield { file: c.swaggerFile, pointer: `${p.valuePointer}/name`, message: `formData parameter name ${quote(p.name)} must be US-ASCII.` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/responses.ts
// Responses: a success response, its schema, the default response, one schema per operation.






const responses_label = (op) => `${op.method.toUpperCase()} ${op.path}`;
const successResponse = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.response-success',
    title: 'Every operation has a 2xx response',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationShouldHaveSuccessfulResponse: the designer builds outputs from the success response. The validator words it as "should", and published ' +
        'certified connectors (Babybots) answer with `default` only, so a warning; an operation with no response at all fails the Swagger 2.0 schema (powerplatform.swagger-schema).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const codes = Object.keys((0,util_values/* asRecord */.qY)(op.op.responses) ?? {});
            if (codes.length && !codes.some((code) => /^2\d\d$/.test(code))) {
                yield { file: c.swaggerFile, pointer: `${op.pointer}/responses`, message: `${responses_label(op)} has no 2xx response.`, repeat: { summary: '{n} operations have no 2xx response', place: responses_label(op) } };
            }
        }
    },
});
const successSchema = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.response-schema',
    title: '200 and 201 responses describe their body with a schema',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Certification requires exact response definitions so flows can use the outputs ("Define exact operation responses"; SchemaDefinitionSetIncorrectly; policy 5000.2.4.1). ' +
        'Exempt, because no user sees their output: webhook triggers (x-ms-notification-content describes what they deliver), operations that supply a dynamic schema ' +
        '(another operation names them in x-ms-dynamic-schema or x-ms-dynamic-properties: their response is the schema, read at design time; see ' +
        'https://learn.microsoft.com/connectors/custom-connectors/openapi-extensions, "Use dynamic schema"), and internal operations that supply nothing ' +
        '(x-ms-visibility internal, such as the delete operation the platform calls to remove a webhook). Internal operations that supply dynamic values keep the rule: ' +
        'their value-path must exist in the response.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const schemas = schemaSuppliers(c.swagger);
        const values = valueSuppliers(c.swagger);
        for (const op of operationsOf(c.swagger)) {
            if (op.isWebhook)
                continue;
            if (op.operationId !== undefined && schemas.has(op.operationId))
                continue;
            if (isInternal(op) && !(op.operationId !== undefined && values.has(op.operationId)))
                continue;
            for (const r of responsesOf(c.swagger, op)) {
                if ((r.code === '200' || r.code === '201') && r.response.schema === undefined) {
                    yield {
                        file: c.swaggerFile,
                        pointer: r.valuePointer,
                        message: `The ${r.code} response of ${responses_label(op)} has no schema; describe what it returns.`,
                        repeat: { summary: '{n} success responses have no schema; describe what each returns', place: `${r.code} of ${responses_label(op)}` },
                    };
                }
            }
        }
    },
});
const defaultResponse = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.default-response-schema',
    title: 'The default response has no schema',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'DefaultResponseHasSchema (policy 5000.2.4.2): outputs come from the success response; a schema on "default" confuses the designer. ' +
        'A warning rather than an error: 61 published certified connectors still have one, and the catalogue advises reporting such legacy violations as warnings.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            for (const r of responsesOf(c.swagger, op)) {
                if (r.code === 'default' && r.response.schema !== undefined) {
                    yield {
                        file: c.swaggerFile,
                        pointer: `${r.valuePointer}/schema`,
                        message: `The default response of ${responses_label(op)} has a schema; remove it.`,
                        repeat: { summary: 'The default response of {n} operations has a schema; remove it', place: responses_label(op) },
                    };
                }
            }
        }
    },
});
const oneResponseSchema = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.one-response-schema',
    title: 'Only one response per operation has a schema',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationHasManyResponsesWithSchema: the designer uses one response schema for outputs; the others are ignored. A validator warning.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const withSchema = responsesOf(c.swagger, op).filter((r) => r.response.schema !== undefined && r.code !== 'default');
            if (withSchema.length > 1) {
                const codes = withSchema.map((r) => r.code).join(', ');
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/responses`,
                    message: `${responses_label(op)} has schemas on ${codes}; only one is used.`,
                    repeat: { summary: '{n} operations have a schema on more than one response; the designer uses one', place: `${responses_label(op)} (${codes})` },
                };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/schemas.ts
// JSON schemas inside the definition: arrays with items, enums, bounds, required lists, empty properties, dictionaries.







const arrayItems = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-array-items',
    title: 'Array schemas declare items',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'ArrayHasNoItems: the designer needs the element type of every array.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (s.schema.type === 'array' && s.schema.items === undefined)
                yield { file: c.swaggerFile, pointer: s.pointer, message: 'This array schema has no items.' };
        }
    },
});
const enums = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-enum',
    title: 'Enums are non-empty, without duplicates, of the declared type; x-ms-enum-values match them',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'EnumMustContainAtLeastOneElement, ArrayDuplicateValue, InvalidEnumValue*, MissingEnumValuesDisplayName, DuplicateEnumValuesInExtension.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (hasEnum(s.schema))
                yield* enumProblems(c.swaggerFile, s.schema, s.pointer);
        }
        // Non-body parameters carry enum directly, outside any schema.
        for (const [path, item] of Object.entries((0,util_values/* asRecord */.qY)(c.swagger.paths) ?? {})) {
            for (const [method, op] of Object.entries((0,util_values/* asRecord */.qY)(item) ?? {})) {
                for (const [i, p] of (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(op)?.parameters).entries()) {
                    const rec = (0,util_values/* asRecord */.qY)(p);
                    if (rec && rec.in !== 'body' && hasEnum(rec))
                        yield* enumProblems(c.swaggerFile, rec, `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/parameters/${i}`);
                }
            }
        }
    },
});
// Generator rules iterate their lists by index: a for…of inside a generator allocates a result object per item, and
// these loops visit every schema of every connector.
function hasEnum(schema) {
    return (0,util_values/* member */.Dc)(schema, 'enum') !== undefined || (0,util_values/* member */.Dc)(schema, 'x-ms-enum-values') !== undefined;
}
function* enumProblems(file, schema, at) {
    const values = schema.enum;
    if (values !== undefined) {
        const list = (0,util_values/* asArray */._j)(values);
        if (!Array.isArray(values) || list.length === 0)
            yield { file, pointer: `${at}/enum`, message: 'enum must list at least one value.' };
        const seen = new Set();
        const type = (0,util_values/* asString */.oJ)(schema.type);
        const wrong = [];
        for (let i = 0; i < list.length; i++) {
            const v = list[i];
            const key = JSON.stringify(v);
            if (seen.has(key))
                yield { file, pointer: `${at}/enum/${i}`, message: `enum lists ${key} twice.` };
            seen.add(key);
            if (type && v !== null && !matchesType(v, type))
                wrong.push([i, key]);
        }
        // One enum with several values of another type (true, false, 1, 0 on a boolean) is one thing to fix.
        if (wrong.length) {
            const name = (0,util_values/* asString */.oJ)(schema.name) ?? (0,util_values/* asString */.oJ)(schema['x-ms-summary']);
            const values = wrong.map(([, k]) => k).join(', ');
            yield {
                file,
                pointer: `${at}/enum/${wrong[0][0]}`,
                message: `enum value${wrong.length > 1 ? 's' : ''} ${values} ${wrong.length > 1 ? 'are' : 'is'} not of type ${type}${name ? ` (${quote(name)})` : ''}.`,
                repeat: { summary: '{n} enums list values that are not of their declared type', place: `${name ? quote(name) : at}: ${values} (${type})` },
            };
        }
    }
    const ext = (0,util_values/* asArray */._j)(schema['x-ms-enum-values']);
    if (ext.length === 0)
        return;
    const allowed = Array.isArray(values) ? new Set(values.map((v) => JSON.stringify(v))) : undefined;
    const seen = new Set();
    for (const [i, e] of ext.entries()) {
        const rec = (0,util_values/* asRecord */.qY)(e);
        if (!rec || typeof rec.displayName !== 'string' || !rec.displayName.trim())
            yield { file, pointer: `${at}/x-ms-enum-values/${i}`, message: 'Each x-ms-enum-values entry needs a displayName.' };
        const key = JSON.stringify(rec?.value);
        if (seen.has(key))
            yield { file, pointer: `${at}/x-ms-enum-values/${i}/value`, message: `x-ms-enum-values lists ${key} twice.` };
        seen.add(key);
        if (allowed && rec && !allowed.has(key))
            yield { file, pointer: `${at}/x-ms-enum-values/${i}/value`, message: `x-ms-enum-values value ${key} is not in enum.` };
    }
}
const bounds = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-bounds',
    title: 'Schema bounds are consistent and patterns compile',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'The validator\'s metadata checks: minimum ≤ maximum, minLength ≤ maxLength, minItems ≤ maxItems, no negative lengths or counts, multipleOf above 0, and a pattern that is a valid regular expression.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            const x = s.schema;
            for (let b = 0; b < BOUND_PAIRS.length; b++) {
                const [lo, hi] = BOUND_PAIRS[b];
                const low = (0,util_values/* member */.Dc)(x, lo);
                const high = typeof low === 'number' ? (0,util_values/* member */.Dc)(x, hi) : undefined;
                if (typeof low === 'number' && typeof high === 'number' && low > high) {
                    yield { file: c.swaggerFile, pointer: `${s.pointer}/${lo}`, message: `${lo} (${low}) is larger than ${hi} (${high}).` };
                }
            }
            for (let n = 0; n < COUNTS.length; n++) {
                const k = COUNTS[n];
                const count = (0,util_values/* member */.Dc)(x, k);
                if (typeof count === 'number' && count < 0)
                    yield { file: c.swaggerFile, pointer: `${s.pointer}/${k}`, message: `${k} cannot be negative.` };
            }
            const multipleOf = (0,util_values/* member */.Dc)(x, 'multipleOf');
            if (typeof multipleOf === 'number' && multipleOf <= 0)
                yield { file: c.swaggerFile, pointer: `${s.pointer}/multipleOf`, message: 'multipleOf must be greater than 0.' };
            const pattern = (0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(x, 'pattern'));
            // Compiling does not run the expression, so an untrusted pattern cannot hang this check.
            if (pattern !== undefined && !compiles(pattern))
                yield { file: c.swaggerFile, pointer: `${s.pointer}/pattern`, message: `pattern ${quote(pattern)} is not a valid regular expression.` };
        }
    },
});
// Module constants, not literals in the loop: the rule visits every schema of every connector.
const BOUND_PAIRS = [
    ['minimum', 'maximum'],
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
    ['minProperties', 'maxProperties'],
];
const COUNTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'];
function compiles(pattern) {
    try {
        new RegExp(pattern, 'u');
        return true;
    }
    catch {
        try {
            new RegExp(pattern);
            return true;
        }
        catch {
            return false;
        }
    }
}
const requiredList = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-required',
    title: 'required lists are non-empty and name defined properties',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'RequiredProperty* codes: a required list is non-empty, appears on object schemas with properties, and names only properties they define; request schemas do not require read-only properties.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (s.schema.required === undefined || !Array.isArray(s.schema.required))
                continue;
            const required = s.schema.required;
            if (required.length === 0) {
                yield { file: c.swaggerFile, pointer: `${s.pointer}/required`, message: 'required is empty; remove it.' };
                continue;
            }
            const props = (0,util_values/* asRecord */.qY)(s.schema.properties);
            if (!props) {
                if (s.schema.allOf === undefined && s.schema.$ref === undefined)
                    yield { file: c.swaggerFile, pointer: `${s.pointer}/required`, message: 'required is set on a schema without properties.' };
                continue;
            }
            for (const [i, name] of required.entries()) {
                if (typeof name !== 'string' || !(name in props)) {
                    if (s.schema.allOf === undefined)
                        yield { file: c.swaggerFile, pointer: `${s.pointer}/required/${i}`, message: `required names ${quote(String(name))}, which is not among the properties.` };
                }
                else if (s.role === 'request' && (0,util_values/* asRecord */.qY)(props[name])?.readOnly === true) {
                    yield { file: c.swaggerFile, pointer: `${s.pointer}/required/${i}`, message: `Input property ${quote(name)} is both required and readOnly.` };
                }
            }
        }
    },
});
const emptyProperties = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-empty',
    title: 'No empty property schemas',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The certification guide asks to remove empty properties (no type, no $ref) unless they are required. Reviewer feedback, so a warning.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (s.property !== undefined && !s.required && Object.keys(s.schema).length === 0) {
                yield { file: c.swaggerFile, pointer: s.pointer, message: `Property ${quote(s.property)} has an empty schema; give it a type or remove it.` };
            }
        }
    },
});
const dictionaryEditor = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-editor',
    title: 'x-ms-editor "dictionary" is only on objects with additionalProperties',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'InvalidCustomEditorExtensionDictionaryValue.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            if (s.schema['x-ms-editor'] === 'dictionary' && (s.schema.type !== 'object' || s.schema.additionalProperties === undefined)) {
                yield { file: c.swaggerFile, pointer: `${s.pointer}/x-ms-editor`, message: 'x-ms-editor "dictionary" needs an object schema with additionalProperties.' };
            }
        }
    },
});
const schemaTypes = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-types',
    title: 'file and binary types sit where the platform accepts them; discriminators name a required string property',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'SchemaTypeFileNotValid (type file only at the root of a response, or as a formData parameter), InvalidStringBinaryProperty ("string/binary can only be at the top level of a body ' +
        'or formData parameter": checked on request bodies and the definitions they reach, not on responses, where live certified connectors such as Kanbanize return files inside objects), ' +
        'and Discriminator* (the discriminator is a required string property of the schema). The validator\'s full type/format table is not published, so formats are not checked.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const requests = requestDefinitions(c.swagger);
        // The validator's rule is about body and formData parameters: a response may carry a file inside an object.
        const isInput = (s) => s.role === 'request' || (s.role === 'definition' && requests.has(/^\/definitions\/[^/]+/.exec(s.pointer)?.[0] ?? ''));
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            // The schema of a parameter or response, or a definition: its pointer ends in /schema or /definitions/name.
            const [before, last] = s.lastTokens();
            const root = last === 'schema' || (before === 'definitions' && last !== '');
            if (s.schema.type === 'file' && (!root || s.role === 'request')) {
                yield { file: c.swaggerFile, pointer: `${s.pointer}/type`, message: 'type "file" is only allowed at the root of a response schema (or on a formData parameter).' };
            }
            if (s.schema.type === 'string' && s.schema.format === 'binary' && !root && isInput(s)) {
                yield { file: c.swaggerFile, pointer: `${s.pointer}/format`, message: 'A string/binary value must be the whole body, not a property inside it.' };
            }
            const d = (0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(s.schema, 'discriminator'));
            if (d !== undefined) {
                const prop = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(s.schema.properties)?.[d]);
                const required = (0,util_values/* asArray */._j)(s.schema.required).includes(d);
                if (!prop || prop.type !== 'string' || !required) {
                    yield { file: c.swaggerFile, pointer: `${s.pointer}/discriminator`, message: `discriminator ${quote(d)} must be a required string property of this schema.` };
                }
            }
        }
    },
});
const propertyText = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.schema-text',
    title: 'Schema properties carry a display name (x-ms-summary or title) and a description',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorStringGuidance,
    description: 'The designer labels inputs and dynamic content with x-ms-summary (or title) and shows the description as help (string guidance; reviewer in PR #880). ' +
        'Advice: one notice per file, listing the schemas whose properties lack a display name (504 per-schema notices on 21 corpus connectors said one thing).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = schemasOf(c.swagger);
        for (let i = 0; i < sites.length; i++) {
            const s = sites[i];
            const props = (0,util_values/* asRecord */.qY)(s.schema.properties);
            if (!props)
                continue;
            const unnamed = Object.entries(props)
                .filter(([, v]) => {
                const p = (0,util_values/* asRecord */.qY)(v);
                return p && (0,util_values/* member */.Dc)(p, '$ref') === undefined && (0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(p, 'x-ms-visibility')) !== 'internal' && !(0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(p, 'x-ms-summary'))?.trim() && !(0,util_values/* asString */.oJ)((0,util_values/* member */.Dc)(p, 'title'))?.trim();
            })
                .map(([k]) => k);
            if (unnamed.length) {
                const shown = unnamed.slice(0, 5).map((k) => `"${k}"`).join(', ');
                yield {
                    file: c.swaggerFile,
                    pointer: `${s.pointer}/properties`,
                    message: `${unnamed.length} properties have no x-ms-summary or title: ${shown}${unnamed.length > 5 ? ', …' : ''}.`,
                    repeat: { summary: '{n} schemas have properties without an x-ms-summary or title (the name the designer shows)', place: `${schemaPlace(s.pointer) || 'the body'} (${unnamed.length})` },
                };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/security.ts
// Security requirements, webhook triggers, paging and dynamic references.









const securityDefined = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.security-defined',
    title: 'Security requirements name defined schemes with valid scopes',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'SecurityRequirementMustBeDefined, ...MustHaveEmptyValue, OAuthSecurityRequirementValueMustBeScopeName: every requirement names a securityDefinitions entry; ' +
        'non-OAuth requirements use [], OAuth ones list only scopes the definition declares. One undefined scheme named by many operations is one finding listing them.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const defs = (0,util_values/* asRecord */.qY)(c.swagger.securityDefinitions) ?? {};
        const lists = [[c.swagger.security, '/security', 'the document']];
        for (const op of operationsOf(c.swagger))
            lists.push([op.op.security, `${op.pointer}/security`, `${op.method.toUpperCase()} ${op.path}`]);
        for (const [list, at, where] of lists) {
            for (const [i, req] of (0,util_values/* asArray */._j)(list).entries()) {
                for (const [name, scopes] of Object.entries((0,util_values/* asRecord */.qY)(req) ?? {})) {
                    const def = (0,util_values/* asRecord */.qY)(defs[name]);
                    const p = `${at}/${i}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
                    if (!def) {
                        // One undefined scheme named by every operation is one thing to fix: one finding, listing the operations.
                        const known = Object.keys(defs);
                        yield {
                            file: c.swaggerFile,
                            pointer: p,
                            message: `Security requirement ${quote(name)} is not in securityDefinitions${known.length ? ` (it defines ${known.map((k) => quote(k)).join(', ')})` : ''}.`,
                            repeat: { summary: `Security requirement ${quote(name)} is not in securityDefinitions${known.length ? ` (it defines ${known.map((k) => quote(k)).join(', ')})` : ''}; {n} places name it`, place: where },
                        };
                    }
                    else if (def.type !== 'oauth2' && (0,util_values/* asArray */._j)(scopes).length > 0) {
                        yield { file: c.swaggerFile, pointer: p, message: `Security requirement ${quote(name)} is ${String(def.type)}; its value must be [].` };
                    }
                    else if (def.type === 'oauth2') {
                        const declared = (0,util_values/* asRecord */.qY)(def.scopes) ?? {};
                        for (const [j, scope] of (0,util_values/* asArray */._j)(scopes).entries()) {
                            if (typeof scope !== 'string' || !(scope in declared))
                                yield { file: c.swaggerFile, pointer: `${p}/${j}`, message: `Scope ${quote(String(scope))} is not declared in securityDefinitions.${name}.scopes.` };
                        }
                    }
                }
            }
        }
    },
});
/** The notification-URL property of a webhook trigger's body, with its pointer and whether the chain marks it required. */
function notificationUrl(swagger, schema, at, requiredChain, depth = 0) {
    const { value, pointer: p } = deref(swagger, schema, at);
    if (!value || depth > 8)
        return undefined;
    const required = new Set((0,util_values/* asArray */._j)(value.required));
    for (const [name, raw] of Object.entries((0,util_values/* asRecord */.qY)(value.properties) ?? {})) {
        const resolved = deref(swagger, raw, `${p}/properties/${name}`);
        if (!resolved.value)
            continue;
        const isRequired = requiredChain && required.has(name);
        if (resolved.value['x-ms-notification-url'] === true) {
            return { pointer: resolved.pointer, prop: resolved.value, required: isRequired, internal: (0,util_values/* asString */.oJ)(resolved.value['x-ms-visibility']) === 'internal' };
        }
        const inner = notificationUrl(swagger, resolved.value, resolved.pointer, isRequired, depth + 1);
        if (inner)
            return { ...inner, internal: inner.internal || (0,util_values/* asString */.oJ)(resolved.value['x-ms-visibility']) === 'internal' };
    }
    return undefined;
}
const webhookNotificationUrl = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.webhook-notification-url',
    title: 'Webhook triggers have an internal, required, string x-ms-notification-url in the body',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'WebhookOperationsMissingNotificationUrlProperty and the validator\'s webhook table: the callback URL the platform fills in is a body property marked ' +
        'x-ms-notification-url: true, of type string, required at every level, and internal (or under an internal parent). A missing property or a wrong type is an error; ' +
        'an optional chain or a visible property is a warning, because published certified connectors (Calendly) have them.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            if (!op.isWebhook)
                continue;
            const body = parametersOf(c.swagger, op).find((p) => p.in === 'body');
            const found = body ? notificationUrl(c.swagger, body.param.schema, `${body.valuePointer}/schema`, body.param.required === true) : undefined;
            if (!found) {
                yield { file: c.swaggerFile, pointer: op.pointer, message: `Webhook trigger ${op.method.toUpperCase()} ${op.path} has no body property marked "x-ms-notification-url": true.` };
                continue;
            }
            if (found.prop.type !== 'string')
                yield { file: c.swaggerFile, pointer: found.pointer, message: 'The notification URL property must be of type string.' };
            // Published connectors (Calendly, OK dokument) leave the chain optional or the property visible: legacy, so warnings.
            const legacy = [!found.required && 'required at every level (the body parameter too)', !found.internal && 'x-ms-visibility internal'].filter(Boolean);
            if (legacy.length)
                yield { file: c.swaggerFile, pointer: found.pointer, severity: 'warning', message: `The notification URL property should be ${legacy.join(' and ')}.` };
        }
    },
});
const webhookNotificationContent = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.webhook-notification-content',
    title: 'Webhook triggers describe their output with x-ms-notification-content',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationMustHaveNotificationContentExtension and NotificationExtension*: a webhook trigger\'s output is the callback payload, described by x-ms-notification-content; ' +
        'x-ms-notification belongs on non-webhook operations and names an existing operation. Four of the certified and independent connectors in the corpus describe the payload ' +
        'in the subscription\'s response schema instead (the older convention), so a missing extension is a warning, and none at all when a success response has a schema.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const legacyOutput = responsesOf(c.swagger, op).some((r) => /^2\d\d$/.test(r.code) && r.response.schema !== undefined);
            if (op.isWebhook && op.op['x-ms-notification-content'] === undefined && !legacyOutput) {
                yield { file: c.swaggerFile, pointer: op.pointer, message: `Webhook trigger ${op.method.toUpperCase()} ${op.path} has no x-ms-notification-content describing the payload it delivers.` };
            }
            const notification = (0,util_values/* asRecord */.qY)(op.op['x-ms-notification']);
            if (notification) {
                const id = (0,util_values/* asString */.oJ)(notification.operationId);
                if (op.isWebhook)
                    yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-notification`, message: 'x-ms-notification belongs on operations that are not webhook triggers.' };
                else if (!id || !operationById(c.swagger, id))
                    yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-notification`, message: `x-ms-notification names operation ${quote(String(id))}, which the definition does not have.` };
            }
        }
    },
});
const pageable = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.pageable',
    title: 'x-ms-pageable.nextLinkName is nextLink or @odata.nextLink',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'InvalidNextLinkNameValue.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const pg = (0,util_values/* asRecord */.qY)(op.op['x-ms-pageable']);
            if (!pg)
                continue;
            const name = pg.nextLinkName;
            if (name !== 'nextLink' && name !== '@odata.nextLink') {
                yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-pageable/nextLinkName`, message: `nextLinkName ${quote(String(name))} must be "nextLink" or "@odata.nextLink".` };
            }
        }
    },
});
const dynamicReferences = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.dynamic-references',
    title: 'Dynamic values and schemas call existing operations with existing parameters',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorSwaggerValidator,
    description: 'OperationIdNotFound and the Dynamic* codes: x-ms-dynamic-values, -schema, -list and -properties name an operationId of the definition, and the parameters they pass exist on that operation. ' +
        '(-list and -properties use operationId too, or a "dynamicState" the service supplies.) Body parameters themselves take no dynamic extension (the schema\'s properties do).',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const { key, holder, at, ext, operationId: id } of dynamicUses(c.swagger)) {
            if (holder.in === 'body') {
                yield { file: c.swaggerFile, pointer: `${at}/${key}`, message: `${key} cannot be set on a body parameter; put it on a property of the body schema.` };
            }
            if (!ext || id === undefined)
                continue;
            const target = operationById(c.swagger, id);
            if (!target) {
                yield { file: c.swaggerFile, pointer: `${at}/${key}/operationId`, message: `${key} calls operation ${quote(id)}, which the definition does not have.` };
                continue;
            }
            const names = new Set(parametersOf(c.swagger, target).map((p) => p.name));
            for (const name of Object.keys((0,util_values/* asRecord */.qY)(ext.parameters) ?? {})) {
                if (!names.has(name))
                    yield { file: c.swaggerFile, pointer: `${at}/${key}/parameters/${(0,json_pointer/* escapeToken */.tj)(name)}`, message: `${key} passes "${name}", which operation ${quote(id)} does not take.` };
            }
        }
    },
});

// EXTERNAL MODULE: ./src/engine/images/png.ts
var png = __webpack_require__(5314);
;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/icon.ts
// icon.png: certified connectors bring their own (PNG, about 230×230, coloured background that matches
// iconBrandColor); independent publishers must not (a generic icon is applied).





const MAX_ICON_BYTES = 1024 * 1024;
function icon(pkg) {
    const name = connectorOf(pkg).files.icon;
    const bytes = name ? pkg.bytes(name) : undefined;
    return name && bytes ? { name, bytes } : undefined;
}
function decoded(pkg) {
    const found = icon(pkg);
    if (!found)
        return undefined;
    const r = (0,png/* readPng */.wL)(found.bytes);
    return !(0,png/* isPngError */.G9)(r) && r.pixels ? { name: found.name, img: r } : undefined;
}
const iconRequired = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.icon-required',
    title: 'Certified connectors include icon.png',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorPolicyErrors,
    description: 'A verified publisher submits its icon as icon.png (policy 5000.1.1.1). Warning rather than error: most certified folders in the repository ' +
        '(all but 11 of 619) keep the icon out of the folder and add it to the Partner Center package, so a folder without it is often not the whole submission. ' +
        'Independent publishers are exempt (see powerplatform.icon-ip-absent).',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        if (certificationTrack(c.cls) !== 'certified' || !c.files.swagger)
            return;
        if (!c.files.icon) {
            yield { message: 'There is no icon.png; the certification package needs the connector icon as icon.png.' };
        }
        else if (!c.files.icon.endsWith('icon.png')) {
            yield { file: c.files.icon, message: `The icon is named "${c.files.icon}"; name it exactly "icon.png".` };
        }
    },
});
const iconIndependentPublisher = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.icon-ip-absent',
    title: 'Independent publisher connectors do not include an icon',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertificationIp,
    description: 'Independent publisher connectors get the generic independent-publisher icon; the pull-request template asks not to submit one.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        if (c.cls === 'independent-publisher' && c.files.icon) {
            yield { file: c.files.icon, message: 'Independent publisher connectors use the generic icon; remove icon.png from the submission.' };
        }
    },
});
const iconFormat = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.icon-format',
    title: 'icon.png is a PNG under 1 MB',
    severity: 'error',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The icon must be a PNG (certification submission, icon section). The 1 MB ceiling is quoted from policy 5000.2.1.2 by third-party copies only, so exceeding it is a warning.',
    *check({ pkg }) {
        const found = icon(pkg);
        if (!found)
            return;
        const r = (0,png/* readPng */.wL)(found.bytes);
        if ((0,png/* isPngError */.G9)(r) && r.error !== 'too-large')
            yield { file: found.name, message: `${found.name} cannot be used: ${r.message}.` };
        if (found.bytes.byteLength > MAX_ICON_BYTES) {
            yield { file: found.name, severity: 'warning', message: `${found.name} is ${found.bytes.byteLength} bytes; keep it under 1 MB.` };
        }
    },
});
const iconSize = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.icon-size',
    title: 'icon.png is square, 100 to 230 pixels (230×230 preferred)',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The 2022 submission guide asks for a roughly 160×160 logo inside a roughly 230×230 square; a reviewer (PR #3473) asked for exactly 230×230, and ' +
        'third-party copies of policy 5000.2.1.4 give "100×100 to 230×230, square". The sources disagree on exact numbers, so this is a warning.',
    *check({ pkg }) {
        const found = icon(pkg);
        if (!found)
            return;
        const r = (0,png/* readPng */.wL)(found.bytes);
        const width = 'width' in r ? r.width : undefined;
        const height = 'height' in r ? r.height : undefined;
        if (width === undefined || height === undefined)
            return;
        if (width !== height)
            yield { file: found.name, message: `${found.name} is ${width}×${height}; it must be square (230×230 is safest).` };
        else if (width < 100 || width > 230)
            yield { file: found.name, message: `${found.name} is ${width}×${height}; use 100×100 to 230×230 (230×230 is safest).` };
    },
});
const iconBackground = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.icon-background',
    title: 'The icon background is neither white nor transparent, and matches iconBrandColor',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'The submission guide asks for an icon on a coloured, non-transparent, non-white background that matches iconBrandColor. Judged from the corner pixels, ' +
        'which is a heuristic, so a warning; a colour that differs from iconBrandColor is only a notice.',
    *check({ pkg }) {
        const d = decoded(pkg);
        if (!d)
            return;
        const { img, name } = d;
        const corners = [(0,png/* pixelAt */.om)(img, 0, 0), (0,png/* pixelAt */.om)(img, img.width - 1, 0), (0,png/* pixelAt */.om)(img, 0, img.height - 1), (0,png/* pixelAt */.om)(img, img.width - 1, img.height - 1)];
        if (corners.some((p) => p[3] < 250)) {
            yield { file: name, message: `${name} has a transparent background; use a solid background in the brand colour.` };
            return;
        }
        if (corners.some((p) => p[0] >= 245 && p[1] >= 245 && p[2] >= 245)) {
            yield { file: name, message: `${name} has a white background; use a solid background in the brand colour.` };
            return;
        }
        const c = connectorOf(pkg);
        const brand = (0,util_values/* asString */.oJ)(c.properties?.iconBrandColor)?.trim();
        const m = brand ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(brand) : null;
        if (!m || !c.propsFile)
            return;
        const rgb = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
        const [r, g, b] = corners[0];
        const distance = Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]);
        if (distance > 48) {
            const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
            yield {
                file: c.propsFile,
                pointer: '/properties/iconBrandColor',
                severity: 'notice',
                message: `The icon's background is ${hex} but iconBrandColor is ${brand}; make them the same colour.`,
            };
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/readme.ts
// readme.md content: the sections the repository's templates require, and OAuth app instructions.




// Headings as the templates write them, with the spellings real readmes use ("Known issues & limitations").
const SECTIONS = [
    { label: '## Publisher: <name>', pattern: /^#{1,3}\s*publisher\b/im },
    { label: '## Prerequisites', pattern: /^#{1,3}\s*pre-?requisites?\b/im },
    { label: '## Supported Operations', pattern: /^#{1,3}\s*supported\s+(?:operations|actions)\b/im },
    { label: '## Obtaining Credentials', pattern: /^#{1,3}\s*obtaining\s+credentials?\b/im },
    { label: '## Known Issues and Limitations', pattern: /^#{1,3}\s*known\s+issues\b/im },
    { label: '## Deployment Instructions', pattern: /^#{1,3}\s*deployment\s+instructions?\b/im, certifiedOnly: true },
];
const readmeSections = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.readme-sections',
    title: 'readme.md has the sections of the repository template',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorRepoTemplates,
    description: 'The certified and independent-publisher readme templates require a title paragraph, "Publisher:", Prerequisites, Supported Operations, ' +
        'Obtaining Credentials and Known Issues and Limitations; Deployment Instructions is required for certified connectors and optional for independent publishers. ' +
        'Reviewers ask for missing sections; a warning, because the headings are matched loosely.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        const name = c.files.readme && c.files.readme !== c.files.intro ? c.files.readme : undefined;
        if (!name)
            return;
        const text = pkg.text(name) ?? '';
        const certified = certificationTrack(c.cls) === 'certified';
        const missing = SECTIONS.filter((s) => (!s.certifiedOnly || certified) && !s.pattern.test(text)).map((s) => s.label);
        if (missing.length)
            yield { file: name, line: 1, message: `${name} lacks these sections: ${missing.join('; ')}.` };
    },
});
const readmeOAuth = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.readme-oauth',
    title: 'For OAuth connectors, the readme explains how to create the OAuth app',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertificationIp,
    description: 'Microsoft creates the OAuth app for independent publisher connectors from the readme, and reviewers ask certified publishers for the same steps. ' +
        'Detected by words such as "client ID", "client secret", "redirect URL" or "app registration"; a heuristic, so a warning.',
    *check({ pkg }) {
        const c = connectorOf(pkg);
        if (!c.files.readme || !usesOAuth(c))
            return;
        const text = pkg.text(c.files.readme) ?? '';
        if (!/client\s?id|client\s?secret|redirect\s?ur[il]|callback\s?url|app(?:lication)?\s+registration|register\s+(?:an?|your|the)\s+(?:new\s+)?(?:oauth\s+)?app/i.test(text)) {
            yield { file: c.files.readme, line: 1, message: `The connector signs in with OAuth, but ${c.files.readme} does not explain how to create the OAuth app (client ID, secret, redirect URL).` };
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/copilot.ts
// Connectors used as Copilot plugins (Microsoft 365 Copilot, Copilot Studio, Copilot for Sales): x-ms-openai-data,
// keywords, and descriptions an agent can choose an operation by.






/** Whether the connector declares itself a plugin: x-ms-openai-data with openai-enabled true, at the root or on an operation. */
function isPlugin(c) {
    if ((0,util_values/* asRecord */.qY)(c.swagger['x-ms-openai-data'])?.['openai-enabled'] === true)
        return true;
    return operationsOf(c.swagger).some((op) => (0,util_values/* asRecord */.qY)(op.op['x-ms-openai-data'])?.['openai-enabled'] === true);
}
const openAiData = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.openai-data',
    title: 'x-ms-openai-data is well formed and names existing operations',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.salesCopilotConnectorSample,
    description: 'Plugin connectors mark themselves with x-ms-openai-data: an object with a boolean "openai-enabled"; at the root it may list operations[] of ' +
        '{ operationId, x-ms-require-user-confirmation } (Copilot for Sales sample definition; 38 repository connectors). The shape is documented only by example, so a warning.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const sites = [[c.swagger['x-ms-openai-data'], '/x-ms-openai-data', true]];
        for (const op of operationsOf(c.swagger))
            sites.push([op.op['x-ms-openai-data'], `${op.pointer}/x-ms-openai-data`, false]);
        for (const [value, at, root] of sites) {
            if (value === undefined)
                continue;
            const rec = (0,util_values/* asRecord */.qY)(value);
            if (!rec) {
                yield { file: c.swaggerFile, pointer: at, message: 'x-ms-openai-data must be an object.' };
                continue;
            }
            if (typeof rec['openai-enabled'] !== 'boolean')
                yield { file: c.swaggerFile, pointer: at, message: 'x-ms-openai-data needs a boolean "openai-enabled".' };
            if (!root || rec.operations === undefined)
                continue;
            for (const [i, entry] of (0,util_values/* asArray */._j)(rec.operations).entries()) {
                const e = (0,util_values/* asRecord */.qY)(entry);
                const id = (0,util_values/* asString */.oJ)(e?.operationId);
                if (!id || !operationById(c.swagger, id)) {
                    yield { file: c.swaggerFile, pointer: `${at}/operations/${i}`, message: `x-ms-openai-data lists operation ${quote(String(id))}, which the definition does not have.` };
                }
                const confirm = e?.['x-ms-require-user-confirmation'];
                if (confirm !== undefined && typeof confirm !== 'boolean') {
                    yield { file: c.swaggerFile, pointer: `${at}/operations/${i}/x-ms-require-user-confirmation`, message: 'x-ms-require-user-confirmation must be true or false.' };
                }
            }
        }
    },
});
const aiKeywords = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.ai-keywords',
    title: 'Plugin connectors list info.x-ms-keywords',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.salesCopilotConnectorSample,
    description: 'The Copilot for Sales sample pairs x-ms-openai-data with info.x-ms-keywords, which help Copilot find the connector. Advice for plugin connectors.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c || !isPlugin(c))
            return;
        const kw = (0,util_values/* asRecord */.qY)(c.swagger.info)?.['x-ms-keywords'];
        if ((0,util_values/* asArray */._j)(kw).length === 0)
            yield { file: c.swaggerFile, pointer: '/info', message: 'This plugin connector has no info.x-ms-keywords; list words users would say when they need it.' };
    },
});
const MIN_WORDS = 6;
const aiDescriptions = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.ai-descriptions',
    title: 'Operations and parameters are described well enough for an agent to choose them',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.connectorCertification,
    description: 'Copilot picks a connector action from its description and fills parameters from theirs (certification "agent action requirements", quoted by third parties; ' +
        'Copilot for Sales maps parameters "based on the descriptions"). A description of fewer than six words, one that repeats the summary, or a visible parameter without description ' +
        'is reported: a warning for connectors that declare themselves plugins (x-ms-openai-data), a notice for others, because the threshold is a judgement. One finding per file and kind.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        const severity = isPlugin(c) ? 'warning' : 'notice';
        for (const op of operationsOf(c.swagger)) {
            if (visibility(op.op) === 'internal' || op.isTrigger)
                continue;
            const d = (0,util_values/* asString */.oJ)(op.op.description)?.trim() ?? '';
            const s = (0,util_values/* asString */.oJ)(op.op.summary)?.trim() ?? '';
            if (d && (wordCount(d) < MIN_WORDS || d.toLowerCase().replace(/\.$/, '') === s.toLowerCase())) {
                yield {
                    file: c.swaggerFile,
                    pointer: `${op.pointer}/description`,
                    severity,
                    message: `The description of ${op.operationId ?? op.path} (${quote(d)}) is too thin for Copilot to know when to call it; say what it does, with what input, and what it returns.`,
                    repeat: { summary: '{n} operation descriptions are too thin for Copilot to know when to call them; say what each does, with what input, and what it returns', place: op.operationId ?? op.path },
                };
            }
            const undocumented = parametersOf(c.swagger, op).filter((p) => visibility(p.param) !== 'internal' && p.in !== 'body' && !(0,util_values/* asString */.oJ)(p.param.description)?.trim());
            if (undocumented.length) {
                const names = undocumented.map((p) => `"${p.name}"`).join(', ');
                yield {
                    file: c.swaggerFile,
                    pointer: op.pointer,
                    severity,
                    message: `Copilot cannot tell what to pass for ${names} of ${op.operationId ?? op.path}: describe each parameter.`,
                    repeat: { summary: '{n} operations have parameters without a description, so Copilot cannot tell what to pass', place: `${op.operationId ?? op.path} (${names})` },
                };
            }
        }
    },
});
const agenticProtocol = (0,rule/* defineRule */.Km)({
    id: 'powerplatform.mcp-protocol',
    title: 'MCP operations declare x-ms-agentic-protocol: mcp-streamable-1.0',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['power-platform-connector'],
    docs: docs_links/* DOCS */.i.copilotStudioMcp,
    description: 'Copilot Studio recognises an MCP server connector by x-ms-agentic-protocol "mcp-streamable-1.0" on its streamable endpoint. Known only from third-party guides, so a notice.',
    *check({ pkg }) {
        const c = withSwagger(pkg);
        if (!c)
            return;
        for (const op of operationsOf(c.swagger)) {
            const v = op.op['x-ms-agentic-protocol'];
            if (v !== undefined && v !== 'mcp-streamable-1.0') {
                yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-agentic-protocol`, message: `x-ms-agentic-protocol is ${quote(String(v))}; Copilot Studio expects "mcp-streamable-1.0".` };
            }
        }
    },
});

;// CONCATENATED MODULE: ./src/engine/rules/powerplatform/index.ts


















const isRule = (v) => typeof v === 'object' && v !== null && 'id' in v && 'check' in v;
const powerPlatformRules = [
    files_namespaceObject,
    swagger_namespaceObject,
    info_namespaceObject,
    metadata_namespaceObject,
    api_properties_namespaceObject,
    oauth_namespaceObject,
    policies_namespaceObject,
    script_namespaceObject,
    settings_namespaceObject,
    powerplatform_secrets_namespaceObject,
    powerplatform_operations_namespaceObject,
    parameters_namespaceObject,
    responses_namespaceObject,
    powerplatform_schemas_namespaceObject,
    powerplatform_security_namespaceObject,
    icon_namespaceObject,
    readme_namespaceObject,
    copilot_namespaceObject,
].flatMap((m) => Object.values(m).filter(isRule));


/***/ })

};
