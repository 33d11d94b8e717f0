// A syntax tree of a JSON text that is built only where it is walked: a container's members are found when they are
// first asked for, read from the document's position index when there is one, else by one forward pass over that
// container's text (TreeSource). Fixes need the spans of a few values in files of
// up to megabytes; momoa's whole tree cost 2 s of the 20 s spent checking the 990 connectors of
// microsoft/PowerPlatformConnectors (most of them have a fixable finding). Shapes, offsets, lines and columns are
// momoa's (loc.start/loc.end; CR, LF and CRLF end a line; columns count UTF-16 code units), for the subset the fix
// code reads. Expects text that JSON.parse accepted; iterative, so no depth overflows the stack.
import { lastAtOrBefore } from '../util/search.js';
import { StringSkipper } from './strings.js';
import { nameAt } from './key-set.js';

export interface TreePosition {
  line: number;
  column: number;
  offset: number;
}
export interface TreeLoc {
  start: TreePosition;
  end: TreePosition;
}
export interface TreeString {
  type: 'String';
  loc: TreeLoc;
  value: string;
}
export interface TreeScalar {
  type: 'Number' | 'Boolean' | 'Null';
  loc: TreeLoc;
}
export interface TreeMember {
  loc: TreeLoc;
  name: TreeString;
  value: TreeNode;
}
export interface TreeObject {
  type: 'Object';
  loc: TreeLoc;
  readonly members: readonly TreeMember[];
}
export interface TreeArray {
  type: 'Array';
  loc: TreeLoc;
  readonly elements: ReadonlyArray<{ value: TreeNode }>;
}
export type TreeNode = TreeObject | TreeArray | TreeString | TreeScalar;

const QUOTE = 0x22;
const STRUCTURAL = /["[\]{}]/g;

/**
 * Where a container's members are, for the tree: found by a pass over the container's text (the default), or read
 * from an index of the whole text made before (position-index.ts), which spares the passes.
 */
export interface TreeSource {
  /** The members (or elements) of the container at text[start, end); `handle` is the source's own name for it. */
  children(start: number, end: number, handle: number): ChildSpan[];
  /** Line and column of an offset. */
  at(offset: number): TreePosition;
}

export interface ChildSpan {
  /** The member name's quoted text (-1 for elements), whether it has escapes, and the value's span. */
  keyStart: number;
  keyEnd: number;
  keyEscaped: boolean;
  start: number;
  end: number;
  /** The source's name for the value (passed back to `children`). */
  handle: number;
}

/**
 * The root value of `text` (JSON that JSON.parse accepts). `source`, with `rootHandle`, gives the containers'
 * members; by default each container's text is read when its members are first asked for.
 */
export function lazyTree(text: string, source: TreeSource = textSource(text), rootHandle = -1): TreeNode {
  const start = skipSpace(text, 0);
  // Valid JSON holds one value: it ends where the trailing space starts (no pass over the text).
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return node(text, source, start, end, rootHandle);
}

function textSource(text: string): TreeSource {
  const lines = new Lines(text);
  return { children: (start) => children(text, start), at: (offset) => lines.at(offset) };
}

function node(text: string, source: TreeSource, start: number, end: number, handle: number): TreeNode {
  // Lines and columns are found when read: a container's members are all made at once, but a fix reads the
  // positions of the few on its path.
  const span = new Span(source, start, end);
  const c = text.charCodeAt(start);
  if (c === 0x7b /* { */) {
    let members: TreeMember[] | undefined;
    return {
      type: 'Object',
      get loc() {
        return span.loc;
      },
      get members() {
        return (members ??= source.children(start, end, handle).map((s) => {
          const nameSpan = new Span(source, s.keyStart, s.keyEnd);
          const name: TreeString = {
            type: 'String',
            get loc() {
              return nameSpan.loc;
            },
            value: nameAt(text, s.keyStart, s.keyEnd, s.keyEscaped),
          };
          const value = node(text, source, s.start, s.end, s.handle);
          const member = new Span(source, s.keyStart, s.end);
          return {
            get loc() {
              return member.loc;
            },
            name,
            value,
          };
        }));
      },
    };
  }
  if (c === 0x5b /* [ */) {
    let elements: Array<{ value: TreeNode }> | undefined;
    return {
      type: 'Array',
      get loc() {
        return span.loc;
      },
      get elements() {
        return (elements ??= source.children(start, end, handle).map((s) => ({ value: node(text, source, s.start, s.end, s.handle) })));
      },
    };
  }
  if (c === QUOTE) {
    let value: string | undefined;
    return {
      type: 'String',
      get loc() {
        return span.loc;
      },
      get value() {
        return (value ??= JSON.parse(text.slice(start, end)) as string);
      },
    };
  }
  return {
    type: c === 0x74 || c === 0x66 ? 'Boolean' : c === 0x6e ? 'Null' : 'Number',
    get loc() {
      return span.loc;
    },
  };
}

/** A value's start and end offsets; its loc (line and column of both) made on first read. */
class Span {
  #loc: TreeLoc | undefined;
  constructor(
    private readonly source: TreeSource,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get loc(): TreeLoc {
    return (this.#loc ??= { start: this.source.at(this.start), end: this.source.at(this.end) });
  }
}

/** The members (or elements) of the container opening at `open`: one forward pass over its text. */
function children(text: string, open: number): ChildSpan[] {
  const strings = new StringSkipper(text);
  const isObject = text.charCodeAt(open) === 0x7b;
  const out: ChildSpan[] = [];
  let pos = open + 1;
  for (;;) {
    pos = skipSpace(text, pos);
    const c = text.charCodeAt(pos);
    if (c === 0x7d || c === 0x5d || pos >= text.length) return out;
    if (c === 0x2c /* , */) {
      pos++;
      continue;
    }
    let keyStart = -1;
    let keyEnd = -1;
    let keyEscaped = false;
    if (isObject) {
      keyStart = pos;
      keyEnd = strings.end(pos);
      keyEscaped = strings.escaped;
      pos = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
    }
    const end = valueEnd(text, pos, strings);
    out.push({ keyStart, keyEnd, keyEscaped, start: pos, end, handle: -1 });
    pos = end;
  }
}

/** Offset just after the value starting at `pos`. */
function valueEnd(text: string, pos: number, strings: StringSkipper): number {
  const c = text.charCodeAt(pos);
  if (c === QUOTE) return strings.end(pos);
  if (c !== 0x7b && c !== 0x5b) {
    let j = pos;
    while (j < text.length && !isDelimiter(text.charCodeAt(j))) j++;
    return j;
  }
  // From one quote or bracket to the next with the regular expression engine's native search (test, not exec: no
  // match array is made for each of them).
  const next = STRUCTURAL;
  let depth = 0;
  let j = pos;
  while (j < text.length) {
    next.lastIndex = j;
    if (!next.test(text)) return text.length;
    j = next.lastIndex - 1;
    const d = text.charCodeAt(j);
    if (d === QUOTE) {
      j = strings.end(j);
      continue;
    }
    if (d === 0x7b || d === 0x5b) depth++;
    else {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

function isDelimiter(c: number): boolean {
  return c === 0x2c || c === 0x7d || c === 0x5d || isSpace(c);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipSpace(text: string, pos: number): number {
  let j = pos;
  while (isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** Line starts, found on first use; a position is a binary search. */
class Lines {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  at(offset: number): TreePosition {
    const starts = (this.starts ??= lineStarts(this.text));
    const line = lastAtOrBefore(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1, offset };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
