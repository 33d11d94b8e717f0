// One read-only view over a package's files, whether it came from a zip, a folder or a single JSON file.
// Text and JSON are decoded once and cached, so rules can ask for the same file freely.
import { parseJsonDocument, type JsonDocument } from '../json/document.js';
import type { FindingDraft, SourceLocation } from '../types.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'invalid';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** True when the bytes started with a byte-order mark. */
  bom: boolean;
}

export interface PackageView {
  /** The path the package was given as (zip, folder or file), relative to the working directory when possible. */
  readonly path: string;
  readonly container: 'zip' | 'folder' | 'file';
  /** File names inside the package, '/'-separated, in reading order. */
  readonly names: readonly string[];
  readonly totalBytes: number;
  has(name: string): boolean;
  /** Case-insensitive lookup: the stored name that matches `name`, if any. */
  findName(name: string): string | undefined;
  bytes(name: string): Uint8Array | undefined;
  /** Decoded text; undefined when the file does not exist. */
  decoded(name: string): DecodedText | undefined;
  text(name: string): string | undefined;
  /** Parsed JSON with positions; undefined when the file does not exist. */
  json(name: string): JsonDocument | undefined;
}

/** Problems met while reading (refused entries, limits); they become `package.*` findings. */
export interface ReadResult {
  view: PackageView | null;
  problems: ReadProblem[];
  /** Set when the reader built the package from sources (a toolkit project). */
  built?: BuiltFromSource;
}

/** A package the reader built from a repository's sources: where its files came from, and what was made up. */
export interface BuiltFromSource {
  /** Packaged name → the repository file (absolute path) it was built from. */
  origins: ReadonlyMap<string, string>;
  /** Stand-in value → the variable it stands for (variables that had no value). */
  standIns: ReadonlyMap<string, string>;
  /** Variables used without a real value: until they are set, the package differs from the toolkit's build. */
  missing: readonly string[];
  /** Where the toolkit writes the zip (absolute). */
  zip: string;
  /** Set when the package could not be built from the repository at all: what was not checked. */
  notChecked?: string;
  /**
   * The variables the project's env file gives a value (names only), and the packaged files the toolkit writes with
   * `${{VAR}}` replaced: a placeholder the toolkit does not recognise in such a file, for such a variable, has one fix.
   */
  variables?: { envFile: string; defined: readonly string[]; substituted: readonly string[] };
}

export interface ReadProblem extends FindingDraft {
  ruleId: string;
  /** Where in the repository the problem is, when the reader knows (a placeholder in a toolkit project's source). */
  source?: SourceLocation;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  return decodeUtf8(bytes, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', bom };
  } catch {
    // Keep going with replacement characters so later rules still see something; the encoding rule reports it.
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'invalid', bom };
  }
}

export function normalizeName(name: string): string {
  // Asked for every finding's file, and most names are normal already: no regular expression for them.
  if (!name.includes('\\') && !name.startsWith('./')) return name;
  return name.replace(/\\/g, '/').replace(/^\.\//, '');
}

export function createPackageView(
  path: string,
  container: PackageView['container'],
  files: ReadonlyMap<string, Uint8Array>,
): PackageView {
  const names = [...files.keys()];
  const lower = new Map<string, string>();
  for (const n of names) if (!lower.has(n.toLowerCase())) lower.set(n.toLowerCase(), n);
  const decodedCache = new Map<string, DecodedText>();
  const jsonCache = new Map<string, JsonDocument>();
  let totalBytes = 0;
  for (const b of files.values()) totalBytes += b.byteLength;

  const view: PackageView = {
    path,
    container,
    names,
    totalBytes,
    has: (name) => files.has(normalizeName(name)),
    findName: (name) => (files.has(normalizeName(name)) ? normalizeName(name) : lower.get(normalizeName(name).toLowerCase())),
    bytes: (name) => files.get(normalizeName(name)),
    decoded(name) {
      const key = normalizeName(name);
      const cached = decodedCache.get(key);
      if (cached) return cached;
      const bytes = files.get(key);
      if (!bytes) return undefined;
      const d = decodeBytes(bytes);
      decodedCache.set(key, d);
      return d;
    },
    text: (name) => view.decoded(name)?.text,
    json(name) {
      const key = normalizeName(name);
      const cached = jsonCache.get(key);
      if (cached) return cached;
      const text = view.text(key);
      if (text === undefined) return undefined;
      const doc = parseJsonDocument(key, text);
      jsonCache.set(key, doc);
      return doc;
    },
  };
  return view;
}

/** Builds a view from plain strings or bytes: handy for tests and generated packages. */
export function viewFromRecord(
  path: string,
  record: Record<string, string | Uint8Array | object>,
  container: PackageView['container'] = 'folder',
): PackageView {
  const files = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(record)) {
    const bytes =
      content instanceof Uint8Array
        ? content
        : Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2), 'utf8');
    files.set(normalizeName(name), bytes);
  }
  return createPackageView(path, container, files);
}
