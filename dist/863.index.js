export const id = 863;
export const ids = [863];
export const modules = {

/***/ 2863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BASELINE_VERSION: () => (/* binding */ BASELINE_VERSION),
/* harmony export */   baselineEntries: () => (/* binding */ baselineEntries),
/* harmony export */   baselineFingerprint: () => (/* binding */ baselineFingerprint),
/* harmony export */   baselineStatus: () => (/* binding */ baselineStatus),
/* harmony export */   baselineText: () => (/* binding */ baselineText),
/* harmony export */   lookupIn: () => (/* binding */ lookupIn),
/* harmony export */   normalizeMessage: () => (/* binding */ normalizeMessage),
/* harmony export */   parseBaseline: () => (/* binding */ parseBaseline),
/* harmony export */   writingTo: () => (/* binding */ writingTo)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_json_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4693);
/* harmony import */ var _engine_json_pointer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5684);
/* harmony import */ var _engine_util_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4624);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
// The baseline: the findings a repository had when it adopted the check, so that they stop failing while new ones
// still fail. Written by `--write-baseline FILE`, read through the configuration's `baseline:`. Each entry has a
// fingerprint that does not move with lines: the rule, the package path, the file in the package, the JSON pointer
// and, for a finding without a pointer, its message with numbers blanked ("has 401 pixels" and "has 398 pixels" are
// the same finding). Entries are a multiset: three findings with one fingerprint need three entries. Loaded only
// when a baseline is used (node:crypto costs a cold run about 8 ms).





const BASELINE_VERSION = 1;
/** Hex digits per fingerprint: 64 bits, so that thousands of entries never collide by chance. */
const FINGERPRINT_LENGTH = 16;
function normalizeMessage(message) {
    return message.replace(/\d+/g, '0').replace(/\s+/g, ' ').trim();
}
function baselineFingerprint(packagePath, f) {
    const key = [f.ruleId, (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(packagePath), f.file, f.pointer, f.pointer ? '' : normalizeMessage(f.message)].join('\u0000');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex').slice(0, FINGERPRINT_LENGTH);
}
function lookupIn(baseline) {
    return {
        file: baseline.file,
        writing: false,
        forPackage(packagePath) {
            const left = new Map(baseline.byPackage.get((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(packagePath)) ?? []);
            return (f) => {
                if (left.size === 0)
                    return false;
                const fp = baselineFingerprint(packagePath, f);
                const n = left.get(fp) ?? 0;
                if (n > 0)
                    left.set(fp, n - 1);
                return n > 0;
            };
        },
    };
}
/** For `--write-baseline FILE`: every finding left is accepted into the new baseline. */
function writingTo(file) {
    return { file, writing: true, forPackage: () => () => true };
}
/** The entries of a report for a new baseline: every finding not suppressed by the configuration. */
function baselineEntries(report) {
    const entries = [];
    for (const p of report.packages) {
        for (const f of p.findings) {
            if (f.suppressed && f.suppressed.kind !== 'baseline')
                continue;
            entries.push({
                fingerprint: baselineFingerprint(p.path, f),
                ruleId: f.ruleId,
                package: (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(p.path),
                file: f.file,
                pointer: f.pointer,
                severity: f.originalSeverity ?? f.severity,
                message: f.message,
            });
        }
    }
    const key = (e) => [e.package, e.ruleId, e.file, e.pointer, e.message].join('\u0000');
    return entries.sort((a, b) => (0,_engine_util_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .K)(key(a), key(b)));
}
/** The baseline file: one entry per line, sorted, so that a refresh reads as a short diff. */
function baselineText(entries) {
    const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
    return `{\n  "version": ${BASELINE_VERSION},\n  "tool": "copilot-publish-check",\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}
function parseBaseline(text, file) {
    // JSON.parse first: a monorepo's baseline can pass the size up to which positions are computed; they are looked up
    // only to say where a problem is.
    const located = (pointer, message) => {
        const doc = (0,_engine_json_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .d)(file, text);
        const at = doc.error ?? doc.locate(pointer) ?? { line: 1, column: 1 };
        return { ok: false, problems: [{ file, line: at.line, column: at.column, message }] };
    };
    let root;
    try {
        root = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return located('', `the baseline is not valid JSON; write it again with --write-baseline ${file}.`);
    }
    if (!root || typeof root !== 'object' || Array.isArray(root) || root.version !== BASELINE_VERSION || !Array.isArray(root.findings)) {
        return located('', `this is not a baseline of copilot-publish-check (version ${BASELINE_VERSION} with "findings"); write it with --write-baseline ${file}.`);
    }
    const byPackage = new Map();
    for (const [i, entry] of root.findings.entries()) {
        const e = entry;
        if (!e || typeof e !== 'object' || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(e.fingerprint) || typeof e.package !== 'string') {
            return located((0,_engine_json_pointer_js__WEBPACK_IMPORTED_MODULE_4__/* .pointer */ .Wn)('findings', i), `entry ${i + 1} needs a "fingerprint" (16 hex digits) and a "package"; write the file again with --write-baseline ${file}.`);
        }
        const counts = byPackage.get((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(e.package)) ?? new Map();
        counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + 1);
        byPackage.set((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(e.package), counts);
    }
    return { ok: true, value: { file, byPackage } };
}
/**
 * Findings the baseline knew, and its entries that no finding of a checked package matches any more (fixed, so the
 * file can be refreshed). Packages this run did not check (another path, another scope) count as neither.
 */
function baselineStatus(report, baseline) {
    let known = 0;
    let fixed = 0;
    for (const p of report.packages) {
        known += p.findings.filter((f) => f.suppressed?.kind === 'baseline').length;
        const entries = baseline.byPackage.get((0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePackagePath */ .d)(p.path));
        if (!entries)
            continue;
        const found = new Map();
        for (const f of p.findings) {
            const fp = baselineFingerprint(p.path, f);
            found.set(fp, (found.get(fp) ?? 0) + 1);
        }
        for (const [fp, n] of entries)
            fixed += Math.max(0, n - (found.get(fp) ?? 0));
    }
    return { file: baseline.file, known, fixed };
}


/***/ })

};
