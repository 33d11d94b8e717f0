// Findings as GitHub annotations: one record per finding, errors first, positioned on the repository
// file when the source is known, else on the package itself.
import type { Finding, Report, Severity } from '../engine/types.js';

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function toAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = [];
  for (const p of report.packages) {
    for (const f of p.findings) out.push(annotationOf(p.path, f));
  }
  return out.sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}

function annotationOf(packagePath: string, f: Finding): Annotation {
  const inside = f.file ? ` (${f.file}${f.line ? `:${f.line}:${f.column ?? 1}` : ''}${f.pointer ? ` ${f.pointer}` : ''})` : '';
  const base = { level: f.severity, title: `${f.ruleId}`, message: `${f.message}${f.source ? '' : inside}` };
  if (f.source) return { ...base, file: f.source.path, startLine: f.source.line, startColumn: f.source.column };
  return { ...base, file: packagePath };
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
