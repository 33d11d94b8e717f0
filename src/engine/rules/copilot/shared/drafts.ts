// Small helpers shared by the Copilot rules: JSON-file drafts and text measures.
import type { FindingDraft } from '../../../types.js';

export function at(file: string, pointer: string, message: string, extra: Partial<FindingDraft> = {}): FindingDraft {
  return { file, pointer, message, ...extra };
}

/** Characters as a person counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length;
}

/** A localization token such as [[agent_name]]: its real value lives in a language file. */
export function isLocalizationToken(value: string): boolean {
  return /^\[\[[a-zA-Z_][a-zA-Z0-9_]*\]\]$/.test(value.trim());
}

export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}

/** Text still holding a toolkit placeholder (${{VAR}}): its final value is unknown until packaging resolves it. */
export function hasPlaceholder(value: string): boolean {
  return /\$\{\{[^}]*\}\}/.test(value);
}
