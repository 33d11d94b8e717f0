// A parsed JSON file that can say where any JSON pointer sits in its text.
// JSON.parse gives the value fast; positions come from a scan of the text for the first few lookups and for large
// texts, and from the momoa syntax tree (built once) when a small text gets many. Texts too large or nested too
// deep are refused before parsing, so nothing recursive (momoa, rules walking values) can be driven into a stack overflow.
import { parse as parseAst, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { MAX_AST_CHARS, MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_JSON_VALUES, MAX_TEXT_LOCATES } from '../read/limits.js';
import { locateInText } from './locate-text.js';
import { parsePointer } from './pointer.js';
import { positionAt, scanJson } from './scan.js';

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
}

const BOM = '\uFEFF';
/** Pointer lookups in a small text answered by scanning before its syntax tree is built. */
const SCANS_BEFORE_TREE = 8;

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseJsonDocument(file: string, rawText: string): JsonDocument {
  const text = stripBom(rawText);
  let value: unknown;
  let error: JsonSyntaxError | undefined;
  let refused: JsonRefusal | undefined;
  let duplicates: JsonDuplicateKey[] = [];
  if (text.length > MAX_JSON_CHARS) {
    refused = { reason: 'size', line: 1, column: 1, message: `it is ${text.length} characters long; JSON files over ${MAX_JSON_CHARS} characters are not parsed` };
  } else {
    const scan = scanJson(text, MAX_JSON_DEPTH, MAX_JSON_VALUES);
    if (scan.tooDeepAt !== undefined) {
      refused = { reason: 'depth', ...positionAt(text, scan.tooDeepAt), message: `it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep` };
    } else if (scan.values > MAX_JSON_VALUES) {
      refused = { reason: 'values', line: 1, column: 1, message: `it holds more than ${MAX_JSON_VALUES} values (strings, numbers, members, elements), past what is parsed` };
    } else {
      try {
        value = JSON.parse(text);
        duplicates = withPositions(text, scan.duplicates);
      } catch (e) {
        error = describeSyntaxError(text, e);
      }
    }
  }
  const failed = !!error || !!refused;
  let ast: DocumentNode | null | undefined;
  const tree = (): DocumentNode | null => {
    if (ast === undefined) {
      try {
        ast = failed ? null : parseAst(text, { mode: 'json' });
      } catch {
        ast = null;
      }
    }
    return ast;
  };
  let textLocates = 0;
  const find = (pointer: string, key: boolean): Position | undefined => {
    if (error) return { line: error.line, column: error.column };
    if (refused) return { line: refused.line, column: refused.column };
    // Scanning costs one pass over the text per lookup; the tree costs a pass and memory once (and momoa's first
    // use about 4 ms of a cold run). A few lookups scan, more build the tree; large texts only ever scan.
    const large = text.length > MAX_AST_CHARS;
    if (large || (ast === undefined && textLocates < SCANS_BEFORE_TREE)) {
      if (++textLocates > MAX_TEXT_LOCATES) return undefined;
      const offset = locateInText(text, parsePointer(pointer), key);
      return offset === undefined ? undefined : positionAt(text, offset);
    }
    const doc = tree();
    if (!doc) return undefined;
    const node = walk(doc.body, parsePointer(pointer), key);
    return node ? { line: node.loc.start.line, column: node.loc.start.column } : undefined;
  };
  return {
    file,
    text,
    value,
    ok: !failed,
    error,
    refused,
    duplicates,
    locate: (pointer) => find(pointer, false),
    locateKey: (pointer) => find(pointer, true),
  };
}

function withPositions(text: string, found: ReturnType<typeof scanJson>['duplicates']): JsonDuplicateKey[] {
  return found.map((d) => ({ pointer: d.pointer, key: d.key, ...positionAt(text, d.offset) }));
}

// Follows the pointer as far as it exists; a missing tail resolves to the deepest existing node.
function walk(root: AnyNode, tokens: string[], wantKey: boolean): AnyNode {
  let node: AnyNode = root;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const last = i === tokens.length - 1;
    if (node.type === 'Object') {
      const member = node.members.find((m) => m.name.type === 'String' && m.name.value === token);
      if (!member) return node;
      node = last && wantKey ? member.name : member.value;
    } else if (node.type === 'Array') {
      const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
      const element = node.elements[index];
      if (!element) return node;
      node = element.value;
    } else {
      return node;
    }
  }
  return node;
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
  // momoa appends " (line:col)"; the position is reported separately.
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '');
}
