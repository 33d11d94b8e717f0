// The JSON report: the contract every other output is derived from (DESIGN.md §3).
// Written in pieces: the report of 22,000 packages is larger than the longest string V8 can make (JSON.stringify
// of it threw "RangeError: Invalid string length" and no output was written), so each package is its own piece,
// and the pieces joined are exactly JSON.stringify(report, null, 2).
import type { PackageReport, Report } from '../engine/types.js';

/** A piece of a rendered file: text, or text already encoded as UTF-8 (a package's piece made ahead). */
export type Chunk = string | Uint8Array;

const decoder = new TextDecoder();

/** A piece as text. */
export function chunkText(chunk: Chunk): string {
  return typeof chunk === 'string' ? chunk : decoder.decode(chunk);
}

export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].map(chunkText).join('');
}

/**
 * The JSON report in pieces of at most one package each (then a newline), for writing to a stream. Packages whose
 * piece was made ahead (`ahead`) are not stringified again: their piece comes as UTF-8 bytes.
 */
export function* renderJsonChunks(report: Report, ahead?: JsonPieces): Generator<Chunk> {
  yield* chunksAt(report, 2, '', ahead && ((value) => ahead.get(value)));
  yield '\n';
}

/** How deep a package's piece sits in the report: an element of `packages`, a member of the report. */
const PACKAGE_LEVELS = 2;
/**
 * Bytes made ahead at most: the pieces are held beside the reports until the report is written, so a run of 20,000
 * packages (a 140 MB report) makes the rest at the end, as before, and never holds a second copy of it all.
 */
const MAX_AHEAD_BYTES = 64 * 1024 * 1024;

const encoder = new TextEncoder();

/**
 * Packages' pieces of the JSON report made while other packages are still being checked (the main thread waits
 * for the workers then), so the end of a run of many packages only writes: for the 990 connectors of the scale
 * bench, stringifying and encoding the 38 MB report took 0.4 s after the last package. Pieces are kept as UTF-8
 * bytes, outside V8's heap and no larger than the file. A package's report must be final when it is added (the
 * engine's `checked` option says when).
 */
export class JsonPieces {
  readonly #pieces = new WeakMap<object, Uint8Array>();
  #bytes = 0;

  constructor(private readonly maxBytes = MAX_AHEAD_BYTES) {}

  add(pkg: PackageReport): void {
    if (this.#bytes >= this.maxBytes) return;
    const piece = encoder.encode(nestedJson(toJsonValue(pkg), PACKAGE_LEVELS));
    this.#bytes += piece.byteLength;
    this.#pieces.set(pkg, piece);
  }

  get(value: unknown): Uint8Array | undefined {
    return value !== null && typeof value === 'object' ? this.#pieces.get(value) : undefined;
  }
}

/**
 * JSON.stringify(value, null, 2) in pieces: containers less than `depth` levels deep are written member by member,
 * deeper values in one piece each. The pieces joined are the same text, byte for byte.
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  // Without pieces made ahead, every piece is text.
  yield* chunksAt(value, depth, '') as Generator<string>;
}

/** `made`: the piece of a value made ahead, when there is one (only for values at a package's depth). */
function* chunksAt(raw: unknown, depth: number, indent: string, made?: (value: unknown) => Chunk | undefined): Generator<Chunk> {
  const ready = depth === 0 && indent.length === 2 * PACKAGE_LEVELS ? made?.(raw) : undefined;
  if (ready !== undefined) return yield ready;
  const value = toJsonValue(raw);
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield nestedJson(value, indent.length / 2);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      // JSON.stringify writes null for an element it cannot represent.
      yield* skipped(toJsonValue(value[i])) ? ['null'] : chunksAt(value[i], depth - 1, inner, made);
    }
    return yield `\n${indent}]`;
  }
  let first = true;
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    if (skipped(toJsonValue(member))) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunksAt(member, depth - 1, inner, made);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * JSON.stringify(value, null, 2) as it reads `levels` levels deep: its lines after the first indented by two spaces
 * a level. JSON.stringify indents from zero, so the value is stringified inside `levels` arrays and those are cut
 * off again, which costs less than shifting every line of a large value with a replace (the JSON report of 990
 * connectors: 38 MB).
 */
function nestedJson(value: unknown, levels: number): string {
  if (levels === 0) return JSON.stringify(value, null, 2) ?? 'null';
  let wrapped = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  // Level k opens with "[\n" and 2k spaces, and closes with "\n", 2(k - 1) spaces and "]". An element JSON cannot
  // represent is written null, as JSON.stringify writes it in place of a value.
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(2 * levels + levels * (levels + 1), text.length - (2 * levels + levels * (levels - 1)));
}

/** What JSON.stringify leaves out of objects (and writes as null in arrays). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function toJsonValue(value: unknown): unknown {
  const toJSON = value !== null && typeof value === 'object' ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}
