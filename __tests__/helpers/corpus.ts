// Where the shared real-world corpus is; tests that need it skip with a visible message when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CORPUS_DIR = resolve(process.cwd(), '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(resolve(CORPUS_DIR, 'INDEX.csv'));

if (!HAS_CORPUS) {
  // Visible in the test output, so a green run without the corpus is not mistaken for a full one.
  console.warn(`[corpus] ${CORPUS_DIR} not found: corpus tests are skipped.`);
}

export interface CorpusEntry {
  path: string;
  kind: string;
  notes: string;
}

/** Rows of INDEX.csv (simple CSV: quoted fields may hold commas). */
export function corpusIndex(): CorpusEntry[] {
  if (!HAS_CORPUS) return [];
  const lines = readFileSync(resolve(CORPUS_DIR, 'INDEX.csv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return { path: cells[0], kind: cells[1], notes: cells[5] ?? '' };
  });
}
