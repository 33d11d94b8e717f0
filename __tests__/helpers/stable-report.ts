// Package reports as tests compare them: everything but the time each took.
import type { PackageReport } from '../../src/engine/types.js';

/**
 * The report of one package without its timing (the only part that differs between runs); routes by their
 * verdict and blockers (their steps and prerequisites are fixed text per channel, and would make the file large).
 */
export function stable(p: PackageReport): PackageReport {
  const routes = p.routes.map((r) => ({ audience: r.audience, channel: r.channel, eligible: r.eligible, blockers: r.blockers, next: r.next, cautions: r.cautions }));
  return { ...p, routes, stats: { files: p.stats.files, bytes: p.stats.bytes } } as PackageReport;
}

/** One package per block and one finding per line: a change reads as a short diff. */
export function snapshotText(packages: readonly PackageReport[]): string {
  return packages
    .map((p) => {
      const { findings, ...rest } = stable(p);
      return [JSON.stringify(rest), ...findings.map((f) => `  ${JSON.stringify(f)}`)].join('\n');
    })
    .join('\n\n') + '\n';
}
