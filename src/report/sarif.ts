// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, one rule per rule id
// met, one result per finding located on the repository file it came from (else on the package itself).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, RelatedLocation, Report, Severity, SourceLocation } from '../engine/types.js';
import { insidePackage } from './annotations.js';
import { cleanText } from './escape.js';
import { fingerprintFindings } from './fingerprint.js';
import { jsonChunks } from './json.js';
import { ruleMeta } from './rule-meta.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning's limit for fullDescription. */
const MAX_FULL_DESCRIPTION = 1_000;
/** Code scanning keeps 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000;

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * Where the report's paths are relative to: package paths to the working folder, source paths to the repository
 * root. SARIF locations are relative to the repository root (%SRCROOT%), whatever folder the report was made in;
 * without this, both are taken as relative to the root already (the action runs in it).
 */
export interface SarifPaths {
  /** Absolute path of the repository root. */
  root: string;
  /** Absolute path of the working folder the package paths are relative to. */
  cwd: string;
}

export function renderSarif(report: Report, paths?: SarifPaths): string {
  return [...renderSarifChunks(report, paths)].join('');
}

/** The SARIF log in pieces of one result each (the same text as renderSarif), for writing to a stream. */
export function* renderSarifChunks(report: Report, paths?: SarifPaths): Generator<string> {
  // log > runs > run > results > one result: four levels written member by member.
  yield* jsonChunks(sarifLog(report, paths), 4);
  yield '\n';
}

export function sarifLog(report: Report, paths?: SarifPaths): Log {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = [];
  const located = new Map(report.packages.map((p) => [p.path, packageLocation(p.path, paths)]));
  // Fingerprints name the package by its place in the repository, so they do not change with the working folder.
  const fingerprinted = fingerprintFindings(report, (p) => located.get(p.path)?.path ?? p.path);
  for (const { packagePath, finding, fingerprint } of fingerprinted.slice(0, MAX_SARIF_RESULTS)) {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = rules.push(ruleOf(finding)) - 1;
      ruleIndex.set(finding.ruleId, index);
    }
    results.push(resultOf(packagePath, located.get(packagePath)!, finding, index, fingerprint));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function ruleOf(f: Finding): ReportingDescriptor {
  const meta = ruleMeta(f.ruleId);
  const title = meta?.title ?? f.ruleId;
  const full = meta?.description ? `${title}. ${meta.description}` : title;
  const docs = meta?.docs ?? f.docs;
  const severity = meta?.severity ?? f.severity;
  return {
    id: f.ruleId,
    name: f.ruleId,
    shortDescription: { text: title },
    fullDescription: { text: clip(full, MAX_FULL_DESCRIPTION) },
    helpUri: docs,
    help: {
      text: `${full}\nMicrosoft's documentation: ${docs}`,
      markdown: `${full}\n\n[Microsoft's documentation](${docs})`,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['copilot-publish-check', f.ruleId.split('.')[0]], audiences: meta?.audiences ?? f.audiences },
  };
}

/** A package's place: repository-relative when it is in the repository, else an absolute file: URI. */
interface PackageLocation {
  /** Repository-relative, '/'-separated; the absolute path for a package outside the repository. */
  path: string;
  inside: boolean;
}

function packageLocation(display: string, paths: SarifPaths | undefined): PackageLocation {
  if (!paths) return { path: display, inside: true };
  const abs = resolve(paths.cwd, display);
  const rel = relative(paths.root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { path: abs, inside: false };
  return { path: rel.split(sep).join('/') || '.', inside: true };
}

function resultOf(packagePath: string, pkg: PackageLocation, f: Finding, ruleIndex: number, fingerprint: string): Result {
  const inside = f.file ? `${f.file}${f.pointer ? ` ${f.pointer}` : ''}` : '';
  // Without a source, the result sits on the package and says which file inside it is meant.
  const where = f.source ? (insidePackage(f.source.path, pkg.path) ? '' : ` (package ${packagePath})`) : inside ? ` (in ${packagePath}: ${inside})` : '';
  const region = f.source ? { startLine: f.source.line, startColumn: f.source.column } : { startLine: 1 };
  const artifactLocation = artifactOf(f.source, pkg);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Plain text: code scanning shows it as is; line breaks and invisible characters are removed all the same.
    message: { text: cleanText(`${f.message}${where}`, 10_000) || f.ruleId },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    // The other places of a defect reported once (consolidate.ts), each still a place to look at.
    ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => relatedLocation(pkg, r, i)) } : {}),
    partialFingerprints: { 'copilotPublishCheck/v1': fingerprint },
    // Accepted in the repository's configuration or baseline: "external" to the analysed files (SARIF 2.1.0 §3.35).
    ...(f.suppressed ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: cleanText(`${f.suppressed.kind}: ${f.suppressed.reason}`, 1_000) }] } : {}),
    properties: { audiences: f.audiences, ...(f.file ? { packageFile: f.file } : {}), ...(f.pointer ? { pointer: f.pointer } : {}) },
  };
}

// Never a "../" URI: a package outside the repository is named by its absolute file: URI instead.
function artifactOf(source: SourceLocation | null | undefined, pkg: PackageLocation): ArtifactLocation {
  if (source) return { uri: encodeUri(source.path), uriBaseId: '%SRCROOT%' };
  return pkg.inside ? { uri: encodeUri(pkg.path), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(pkg.path).href };
}

function relatedLocation(pkg: PackageLocation, r: RelatedLocation, i: number): Location {
  const region = r.source ? { startLine: r.source.line, startColumn: r.source.column } : { startLine: 1 };
  return {
    id: i + 1,
    physicalLocation: { artifactLocation: artifactOf(r.source, pkg), region },
    message: { text: cleanText(r.source ? r.message : `${r.message} (${r.pointer})`, 1_000) || r.pointer },
  };
}

// Relative URI references: segments percent-encoded, '/' kept.
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
