// `--merge`: JSON reports of runs over parts of a repository's packages (matrix jobs) into one report, as if one
// run had checked them all: packages in the order of the files given, the summary counted again.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildReport, TOOL_NAME } from '../engine/index.js';
import type { PackageReport, Report } from '../engine/types.js';

export type Merged = { ok: true; report: Report; warnings: string[] } | { ok: false; error: string };

export async function mergeReportFiles(paths: readonly string[], cwd: string): Promise<Merged> {
  if (paths.length === 0) return { ok: false, error: '--merge needs the JSON reports to merge (written with --format json).' };
  const reports: Report[] = [];
  for (const path of paths) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(resolve(cwd, path), 'utf8'));
    } catch (e) {
      return { ok: false, error: `cannot read the report "${path}": ${e instanceof Error ? e.message : String(e)}` };
    }
    const r = parsed as Partial<Report> | null;
    if (!r || typeof r !== 'object' || r.schemaVersion !== 1 || r.tool?.name !== TOOL_NAME || !Array.isArray(r.packages)) {
      return { ok: false, error: `"${path}" is not a ${TOOL_NAME} JSON report (schemaVersion 1); write the reports with --format json.` };
    }
    reports.push(r as Report);
  }
  return mergeReports(reports, paths);
}

/** One report from several. Audiences must agree (routes were evaluated for them); a package in two shares counts once. */
export function mergeReports(reports: readonly Report[], names: readonly string[] = reports.map((_, i) => `report ${i + 1}`)): Merged {
  const audiences = [...new Set(reports.map((r) => r.audience))];
  if (audiences.length > 1) return { ok: false, error: `the reports were made for different audiences (${audiences.join(', ')}); run every share with the same --audience.` };
  const versions = [...new Set(reports.map((r) => r.tool.version))];
  const warnings = versions.length > 1 ? [`the reports come from different versions of ${TOOL_NAME} (${versions.join(', ')}).`] : [];
  const seen = new Map<string, string>();
  const packages: PackageReport[] = [];
  reports.forEach((r, i) => {
    for (const p of r.packages) {
      const first = seen.get(p.path);
      if (first !== undefined) {
        warnings.push(`"${p.path}" is in ${first} and ${names[i]}; it is counted once (give each matrix job its own paths).`);
        continue;
      }
      seen.set(p.path, names[i]);
      packages.push(p);
    }
  });
  return { ok: true, report: buildReport(packages, { audience: audiences[0], toolVersion: versions[0] }), warnings };
}
