// Problems in a package's JSON files that the reader reports for every kind of package (even one that is not
// recognised): a wrong encoding, keys repeated within an object, nesting or size past the reading limits.
// Syntax errors are left to the package.json-parse rule, except in a lone JSON file: one that does not parse
// cannot be recognised as anything, and the reason is more useful than "no package found".
import type { PackageView, ReadProblem } from './package-view.js';

export function jsonProblems(view: PackageView): ReadProblem[] {
  const problems: ReadProblem[] = [];
  for (const name of view.names) {
    if (!/\.json$/i.test(name)) continue;
    const decoded = view.decoded(name);
    const bytes = view.bytes(name);
    if (!decoded || !bytes) continue;
    const encoding = encodingProblem(name, decoded.encoding, bytes);
    if (encoding) problems.push(encoding);
    const doc = view.json(name);
    if (!doc) continue;
    if (doc.refused) {
      problems.push({
        ruleId: doc.refused.reason === 'depth' ? 'package.json-too-deep' : 'package.zip-limit',
        file: name,
        line: doc.refused.line,
        column: doc.refused.column,
        message: `${name} was not checked: ${doc.refused.message}.`,
      });
    }
    for (const d of doc.duplicates) {
      problems.push({
        ruleId: 'package.json-duplicate-key',
        file: name,
        pointer: d.pointer,
        line: d.line,
        column: d.column,
        message: `${name} repeats the key ${JSON.stringify(d.key)} in one object; this tool read the last value, other readers may take the first.`,
      });
    }
    if (doc.error && view.container === 'file') {
      problems.push({
        ruleId: 'package.unrecognized',
        file: name,
        line: doc.error.line,
        column: doc.error.column,
        message: `${name} is not valid JSON (${doc.error.message.replace(/\.$/, '')}), so it cannot be recognised as a Copilot (Graph) connector definition.`,
      });
    }
  }
  return problems;
}

function encodingProblem(name: string, encoding: string, bytes: Uint8Array): ReadProblem | undefined {
  if (encoding === 'invalid') {
    const at = firstInvalidUtf8(bytes);
    return {
      ruleId: 'package.json-encoding',
      severity: 'error',
      file: name,
      message: `${name} is not valid UTF-8${at === undefined ? '' : ` (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at})`}; save it as UTF-8.`,
    };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return {
      ruleId: 'package.json-encoding',
      file: name,
      message: `${name} is ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} with a byte-order mark; save it as UTF-8.`,
    };
  }
  // UTF-16 or UTF-32 without a byte-order mark: JSON text starts with an ASCII character, so a NUL among the
  // first bytes gives it away (RFC 4627 §3).
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return { ruleId: 'package.json-encoding', file: name, message: `${name} looks like UTF-16 or UTF-32 without a byte-order mark; save it as UTF-8.` };
  }
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 (after a byte-order mark, if any). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms, surrogates and code points past U+10FFFF.
    if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f) || (b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f)) return i;
    i += need + 1;
  }
  return undefined;
}
