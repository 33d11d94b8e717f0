// Where a finding's fix lands. A rule states its changes on the packaged files; they become text edits on those
// files first (toFinding), then, once source mapping knows where each packaged file came from, on the repository
// file instead: the same file for folder packages, the manifest a zip was built from, a toolkit project's template.
// A source whose value differs from the packaged one (a `${{VAR}}` the build fills in) is not edited: the fix then
// stays on the packaged file, with the reason.
import { isDeepStrictEqual } from 'node:util';
import { resolvePointer } from '../json/pointer.js';
import type { JsonDocument } from '../json/document.js';
import type { PackageView } from '../read/package-view.js';
import type { SourceDocs, SourceFiles } from '../source-map/index.js';
import type { Finding, FindingDraft, Fix, FixChange, TextEdit } from '../types.js';
import { editsFor, jsonTree, type JsonTree } from './edits.js';

const packagedTrees = new WeakMap<PackageView, Map<string, JsonTree | null>>();

/** The draft's fix as edits on the packaged files; undefined when there is none or it cannot be made there. */
export function packagedFix(draft: FindingDraft, pkg: PackageView | null): Fix | undefined {
  if (!draft.fix || !pkg) return undefined;
  // The file first, as the report reads best: {file, op, pointer, …}.
  const changes = draft.fix.changes.map(({ file, ...c }) => ({ file: pkg.findName(file ?? draft.file ?? '') ?? '', ...c }) as FixChange);
  const edits: TextEdit[] = [];
  for (const [name, group] of byFile(changes)) {
    const tree = packagedTree(pkg, name);
    const made = tree && editsFor(tree, group, name);
    if (!made || !made.ok) return undefined;
    edits.push(...made.edits);
  }
  if (edits.length === 0) return undefined;
  return { description: draft.fix.description, changes, edits, applicable: false, reason: `No repository file is known for ${[...byFile(changes).keys()].join(', ')}.` };
}

/** One fix for the places of a grouped finding (consolidate.ts): every change and edit, before source mapping. */
export function combineFixes(fixes: readonly Fix[]): Fix | undefined {
  if (fixes.length <= 1) return fixes[0];
  const [first] = fixes;
  const others = fixes.length - 1;
  return {
    ...first,
    description: `${first.description.replace(/\.$/, '')}; the same at ${others} other place${others === 1 ? '' : 's'}.`,
    changes: fixes.flatMap((f) => f.changes),
    edits: fixes.flatMap((f) => f.edits).sort((a, b) => a.start.offset - b.start.offset),
  };
}

function packagedTree(pkg: PackageView, name: string): JsonTree | null {
  let trees = packagedTrees.get(pkg);
  if (!trees) packagedTrees.set(pkg, (trees = new Map()));
  let tree = trees.get(name);
  if (tree === undefined) {
    const doc = name && /\.json$/i.test(name) ? pkg.json(name) : undefined;
    tree = doc?.ok ? (jsonTree(doc.text, true, doc.index) ?? null) : null;
    trees.set(name, tree);
  }
  return tree;
}

function byFile(changes: readonly FixChange[]): Map<string, FixChange[]> {
  const out = new Map<string, FixChange[]>();
  for (const c of changes) out.set(c.file, [...(out.get(c.file) ?? []), c]);
  return out;
}

/** Moves each fix onto the repository files the package's files came from, or says why it stays on the package. */
export async function retargetFixes(findings: readonly Finding[], view: PackageView, files: SourceFiles, docs: SourceDocs): Promise<void> {
  const trees = new Map<string, JsonTree | null>();
  for (const f of findings) if (f.fix) f.fix = await retarget(f.fix, { view, files, docs, trees });
}

interface Sources {
  view: PackageView;
  files: SourceFiles;
  docs: SourceDocs;
  /** Syntax trees of source files, by repository path. */
  trees: Map<string, JsonTree | null>;
}

async function retarget(fix: Fix, s: Sources): Promise<Fix> {
  const edits: TextEdit[] = [];
  const stays = (reason: string): Fix => ({ ...fix, applicable: false, reason });
  for (const [name, changes] of byFile(fix.changes)) {
    const file = s.files.get(name);
    if (!file) return stays(noSource(s.view, name));
    const packaged = s.view.json(name);
    const doc = file.samePackagedText ? packaged : await s.docs(name, file);
    if (!doc) return stays(`${file.path}, where ${name} comes from, could not be read.`);
    if (file.samePackagedText || doc.text === packaged?.text) {
      // The repository file is the packaged text: the same edits, under its repository path.
      edits.push(...fix.edits.filter((e) => e.path === name).map((e) => ({ ...e, path: file.path })));
      continue;
    }
    if (!doc.ok) return stays(`${file.path}, where ${name} comes from, is not JSON as written (a placeholder outside quotes?), so it cannot be edited by position.`);
    const differs = changes.map((c) => sourceDiffers(c, doc, packaged, file.path)).find((r) => r !== undefined);
    if (differs) return stays(differs);
    let tree = s.trees.get(file.path);
    if (tree === undefined) s.trees.set(file.path, (tree = jsonTree(doc.text, true, doc.index) ?? null));
    const made = tree ? editsFor(tree, changes, file.path) : { ok: false as const, reason: 'it is not JSON' };
    if (!made.ok) return stays(`${file.path}: ${made.reason}.`);
    edits.push(...made.edits);
  }
  const { reason: _reason, ...rest } = fix;
  return { ...rest, edits, applicable: true };
}

/** Why the source's value cannot take the packaged file's fix: it is not the value the package holds. */
function sourceDiffers(change: FixChange, source: JsonDocument, packaged: JsonDocument | undefined, path: string): string | undefined {
  if (change.op !== 'replace' && change.op !== 'remove') return undefined;
  const written = resolvePointer(source.value, change.pointer);
  if (isDeepStrictEqual(written, resolvePointer(packaged?.value, change.pointer))) return undefined;
  const how = typeof written === 'string' ? ` as ${JSON.stringify(written.length > 80 ? `${written.slice(0, 79)}…` : written)}` : written === undefined ? ' nowhere' : ' differently';
  return `${path} writes ${change.pointer}${how}, and the build makes the packaged value from it: change it there (or where its variable is set).`;
}

function noSource(view: PackageView, name: string): string {
  if (view.container === 'zip') {
    return `${name} is inside ${view.path}, and the repository file it was built from was not found (name the source with --source, or the action's source input); the zip itself is never edited.`;
  }
  return `${name} is not inside the repository, so it is not edited.`;
}
