// An API description (OpenAPI 3.x or Swagger 2.0) read from a package, JSON or YAML, with positions.
// JSON goes through the package view's JsonDocument (momoa positions); YAML through the `yaml` package's
// LineCounter, because the engine only locates pointers in .json files and YAML findings need their own lines.
import type { Node as YamlNode } from 'yaml';
import { parsePointer } from '../json/pointer.js';
import type { Position } from '../json/document.js';
import { flowTooDeepAt } from '../json/flow-depth.js';
import { positionAt } from '../json/position-at.js';
import { MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_YAML_CHARS } from '../read/limits.js';
import type { PackageView } from '../read/package-view.js';
import type { FindingDraft } from '../types.js';
import { isYamlName, yamlLibrary } from './yaml-library.js';

export interface ApiDocument {
  /** Path inside the package. */
  readonly file: string;
  readonly format: 'json' | 'yaml';
  /** The parsed value; undefined when the text does not parse. */
  readonly value: unknown;
  readonly ok: boolean;
  /** Why the text does not parse, with its position. */
  readonly error?: { message: string; line: number; column: number };
  /** Position of the value at `pointer`, or of its closest existing parent. */
  locate(pointer: string): Position | undefined;
}

const cache = new WeakMap<PackageView, Map<string, ApiDocument>>();

/** The API description at `file` in the package, parsed once per package; undefined when the file is absent. */
export function loadApiDocument(pkg: PackageView, file: string): ApiDocument | undefined {
  let perPackage = cache.get(pkg);
  if (!perPackage) {
    perPackage = new Map();
    cache.set(pkg, perPackage);
  }
  const cached = perPackage.get(file);
  if (cached) return cached;
  const text = pkg.text(file);
  if (text === undefined) return undefined;
  const doc = isYamlName(file) ? parseYamlApi(file, text) : fromJson(pkg, file);
  perPackage.set(file, doc);
  return doc;
}

function fromJson(pkg: PackageView, file: string): ApiDocument {
  const json = pkg.json(file)!;
  return {
    file,
    format: 'json',
    value: json.value,
    ok: json.ok,
    error: json.error,
    locate: (p) => json.locate(p),
  };
}

/** Parses YAML text into an ApiDocument (exported for callers that hold text rather than a package; after loadYamlFor). */
export function parseYamlApi(file: string, rawText: string): ApiDocument {
  const text = rawText.replace(/^\uFEFF/, '');
  // Bounded before parsing: the yaml parser needs about 1.5 s per MiB, and recurses once per nesting level
  // (100,000 levels: seconds, then a stack overflow).
  const refusal = yamlRefusal(text);
  if (refusal) return { file, format: 'yaml', value: undefined, ok: false, error: refusal, locate: () => ({ line: refusal.line, column: refusal.column }) };
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yamlLibrary();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const where = { line: pos.line, column: pos.col };
    return { file, format: 'yaml', value: undefined, ok: false, error: { message, ...where }, locate: () => where };
  }
  let value: unknown;
  try {
    // maxAliasCount bounds alias expansion ("billion laughs").
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return { file, format: 'yaml', value: undefined, ok: false, error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 }, locate: () => undefined };
  }
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return {
    file,
    format: 'yaml',
    value,
    ok: true,
    locate(pointer) {
      let node: unknown = doc.contents;
      let last: YamlNode | null = doc.contents as YamlNode | null;
      for (const token of parsePointer(pointer)) {
        let next: unknown;
        if (isMap(node)) next = node.items.find((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key) === token)?.value;
        else if (isSeq(node)) next = /^(0|[1-9][0-9]*)$/.test(token) ? node.items[Number(token)] : undefined;
        if (!next || typeof next !== 'object' || !('range' in next)) break;
        node = next;
        last = next as YamlNode;
      }
      return last?.range ? at(last.range[0]) : undefined;
    },
  };
}

/**
 * A finding draft placed at `pointer` in an API document. JSON files get their position from the engine;
 * YAML files carry line and column here.
 */
export function draftAt(doc: ApiDocument, pointer: string, message: string, extra: Partial<FindingDraft> = {}): FindingDraft {
  const draft: FindingDraft = { file: doc.file, pointer, message, ...extra };
  if (doc.format === 'yaml') {
    const pos = doc.locate(pointer);
    if (pos) {
      draft.line = pos.line;
      draft.column = pos.column;
    }
  }
  return draft;
}

function yamlRefusal(text: string): { message: string; line: number; column: number } | undefined {
  if (text.length > MAX_YAML_CHARS) {
    return { message: `it is ${text.length} characters long, and YAML over ${MAX_YAML_CHARS} characters is not read (save it as JSON, read up to ${MAX_JSON_CHARS})`, line: 1, column: 1 };
  }
  const deep = flowTooDeepAt(text, MAX_JSON_DEPTH);
  return deep === undefined ? undefined : { message: `it nests collections more than ${MAX_JSON_DEPTH} levels deep`, ...positionAt(text, deep) };
}
