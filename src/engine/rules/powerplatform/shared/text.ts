// Text checks shared by title, description, summary and readme rules. Every pattern here is linear: fixed words
// and character classes, no nested quantifiers, so hostile text cannot make a check hang; each reads at most
// MAX_FIELD_CHARS of a field.
import { fieldText } from '../../../util/text.js';

/** Power Platform product names that titles and descriptions may not use (the 2025 text adds Copilot Studio). */
const PRODUCT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/\bpower\s?apps\b/i, 'Power Apps'],
  [/\bpower\s?automate\b/i, 'Power Automate'],
  [/\bmicrosoft\s+flow\b/i, 'Microsoft Flow'],
  [/\bpower\s?bi\b/i, 'Power BI'],
  [/\bpower\s?pages\b/i, 'Power Pages'],
  [/\bpower\s?virtual\s+agents?\b/i, 'Power Virtual Agents'],
  [/\bcopilot\s+studio\b/i, 'Copilot Studio'],
];

/** The product names a text mentions. */
export function productNamesIn(text: string): string[] {
  const t = fieldText(text);
  return PRODUCT_NAMES.filter(([re]) => re.test(t)).map(([, name]) => name);
}

/** Whether `word` appears as a whole word (case-insensitive). */
export function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^A-Za-z0-9])${escaped}(?:$|[^A-Za-z0-9])`, 'i').test(fieldText(text));
}

/** Characters, not UTF-16 units: what a person counts as the length of a title. */
export function charLength(text: string): number {
  return [...text].length;
}

export function endsAlphanumeric(text: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text);
}

export function endsWithSentencePunctuation(text: string): boolean {
  return /[.!?。]["')\]]?$/.test(text.trim());
}

export function wordCount(text: string): number {
  return fieldText(text).trim().split(/\s+/).filter(Boolean).length;
}

/** A quoted, shortened value for messages. */
export function quote(text: string, max = 60): string {
  const t = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(t);
}

export function isAbsoluteHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** ASCII e-mail address, as the validator's ContactEmailNotValid expects; split rather than one big pattern. */
export function isAsciiEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@') || value.length > 254) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain);
}
