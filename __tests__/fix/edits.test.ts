// Edits from JSON positions: each operation in several layouts, only the value's bytes changed; which fixes go
// together; the whole lines edits change; and the unified diff of --fix-dry-run, which `git apply` takes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/fix/diff.js';
import { applyEdits, editsFor, jsonTree, lineChanges, planFixes } from '../../src/engine/fix/index.js';
import type { Fix, FixChange, TextEdit } from '../../src/engine/types.js';

function fixText(text: string, changes: FixChange[]): string {
  const made = editsFor(jsonTree(text)!, changes, 'f.json');
  if (!made.ok) throw new Error(made.reason);
  return applyEdits(text, made.edits);
}

const replace = (pointer: string, value: unknown): FixChange => ({ op: 'replace', file: 'f.json', pointer, value });
const add = (pointer: string, value: unknown, first = false): FixChange => ({ op: 'add', file: 'f.json', pointer, value, ...(first ? { first } : {}) });
const remove = (pointer: string): FixChange => ({ op: 'remove', file: 'f.json', pointer });

describe('replace', () => {
  it('changes the value and nothing around it, whatever the layout', () => {
    expect(fixText('{"a":"1.0","b":2}', [replace('/a', '1.0.0')])).toBe('{"a":"1.0.0","b":2}');
    expect(fixText('{\r\n    "a" :  "1.0" ,\r\n    "b": 2\r\n}\r\n', [replace('/a', '1.0.0')])).toBe('{\r\n    "a" :  "1.0.0" ,\r\n    "b": 2\r\n}\r\n');
    expect(fixText('{\n\t"flags": {"x": "true", "y": "false"}\n}', [replace('/flags/x', true), replace('/flags/y', false)])).toBe('{\n\t"flags": {"x": true, "y": false}\n}');
  });

  it('a key written twice: the last, the one JSON.parse keeps', () => {
    expect(fixText('{"a": 1, "a": 2}', [replace('/a', 3)])).toBe('{"a": 1, "a": 3}');
  });

  it('a container over several lines, indented where it stands', () => {
    expect(fixText('{\r\n  "a": {\r\n    "x": 1\r\n  }\r\n}', [replace('/a', { y: [1] })])).toBe('{\r\n  "a": {\r\n    "y": [\r\n      1\r\n    ]\r\n  }\r\n}');
  });

  it('a missing pointer is no edit at all', () => {
    expect(editsFor(jsonTree('{"a": 1}')!, [replace('/b', 2)], 'f.json')).toEqual({ ok: false, reason: '/b is not in the file' });
  });
});

describe('add', () => {
  it('after the last member, with its indentation, separator and line ending', () => {
    expect(fixText('{\n  "name": "id",\n  "in": "path"\n}\n', [add('/x-ms-url-encoding', 'single')])).toBe('{\n  "name": "id",\n  "in": "path",\n  "x-ms-url-encoding": "single"\n}\n');
    expect(fixText('{\r\n\t\t"name":"id"\r\n}', [add('/x', 'single')])).toBe('{\r\n\t\t"name":"id",\r\n\t\t"x":"single"\r\n}');
    expect(fixText('{"name": "id", "in": "path"}', [add('/x', 1)])).toBe('{"name": "id", "in": "path", "x": 1}');
    expect(fixText('{"a":{"name":"id"}}', [add('/a/x', 1)])).toBe('{"a":{"name":"id","x":1}}');
  });

  it('first, before the other members', () => {
    expect(fixText('{\r\n    "a": 1\r\n}', [add('/$schema', 'https://x', true)])).toBe('{\r\n    "$schema": "https://x",\r\n    "a": 1\r\n}');
  });

  it('into an empty object, on one line or over lines', () => {
    expect(fixText('{"a": {}}', [add('/a/x', 1)])).toBe('{"a": {"x": 1}}');
    expect(fixText('{\n    "a": {\n    }\n}', [add('/a/x', 1)])).toBe('{\n    "a": {\n        "x": 1\n    }\n}');
  });

  it('several members of one object in one insertion; an object value indented as the file is', () => {
    expect(fixText('{\n  "a": 1\n}', [add('/b', 2), add('/c', { d: true })])).toBe('{\n  "a": 1,\n  "b": 2,\n  "c": {\n    "d": true\n  }\n}');
  });

  it('never over a member that is there', () => {
    expect(editsFor(jsonTree('{"a": 1}')!, [add('/a', 2)], 'f.json')).toEqual({ ok: false, reason: '/a is already there' });
  });
});

describe('remove', () => {
  it('an element or member with its separator, first, middle, last or only', () => {
    const list = '{\n  "d": [\n    "a",\n    "b",\n    "c"\n  ]\n}';
    expect(fixText(list, [remove('/d/0')])).toBe('{\n  "d": [\n    "b",\n    "c"\n  ]\n}');
    expect(fixText(list, [remove('/d/1')])).toBe('{\n  "d": [\n    "a",\n    "c"\n  ]\n}');
    expect(fixText(list, [remove('/d/2')])).toBe('{\n  "d": [\n    "a",\n    "b"\n  ]\n}');
    expect(fixText('{"d": ["a"], "e": 1}', [remove('/d/0')])).toBe('{"d": [], "e": 1}');
    expect(fixText('{"p": {"in": "query", "x-ms-url-encoding": "single"}}', [remove('/p/x-ms-url-encoding')])).toBe('{"p": {"in": "query"}}');
  });
});

describe('replace-text', () => {
  it('replaces inside the string as written, every occurrence', () => {
    const change: FixChange = { op: 'replace-text', file: 'f.json', pointer: '/id', find: '{{APP_ID}}', text: '${{APP_ID}}' };
    expect(fixText('{"id": "x-{{APP_ID}}-{{APP_ID}}", "n": "\\u00e9"}', [change])).toBe('{"id": "x-${{APP_ID}}-${{APP_ID}}", "n": "\\u00e9"}');
    expect(editsFor(jsonTree('{"id": 1}')!, [change], 'f.json')).toEqual({ ok: false, reason: '/id is not a string' });
  });
});

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
const edit = (path: string, start: number, end: number, text: string): TextEdit => ({ path, start: at(start), end: at(end), text });
const fix = (...edits: TextEdit[]): Fix => ({ description: 'd', changes: [], edits, applicable: true });

describe('planFixes', () => {
  it('takes fixes in order, drops copies, and leaves those that overlap a taken one (all their edits or none)', () => {
    const a = fix(edit('f', 0, 3, 'x'));
    const twin = fix(edit('f', 0, 3, 'x'));
    const overlapping = fix(edit('g', 10, 11, 'y'), edit('f', 2, 5, 'z'));
    const sameInsertion = fix(edit('f', 0, 0, 'w'));
    const elsewhere = fix(edit('f', 3, 4, 'v'), edit('g', 0, 1, 'u'));
    const plan = planFixes([a, twin, overlapping, sameInsertion, elsewhere], (x) => x);
    expect(plan.accepted).toEqual([a, elsewhere]);
    expect(plan.duplicates).toEqual([twin]);
    expect(plan.overlapping).toEqual([overlapping, sameInsertion]);
    expect(plan.edits.get('f')?.map((e) => e.text)).toEqual(['x', 'v']);
    expect(plan.edits.get('g')?.map((e) => e.text)).toEqual(['u']);
  });
});

describe('lineChanges', () => {
  it('the whole lines edits change, keeping a CR; together: one range for a suggestion', () => {
    const text = '{\r\n  "a": "1",\r\n  "b": "2",\r\n  "c": "3"\r\n}';
    const made = editsFor(jsonTree(text)!, [replace('/a', 1), replace('/c', 3)], 'f.json');
    if (!made.ok) throw new Error(made.reason);
    expect(lineChanges(text, made.edits)).toEqual([
      { start: 2, end: 2, old: ['  "a": "1",\r'], lines: ['  "a": 1,\r'] },
      { start: 4, end: 4, old: ['  "c": "3"\r'], lines: ['  "c": 3\r'] },
    ]);
    expect(lineChanges(text, made.edits, true)).toEqual([{ start: 2, end: 4, old: ['  "a": "1",\r', '  "b": "2",\r', '  "c": "3"\r'], lines: ['  "a": 1,\r', '  "b": "2",\r', '  "c": 3\r'] }]);
  });
});

describe('the unified diff', () => {
  function gitApply(files: Record<string, string>, fixes: Record<string, FixChange[]>): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-diff-'));
    let patch = '';
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const made = editsFor(jsonTree(text.replace(/^\uFEFF/, ''))!, fixes[name] ?? [], name);
      if (!made.ok) throw new Error(made.reason);
      patch += unifiedDiff(name, text.replace(/^\uFEFF/, ''), made.edits, text.startsWith('\uFEFF'));
    }
    writeFileSync(join(dir, 'fix.patch'), patch);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply', '--whitespace=nowarn', 'fix.patch'], { cwd: dir });
    return Object.fromEntries(Object.keys(files).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  }

  it('applies with git apply: CRLF, no final newline, a BOM, far-apart and close changes, several files', () => {
    const long = `{\r\n${Array.from({ length: 30 }, (_, i) => `    "k${i}": "v${i}",\r\n`).join('')}    "last": "1.0"\r\n}`;
    const lf = '\uFEFF{\n  "p": {\n    "name": "id",\n    "in": "path"\n  }\n}\n';
    const out = gitApply({ 'a.json': long, 'b.json': lf }, { 'a.json': [replace('/k1', 1), replace('/k3', 3), replace('/k20', 20), replace('/last', '1.0.0')], 'b.json': [add('/p/x-ms-url-encoding', 'single')] });
    expect(out['a.json']).toBe(long.replace('"v1"', '1').replace('"v3"', '3').replace('"v20"', '20').replace('"1.0"', '"1.0.0"'));
    expect(out['b.json']).toBe('\uFEFF{\n  "p": {\n    "name": "id",\n    "in": "path",\n    "x-ms-url-encoding": "single"\n  }\n}\n');
  });

  it('hunks as git writes them', () => {
    const text = '{\n  "a": 1,\n  "b": "1.0"\n}';
    const made = editsFor(jsonTree(text)!, [replace('/b', '1.0.0')], 'm.json');
    if (!made.ok) throw new Error(made.reason);
    expect(unifiedDiff('app/m.json', text, made.edits)).toBe(
      'diff --git a/app/m.json b/app/m.json\n--- a/app/m.json\n+++ b/app/m.json\n@@ -1,4 +1,4 @@\n {\n   "a": 1,\n-  "b": "1.0"\n+  "b": "1.0.0"\n }\n\\ No newline at end of file\n',
    );
  });
});
