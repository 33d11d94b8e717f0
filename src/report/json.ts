// The JSON report: the contract every other output is derived from (DESIGN.md §3).
// Written in pieces: the report of 22,000 packages is larger than the longest string V8 can make (JSON.stringify
// of it threw "RangeError: Invalid string length" and no output was written), so each package is its own piece,
// and the pieces joined are exactly JSON.stringify(report, null, 2).
import type { PackageReport, Report } from '../engine/types.js';

export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('');
}

/**
 * The JSON report in pieces of at most one package each (then a newline), for writing to a stream. Packages whose
 * piece was made ahead (`ahead`) are not stringified again.
 */
export function* renderJsonChunks(report: Report, ahead?: JsonPieces): Generator<string> {
  yield* chunksAt(report, 2, '', ahead && ((value) => ahead.get(value)));
  yield '\n';
}

/** How deep a package's piece sits in the report: an element of `packages`, a member of the report. */
const PACKAGE_LEVELS = 2;
/**
 * Text made ahead at most, in characters: the pieces are held beside the reports until the report is written, so a
 * run of 20,000 packages (a 140 MB report) makes the rest at the end as before, and holds no second copy of it.
 */
const MAX_AHEAD_CHARS = 64 * 1024 * 1024;

/**
 * Packages' pieces of the JSON report made while other packages are still being checked (the main thread waits
 * for the workers then), so the end of a run of many packages only joins and writes: for the 990 connectors of
 * the scale bench, stringifying the 38 MB report took 0.3 s after the last package. A package's report must be
 * final when it is added (the engine's `checked` option says when).
 */
export class JsonPieces {
  readonly #pieces = new WeakMap<object, string>();
  #chars = 0;

  constructor(private readonly maxChars = MAX_AHEAD_CHARS) {}

  add(pkg: PackageReport): void {
    if (this.#chars >= this.maxChars) return;
    const piece = nestedJson(toJsonValue(pkg), PACKAGE_LEVELS);
    this.#chars += piece.length;
    this.#pieces.set(pkg, piece);
  }

  get(value: unknown): string | undefined {
    return value !== null && typeof value === 'object' ? this.#pieces.get(value) : undefined;
  }
}

/**
 * JSON.stringify(value, null, 2) in pieces: containers less than `depth` levels deep are written member by member,
 * deeper values in one piece each. The pieces joined are the same text, byte for byte.
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  yield* chunksAt(value, depth, '');
}

/** `made`: the piece of a value made ahead, when there is one (only for values at a package's depth). */
function* chunksAt(raw: unknown, depth: number, indent: string, made?: (value: unknown) => string | undefined): Generator<string> {
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
