// The one line every output gives about findings the configuration or the baseline accepted, so that nothing is
// hidden silently: how many, by what, and how many findings of the baseline are fixed (time to refresh it).
import type { Report } from '../engine/types.js';
import { codeSpan } from './escape.js';
import { plural } from './format.js';

interface Counts {
  total: number;
  parts: string[];
}

function counts(report: Report): Counts {
  const by = { config: 0, ignore: 0, baseline: 0 };
  for (const p of report.packages) for (const f of p.findings) if (f.suppressed) by[f.suppressed.kind]++;
  const parts = [by.config && `${by.config} by rule`, by.ignore && `${by.ignore} by ignore`, by.baseline && `${by.baseline} by baseline`].filter((x): x is string => !!x);
  return { total: by.config + by.ignore + by.baseline, parts };
}

function sentence(report: Report, text: (s: string) => string, code: (s: string) => string): string | undefined {
  const c = counts(report);
  const out: string[] = [];
  if (c.total > 0) out.push(text(`${plural(c.total, 'finding')} suppressed (${c.parts.join(', ')}).`));
  const fixed = report.baseline?.fixed ?? 0;
  if (fixed > 0) {
    const command = code(`copilot-publish-check --write-baseline ${report.baseline!.file}`);
    out.push(`${text(`${plural(fixed, 'finding')} of the baseline ${fixed === 1 ? 'is' : 'are'} fixed: refresh it with`)} ${command}.`);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}

/** Plain text for the text output, or undefined when nothing was suppressed and nothing is fixed. */
export function suppressedLine(report: Report): string | undefined {
  return sentence(report, (s) => s, (s) => s);
}

/** The same line in markdown, for the job summary's and the comment's `notes`. */
export function suppressedNote(report: Report): string | undefined {
  // Counts and fixed words need no escaping; the one text from the repository, the baseline's path, is a code span.
  return sentence(report, (s) => s, (s) => codeSpan(s));
}
