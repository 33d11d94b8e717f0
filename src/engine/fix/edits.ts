// A fix's changes as text edits on one JSON text, from the positions of a syntax tree (offsets, lines, columns; built
// lazily, only along the pointers a fix names: json/lazy-tree.ts), so that only
// the changed value's bytes change: indentation, key order, line endings and the final newline stay as written,
// and an added member follows its object's own indentation, separator and line ending.
import { lazyTree, type TreeMember as MemberNode, type TreeNode as AnyNode, type TreeObject as ObjectNode, type TreeLoc } from '../json/lazy-tree.js';
import { parsePointer } from '../json/pointer.js';
import type { JsonPositionIndex } from '../json/position-index.js';
import type { FixChange, TextEdit, TextPosition } from '../types.js';

/** A JSON text with its syntax tree; build once per text with `jsonTree`. */
export interface JsonTree {
  readonly text: string;
  readonly root: AnyNode;
}

/**
 * The tree of a JSON text (without its BOM), or undefined when it is not JSON. `parsed`: the caller's JSON.parse
 * already accepted this text; `index`: the text's position index, whose members spare the tree a pass over the text
 * of each container it opens.
 */
export function jsonTree(text: string, parsed = false, index?: JsonPositionIndex): JsonTree | undefined {
  if (!parsed) {
    try {
      JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const source = index?.treeSource();
  return { text, root: source ? lazyTree(text, source, 0) : lazyTree(text) };
}

export type EditsResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/** The edits that make `changes` in `tree`'s text, for the file at `path`; all of them, or a reason why not. */
export function editsFor(tree: JsonTree, changes: readonly FixChange[], path: string): EditsResult {
  const edits: TextEdit[] = [];
  // Members added to one object go in together: two insertions at one place would conflict.
  const adds = new Map<string, Array<Extract<FixChange, { op: 'add' }>>>();
  for (const change of changes) {
    if (change.op === 'add') {
      const key = `${parentPointer(change.pointer)}\u0000${change.first ? 'first' : 'last'}`;
      adds.set(key, [...(adds.get(key) ?? []), change]);
      continue;
    }
    const found = editFor(tree, change, path);
    if (typeof found === 'string') return { ok: false, reason: found };
    edits.push(...found);
  }
  for (const group of adds.values()) {
    const found = addMembers(tree, group, path);
    if (typeof found === 'string') return { ok: false, reason: found };
    edits.push(found);
  }
  return { ok: true, edits: edits.sort((a, b) => a.start.offset - b.start.offset) };
}

function editFor(tree: JsonTree, change: Exclude<FixChange, { op: 'add' }>, path: string): TextEdit[] | string {
  const at = find(tree.root, change.pointer);
  if (!at) return `${change.pointer || 'the root'} is not in the file`;
  if (change.op === 'replace') return [edit(path, at.node.loc.start, at.node.loc.end, serialize(tree.text, change.value, at.node))];
  if (change.op === 'remove') return removal(tree, at, path);
  if (at.node.type !== 'String') return `${change.pointer} is not a string`;
  // Inside the string as written: the raw text holds `find` escaped as JSON writes it.
  const raw = tree.text.slice(at.node.loc.start.offset, at.node.loc.end.offset);
  const needle = JSON.stringify(change.find).slice(1, -1);
  const replacement = JSON.stringify(change.text).slice(1, -1);
  const edits: TextEdit[] = [];
  for (let i = raw.indexOf(needle, 1); needle && i > 0 && i < raw.length - 1; i = raw.indexOf(needle, i + needle.length)) {
    edits.push(edit(path, shifted(at.node.loc.start, i), shifted(at.node.loc.start, i + needle.length), replacement));
  }
  return edits.length > 0 ? edits : `${change.pointer} does not hold ${JSON.stringify(change.find)}`;
}

interface Found {
  node: AnyNode;
  /** The member or element that holds the node, and its container (none for the root). */
  holder?: { container: AnyNode; index: number };
}

function find(root: AnyNode, pointer: string): Found | undefined {
  let found: Found = { node: root };
  for (const token of parsePointer(pointer)) {
    const node = found.node;
    if (node.type === 'Object') {
      const index = lastIndex(node.members, (m) => m.name.type === 'String' && m.name.value === token);
      if (index < 0) return undefined;
      found = { node: node.members[index].value, holder: { container: node, index } };
    } else if (node.type === 'Array') {
      const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
      if (index < 0 || index >= node.elements.length) return undefined;
      found = { node: node.elements[index].value, holder: { container: node, index } };
    } else return undefined;
  }
  return found;
}

// JSON.parse keeps the last of repeated keys, and so do the rules: the last member is the one to change.
function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/** The members or elements of a container, each as the span it covers. */
function items(container: AnyNode): ReadonlyArray<{ loc: TreeLoc }> {
  if (container.type === 'Object') return container.members;
  if (container.type === 'Array') return container.elements.map((e) => e.value);
  return [];
}

/** Removes a member or element with the comma and space that separate it from its neighbours. */
function removal(tree: JsonTree, at: Found, path: string): TextEdit[] | string {
  if (!at.holder) return 'the root cannot be removed';
  const { container, index } = at.holder;
  const list = items(container);
  if (list.length === 1) {
    // The only one: the container becomes empty ({} or []), whatever space was inside.
    return [edit(path, shifted(container.loc.start, 1), shifted(container.loc.end, -1), '')];
  }
  if (index > 0) return [edit(path, list[index - 1].loc.end, list[index].loc.end, '')];
  return [edit(path, list[0].loc.start, list[1].loc.start, '')];
}

/** Members added to one object, in one insertion. */
function addMembers(tree: JsonTree, changes: ReadonlyArray<Extract<FixChange, { op: 'add' }>>, path: string): TextEdit | string {
  const { text } = tree;
  const parentAt = parentPointer(changes[0].pointer);
  const parent = find(tree.root, parentAt)?.node;
  if (!parent || parent.type !== 'Object') return `${parentAt || 'the root'} is not an object`;
  const keys = changes.map((c) => parsePointer(c.pointer).pop() ?? '');
  const taken = keys.find((k) => parent.members.some((m) => m.name.type === 'String' && m.name.value === k));
  if (taken !== undefined) return `${parentAt}/${taken} is already there`;
  const layout = objectLayout(text, parent);
  const members = changes.map((c, i) => `${JSON.stringify(keys[i])}${layout.colon}${reindent(serialize(text, c.value, undefined, layout.unit), layout.eol + layout.indent)}`);
  const joined = members.join(`,${layout.between}`);
  if (parent.members.length === 0) {
    const inner = text.slice(parent.loc.start.offset + 1, parent.loc.end.offset - 1);
    const body = /[\r\n]/.test(inner) ? `${layout.eol}${layout.indent}${joined}${layout.eol}${lineIndent(text, parent.loc.start.offset)}` : joined;
    return edit(path, shifted(parent.loc.start, 1), shifted(parent.loc.end, -1), body);
  }
  if (changes[0].first) {
    const first = parent.members[0];
    return edit(path, first.loc.start, first.loc.start, `${joined},${layout.between}`);
  }
  const last = parent.members[parent.members.length - 1];
  return edit(path, last.loc.end, last.loc.end, `,${layout.between}${joined}`);
}

interface Layout {
  /** What separates a member's name from its value (": " usually). */
  colon: string;
  /** The space between one member's comma and the next member ("\n    ", or " " on one line). */
  between: string;
  /** A member's indentation, and the object's line ending. */
  indent: string;
  eol: string;
  /** One level of indentation, for values that span lines. */
  unit: string;
}

/** How an object lays out its members, read from the members it has (or its own line when it has none). */
function objectLayout(text: string, obj: ObjectNode): Layout {
  const eol = lineEnding(text, obj);
  const parentIndent = lineIndent(text, obj.loc.start.offset);
  const members = obj.members;
  const colon = members.length > 0 ? colonOf(text, members[members.length - 1]) : ': ';
  let between: string;
  if (members.length > 1) {
    const gap = text.slice(members[members.length - 2].loc.end.offset, members[members.length - 1].loc.start.offset);
    between = gap.slice(gap.indexOf(',') + 1);
  } else if (members.length === 1) {
    between = text.slice(obj.loc.start.offset + 1, members[0].loc.start.offset);
  } else {
    const inner = text.slice(obj.loc.start.offset + 1, obj.loc.end.offset - 1);
    between = /[\r\n]/.test(inner) ? `${eol}${parentIndent}${indentUnit(text)}` : ' ';
  }
  const multiline = /[\r\n]/.test(between);
  // Members on their own lines: the last line of the space before a member is its indentation.
  const indent = multiline ? between.slice(Math.max(between.lastIndexOf('\n'), between.lastIndexOf('\r')) + 1) : parentIndent;
  const unit = multiline && indent.startsWith(parentIndent) && indent.length > parentIndent.length ? indent.slice(parentIndent.length) : indentUnit(text);
  return { colon, between, indent, eol, unit };
}

function colonOf(text: string, member: MemberNode): string {
  const gap = text.slice(member.name.loc.end.offset, member.value.loc.start.offset);
  return /^[ \t]*:[ \t]*$/.test(gap) ? gap : ': ';
}

/** The line ending used inside the object, else the file's first, else "\n". */
function lineEnding(text: string, obj: ObjectNode): string {
  const inside = /\r\n|\n|\r/.exec(text.slice(obj.loc.start.offset, obj.loc.end.offset));
  return (inside ?? /\r\n|\n|\r/.exec(text))?.[0] ?? '\n';
}

/** The spaces and tabs that start the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  // Back to the line's start by hand: lastIndexOf('\r') in a file without CR would search back to its first byte.
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 0x0a && text.charCodeAt(start - 1) !== 0x0d) start--;
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** The file's indentation step: the first indented line's indentation (a tab, or 2, 4 … spaces). */
function indentUnit(text: string): string {
  const first = /[\r\n]([ \t]+)\S/.exec(text)?.[1];
  return first ?? '  ';
}

/** A value as JSON: primitives as JSON writes them, containers over lines indented with the file's step. */
function serialize(text: string, value: unknown, replacing: AnyNode | undefined, unit = indentUnit(text)): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (replacing && replacing.loc.start.line === replacing.loc.end.line && !/[\r\n]/.test(JSON.stringify(value))) return JSON.stringify(value);
  const json = JSON.stringify(value, null, unit);
  if (!replacing) return json;
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  return reindent(json, eol + lineIndent(text, replacing.loc.start.offset));
}

/** Each line break of a JSON.stringify text as `lineStart` (the file's line ending and the indentation it sits at). */
function reindent(json: string, lineStart: string): string {
  return json.replace(/\n/g, lineStart);
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function shifted(at: TextPosition, by: number): TextPosition {
  // Only ever within one line: inside a string (no raw line breaks) or next to a bracket.
  return { line: at.line, column: at.column + by, offset: at.offset + by };
}

function edit(path: string, start: TextPosition, end: TextPosition, text: string): TextEdit {
  return { path, start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset }, text };
}
