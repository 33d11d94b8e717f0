// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, one rule per rule id
// met, one result per finding located on the repository file it came from (else on the package itself).
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Report, Severity } from '../engine/types.js';
import { insidePackage } from './annotations.js';
import { cleanText } from './escape.js';
import { fingerprintFindings } from './fingerprint.js';
import { ruleMeta } from './rule-meta.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Code scanning's limit for fullDescription. */
const MAX_FULL_DESCRIPTION = 1_000;
/** Code scanning keeps 25,000 results per run. */
export const MAX_SARIF_RESULTS = 25_000;

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(report: Report): string {
  return JSON.stringify(sarifLog(report), null, 2) + '\n';
}

export function sarifLog(report: Report): Log {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = [];
  for (const { packagePath, finding, fingerprint } of fingerprintFindings(report).slice(0, MAX_SARIF_RESULTS)) {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = rules.push(ruleOf(finding)) - 1;
      ruleIndex.set(finding.ruleId, index);
    }
    results.push(resultOf(packagePath, finding, index, fingerprint));
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

function resultOf(packagePath: string, f: Finding, ruleIndex: number, fingerprint: string): Result {
  const inside = f.file ? `${f.file}${f.pointer ? ` ${f.pointer}` : ''}` : '';
  // Without a source, the result sits on the package and says which file inside it is meant.
  const where = f.source ? (insidePackage(f.source.path, packagePath) ? '' : ` (package ${packagePath})`) : inside ? ` (in ${packagePath}: ${inside})` : '';
  const region = f.source ? { startLine: f.source.line, startColumn: f.source.column } : { startLine: 1 };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    // Plain text: code scanning shows it as is; line breaks and invisible characters are removed all the same.
    message: { text: cleanText(`${f.message}${where}`, 10_000) || f.ruleId },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(f.source?.path ?? packagePath), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'copilotPublishCheck/v1': fingerprint },
    // Accepted in the repository's configuration or baseline: "external" to the analysed files (SARIF 2.1.0 §3.35).
    ...(f.suppressed ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: cleanText(`${f.suppressed.kind}: ${f.suppressed.reason}`, 1_000) }] } : {}),
    properties: { audiences: f.audiences, ...(f.file ? { packageFile: f.file } : {}), ...(f.pointer ? { pointer: f.pointer } : {}) },
  };
}

// Relative URI references: segments percent-encoded, '/' kept.
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
