export const id = 328;
export const ids = [328];
export const modules = {

/***/ 1328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixMessages: () => (/* reexport */ fixMessages),
  planRepositoryFixes: () => (/* reexport */ planRepositoryFixes),
  unifiedDiff: () => (/* reexport */ unifiedDiff),
  writeFixes: () => (/* reexport */ writeFixes)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/engine/fix/resolve.ts + 2 modules
var resolve = __webpack_require__(3368);
// EXTERNAL MODULE: ./src/engine/util/search.ts
var search = __webpack_require__(9059);
;// CONCATENATED MODULE: ./src/engine/fix/text.ts

/** Takes fixes in order, each with all its edits or not at all; an edit equal to one taken is shared. */
function planFixes(items, fixOf) {
    const edits = new Map();
    const accepted = [];
    const duplicates = [];
    const overlapping = [];
    const taken = new Set();
    for (const item of items) {
        const fresh = fixOf(item).edits.filter((e) => !taken.has(editKey(e)));
        if (fresh.length === 0) {
            duplicates.push(item);
            continue;
        }
        if (fresh.some((e, i) => fresh.some((o, j) => j < i && overlaps(e, o)) || (edits.get(e.path) ?? []).some((o) => overlaps(e, o)))) {
            overlapping.push(item);
            continue;
        }
        for (const e of fresh) {
            taken.add(editKey(e));
            edits.set(e.path, [...(edits.get(e.path) ?? []), e]);
        }
        accepted.push(item);
    }
    for (const list of edits.values())
        list.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
    return { accepted, duplicates, overlapping, edits };
}
function editKey(e) {
    return `${e.path}\u0000${e.start.offset}\u0000${e.end.offset}\u0000${e.text}`;
}
/** Two edits of one file that touch the same text, or insert at the same place (their order would be a guess). */
function overlaps(a, b) {
    if (a.path !== b.path)
        return false;
    if (a.start.offset === b.start.offset)
        return true;
    return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}
/** The text with the edits made; the edits must not overlap (planFixes). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start.offset - b.start.offset);
    const parts = [];
    let at = 0;
    for (const e of sorted) {
        parts.push(text.slice(at, e.start.offset), e.text);
        at = e.end.offset;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/**
 * The line changes the edits make, edits on one line or on overlapping lines taken together, in order; `together`:
 * one change from the first edited line to the last (a suggestion replaces one range of lines).
 */
function lineChanges(text, edits, together = false) {
    const starts = lineStarts(text);
    const lineOf = (offset) => (0,search/* lastAtOrBefore */.A)(starts, offset) + 1;
    const sorted = [...edits].sort((a, b) => a.start.offset - b.start.offset);
    const groups = [];
    for (const e of sorted) {
        const first = lineOf(e.start.offset);
        const last = lineOf(Math.max(e.start.offset, e.end.offset));
        const g = groups[groups.length - 1];
        if (g && (together || first <= g.last)) {
            g.last = Math.max(g.last, last);
            g.edits.push(e);
        }
        else
            groups.push({ first, last, edits: [e] });
    }
    return groups.map((g) => {
        const from = starts[g.first - 1];
        const to = g.last < starts.length ? starts[g.last] - 1 : text.length;
        const segment = text.slice(from, to);
        const changed = applyEdits(segment, g.edits.map((e) => ({ ...e, start: { ...e.start, offset: e.start.offset - from }, end: { ...e.end, offset: e.end.offset - from } })));
        return { start: g.first, end: g.last, old: segment.split('\n'), lines: changed.split('\n') };
    });
}
/** Offsets where each line starts (a line feed ends a line). */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}

;// CONCATENATED MODULE: ./src/engine/fix/index.ts
// Fixes: computed here from JSON positions (edits.ts), placed on the repository sources (resolve.ts), and made as
// text (text.ts) by the CLI's --fix and the action's suggestions; nothing here writes a file.




// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/source-map/candidates.ts
var candidates = __webpack_require__(8371);
;// CONCATENATED MODULE: ./src/shared/editable-file.ts
// A repository file that fixes may change (the CLI's --fix) or suggest changes to (the action's review): inside the
// repository root, a regular file reached without a symbolic link, UTF-8 text. Its BOM is set apart, as the engine's
// edits count from after it.



// ignoreBOM keeps a BOM in the text, so it can be written back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The file at `path` (relative to `rootPath`), or why it may not be changed. */
async function readEditable(rootPath, path) {
    const root = (0,external_node_path_.resolve)(rootPath);
    const abs = (0,external_node_path_.resolve)(root, path);
    if ((0,external_node_path_.isAbsolute)(path) || !(0,candidates/* repositoryPath */.SH)(abs, root))
        return { ok: false, reason: `${path} is outside the repository root (${root})` };
    const info = await (0,promises_.lstat)(abs).catch(() => null);
    if (!info)
        return { ok: false, reason: `${path} does not exist` };
    if (info.isSymbolicLink())
        return { ok: false, reason: `${path} is a symbolic link; fixes are not written through links` };
    if (!info.isFile())
        return { ok: false, reason: `${path} is not a regular file` };
    // A linked folder on the way could lead outside the repository.
    const [realRoot, realDir] = await Promise.all([(0,promises_.realpath)(root).catch(() => root), (0,promises_.realpath)((0,external_node_path_.dirname)(abs)).catch(() => undefined)]);
    if (!realDir || (realDir !== realRoot && !(0,candidates/* repositoryPath */.SH)(realDir, realRoot)))
        return { ok: false, reason: `${path} lies behind a symbolic link that leads outside the repository` };
    let text;
    try {
        text = utf8.decode(await (0,promises_.readFile)(abs));
    }
    catch {
        return { ok: false, reason: `${path} is not UTF-8 text; it is left as it is` };
    }
    const bom = text.startsWith('\uFEFF');
    return { ok: true, abs, text: bom ? text.slice(1) : text, bom };
}

;// CONCATENATED MODULE: ./src/cli/fix/plan.ts
// `--fix` and `--fix-dry-run`: which fixes of a report can be made in the repository, and making them. Only files
// inside the repository root are touched, never through a symbolic link, only UTF-8 text (a BOM kept), and never a
// zip: a fix whose packaged file has no known repository source is reported, not applied.



/** Plans the fixes of every finding that counts (suppressed ones are accepted as they are). */
async function planRepositoryFixes(report, root) {
    const withFix = report.packages.flatMap((p) => p.findings.filter((f) => f.fix && !f.suppressed));
    const packageOf = new Map(report.packages.flatMap((p) => p.findings.map((f) => [f, p.path])));
    const refused = [];
    const texts = new Map();
    const candidates = [];
    for (const f of withFix) {
        const fix = f.fix;
        if (!fix.applicable) {
            refused.push({ finding: f, reason: fix.reason ?? 'it has no repository file to change' });
            continue;
        }
        let problem;
        for (const path of new Set(fix.edits.map((e) => e.path))) {
            if (!texts.has(path))
                texts.set(path, await readEditable(root, path));
            const read = texts.get(path);
            if (!read.ok)
                problem ??= read.reason;
        }
        if (problem)
            refused.push({ finding: f, reason: problem });
        else
            candidates.push(f);
    }
    const plan = planFixes(candidates, (f) => f.fix);
    const files = [];
    for (const [path, edits] of plan.edits) {
        const read = texts.get(path);
        if (read?.ok)
            files.push({ path, abs: read.abs, text: read.text, bom: read.bom, edits });
    }
    const zips = [...new Set([...plan.accepted, ...plan.duplicates].map((f) => packageOf.get(f) ?? ''))].filter((p) => /\.zip$/i.test(p));
    return { fixed: plan.accepted, alsoFixed: plan.duplicates, overlapping: plan.overlapping, refused, files, zips };
}
/** Writes every planned file. */
async function writeFixes(plan) {
    for (const file of plan.files)
        await (0,promises_.writeFile)(file.abs, (file.bom ? '\uFEFF' : '') + applyEdits(file.text, file.edits), 'utf8');
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/cli/fix/messages.ts

/** Most findings named per kind of message; the rest are counted. */
const MAX_NAMED = 10;
function fixMessages(plan, dryRun) {
    const out = [];
    const n = plan.fixed.length + plan.alsoFixed.length;
    const files = plan.files.map((f) => f.path);
    if (n === 0 && plan.overlapping.length === 0 && plan.refused.length === 0)
        return ['nothing to fix: no finding has a fix.'];
    if (n > 0)
        out.push(`${dryRun ? 'would fix' : 'fixed'} ${(0,format/* plural */.LS)(n, 'finding')} in ${(0,format/* plural */.LS)(files.length, 'file')}: ${files.join(', ')}${dryRun ? ' (nothing was changed)' : ''}.`);
    if (plan.zips.length > 0 && !dryRun)
        out.push(`the fixed sources build ${plan.zips.join(', ')}: ${plan.zips.length === 1 ? 'its' : 'their'} findings go when ${plan.zips.length === 1 ? 'it is' : 'they are'} built again.`);
    if (plan.overlapping.length > 0) {
        out.push(`${(0,format/* plural */.LS)(plan.overlapping.length, 'fix', 'fixes')} left for another run: ${plan.overlapping.length === 1 ? 'it changes' : 'they change'} text another fix changes (${named(plan.overlapping)}). Run --fix again.`);
    }
    // One line per reason: a zip without a source is one reason for all its findings.
    const byReason = new Map();
    for (const r of plan.refused)
        byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.finding]);
    for (const [reason, findings] of byReason)
        out.push(`${(0,format/* plural */.LS)(findings.length, 'fix', 'fixes')} cannot be applied (${named(findings)}): ${reason.replace(/\.$/, '')}.`);
    return out;
}
function named(findings) {
    const shown = findings.slice(0, MAX_NAMED).map(place);
    return shown.join(', ') + (findings.length > shown.length ? ` and ${findings.length - shown.length} more` : '');
}
function place(f) {
    return `${f.ruleId} at ${(0,format/* locationOf */.hD)(f)}`;
}

;// CONCATENATED MODULE: ./src/cli/fix/diff.ts
// A unified diff of the edits to one file, as `git diff` writes it (three lines of context, "\ No newline at end of
// file" where it applies), so `copilot-publish-check --fix-dry-run > fixes.patch && git apply fixes.patch` works.
// The hunks come straight from the edits (lineChanges): no diff algorithm is needed when the changes are known.

const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';
/** The diff of `edits` to `text` (after a BOM, which `bom` says the file starts with: git counts it in line 1). */
function unifiedDiff(path, afterBom, editsAfterBom, bom = false) {
    const text = bom ? `\uFEFF${afterBom}` : afterBom;
    const edits = bom ? editsAfterBom.map((e) => ({ ...e, start: { ...e.start, offset: e.start.offset + 1 }, end: { ...e.end, offset: e.end.offset + 1 } })) : editsAfterBom;
    const changes = lineChanges(text, edits);
    if (changes.length === 0)
        return '';
    // Lines of the file; a final line feed ends the last line rather than starting an empty one.
    const lines = text.split('\n');
    const finalNewline = text.endsWith('\n');
    if (finalNewline)
        lines.pop();
    const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
    let delta = 0;
    for (const hunk of hunks(changes)) {
        const from = Math.max(1, hunk[0].start - CONTEXT);
        const to = Math.min(lines.length, hunk[hunk.length - 1].end + CONTEXT);
        const body = [];
        const isLast = (line) => line === lines.length && !finalNewline;
        let oldCount = 0;
        let newCount = 0;
        const context = (a, b) => {
            for (let l = a; l <= b; l++) {
                body.push(` ${lines[l - 1]}`, ...(isLast(l) ? [NO_NEWLINE] : []));
                oldCount++;
                newCount++;
            }
        };
        let at = from;
        for (const c of hunk) {
            context(at, c.start - 1);
            body.push(...c.old.map((l) => `-${l}`), ...(isLast(c.end) ? [NO_NEWLINE] : []));
            body.push(...c.lines.map((l) => `+${l}`), ...(isLast(c.end) ? [NO_NEWLINE] : []));
            oldCount += c.old.length;
            newCount += c.lines.length;
            at = c.end + 1;
        }
        context(at, to);
        out.push(`@@ -${range(from, oldCount)} +${range(from + delta, newCount)} @@`, ...body);
        delta += newCount - oldCount;
    }
    return `${out.join('\n')}\n`;
}
// Changes close enough to share context lines go in one hunk, as git does.
function hunks(changes) {
    const out = [];
    for (const c of changes) {
        const last = out[out.length - 1];
        if (last && c.start - last[last.length - 1].end - 1 <= 2 * CONTEXT)
            last.push(c);
        else
            out.push([c]);
    }
    return out;
}
function range(start, count) {
    return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`;
}

;// CONCATENATED MODULE: ./src/cli/fix/index.ts
// --fix and --fix-dry-run, loaded only when asked for.





/***/ })

};
