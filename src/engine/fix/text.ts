// Text edits at work, without any file: which fixes can go in together, the text they make, and the whole lines
// they change (for a unified diff and for a pull-request suggestion, which replaces whole lines). Pure, so the CLI
// (--fix, --fix-dry-run) and the action (suggestions) share it.
import type { Fix, TextEdit } from '../types.js';
import { lastAtOrBefore } from '../util/search.js';

/** Fixes that can be made together, and those left for another run because they overlap one of them. */
export interface FixPlan<T> {
  /** The fixes to make, each once (a fix equal to one taken, such as one defect judged per audience, is dropped). */
  accepted: T[];
  /** Fixes whose edits are all those of an accepted fix (one defect judged per audience): made by it. */
  duplicates: T[];
  /** Fixes that change text another accepted fix changes. */
  overlapping: T[];
  /** The edits of the accepted fixes by path, each once, in text order. */
  edits: Map<string, TextEdit[]>;
}

/** Takes fixes in order, each with all its edits or not at all; an edit equal to one taken is shared. */
export function planFixes<T>(items: readonly T[], fixOf: (item: T) => Fix): FixPlan<T> {
  const edits = new Map<string, TextEdit[]>();
  const accepted: T[] = [];
  const duplicates: T[] = [];
  const overlapping: T[] = [];
  const taken = new Set<string>();
  for (const item of items) {
    const fresh = fixOf(item).edits.filter((e) => !taken.has(editKey(e)));
    if (fresh.length === 0) {
      duplicates.push(item);
      continue;
    }
    if (fresh.some((e, i) => fresh.some((o, j) => j < i && overlaps(e, o)) || (edits.get(e.path) ?? []).some((o) => overlaps(e, o)))) {
      overlapping.push(item);
      continue;
    }
    for (const e of fresh) {
      taken.add(editKey(e));
      edits.set(e.path, [...(edits.get(e.path) ?? []), e]);
    }
    accepted.push(item);
  }
  for (const list of edits.values()) list.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
  return { accepted, duplicates, overlapping, edits };
}

function editKey(e: TextEdit): string {
  return `${e.path}\u0000${e.start.offset}\u0000${e.end.offset}\u0000${e.text}`;
}

/** Two edits of one file that touch the same text, or insert at the same place (their order would be a guess). */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.path !== b.path) return false;
  if (a.start.offset === b.start.offset) return true;
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

/** The text with the edits made; the edits must not overlap (planFixes). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start.offset - b.start.offset);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start.offset), e.text);
    at = e.end.offset;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Whole lines that edits change: lines `start`..`end` (1-based, inclusive) of the old text become `lines`. Lines keep
 * a carriage return of a CRLF ending (the line feed separates them), so a unified diff of a CRLF file applies.
 */
export interface LineChange {
  start: number;
  end: number;
  old: string[];
  lines: string[];
}

/**
 * The line changes the edits make, edits on one line or on overlapping lines taken together, in order; `together`:
 * one change from the first edited line to the last (a suggestion replaces one range of lines).
 */
export function lineChanges(text: string, edits: readonly TextEdit[], together = false): LineChange[] {
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lastAtOrBefore(starts, offset) + 1;
  const sorted = [...edits].sort((a, b) => a.start.offset - b.start.offset);
  const groups: Array<{ first: number; last: number; edits: TextEdit[] }> = [];
  for (const e of sorted) {
    const first = lineOf(e.start.offset);
    const last = lineOf(Math.max(e.start.offset, e.end.offset));
    const g = groups[groups.length - 1];
    if (g && (together || first <= g.last)) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }
  return groups.map((g) => {
    const from = starts[g.first - 1];
    const to = g.last < starts.length ? starts[g.last] - 1 : text.length;
    const segment = text.slice(from, to);
    const changed = applyEdits(segment, g.edits.map((e) => ({ ...e, start: { ...e.start, offset: e.start.offset - from }, end: { ...e.end, offset: e.end.offset - from } })));
    return { start: g.first, end: g.last, old: segment.split('\n'), lines: changed.split('\n') };
  });
}

/** Offsets where each line starts (a line feed ends a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

