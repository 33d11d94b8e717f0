// Shared by the configuration tests: the CLI run in a temporary repository, and packages with known findings.
import { runCli } from '../../src/cli/main.js';
import type { Finding, PackageReport, Report } from '../../src/engine/types.js';
import { teamsPackage, validManifest, type FileRecord } from '../helpers/packages.js';
import { expectWellFormed } from '../helpers/report-shape.js';
import type { Layout } from '../helpers/workspace.js';

export const CONFIG = '.github/copilot-publish-check.yml';

export async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

export async function jsonRun(args: string[], cwd: string) {
  const r = await cli([...args, '--format', 'json'], cwd);
  const report = JSON.parse(r.stdout) as Report;
  expectWellFormed(report);
  return { ...r, report };
}

export const folder = (prefix: string, files: FileRecord): Layout =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [`${prefix}/${k}`, v instanceof Uint8Array || typeof v === 'string' ? v : JSON.stringify(v, null, 2)]));

export const byRule = (p: PackageReport, id: string): Finding[] => p.findings.filter((f) => f.ruleId === id);

/** A Teams app with one schema error (an id that is not a GUID) and the usual notices. */
export const badId = () => teamsPackage(validManifest({ id: 'nope' }));
