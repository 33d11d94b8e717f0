// Counts findings on the real-world corpus (../shared/corpus): errors, warnings and notices per package and per
// rule, the median warnings per connector and per Teams app, and the most on one package. The numbers of issue 15
// (precision) come from here, so anyone can reproduce them.
//
// Usage:
//   node scripts/corpus-stats.mjs [--cli dist/cli/index.js] [--corpus ../shared/corpus] [--errors] [--json]
//   node scripts/corpus-stats.mjs --report report.json       (a JSON report already written by the CLI)
//   --errors lists every error (rule, package, file, pointer, message) for reading by hand.
//   --diff other.json compares per-rule counts with another report (before/after tables).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Corpus inputs in a stable order: Teams zips, then connector folders. */
export function corpusInputs(corpus) {
  const teams = readdirSync(join(corpus, 'teams')).filter((n) => n.endsWith('.zip')).sort().map((n) => join(corpus, 'teams', n));
  const connectors = readdirSync(join(corpus, 'connectors'))
    .filter((n) => statSync(join(corpus, 'connectors', n)).isDirectory())
    .sort()
    .map((n) => join(corpus, 'connectors', n));
  return [...teams, ...connectors];
}

export function median(values) {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const short = (path) => path.replace(/^.*\/(teams|connectors)\//, '$1/').replace(/\/$/, '');
const count = (findings, severity) => findings.filter((f) => f.severity === severity).length;

/** Every number this script prints, from a JSON report (contract v1). */
export function corpusStats(report) {
  const packages = report.packages.map((p) => ({
    path: short(p.path),
    kind: p.kind,
    errors: count(p.findings, 'error'),
    warnings: count(p.findings, 'warning'),
    notices: count(p.findings, 'notice'),
  }));
  const rules = new Map();
  for (const p of report.packages) {
    for (const f of p.findings) {
      const r = rules.get(f.ruleId) ?? { ruleId: f.ruleId, error: 0, warning: 0, notice: 0, packages: new Set() };
      r[f.severity]++;
      r.packages.add(short(p.path));
      rules.set(f.ruleId, r);
    }
  }
  const warningsOf = (kind) => packages.filter((p) => p.kind === kind).map((p) => p.warnings);
  return {
    packages,
    rules: [...rules.values()]
      .map((r) => ({ ...r, packages: r.packages.size }))
      .sort((a, b) => b.error - a.error || b.warning - a.warning || b.notice - a.notice || a.ruleId.localeCompare(b.ruleId)),
    medianWarnings: { connector: median(warningsOf('power-platform-connector')), teams: median(warningsOf('teams-app')) },
    maxFindings: Math.max(0, ...packages.map((p) => p.errors + p.warnings)),
    maxWarnings: Math.max(0, ...packages.map((p) => p.warnings)),
    totals: { errors: report.summary.errors, warnings: report.summary.warnings, notices: report.summary.notices },
  };
}

/** Every error with where it is: the list read by hand against Microsoft's documents. */
export function corpusErrors(report) {
  return report.packages.flatMap((p) =>
    p.findings.filter((f) => f.severity === 'error').map((f) => ({ ruleId: f.ruleId, package: short(p.path), file: f.file, pointer: f.pointer, message: f.message })),
  );
}

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n');
}

function run(argv) {
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = resolve(opt('--corpus') ?? join(root, '..', 'shared', 'corpus'));
  const reportPath = opt('--report');
  const load = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const report = reportPath
    ? load(reportPath)
    : JSON.parse(
        execFileSync(process.execPath, [resolve(opt('--cli') ?? join(root, 'dist', 'cli', 'index.js')), ...corpusInputs(corpus), '--format', 'json', '--fail-on', 'never'], {
          maxBuffer: 1 << 30,
          encoding: 'utf8',
        }),
      );
  const stats = corpusStats(report);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ ...stats, errorList: corpusErrors(report) }, null, 2));
    return;
  }
  console.log(table(stats.packages, ['path', 'errors', 'warnings', 'notices']));
  console.log();
  const other = opt('--diff') ? corpusStats(load(opt('--diff'))) : undefined;
  if (other) {
    const before = new Map(other.rules.map((r) => [r.ruleId, r]));
    const ids = [...new Set([...other.rules.map((r) => r.ruleId), ...stats.rules.map((r) => r.ruleId)])].sort();
    const now = new Map(stats.rules.map((r) => [r.ruleId, r]));
    const rows = ids.map((ruleId) => {
      const b = before.get(ruleId) ?? { error: 0, warning: 0, notice: 0 };
      const a = now.get(ruleId) ?? { error: 0, warning: 0, notice: 0 };
      return { ruleId, errors: `${b.error} → ${a.error}`, warnings: `${b.warning} → ${a.warning}`, notices: `${b.notice} → ${a.notice}`, changed: b.error !== a.error || b.warning !== a.warning || b.notice !== a.notice ? '*' : '' };
    });
    console.log(table(rows, ['ruleId', 'errors', 'warnings', 'notices', 'changed']));
  } else {
    console.log(table(stats.rules, ['ruleId', 'error', 'warning', 'notice', 'packages']));
  }
  console.log();
  console.log(`packages: ${stats.packages.length}; errors ${stats.totals.errors}, warnings ${stats.totals.warnings}, notices ${stats.totals.notices}`);
  console.log(`median warnings: connector ${stats.medianWarnings.connector}, Teams app ${stats.medianWarnings.teams}; most warnings on one package ${stats.maxWarnings}; most errors+warnings ${stats.maxFindings}`);
  if (argv.includes('--errors')) {
    console.log();
    for (const e of corpusErrors(report)) console.log(`${e.ruleId}  ${e.package}  ${e.file}#${e.pointer}\n    ${e.message}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) run(process.argv.slice(2));
