// Fixes on in-memory packages written in several formattings: a JSON file is re-serialized in a style (indentation,
// line ending, BOM, final newline), a rule's fix is applied to the packaged text, and the result is compared with the
// expected value written in the same style, so a test proves that only the value changed.
import { expect } from 'vitest';
import { applyEdits } from '../../src/engine/fix/index.js';
import type { Finding, Fix } from '../../src/engine/types.js';
import { check, findingsOf, type FileRecord } from './packages.js';

export interface Style {
  name: string;
  indent: number | string;
  eol: '\n' | '\r\n';
  bom?: boolean;
  finalNewline?: boolean;
}

export const STYLES: readonly Style[] = [
  { name: '2-space indentation, LF, final newline', indent: 2, eol: '\n', finalNewline: true },
  { name: '4-space indentation, CRLF, a BOM', indent: 4, eol: '\r\n', bom: true },
  { name: 'tabs, CRLF, final newline', indent: '\t', eol: '\r\n', finalNewline: true },
];

/** A JSON value written in a style. */
export function serialize(value: unknown, style: Style): string {
  const text = JSON.stringify(value, null, style.indent).replace(/\n/g, style.eol);
  return `${style.bom ? '\uFEFF' : ''}${text}${style.finalNewline ? style.eol : ''}`;
}

/** The record with every JSON file (given as an object or as JSON text) written in the style. */
export function styled(record: FileRecord, style: Style): FileRecord {
  return Object.fromEntries(
    Object.entries(record).map(([name, content]) => {
      if (!/\.json$/i.test(name) || content instanceof Uint8Array) return [name, content];
      return [name, serialize(typeof content === 'string' ? JSON.parse(content) : content, style)];
    }),
  );
}

/** A file's text with edits made, its BOM kept (the edits count from after it, as the engine's do). */
export function edited(text: string, edits: Fix['edits']): string {
  const bom = text.startsWith('\uFEFF');
  return (bom ? '\uFEFF' : '') + applyEdits(bom ? text.slice(1) : text, edits);
}

export interface Fixed {
  finding: Finding;
  fix: Fix;
  /** The record with the fix made. */
  record: FileRecord;
}

/** Checks the record, expects one finding of the rule with a fix, and makes it in the packaged files. */
export async function fixOne(record: FileRecord, ruleId: string): Promise<Fixed> {
  const found = findingsOf(await check(record), ruleId);
  const withFix = found.filter((f) => f.fix);
  expect(withFix.map((f) => f.message)).toHaveLength(1);
  const finding = withFix[0];
  const fix = finding.fix!;
  const out: FileRecord = { ...record };
  for (const path of new Set(fix.edits.map((e) => e.path))) {
    out[path] = edited(String(record[path]), fix.edits.filter((e) => e.path === path));
  }
  return { finding, fix, record: out };
}

/** The rule's findings after the fix: none is expected. */
export async function leftAfter(fixed: Fixed, ruleId: string): Promise<Finding[]> {
  return findingsOf(await check(fixed.record), ruleId);
}
