// Read problems in JSON files: encoding, duplicate keys, nesting, size, and a lone JSON file that does not parse.
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, jsonProblems } from '../../src/engine/read/json-problems.js';
import { MAX_JSON_DEPTH } from '../../src/engine/read/limits.js';
import { viewFromRecord } from '../../src/engine/read/package-view.js';

const problems = (record: Record<string, string | Uint8Array>, container: 'zip' | 'folder' | 'file' = 'zip') =>
  jsonProblems(viewFromRecord('p', record, container));

describe('package.json-encoding', () => {
  it('breaking: invalid UTF-8 is an error naming the byte and its offset', () => {
    expect(problems({ 'a.json': Uint8Array.from([0x7b, 0x22, 0x61, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]) })).toEqual([
      { ruleId: 'package.json-encoding', severity: 'error', file: 'a.json', message: 'a.json is not valid UTF-8 (byte 0xc3 at offset 3); save it as UTF-8.' },
    ]);
  });

  it('breaking: UTF-16 with or without a byte-order mark is a warning (the rule default)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]);
    expect(problems({ 'a.json': le, 'b.json': Buffer.from('{}', 'utf16le') })).toEqual([
      { ruleId: 'package.json-encoding', file: 'a.json', message: 'a.json is UTF-16 LE with a byte-order mark; save it as UTF-8.' },
      { ruleId: 'package.json-encoding', file: 'b.json', message: 'b.json looks like UTF-16 or UTF-32 without a byte-order mark; save it as UTF-8.' },
    ]);
  });

  it('passing: UTF-8 with and without a byte-order mark; non-JSON files are not examined', () => {
    expect(problems({ 'a.json': '{"é": "✓"}', 'b.json': '\uFEFF{}', 'c.png': Uint8Array.from([0xff, 0xfe, 0]) })).toEqual([]);
  });

  it('firstInvalidUtf8 finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from('ok ✓ 𝄞'))).toBeUndefined();
  });
});

describe('package.json-duplicate-key', () => {
  it('breaking: a repeated key, with pointer, line and column', () => {
    expect(problems({ 'm.json': '{\n  "a": 1,\n  "a": 2\n}' })).toEqual([
      {
        ruleId: 'package.json-duplicate-key',
        file: 'm.json',
        pointer: '/a',
        line: 3,
        column: 3,
        message: 'm.json repeats the key "a" in one object; this tool read the last value, other readers may take the first.',
      },
    ]);
  });

  it('passing: the same key in sibling objects', () => {
    expect(problems({ 'm.json': '[{"a": 1}, {"a": 2}]' })).toEqual([]);
  });
});

describe('package.json-too-deep', () => {
  it('breaking: nesting past the limit', () => {
    const text = '['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1);
    expect(problems({ 'm.json': text })).toEqual([
      {
        ruleId: 'package.json-too-deep',
        file: 'm.json',
        line: 1,
        column: MAX_JSON_DEPTH + 1,
        message: `m.json was not checked: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep.`,
      },
    ]);
  });

  it('passing: nesting at the limit', () => {
    expect(problems({ 'm.json': '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH) })).toEqual([]);
  });
});

describe('a lone JSON file that does not parse', () => {
  it('is unrecognised, with the reason and the position', () => {
    expect(problems({ 'c.json': '{\n  "id": 1,,\n}' }, 'file')).toEqual([
      { ruleId: 'package.unrecognized', file: 'c.json', line: 2, column: 11, message: expect.stringMatching(/^c\.json is not valid JSON \(.+\), so it cannot be recognised as a Copilot \(Graph\) connector definition\.$/) },
    ]);
  });

  it('inside a zip or folder is left to package.json-parse', () => {
    expect(problems({ 'c.json': '{,}' }, 'zip')).toEqual([]);
  });
});
