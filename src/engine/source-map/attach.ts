// Fills `finding.source` for findings in files that came from the repository. JSON findings are placed by
// finding the same JSON pointer in the source file (templates with `${{VAR}}` placeholders are still JSON and
// keep their line layout); other files keep the packaged position when the texts agree line for line.
import { lstat, readFile } from 'node:fs/promises';
import { parseJsonDocument, type JsonDocument, type Position } from '../json/document.js';
import type { PackageView } from '../read/package-view.js';
import { MAX_JSON_CHARS } from '../read/limits.js';
import type { Finding } from '../types.js';
import type { SourceFile, SourceFiles } from './finder.js';

/** Reads each source file once, for the positions and the fixes of one package. */
export type SourceDocs = (name: string, file: SourceFile) => Promise<JsonDocument | null>;

export function sourceDocs(view: PackageView): SourceDocs {
  const docs = new Map<string, Promise<JsonDocument | null>>();
  return (name, file) => {
    let doc = docs.get(name);
    if (!doc) {
      doc = file.samePackagedText ? Promise.resolve(view.json(name) ?? null) : file.doc ? Promise.resolve(file.doc) : readSource(file);
      docs.set(name, doc);
    }
    return doc;
  };
}

export async function attachSources(findings: Finding[], view: PackageView, files: SourceFiles, sourceDoc: SourceDocs = sourceDocs(view)): Promise<void> {
  for (const f of findings) {
    // A finding the reader already placed (a placeholder's line in a toolkit project) keeps its place.
    if (f.source) continue;
    const key = f.file ? view.findName(f.file) : undefined;
    const file = key ? files.get(key) : undefined;
    if (!key || !file) continue;
    const doc = file.samePackagedText ? null : await sourceDoc(key, file);
    const place = (at: Located) => ({ path: file.path, ...(file.samePackagedText ? packagedPosition(at) : positionIn(doc, view.text(key), at)) });
    f.source = place(f);
    // The other places of a grouped finding are annotation targets too (SARIF related locations).
    for (const r of f.related ?? []) r.source = place(r);
  }
}

/** What places a finding or one of its related locations: a pointer, and the packaged position when known. */
type Located = Pick<Finding, 'pointer' | 'line' | 'column'>;

function packagedPosition(f: Located): Position {
  return { line: f.line ?? 1, column: f.column ?? 1 };
}

function positionIn(doc: JsonDocument | null, packagedText: string | undefined, f: Located): Position {
  if (!doc) return { line: 1, column: 1 };
  if (packagedText !== undefined && doc.text === packagedText.replace(/^\uFEFF/, '')) return packagedPosition(f);
  if (f.pointer && doc.ok) return doc.locate(f.pointer) ?? { line: 1, column: 1 };
  // Same number of lines: a placeholder substitution kept the layout, so the line still holds.
  if (f.line && packagedText !== undefined && lineCount(doc.text) === lineCount(packagedText)) return { line: f.line, column: 1 };
  return { line: 1, column: 1 };
}

async function readSource(file: SourceFile): Promise<JsonDocument | null> {
  const info = await lstat(file.abs).catch(() => null);
  if (!info?.isFile() || info.size > MAX_JSON_CHARS) return null;
  const text = await readFile(file.abs, 'utf8').catch(() => null);
  // Non-JSON files are parsed too: the document then only carries the text, which is what is compared.
  return text === null ? null : parseJsonDocument(file.path, text);
}

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}
