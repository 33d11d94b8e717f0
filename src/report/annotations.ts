// Findings as GitHub annotations: one record per finding, errors first, positioned on the repository
// file when the source is known, else on the package itself. GitHub keeps only 10 annotations of each
// level per step and 50 per job, so `planAnnotations` picks which to show and counts the rest.
import type { Finding, Report, Severity } from '../engine/types.js';
import { neutralizeWorkflowCommands, oneLine } from './escape.js';
import { ruleMeta } from './rule-meta.js';

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

/** GitHub's limits (toolkit docs/problem-matchers.md): per level per step, and per job over all steps. */
export const ANNOTATIONS_PER_LEVEL = 10;
export const ANNOTATIONS_PER_JOB = 50;
/** Longest annotation title; GitHub's check-run limit, which keeps titles readable in the UI as well. */
export const MAX_TITLE = 255;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
export const LEVELS: readonly Severity[] = ['error', 'warning', 'notice'];

export function toAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const p of report.packages) for (const f of annotatable(p.findings)) out.push(annotationOf(p.path, f));
  // A stable sort: within a level, the report's order (by file and position) is kept.
  return out.sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}

export interface AnnotationPlan {
  shown: Annotation[];
  /** Findings not shown, per level. */
  omitted: Record<Severity, number>;
}

/**
 * The annotations to emit, at most `ANNOTATIONS_PER_LEVEL - reserve[level]` per level: the caller reserves
 * slots for its own messages (the failure message of `setFailed` is an error annotation, a missing
 * permission a warning, the "more not shown" line a notice).
 */
export function planAnnotations(report: Report, reserve: Partial<Record<Severity, number>> = {}): AnnotationPlan {
  const shown: Annotation[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const reserved = LEVELS.reduce((n, l) => n + (reserve[l] ?? 0), 0);
  // Level by level in the report's order, as toAnnotations sorts them; only the shown ones are made (a report of
  // 50,000 findings shows at most 50), the others are counted.
  const candidates = report.packages.map((p) => annotatable(p.findings));
  for (const level of LEVELS) {
    const room = ANNOTATIONS_PER_LEVEL - (reserve[level] ?? 0);
    let used = 0;
    for (const [i, p] of report.packages.entries()) {
      for (const f of candidates[i]) {
        if (f.severity !== level) continue;
        if (used < room && shown.length < ANNOTATIONS_PER_JOB - reserved) {
          used++;
          shown.push(annotationOf(p.path, f));
        } else omitted[level]++;
      }
    }
  }
  return { shown, omitted };
}

export function omittedCount(plan: AnnotationPlan): number {
  return plan.omitted.error + plan.omitted.warning + plan.omitted.notice;
}

/** One sentence on what was not annotated, or undefined when everything was. */
export function omittedSentence(plan: AnnotationPlan): string | undefined {
  const n = omittedCount(plan);
  if (n === 0) return undefined;
  const parts = LEVELS.filter((l) => plan.omitted[l] > 0).map((l) => `${plan.omitted[l]} ${l}${plan.omitted[l] === 1 ? '' : 's'}`);
  return `${n} more finding${n === 1 ? ' is' : 's are'} not shown as annotations (${parts.join(', ')}): GitHub shows ${ANNOTATIONS_PER_LEVEL} of each kind per step. The job summary and the JSON report list them all.`;
}

// A rule may judge one defect per route (an error for the store, a warning for one organisation): two findings of
// one rule at one place with one message, for different audiences. An annotation shows no audience, so only the
// stronger of them is annotated.
/** A package's findings that become annotations: not suppressed, and of twins only those of the strongest severity. */
function annotatable(findings: readonly Finding[]): Finding[] {
  const shown = findings.filter((f) => !f.suppressed);
  const strongest = strongestTwins(shown);
  return shown.filter((f) => strongest.get(twinKey(f)) === f.severity);
}

function twinKey(f: Finding): string {
  return [f.ruleId, f.file, f.pointer, f.line ?? '', f.column ?? '', f.message].join('\u0000');
}

function strongestTwins(findings: readonly Finding[]): Map<string, Severity> {
  const strongest = new Map<string, Severity>();
  for (const f of findings) {
    const key = twinKey(f);
    const seen = strongest.get(key);
    if (seen === undefined || ORDER[f.severity] < ORDER[seen]) strongest.set(key, f.severity);
  }
  return strongest;
}

function annotationOf(packagePath: string, f: Finding): Annotation {
  const inside = f.file ? ` (${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}${f.pointer ? ` ${f.pointer}` : ''})` : '';
  const where = f.source ? (insidePackage(f.source.path, packagePath) ? '' : ` [in ${packagePath}]`) : inside;
  // Titles and messages carry package text; `::` and `##[` are broken so no log line can become a command,
  // whichever way it is printed (core escapes only %, CR, LF in messages and also : and , in properties).
  const meta = ruleMeta(f.ruleId);
  // Control and direction-changing characters (ESC, NUL, U+2028, bidi overrides) and line breaks are dropped too.
  const title = neutralizeWorkflowCommands(oneLine(clip(meta ? `${f.ruleId}: ${meta.title}` : f.ruleId, MAX_TITLE)));
  const base = { level: f.severity, title, message: neutralizeWorkflowCommands(oneLine(`${f.message}${where}`)) };
  if (f.source) return { ...base, file: oneLine(f.source.path), startLine: f.source.line, startColumn: f.source.column };
  return { ...base, file: oneLine(packagePath) };
}

/**
 * A source inside the package itself (folder packages, and toolkit projects, named by their yml: the project is
 * its folder) needs no "in package" note.
 */
export function insidePackage(sourcePath: string, packagePath: string): boolean {
  const root = /\.ya?ml$/i.test(packagePath) ? packagePath.slice(0, Math.max(0, packagePath.lastIndexOf('/'))) : packagePath;
  return sourcePath === packagePath || root === '' || sourcePath.startsWith(`${root}/`);
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

// Workflow-command escaping as @actions/core does it: data escapes %, CR, LF; properties also : and ,.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The `github` CLI format: workflow commands a runner turns into annotations. */
export function renderWorkflowCommands(report: Report): string {
  return (
    toAnnotations(report)
      .map((a) => {
        const props = [`file=${escapeProperty(a.file)}`];
        if (a.startLine) props.push(`line=${a.startLine}`);
        if (a.startColumn) props.push(`col=${a.startColumn}`);
        props.push(`title=${escapeProperty(a.title)}`);
        return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`;
      })
      .join('\n') + '\n'
  );
}
