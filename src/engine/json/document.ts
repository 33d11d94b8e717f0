// A parsed JSON file that can say where any JSON pointer sits in its text.
// JSON.parse gives the value fast; the momoa AST (positions) is built only when a finding needs a line.
import { parse as parseAst, type AnyNode, type DocumentNode } from '@humanwhocodes/momoa';
import { parsePointer } from './pointer.js';

export interface Position {
  line: number;
  column: number;
}

export interface JsonSyntaxError extends Position {
  message: string;
}

export interface JsonDocument {
  readonly file: string;
  readonly text: string;
  /** The parsed value; undefined when the text is not valid JSON. */
  readonly value: unknown;
  readonly ok: boolean;
  readonly error?: JsonSyntaxError;
  /** Position of the value at `pointer`, or of its closest existing parent. */
  locate(pointer: string): Position | undefined;
  /** Position of the key of the member at `pointer` (falls back to the value). */
  locateKey(pointer: string): Position | undefined;
}

const BOM = '\uFEFF';

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

export function parseJsonDocument(file: string, rawText: string): JsonDocument {
  const text = stripBom(rawText);
  let value: unknown;
  let error: JsonSyntaxError | undefined;
  try {
    value = JSON.parse(text);
  } catch (e) {
    error = describeSyntaxError(text, e);
  }
  let ast: DocumentNode | null | undefined;
  const tree = (): DocumentNode | null => {
    if (ast === undefined) {
      try {
        ast = error ? null : parseAst(text, { mode: 'json' });
      } catch {
        ast = null;
      }
    }
    return ast;
  };
  const find = (pointer: string, key: boolean): Position | undefined => {
    if (error) return { line: error.line, column: error.column };
    const doc = tree();
    if (!doc) return undefined;
    const node = walk(doc.body, parsePointer(pointer), key);
    return node ? { line: node.loc.start.line, column: node.loc.start.column } : undefined;
  };
  return {
    file,
    text,
    value,
    ok: !error,
    error,
    locate: (pointer) => find(pointer, false),
    locateKey: (pointer) => find(pointer, true),
  };
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
  // momoa reports line and column for syntax errors; JSON.parse's message varies by Node version.
  try {
    parseAst(text, { mode: 'json' });
  } catch (m) {
    const err = m as { message?: string; line?: number; column?: number };
    if (typeof err.line === 'number' && typeof err.column === 'number') {
      return { message: cleanMessage(err.message ?? String(m)), line: err.line, column: err.column };
    }
  }
  return { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 };
}

function cleanMessage(message: string): string {
  // momoa appends " (line:col)"; the position is reported separately.
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '');
}
