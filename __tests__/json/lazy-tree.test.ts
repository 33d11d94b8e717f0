// The lazy tree the fixes walk gives momoa's node types and positions, value for value.
import { parse, type AnyNode } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument } from '../../src/engine/json/document.js';
import { lazyTree, type TreeNode } from '../../src/engine/json/lazy-tree.js';

type Flat = Array<[string, string, number, number, number, number, number, number]>;

function flatMomoa(n: AnyNode, path = '', out: Flat = []): Flat {
  out.push([path, n.type, n.loc.start.line, n.loc.start.column, n.loc.start.offset, n.loc.end.line, n.loc.end.column, n.loc.end.offset]);
  if (n.type === 'Object') for (const m of n.members) flatMomoa(m.value, `${path}/${(m.name as { value: string }).value}`, out);
  if (n.type === 'Array') n.elements.forEach((e, i) => flatMomoa(e.value, `${path}/${i}`, out));
  return out;
}

function flatLazy(n: TreeNode, path = '', out: Flat = []): Flat {
  out.push([path, n.type, n.loc.start.line, n.loc.start.column, n.loc.start.offset, n.loc.end.line, n.loc.end.column, n.loc.end.offset]);
  if (n.type === 'Object') for (const m of n.members) flatLazy(m.value, `${path}/${m.name.value}`, out);
  if (n.type === 'Array') n.elements.forEach((e, i) => flatLazy(e.value, `${path}/${i}`, out));
  return out;
}

const doc = {
  name: 'Contoso "quoted" \\ back',
  version: '1.0',
  n: -1.5e3,
  flags: [true, false, null, { deep: [[[]], {}] }],
  'key with \u00e9 and \ud83d\ude00': 'emoji \ud83d\ude00 text',
  empty: {},
  list: [],
};

const texts: Record<string, string> = {
  'two spaces, LF': JSON.stringify(doc, null, 2),
  'four spaces, CRLF': JSON.stringify(doc, null, 4).replace(/\n/g, '\r\n'),
  'tabs, CR': JSON.stringify(doc, null, '\t').replace(/\n/g, '\r'),
  'one line': JSON.stringify(doc),
  'spaces around colons and commas': JSON.stringify(doc, null, 2).replace(/": /g, '"  :  ').replace(/,\n/g, ' ,\n'),
  'a scalar root': ' "only" ',
  'an array root': '[1, "two", {"three": 3}]',
};

describe('the lazy JSON tree', () => {
  for (const [name, text] of Object.entries(texts)) {
    it(`matches momoa on ${name}`, () => {
      expect(flatLazy(lazyTree(text))).toEqual(flatMomoa(parse(text, { mode: 'json' }).body));
    });
  }

  for (const [name, text] of Object.entries(texts)) {
    it(`matches momoa on ${name} when built from the document's position index`, () => {
      const source = parseJsonDocument('x.json', text).index?.treeSource();
      expect(source).toBeDefined();
      expect(flatLazy(lazyTree(text, source, 0))).toEqual(flatMomoa(parse(text, { mode: 'json' }).body));
    });
  }

  it('is the same from the position index as from the text, for any JSON in any layout', () => {
    // Space of every kind (and none) between tokens, and names with escapes.
    const space = fc.constantFrom('', ' ', '  ', '\n', '\r\n', '\r', '\t', '\n    ');
    const layout = (value: unknown, gaps: string[]): string => {
      let k = 0;
      const gap = () => gaps[k++ % gaps.length];
      const write = (v: unknown): string => {
        if (Array.isArray(v)) return `[${gap()}${v.map((e) => write(e)).join(`${gap()},${gap()}`)}${gap()}]`;
        if (v !== null && typeof v === 'object') return `{${gap()}${Object.entries(v).map(([key, e]) => `${JSON.stringify(key)}${gap()}:${gap()}${write(e)}`).join(`${gap()},${gap()}`)}${gap()}}`;
        return JSON.stringify(v);
      };
      return `${gap()}${write(value)}${gap()}`;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.array(space, { minLength: 1, maxLength: 7 }), (value, gaps) => {
        const text = layout(value, gaps);
        const source = parseJsonDocument('x.json', text).index?.treeSource();
        expect(flatLazy(lazyTree(text, source, 0))).toEqual(flatLazy(lazyTree(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('walks 100,000 levels of nesting without recursion, reading only the containers asked for', () => {
    const depth = 100_000;
    let node = lazyTree(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    for (let i = 0; i < 3; i++) node = node.type === 'Array' ? node.elements[0].value : node;
    expect(node).toMatchObject({ type: 'Array', loc: { start: { offset: 3 }, end: { offset: 2 * depth - 3 } } });
  });
});
