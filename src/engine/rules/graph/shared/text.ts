// Small value checks the Graph connector rules share (GUIDs, URLs, placeholders, quoting untrusted text).
import { fieldText } from '../../../util/text.js';

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const ALPHANUMERIC = /^[A-Za-z0-9]+$/;
// Toolkit (${{X}}, {{X}}, ${X}) and sample (YOUR_…_HERE, <your …>) placeholders left in a file. The classes stop at
// the next opening brace or angle bracket, so a run of "{{" or "<your" is scanned once, not once per opening.
const PLACEHOLDER = /\$\{\{[^{}]*\}\}|\{\{[^{}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\bYOUR_[A-Z0-9_]+|<[Yy]our[^<>]*>|\bTODO\b|[Ll]orem ipsum/;

export function isGuid(v: unknown): boolean {
  return typeof v === 'string' && GUID.test(v);
}

export function isAlphanumeric(v: string): boolean {
  return ALPHANUMERIC.test(v);
}

export function hasPlaceholder(v: string): boolean {
  return PLACEHOLDER.test(fieldText(v));
}

/** The characters of `v` that are not ASCII letters or digits, each once, for messages. */
export function nonAlphanumeric(v: string): string {
  return [...new Set(v.replace(/[A-Za-z0-9]/g, ''))].map((c) => (c === ' ' ? 'space' : JSON.stringify(c))).join(', ');
}

export { isHttpUrl } from '../../../util/urls.js';

/** Untrusted value for a message: a string JSON-quoted, anything else as JSON, cut short so it cannot flood the report. */
export function quote(v: unknown, max = 80): string {
  const cut = (s: string) => (s.length > max ? `${s.slice(0, max)}…` : s);
  return typeof v === 'string' ? JSON.stringify(cut(v)) : cut(JSON.stringify(v) ?? String(v));
}

/** True for JSON true and for the string "true", which several public samples send instead of a boolean. */
export function isTrue(v: unknown): boolean {
  return v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true');
}

export function isInt32(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;
}
