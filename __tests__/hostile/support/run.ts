// Writes hostile packages to a temp dir and checks each one together with a good package after it,
// so a test sees both the finding for the bad one and that the run went on to the next.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import { checkPaths } from '../../../src/engine/index.js';
import type { Finding, PackageReport, Report } from '../../../src/engine/types.js';
import { connectorPackage } from '../../helpers/connector-packages.js';
import { validDefinition } from '../../helpers/graph-packages.js';
import { teamsPackage } from '../../helpers/packages.js';
import { measure, type CaseTable } from './measure.js';

export interface ZipFileSpec {
  [name: string]: string | Uint8Array | { data: string | Uint8Array; mode?: number; compress?: boolean };
}

/** A zip made by yazl (a well-formed archive); `forceZip64` writes zip64 records for every entry. */
export function yazlZip(files: ZipFileSpec, options: { forceZip64?: boolean } = {}): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(2024, 0, 1);
  for (const [name, spec] of Object.entries(files)) {
    const { data, mode, compress } = typeof spec === 'string' || spec instanceof Uint8Array ? { data: spec, mode: undefined, compress: undefined } : spec;
    zip.addBuffer(Buffer.from(data), name, { mtime, mode, compress: compress ?? true, forceZip64Format: options.forceZip64 ?? false });
  }
  zip.end({ forceZip64Format: options.forceZip64 ?? false, comment: '' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The files of the known-good Teams package, as the record teamsPackage() builds. */
export function goodFiles(): Record<string, string | Uint8Array> {
  const record = teamsPackage();
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' || v instanceof Uint8Array ? v : JSON.stringify(v)]));
}

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'cpc-hostile-'));
  private goodZip?: string;

  write(name: string, bytes: Uint8Array | string): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    return name;
  }

  /** A good Teams package zip, written once. */
  async good(): Promise<string> {
    if (!this.goodZip) this.goodZip = this.write('zz-good/appPackage.zip', await yazlZip(goodFiles()));
    return this.goodZip;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CaseOutcome {
  report: Report;
  bad: PackageReport;
  good: PackageReport;
  ms: number;
  peakMiB: number;
  ruleIds: string[];
}

/** Checks `bad` then the good package in one checkPaths call; records time and memory in `table`. */
export async function runCase(ws: Workspace, name: string, bad: string, table?: CaseTable): Promise<CaseOutcome> {
  const good = await ws.good();
  const { result, ms, peakMiB } = await measure(() => checkPaths([bad, good], { audience: 'both', toolVersion: '0.0.0-test', cwd: ws.dir }));
  const { report } = result;
  const byPath = (p: string) => report.packages.find((pkg) => pkg.path === p);
  const badReport = byPath(bad);
  const goodReport = byPath(good);
  if (!badReport || !goodReport) throw new Error(`${name}: expected reports for ${bad} and ${good}, got ${report.packages.map((p) => p.path).join(', ')}`);
  // Rules that also fire on the good package (rules still being written) are noise in the table.
  const baseline = new Set(goodReport.findings.map((f) => f.ruleId));
  const ruleIds = [...new Set(badReport.findings.map((f) => f.ruleId))].filter((id) => !baseline.has(id));
  table?.add({ name, ruleIds: ruleIds.join(', '), ms, packageMs: badReport.stats.ms, peakMiB });
  return { report, bad: badReport, good: goodReport, ms, peakMiB, ruleIds };
}

/** Read-problem ids: none may appear on the good package. */
export const READ_PROBLEM_IDS = /^package\.(zip-|unrecognized|json-encoding|json-duplicate-key|json-too-deep|json-limit)/;

export function findingsWith(pkg: PackageReport, ruleId: string): Finding[] {
  return pkg.findings.filter((f) => f.ruleId === ruleId);
}

/** Checks a good Teams package and a good connector once, so no measured case pays for compiling schemas. */
export async function warmUp(ws: Workspace): Promise<void> {
  const connector = ws.write('warm-up/connector.zip', await yazlZip(asBytes(connectorPackage())));
  const graph = ws.write('warm-up/graph-connector.json', JSON.stringify(validDefinition()));
  await checkPaths([await ws.good(), connector, graph], { audience: 'both', toolVersion: '0.0.0-test', cwd: ws.dir });
}

/** A file record with objects serialised, as yazlZip takes it. */
export function asBytes(record: Record<string, string | Uint8Array | object>): Record<string, string | Uint8Array> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' || v instanceof Uint8Array ? v : JSON.stringify(v)]));
}
