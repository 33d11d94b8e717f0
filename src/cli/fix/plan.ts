// `--fix` and `--fix-dry-run`: which fixes of a report can be made in the repository, and making them. Only files
// inside the repository root are touched, never through a symbolic link, only UTF-8 text (a BOM kept), and never a
// zip: a fix whose packaged file has no known repository source is reported, not applied.
import { writeFile } from 'node:fs/promises';
import { applyEdits, planFixes } from '../../engine/fix/index.js';
import type { Finding, Report, TextEdit } from '../../engine/types.js';
import { readEditable, type Editable } from '../../shared/editable-file.js';

export interface FileEdits {
  /** Repository-relative path, as the edits name it. */
  path: string;
  abs: string;
  /** The text the edits apply to (after a BOM). */
  text: string;
  bom: boolean;
  edits: TextEdit[];
}

export interface RepositoryFixes {
  /** Findings whose fix is made (each distinct fix once). */
  fixed: Finding[];
  /** Findings whose fix is the same as one made (one defect judged per audience). */
  alsoFixed: Finding[];
  /** Findings whose fix overlaps one made: left for another run. */
  overlapping: Finding[];
  /** Findings with a fix that cannot be made, and why. */
  refused: Array<{ finding: Finding; reason: string }>;
  files: FileEdits[];
  /** Zips some of whose fixes were made in their sources: they keep their findings until they are built again. */
  zips: string[];
}

/** Plans the fixes of every finding that counts (suppressed ones are accepted as they are). */
export async function planRepositoryFixes(report: Report, root: string): Promise<RepositoryFixes> {
  const withFix = report.packages.flatMap((p) => p.findings.filter((f) => f.fix && !f.suppressed));
  const packageOf = new Map(report.packages.flatMap((p) => p.findings.map((f) => [f, p.path] as const)));
  const refused: RepositoryFixes['refused'] = [];
  const texts = new Map<string, Editable>();
  const candidates: Finding[] = [];
  for (const f of withFix) {
    const fix = f.fix!;
    if (!fix.applicable) {
      refused.push({ finding: f, reason: fix.reason ?? 'it has no repository file to change' });
      continue;
    }
    let problem: string | undefined;
    for (const path of new Set(fix.edits.map((e) => e.path))) {
      if (!texts.has(path)) texts.set(path, await readEditable(root, path));
      const read = texts.get(path)!;
      if (!read.ok) problem ??= read.reason;
    }
    if (problem) refused.push({ finding: f, reason: problem });
    else candidates.push(f);
  }
  const plan = planFixes(candidates, (f) => f.fix!);
  const files: FileEdits[] = [];
  for (const [path, edits] of plan.edits) {
    const read = texts.get(path);
    if (read?.ok) files.push({ path, abs: read.abs, text: read.text, bom: read.bom, edits });
  }
  const zips = [...new Set([...plan.accepted, ...plan.duplicates].map((f) => packageOf.get(f) ?? ''))].filter((p) => /\.zip$/i.test(p));
  return { fixed: plan.accepted, alsoFixed: plan.duplicates, overlapping: plan.overlapping, refused, files, zips };
}

/** Writes every planned file. */
export async function writeFixes(plan: RepositoryFixes): Promise<void> {
  for (const file of plan.files) await writeFile(file.abs, (file.bom ? '\uFEFF' : '') + applyEdits(file.text, file.edits), 'utf8');
}
