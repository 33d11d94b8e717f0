// The manifest's store-facing strings (name and description), and word matching over them.
import { pointer } from '../../../json/pointer.js';
import { asRecord, asString } from '../../../util/values.js';

export interface StoreText {
  field: 'name.short' | 'name.full' | 'description.short' | 'description.full';
  text: string;
  pointer: string;
}

/** The non-empty name and description strings of a manifest, in document order. */
export function storeTexts(manifest: unknown, which: 'name' | 'description' | 'all' = 'all'): StoreText[] {
  const m = asRecord(manifest);
  const out: StoreText[] = [];
  for (const group of ['name', 'description'] as const) {
    if (which !== 'all' && which !== group) continue;
    for (const size of ['short', 'full'] as const) {
      const text = asString(asRecord(m?.[group])?.[size]);
      if (text?.trim()) out.push({ field: `${group}.${size}`, text, pointer: pointer(group, size) });
    }
  }
  return out;
}

/** A regex that finds any of `terms` as whole words (terms may contain spaces); case-insensitive unless told. */
export function wordPattern(terms: readonly string[], caseSensitive = false): RegExp {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** Distinct matches of `pattern` in `text`, as written. */
export function matchesOf(pattern: RegExp, text: string): string[] {
  return [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
}

export function quoteList(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(', ');
}
