// A parsed JSON file that can say where any JSON pointer sits in its text.
// JSON.parse gives the value fast; positions come from a flat index of the text (position-index.ts), built in the
// pass that checks depth and finds repeated keys before parsing. Texts too large or nested too deep are refused
// before parsing, so nothing recursive (rules walking values) can be driven into a stack overflow; momoa is used
// only to describe syntax errors.
import { parse as parseAst } from '@humanwhocodes/momoa';
import { MAX_AST_CHARS, MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_TEXT_LOCATES } from '../read/limits.js';
import { parsePointer } from './pointer.js';
import { indexJson, type JsonPositionIndex } from './position-index.js';
import { positionAt } from './position-at.js';

export interface Position {
  line: number;
  column: number;
}

export interface JsonSyntaxError extends Position {
  message: string;
}

/** Why a text was not parsed at all: too large, or nested too deep. */
export interface JsonRefusal extends Position {
  reason: 'size' | 'depth' | 'values';
  message: string;
}

export interface JsonDuplicateKey extends Position {
  /** Pointer of the repeated member. */
  pointer: string;
  key: string;
}

export interface JsonDocument {
  readonly file: string;
  readonly text: string;
  /** The parsed value; undefined when the text is not valid JSON or was refused. */
  readonly value: unknown;
  readonly ok: boolean;
  readonly error?: JsonSyntaxError;
  /** Set when the text was not parsed because it passes a reading limit (then `ok` is false, `error` unset). */
  readonly refused?: JsonRefusal;
  /** Keys repeated within one object (the first few); JSON.parse kept the last value of each. */
  readonly duplicates: readonly JsonDuplicateKey[];
  /** Position of the value at `pointer`, or of its closest existing parent. */
  locate(pointer: string): Position | undefined;
  /** Position of the key of the member at `pointer` (falls back to the value). */
  locateKey(pointer: string): Position | undefined;
  /** The index of the text's values (for a syntax tree where fixes land), when it was parsed. */
  readonly index?: JsonPositionIndex;
}

const BOM = '\uFEFF';
/** Repeated keys reported per file (the read problem lists them; a file of thousands says enough with a few). */
const MAX_DUPLICATE_KEYS = 20;

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseJsonDocument(file: string, rawText: string): JsonDocument {
  const text = stripBom(rawText);
  let value: unknown;
  let error: JsonSyntaxError | undefined;
  let refused: JsonRefusal | undefined;
  let duplicates: JsonDuplicateKey[] = [];
  let index: JsonPositionIndex | undefined;
  if (text.length > MAX_JSON_CHARS) {
    refused = { reason: 'size', line: 1, column: 1, message: `it is ${text.length} characters long; JSON files over ${MAX_JSON_CHARS} characters are not parsed` };
  } else {
    // One pass finds the depth, the values and the repeated keys before parsing, and indexes positions for findings.
    const scan = indexJson(text, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_DUPLICATE_KEYS);
    if (scan.tooDeepAt !== undefined) {
      refused = { reason: 'depth', ...positionAt(text, scan.tooDeepAt), message: `it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep` };
    } else if (scan.values > MAX_JSON_VALUES) {
      refused = { reason: 'values', line: 1, column: 1, message: `it holds more than ${MAX_JSON_VALUES} values (strings, numbers, members, elements), past what is parsed` };
    } else {
      try {
        value = JSON.parse(text);
        index = scan.index;
        duplicates = scan.duplicates.map((d) => ({ pointer: d.pointer, key: d.key, ...index!.positionOf(d.offset) }));
      } catch (e) {
        error = describeSyntaxError(text, e);
      }
    }
  }
  const failed = !!error || !!refused;
  let largeLocates = 0;
  const find = (pointer: string, key: boolean): Position | undefined => {
    if (error) return { line: error.line, column: error.column };
    if (refused) return { line: refused.line, column: refused.column };
    if (text.length > MAX_AST_CHARS && ++largeLocates > MAX_TEXT_LOCATES) return undefined;
    if (!index) return undefined;
    const offset = index.offsetOf(parsePointer(pointer), key);
    return offset === undefined ? undefined : index.positionOf(offset);
  };
  return {
    file,
    text,
    value,
    ok: !failed,
    error,
    refused,
    duplicates,
    index,
    locate: (pointer) => find(pointer, false),
    locateKey: (pointer) => find(pointer, true),
  };
}

function describeSyntaxError(text: string, e: unknown): JsonSyntaxError {
  // momoa reports line and column for syntax errors; JSON.parse's message varies by Node version and quotes
  // the text (which may hold secrets), so it is used only for its offset. Large texts skip momoa: its tree
  // up to the error could cost a gigabyte.
  if (text.length <= MAX_AST_CHARS) {
    try {
      parseAst(text, { mode: 'json' });
    } catch (m) {
      const err = m as { message?: string; line?: number; column?: number };
      if (typeof err.line === 'number' && typeof err.column === 'number') {
        return { message: cleanMessage(err.message ?? String(m)), line: err.line, column: err.column };
      }
    }
  }
  const raw = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(raw);
  const where = at ? positionAt(text, Number(at[1])) : { line: 1, column: 1 };
  const what = /^Unexpected end of JSON input/.test(raw) ? 'Unexpected end of input' : 'Unexpected or missing character';
  return { message: what, ...where };
}

function cleanMessage(message: string): string {
  // momoa appends " (line:col)"; the position is reported separately. (Spaces before it are trimmed apart: one
  // expression starting with \s* was quadratic on a run of spaces.)
  const at = /\(\d+:\d+\)\s*$/.exec(message);
  return at ? message.slice(0, at.index).trimEnd() : message;
}
