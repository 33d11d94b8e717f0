// JsonDocument: values, positions of pointers (a flat index of the text, agreeing with momoa), byte-order
// marks, syntax errors with line and column, duplicate keys, and the refusals that keep hostile JSON harmless.
import { parse as parseAst, type AnyNode } from '@humanwhocodes/momoa';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonDocument, stripBom } from '../../src/engine/json/document.js';
import { buildPositionIndex, indexJson } from '../../src/engine/json/position-index.js';
import { parsePointer, pointer } from '../../src/engine/json/pointer.js';
import { positionAt } from '../../src/engine/json/position-at.js';
import { StringSkipper } from '../../src/engine/json/strings.js';
import { MAX_AST_CHARS, MAX_JSON_CHARS, MAX_JSON_DEPTH, MAX_JSON_VALUES } from '../../src/engine/read/limits.js';

const SAMPLE = `{
  "name": { "short": "Contoso", "full": "Contoso Orders" },
  "icons": { "color": "color.png" },
  "list": [10, { "a/b": true, "t~x": null }, [1, 2]],
  "esc\\u0061ped": 1
}`;

describe('positions of pointers', () => {
  const doc = parseJsonDocument('manifest.json', SAMPLE);

  it.each([
    ['', 1, 1],
    ['/name', 2, 11],
    ['/name/short', 2, 22],
    ['/name/full', 2, 41],
    ['/icons/color', 3, 23],
    ['/list/0', 4, 12],
    ['/list/1/a~1b', 4, 25],
    ['/list/1/t~0x', 4, 38],
    ['/list/2/1', 4, 50],
    ['/escaped', 5, 19],
  ])('%s is at line %i, column %i', (p, line, column) => {
    expect(doc.locate(p)).toEqual({ line, column });
  });

  it('a missing tail resolves to the deepest existing value', () => {
    expect(doc.locate('/name/missing/deeper')).toEqual(doc.locate('/name'));
    expect(doc.locate('/list/9')).toEqual(doc.locate('/list'));
    expect(doc.locate('/list/x')).toEqual(doc.locate('/list'));
  });

  it('locateKey points at the member name', () => {
    expect(doc.locateKey('/name/short')).toEqual({ line: 2, column: 13 });
    expect(doc.locateKey('/list/0')).toEqual({ line: 4, column: 12 }); // array elements have no key
  });

  it('large texts are located the same way', () => {
    const padding = ' '.repeat(MAX_AST_CHARS);
    const large = parseJsonDocument('big.json', SAMPLE.replace('"icons"', `${padding}"icons"`));
    expect(large.ok).toBe(true);
    const small = parseJsonDocument('small.json', SAMPLE.replace('"icons"', `${' '.repeat(10)}"icons"`));
    expect(large.locate('/icons/color')).toEqual({ line: 3, column: 23 + MAX_AST_CHARS });
    expect(small.locate('/icons/color')).toEqual({ line: 3, column: 33 });
    expect(large.locate('/list/1/a~1b')).toEqual(doc.locate('/list/1/a~1b'));
    expect(large.locateKey('/name/short')).toEqual(doc.locateKey('/name/short'));
  });
});

// The position index and momoa must agree on every pointer of every document, offsets, lines and columns.
describe('the position index agrees with momoa', () => {
  const momoaNode = (text: string, tokens: string[], wantKey: boolean): AnyNode => {
    let node: AnyNode = parseAst(text, { mode: 'json' }).body;
    for (let i = 0; i < tokens.length; i++) {
      const last = i === tokens.length - 1;
      if (node.type === 'Object') {
        const m = node.members.find((x) => x.name.type === 'String' && x.name.value === tokens[i]);
        if (!m) break;
        node = last && wantKey ? m.name : m.value;
      } else if (node.type === 'Array') {
        const e = /^(0|[1-9][0-9]*)$/.test(tokens[i]) ? node.elements[Number(tokens[i])] : undefined;
        if (!e) break;
        node = e.value;
      } else break;
    }
    return node;
  };
  const pointersOf = (value: unknown, at = ''): string[] => {
    if (value === null || typeof value !== 'object') return [at];
    const children = Array.isArray(value) ? value.map((v, i) => pointersOf(v, `${at}/${i}`)) : Object.entries(value).map(([k, v]) => pointersOf(v, at + pointer(k)));
    return [at, ...children.flat()];
  };

  it('for generated documents, indented or not, with any line ending', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(0, 2, '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (value, indent, eol, wantKey) => {
        const text = JSON.stringify(value, null, indent).replace(/\n/g, eol);
        const index = buildPositionIndex(text);
        for (const p of [...pointersOf(value), '/missing', '/0/missing']) {
          const tokens = parsePointer(p);
          const node = momoaNode(text, tokens, wantKey);
          const offset = index.offsetOf(tokens, wantKey);
          expect(offset).toBe(node.loc.start.offset);
          expect(index.positionOf(offset!)).toEqual({ line: node.loc.start.line, column: node.loc.start.column });
          expect(positionAt(text, offset!)).toEqual({ line: node.loc.start.line, column: node.loc.start.column });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('for keys with escapes, repeated keys and a text that is one string', () => {
    const text = '{"a\\u0062": 1, "a\\\\nb": 2, "a\\nb": 3, "k": 4, "k": 5}';
    const index = buildPositionIndex(text);
    for (const p of ['/ab', '/a\\nb', '/a\nb', '/k', '/none']) {
      for (const wantKey of [false, true]) {
        const tokens = parsePointer(p);
        expect(index.offsetOf(tokens, wantKey), `${p} ${wantKey}`).toBe(momoaNode(text, tokens, wantKey).loc.start.offset);
      }
    }
    expect(buildPositionIndex('  "x"').offsetOf(['a'], false)).toBe(2);
    expect(buildPositionIndex('').offsetOf([], false)).toBeUndefined();
  });
});

describe('byte-order mark', () => {
  it('is stripped before parsing; positions are those of the text after it', () => {
    const doc = parseJsonDocument('m.json', '\uFEFF{"a": 1}');
    expect(doc.ok).toBe(true);
    expect(doc.value).toEqual({ a: 1 });
    expect(doc.text).toBe('{"a": 1}');
    expect(doc.locate('/a')).toEqual({ line: 1, column: 7 });
    expect(stripBom('x')).toBe('x');
  });
});

describe('syntax errors', () => {
  it.each([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1],
    ['NaN', '{"a": NaN}', 1, 7],
    ['a line comment', '{\n  // note\n  "a": 1\n}', 2, 3],
    ['a block comment', '{"a": /* x */ 1}', 1, 7],
    ['single quotes', "{'a': 1}", 1, 2],
    ['an unterminated string', '{"a": "b', 1, 9],
    ['an empty text', '', 1, 1],
  ])('%s is reported at its line and column', (_label, text, line, column) => {
    const doc = parseJsonDocument('m.json', text);
    expect(doc.ok).toBe(false);
    expect(doc.value).toBeUndefined();
    expect(doc.error).toMatchObject({ line, column });
    expect(doc.error!.message).not.toMatch(/\(\d+:\d+\)$/);
    // Every pointer of a broken file lands on the error.
    expect(doc.locate('/a')).toEqual({ line, column });
  });

  it('a large broken text is reported without momoa and without quoting the text', () => {
    const text = `{"secret": "hunter2", "pad": "${'x'.repeat(MAX_AST_CHARS)}", "a": NaN}`;
    const doc = parseJsonDocument('m.json', text);
    expect(doc.ok).toBe(false);
    expect(doc.error!.message).not.toContain('hunter2');
    expect(doc.error!.line).toBe(1);
  });
});

describe('duplicate keys', () => {
  it('are listed with the pointer and the position of the second copy', () => {
    const doc = parseJsonDocument('m.json', '{\n  "a": 1,\n  "list": [{ "x": 1, "x": 2 }],\n  "a": 3\n}');
    expect(doc.value).toEqual({ a: 3, list: [{ x: 2 }] }); // JSON.parse keeps the last
    expect(doc.duplicates).toEqual([
      { pointer: '/list/0/x', key: 'x', line: 3, column: 22 },
      { pointer: '/a', key: 'a', line: 4, column: 3 },
    ]);
  });

  it('compare keys after unescaping, and ignore equal keys in different objects', () => {
    expect(parseJsonDocument('m.json', '{"a": 1, "\\u0061": 2}').duplicates.map((d) => d.pointer)).toEqual(['/a']);
    expect(parseJsonDocument('m.json', '{"x": {"a": 1}, "y": {"a": 1}, "z": [{"a": 1}, {"a": 2}]}').duplicates).toEqual([]);
  });

  it('are not looked for in text that does not parse', () => {
    expect(parseJsonDocument('m.json', '{"a": 1, "a": }').duplicates).toEqual([]);
  });
});

describe('refusals', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it(`nesting of ${MAX_JSON_DEPTH} levels is parsed; one more is refused, at the bracket that goes too deep`, () => {
    expect(parseJsonDocument('m.json', nested(MAX_JSON_DEPTH)).ok).toBe(true);
    const doc = parseJsonDocument('m.json', `{\n  "x": ${nested(MAX_JSON_DEPTH)}\n}`);
    expect(doc.ok).toBe(false);
    expect(doc.error).toBeUndefined(); // not a syntax error: package.json-parse stays quiet
    expect(doc.refused).toMatchObject({ reason: 'depth', line: 2, column: 8 + MAX_JSON_DEPTH - 1 });
    expect(doc.locate('/x')).toEqual({ line: 2, column: 8 + MAX_JSON_DEPTH - 1 });
  });

  it('100,000 levels are refused without parsing and without a stack overflow', () => {
    const doc = parseJsonDocument('m.json', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000));
    expect(doc.refused?.reason).toBe('depth');
    expect(doc.value).toBeUndefined();
    expect(doc.locate('/a/a/a')).toEqual({ line: 1, column: 5 * MAX_JSON_DEPTH + 1 });
  });

  it(`texts over ${MAX_JSON_CHARS} characters are refused`, () => {
    const doc = parseJsonDocument('m.json', `"${'x'.repeat(MAX_JSON_CHARS)}"`);
    expect(doc.refused).toMatchObject({ reason: 'size', line: 1, column: 1 });
    expect(doc.ok).toBe(false);
  });

  it(`texts of more than ${MAX_JSON_VALUES} values are refused; fewer are parsed`, () => {
    expect(parseJsonDocument('m.json', `[${'0,'.repeat(MAX_JSON_VALUES + 1)}0]`).refused?.reason).toBe('values');
    expect(parseJsonDocument('m.json', `[${'0,'.repeat(MAX_JSON_VALUES - 10)}0]`).ok).toBe(true);
  });
});

describe('indexJson and positionAt', () => {
  it('never throw on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const scan = indexJson(text, 8, Infinity, 20);
        expect(scan.values).toBeGreaterThanOrEqual(1);
        const pos = positionAt(text, text.length);
        expect(pos.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(positionAt('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('flowTooDeepAt', () => {
  it('finds the bracket past the limit, skipping quoted scalars and comments', async () => {
    const { flowTooDeepAt } = await import('../../src/engine/json/flow-depth.js');
    expect(flowTooDeepAt('a: [[[1]]]', 3)).toBeUndefined();
    expect(flowTooDeepAt('a: [[[[1]]]]', 3)).toBe(6);
    expect(flowTooDeepAt("a: '[[[[['\nb: \"{{{{\\\"{{\"\n# [[[[[[\nc: x # {{{{{", 2)).toBeUndefined();
    expect(flowTooDeepAt("a: don't [[[", 2)).toBe(11); // a quote inside a plain scalar opens nothing
    expect(flowTooDeepAt('['.repeat(100_000), 256)).toBe(256);
  });
});

// Repeated keys are found where they stand in the text (small objects) or through a Set (large ones, escaped names):
// the same answers as momoa's syntax tree, which keeps every member.
describe('repeated keys agree with momoa', () => {
  const fromTree = (text: string) => {
    const found: Array<{ pointer: string; key: string; offset: number }> = [];
    const visit = (node: AnyNode, at: string) => {
      if (node.type === 'Object') {
        const seen = new Set<string>();
        for (const m of node.members) {
          const key = m.name.type === 'String' ? m.name.value : '';
          const p = at + pointer(key);
          if (seen.has(key)) found.push({ pointer: p, key, offset: m.name.loc.start.offset });
          else seen.add(key);
          visit(m.value, p);
        }
      } else if (node.type === 'Array') node.elements.forEach((e, i) => visit(e.value, `${at}/${i}`));
    };
    visit(parseAst(text, { mode: 'json' }).body, '');
    return found.sort((a, b) => a.offset - b.offset);
  };
  const name = fc.constantFrom('a', 'b', 'x/y', 'q~', 'é', '\\u0061', '\\"', 'a\\nb');
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, fc.constant('1'), fc.array(tie('v'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`), fc.array(fc.tuple(name, tie('v')), { maxLength: 40 }).map((ms) => `{${ms.map(([k, v]) => `"${k}":${v}`).join(',')}}`)),
  })).v;

  it('for generated texts with repeated, escaped and many names', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(indexJson(text, 64, Infinity, 1_000).duplicates).toEqual(fromTree(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('skipping strings', () => {
  // The character-by-character walk the skipper replaces: an escape takes two characters.
  const reference = (text: string, pos: number) => {
    let j = pos + 1;
    let escaped = false;
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') {
        escaped = true;
        j += 2;
      } else if (c === '"') return { end: j + 1, escaped };
      else j++;
    }
    return { end: j, escaped };
  };

  it('ends every string where walking it character by character does, in any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '\\', 'a', ' ', 'é'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const skipper = new StringSkipper(text);
        // Strings are skipped in increasing order, as the passes over JSON text do.
        for (let pos = text.indexOf('"'); pos >= 0; ) {
          const end = skipper.end(pos);
          expect({ end, escaped: skipper.escaped }).toEqual(reference(text, pos));
          pos = text.indexOf('"', end);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// The scan for structure as it was written before it shared the indexing pass: every character outside strings
// looked at, brackets and commas counted, a quoted string in a key's place taken as a name. The index must find
// the same depth, count and repeated keys on any text.
function referenceScan(text: string, maxDepth: number, maxValues: number) {
  const frames: Array<{ keys: Set<string> | null; key: string; index: number; expectKey: boolean }> = [];
  const duplicates: Array<{ pointer: string; offset: number }> = [];
  const strings = new StringSkipper(text);
  let values = 1;
  const name = (start: number, end: number) => {
    const quoted = text.slice(start, Math.min(end, text.length));
    if (quoted.length < 2) return '';
    try {
      const v: unknown = JSON.parse(quoted);
      return typeof v === 'string' ? v : quoted;
    } catch {
      return quoted.slice(1, -1);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = strings.end(i);
      const top = frames[frames.length - 1];
      if (top?.keys && top.expectKey) {
        const key = name(i, end);
        if (top.keys.has(key)) duplicates.push({ pointer: frames.slice(0, -1).map((f) => '/' + (f.keys ? f.key : f.index).toString().replace(/~/g, '~0').replace(/\//g, '~1')).join('') + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1'), offset: i });
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      if (frames.length >= maxDepth) return { tooDeepAt: i, values, duplicates };
      values++;
      frames.push({ keys: c === '{' ? new Set() : null, key: '', index: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') frames.pop();
    else if (c === ',') {
      if (++values > maxValues) return { values, duplicates };
      const top = frames[frames.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return { values, duplicates };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('the indexing pass finds what a scan for structure finds', () => {
  const compare = (text: string, maxDepth: number, maxValues: number) => {
    const ours = indexJson(text, maxDepth, maxValues, Infinity);
    const ref = referenceScan(text, maxDepth, maxValues);
    expect(ours.tooDeepAt).toBe(ref.tooDeepAt);
    expect(ours.values).toBe(ref.values);
    // Names are decoded the same way only for valid JSON; elsewhere the count and places agree.
    expect(ours.duplicates.map((d) => d.offset)).toEqual(ref.duplicates.map((d) => d.offset));
  };

  it('on arbitrary text made of JSON punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '"a"', '"b"', '1', 'true', ' ', '\n', '\\', 'x'), { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 30 }), (parts, depth, max) => {
        compare(parts.join(''), depth, max);
      }),
      { numRuns: 2000 },
    );
  });

  it('on JSON with repeated keys, and their pointers', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2), (value, indent) => {
        // Every object's members written twice over: each name repeated.
        const text = JSON.stringify(value, null, indent).replace(/\{([^{}[\]]+)\}/g, '{$1,$1}');
        compare(text, 64, Infinity);
        // Pointers are the index's reading of valid JSON (a brace inside a string can make the doubling invalid).
        fc.pre(isJson(text));
        const ref = referenceScan(text, 64, Infinity);
        expect(indexJson(text, 64, Infinity, Infinity).duplicates.map((d) => d.pointer)).toEqual(ref.duplicates.map((d) => d.pointer));
      }),
      { numRuns: 300 },
    );
  });
});
