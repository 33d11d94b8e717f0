export const id = 106;
export const ids = [106];
export const modules = {

/***/ 4106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_SARIF_RESULTS: () => (/* binding */ MAX_SARIF_RESULTS),
  SARIF_SCHEMA: () => (/* binding */ SARIF_SCHEMA),
  renderSarif: () => (/* binding */ renderSarif),
  renderSarifChunks: () => (/* binding */ renderSarifChunks),
  sarifLog: () => (/* binding */ sarifLog)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/fingerprint.ts
// Stable identities for findings, so two runs can be compared (the pull-request comment's "what changed")
// and code scanning can follow an alert across commits (SARIF partialFingerprints). A finding is the same
// when its rule, package, file and JSON pointer are (or, without a pointer, its message); repeats are numbered.

/** Hex digits kept per fingerprint: 48 bits, ample for the findings of one pull request. */
const FINGERPRINT_LENGTH = 12;
/**
 * `place` names a package in the fingerprint: its report path unless told (SARIF passes the repository-relative
 * path, so a report made from another working folder gives the same fingerprints).
 */
function fingerprintFindings(report, place = (p) => p.path) {
    const seen = new Map();
    const out = [];
    for (const p of report.packages) {
        const where = place(p);
        for (const f of p.findings) {
            const key = [f.ruleId, where, f.file, f.pointer || f.message].join('\u0000');
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, FINGERPRINT_LENGTH);
            out.push({ packagePath: p.path, finding: f, fingerprint });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/report/rule-meta.ts
var rule_meta = __webpack_require__(1550);
;// CONCATENATED MODULE: ./src/report/sarif.ts
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
    yield* (0,json/* jsonChunks */.VQ)(sarifLog(report, paths), 4);
    yield '\n';
}
function sarifLog(report, paths) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    const located = new Map(report.packages.map((p) => [p.path, packageLocation(p.path, paths)]));
    // Fingerprints name the package by its place in the repository, so they do not change with the working folder.
    const fingerprinted = fingerprintFindings(report, (p) => located.get(p.path)?.path ?? p.path);
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
    const meta = (0,rule_meta/* ruleMeta */.M)(f.ruleId);
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
    const abs = (0,external_node_path_.resolve)(paths.cwd, display);
    const rel = (0,external_node_path_.relative)(paths.root, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return { path: abs, inside: false };
    return { path: rel.split(external_node_path_.sep).join('/') || '.', inside: true };
}
function resultOf(packagePath, pkg, f, ruleIndex, fingerprint) {
    const inside = f.file ? `${f.file}${f.pointer ? ` ${f.pointer}` : ''}` : '';
    // Without a source, the result sits on the package and says which file inside it is meant.
    const where = f.source ? ((0,annotations/* insidePackage */.J5)(f.source.path, pkg.path) ? '' : ` (package ${packagePath})`) : inside ? ` (in ${packagePath}: ${inside})` : '';
    const region = f.source ? { startLine: f.source.line, startColumn: f.source.column } : { startLine: 1 };
    const artifactLocation = artifactOf(f.source, pkg);
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        // Plain text: code scanning shows it as is; line breaks and invisible characters are removed all the same.
        message: { text: (0,report_escape/* cleanText */.X5)(`${f.message}${where}`, 10_000) || f.ruleId },
        locations: [{ physicalLocation: { artifactLocation, region } }],
        // The other places of a defect reported once (consolidate.ts), each still a place to look at.
        ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => relatedLocation(pkg, r, i)) } : {}),
        partialFingerprints: { 'copilotPublishCheck/v1': fingerprint },
        // Accepted in the repository's configuration or baseline: "external" to the analysed files (SARIF 2.1.0 §3.35).
        ...(f.suppressed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: (0,report_escape/* cleanText */.X5)(`${f.suppressed.kind}: ${f.suppressed.reason}`, 1_000) }] } : {}),
        properties: { audiences: f.audiences, ...(f.file ? { packageFile: f.file } : {}), ...(f.pointer ? { pointer: f.pointer } : {}) },
    };
}
// Never a "../" URI: a package outside the repository is named by its absolute file: URI instead.
function artifactOf(source, pkg) {
    if (source)
        return { uri: encodeUri(source.path), uriBaseId: '%SRCROOT%' };
    return pkg.inside ? { uri: encodeUri(pkg.path), uriBaseId: '%SRCROOT%' } : { uri: (0,external_node_url_.pathToFileURL)(pkg.path).href };
}
function relatedLocation(pkg, r, i) {
    const region = r.source ? { startLine: r.source.line, startColumn: r.source.column } : { startLine: 1 };
    return {
        id: i + 1,
        physicalLocation: { artifactLocation: artifactOf(r.source, pkg), region },
        message: { text: (0,report_escape/* cleanText */.X5)(r.source ? r.message : `${r.message} (${r.pointer})`, 1_000) || r.pointer },
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
