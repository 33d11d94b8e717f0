export const id = 643;
export const ids = [643];
export const modules = {

/***/ 5881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SARIF_RESULTS: () => (/* binding */ MAX_SARIF_RESULTS),
/* harmony export */   SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   renderSarifChunks: () => (/* binding */ renderSarifChunks),
/* harmony export */   sarifLog: () => (/* binding */ sarifLog)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(856);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6412);
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1938);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);
/* harmony import */ var _rule_meta_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1550);
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, one rule per rule id
// met, one result per finding located on the repository file it came from (else on the package itself).







const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning's limit for fullDescription. */
const MAX_FULL_DESCRIPTION = 1_000;
/** Code scanning keeps 25,000 results per run. */
const MAX_SARIF_RESULTS = 25_000;
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(report, paths) {
    return [...renderSarifChunks(report, paths)].join('');
}
/** The SARIF log in pieces of one result each (the same text as renderSarif), for writing to a stream. */
function* renderSarifChunks(report, paths) {
    // log > runs > run > results > one result: four levels written member by member.
    yield* (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonChunks */ .VQ)(sarifLog(report, paths), 4);
    yield '\n';
}
function sarifLog(report, paths) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const located = new Map(report.packages.map((p) => [p.path, packageLocation(p.path, paths)]));
    // Fingerprints name the package by its place in the repository, so they do not change with the working folder.
    const fingerprinted = (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprintFindings */ .f)(report, (p) => located.get(p.path)?.path ?? p.path);
    for (const { packagePath, finding, fingerprint } of fingerprinted.slice(0, MAX_SARIF_RESULTS)) {
        let index = ruleIndex.get(finding.ruleId);
        if (index === undefined) {
            index = rules.push(ruleOf(finding)) - 1;
            ruleIndex.set(finding.ruleId, index);
        }
        results.push(resultOf(packagePath, located.get(packagePath), finding, index, fingerprint));
    }
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
                results,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
}
function ruleOf(f) {
    const meta = (0,_rule_meta_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleMeta */ .M)(f.ruleId);
    const title = meta?.title ?? f.ruleId;
    const full = meta?.description ? `${title}. ${meta.description}` : title;
    const docs = meta?.docs ?? f.docs;
    const severity = meta?.severity ?? f.severity;
    return {
        id: f.ruleId,
        name: f.ruleId,
        shortDescription: { text: title },
        fullDescription: { text: clip(full, MAX_FULL_DESCRIPTION) },
        helpUri: docs,
        help: {
            text: `${full}\nMicrosoft's documentation: ${docs}`,
            markdown: `${full}\n\n[Microsoft's documentation](${docs})`,
        },
        defaultConfiguration: { level: LEVEL[severity] },
        properties: { tags: ['copilot-publish-check', f.ruleId.split('.')[0]], audiences: meta?.audiences ?? f.audiences },
    };
}
function packageLocation(display, paths) {
    if (!paths)
        return { path: display, inside: true };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(paths.cwd, display);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(paths.root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return { path: abs, inside: false };
    return { path: rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') || '.', inside: true };
}
function resultOf(packagePath, pkg, f, ruleIndex, fingerprint) {
    const inside = f.file ? `${f.file}${f.pointer ? ` ${f.pointer}` : ''}` : '';
    // Without a source, the result sits on the package and says which file inside it is meant.
    const where = f.source ? ((0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .insidePackage */ .J5)(f.source.path, pkg.path) ? '' : ` (package ${packagePath})`) : inside ? ` (in ${packagePath}: ${inside})` : '';
    const region = f.source ? { startLine: f.source.line, startColumn: f.source.column } : { startLine: 1 };
    const artifactLocation = artifactOf(f.source, pkg);
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        // Plain text: code scanning shows it as is; line breaks and invisible characters are removed all the same.
        message: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanText */ .X5)(`${f.message}${where}`, 10_000) || f.ruleId },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        // The other places of a defect reported once (consolidate.ts), each still a place to look at.
        ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => relatedLocation(pkg, r, i)) } : {}),
        partialFingerprints: { 'copilotPublishCheck/v1': fingerprint },
        // Accepted in the repository's configuration or baseline: "external" to the analysed files (SARIF 2.1.0 §3.35).
        ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanText */ .X5)(`${f.suppressed.kind}: ${f.suppressed.reason}`, 1_000) }] } : {}),
        properties: { audiences: f.audiences, ...(f.file ? { packageFile: f.file } : {}), ...(f.pointer ? { pointer: f.pointer } : {}) },
    };
}
// Never a "../" URI: a package outside the repository is named by its absolute file: URI instead.
function artifactOf(source, pkg) {
    if (source)
        return { uri: encodeUri(source.path), uriBaseId: '%SRCROOT%' };
    return pkg.inside ? { uri: encodeUri(pkg.path), uriBaseId: '%SRCROOT%' } : { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)(pkg.path).href };
}
function relatedLocation(pkg, r, i) {
    const region = r.source ? { startLine: r.source.line, startColumn: r.source.column } : { startLine: 1 };
    return {
        id: i + 1,
        physicalLocation: { artifactLocation: artifactOf(r.source, pkg), region },
        message: { text: (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanText */ .X5)(r.source ? r.message : `${r.message} (${r.pointer})`, 1_000) || r.pointer },
    };
}
// Relative URI references: segments percent-encoded, '/' kept.
function encodeUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}


/***/ })

};
