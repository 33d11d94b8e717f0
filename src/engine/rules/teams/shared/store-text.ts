// The manifest's store-facing strings (name and description), and word matching over them.
import { pointer } from '../../../json/pointer.js';
import { fieldText } from '../../../util/text.js';
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
      if (text?.trim()) out.push({ field: `${group}.${size}`, text: fieldText(text), pointer: pointer(group, size) });
    }
  }
  return out;
}

export function quoteList(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(', ');
}
