// A unified diff of the edits to one file, as `git diff` writes it (three lines of context, "\ No newline at end of
// file" where it applies), so `copilot-publish-check --fix-dry-run > fixes.patch && git apply fixes.patch` works.
// The hunks come straight from the edits (lineChanges): no diff algorithm is needed when the changes are known.
import { lineChanges, type LineChange } from '../../engine/fix/index.js';
import type { TextEdit } from '../../engine/types.js';

const CONTEXT = 3;
const NO_NEWLINE = '\\ No newline at end of file';

/** The diff of `edits` to `text` (after a BOM, which `bom` says the file starts with: git counts it in line 1). */
export function unifiedDiff(path: string, afterBom: string, editsAfterBom: readonly TextEdit[], bom = false): string {
  const text = bom ? `\uFEFF${afterBom}` : afterBom;
  const edits = bom ? editsAfterBom.map((e) => ({ ...e, start: { ...e.start, offset: e.start.offset + 1 }, end: { ...e.end, offset: e.end.offset + 1 } })) : editsAfterBom;
  const changes = lineChanges(text, edits);
  if (changes.length === 0) return '';
  // Lines of the file; a final line feed ends the last line rather than starting an empty one.
  const lines = text.split('\n');
  const finalNewline = text.endsWith('\n');
  if (finalNewline) lines.pop();
  const out = [`diff --git a/${path} b/${path}`, `--- a/${path}`, `+++ b/${path}`];
  let delta = 0;
  for (const hunk of hunks(changes)) {
    const from = Math.max(1, hunk[0].start - CONTEXT);
    const to = Math.min(lines.length, hunk[hunk.length - 1].end + CONTEXT);
    const body: string[] = [];
    const isLast = (line: number) => line === lines.length && !finalNewline;
    let oldCount = 0;
    let newCount = 0;
    const context = (a: number, b: number) => {
      for (let l = a; l <= b; l++) {
        body.push(` ${lines[l - 1]}`, ...(isLast(l) ? [NO_NEWLINE] : []));
        oldCount++;
        newCount++;
      }
    };
    let at = from;
    for (const c of hunk) {
      context(at, c.start - 1);
      body.push(...c.old.map((l) => `-${l}`), ...(isLast(c.end) ? [NO_NEWLINE] : []));
      body.push(...c.lines.map((l) => `+${l}`), ...(isLast(c.end) ? [NO_NEWLINE] : []));
      oldCount += c.old.length;
      newCount += c.lines.length;
      at = c.end + 1;
    }
    context(at, to);
    out.push(`@@ -${range(from, oldCount)} +${range(from + delta, newCount)} @@`, ...body);
    delta += newCount - oldCount;
  }
  return `${out.join('\n')}\n`;
}

// Changes close enough to share context lines go in one hunk, as git does.
function hunks(changes: readonly LineChange[]): LineChange[][] {
  const out: LineChange[][] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last && c.start - last[last.length - 1].end - 1 <= 2 * CONTEXT) last.push(c);
    else out.push([c]);
  }
  return out;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${count === 0 ? start - 1 : start},${count}`;
}
