// Which lines of a file a pull request changes, from a unified diff of it: the `patch` GitHub lists for each file of a
// pull request, or `git diff` of the same commits. GitHub accepts review comments only on the lines of these hunks
// (the new side), and a suggestion must know the text it replaces there.

/** One hunk's lines on the new side: first and last, the added ones, and the text of each. */
export interface Hunk {
  start: number;
  end: number;
  added: ReadonlySet<number>;
  text: ReadonlyMap<number, string>;
}

export interface ChangedLines {
  hunks: Hunk[];
}

const HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** The hunks of a patch (text before the first "@@", such as git's file header, is skipped). */
export function parsePatch(patch: string): ChangedLines {
  const hunks: Hunk[] = [];
  let current: { start: number; end: number; added: Set<number>; text: Map<number, string> } | undefined;
  let line = 0;
  for (const raw of patch.split('\n')) {
    const header = HEADER.exec(raw);
    if (header) {
      line = Number(header[1]);
      current = { start: line, end: line - 1, added: new Set(), text: new Map() };
      if (Number(header[2] ?? '1') > 0) hunks.push(current);
      continue;
    }
    if (!current) continue;
    const mark = raw[0];
    if (mark === '+' || mark === ' ') {
      current.text.set(line, raw.slice(1).replace(/\r$/, ''));
      if (mark === '+') current.added.add(line);
      current.end = line++;
    }
    // '-' lines are on the old side only; "\ No newline at end of file" belongs to neither.
  }
  return { hunks };
}

/** The hunk whose new-side lines hold all of `start`..`end`, if one does. */
export function hunkHolding(lines: ChangedLines, start: number, end: number): Hunk | undefined {
  return lines.hunks.find((h) => h.start <= start && end <= h.end);
}
