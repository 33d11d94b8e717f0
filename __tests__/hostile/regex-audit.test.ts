// Every regular expression that runs on package text, audited for super-linear backtracking (issue 20, item 2: a
// 400,000-space app name took 1 min 51 s in productNamesIn). No timings: each expression is checked structurally
// with scslre (which finds the quadratic and exponential cases an attack of one repeated character triggers), each
// one is also run on 100,000-character strings built from its own literal parts (a run of "swagger", of "$[a(", of
// "("), where a super-linear expression would not end within the test's timeout, and the functions rewritten as
// scans are run on the same kind of input. Expressions built at run time are listed by file, each with why it is safe.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rmSync } from 'node:fs';
import { analyse } from 'scslre';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { CONNECTOR_FILE_PATTERNS } from '../../src/engine/detect/connector-files.js';
import { checkPaths } from '../../src/engine/index.js';
import { MAX_FIELD_CHARS } from '../../src/engine/read/limits.js';
import { errorText } from '../../src/engine/read/zip.js';
import { standInValue } from '../../src/engine/read/toolkit/stand-ins.js';
import { hasPlaceholder } from '../../src/engine/rules/graph/shared/text.js';
import { looksLikeRealSecret } from '../../src/engine/rules/powerplatform/shared/secrets.js';
import { hasWord, productNamesIn as connectorProductNames, wordCount } from '../../src/engine/rules/powerplatform/shared/text.js';
import { productNamesIn } from '../../src/engine/rules/teams/store-text.js';
import { wordMatchers } from '../../src/engine/rules/teams/shared/word-matcher.js';
import { mayClaim } from '../../src/engine/source-map/projects.js';
import { matchTemplate } from '../../src/engine/source-map/template.js';
import { fieldText, matchesWildcard, parenthesized, trimEndOf, yamlLineValue } from '../../src/engine/util/text.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { under } from '../helpers/repositories.js';
import { makeWorkspace } from '../helpers/workspace.js';

const N = 100_000;
/** A string of about N characters: `piece` repeated, then a character most expressions do not expect. */
const run = (piece: string, tail = '!') => piece.repeat(Math.ceil(N / piece.length)) + tail;

interface Literal {
  at: string;
  source: string;
  flags: string;
}

/** The regular expression literals of the files (TypeScript's parser, so none is missed or misread). */
function literalsIn(files: readonly string[]): Literal[] {
  const out: Literal[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        out.push({ at: `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const SOURCES = execFileSync('git', ['ls-files', 'src/engine', 'src/report'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|mjs)$/.test(f));

/** What scslre finds in one expression: "Move", "Trade" or "Self" reports (empty when linear for its attacks). */
function superLinear(source: string, flags: string): string[] {
  return analyse({ source, flags }, { maxReports: 3 }).reports.map((r) => `${r.type}${r.exponential ? ' (exponential)' : ''}`);
}

/** The literal parts of an expression's source: words, escaped characters, and single punctuation. */
function piecesOf(source: string): string[] {
  const words = source.match(/[A-Za-z0-9]{2,}/g) ?? [];
  const escaped = (source.match(/\\[^dDwWsSbBnrtfvux0-9pPk]/g) ?? []).map((e) => e[1]);
  return [...new Set([...words, ...escaped, ' ', '(', ')', '<', '{', '[', '$[a(', '${{', '-', '.', '/', '\t', '\n', 'a', '0', ':', '"', "'"])];
}

/** Runs an expression over a string the way the code does (global: every match; else the first). */
function exercise(re: RegExp, text: string): void {
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    for (let i = 0; i < N + 10; i++) {
      const m = re.exec(text);
      if (!m) break;
      if (m[0] === '') re.lastIndex++;
    }
  } else re.test(text);
}

// Every `new RegExp(…)` in the engine and the renderers, by file, and why what it builds is safe on package text.
const BUILT_AT_RUN_TIME: Record<string, string> = {
  'src/engine/detect/connector-files.ts': 'constant parts; every one is in CONNECTOR_FILE_PATTERNS, checked below',
  'src/engine/rules/teams/shared/word-matcher.ts': 'fixed terms; every matcher is in wordMatchers, checked below',
  'src/engine/rules/graph/shared/regex.ts': "a package's urlPattern, compiled to prove it valid, never run",
  'src/engine/rules/powerplatform/schemas.ts': "a connector schema's pattern, compiled to prove it valid, never run",
  'src/engine/schemas/explain.ts': "Microsoft's schema patterns (which Ajv runs on the same values; hostile/regex.test.ts feeds them long values)",
  'src/engine/rules/copilot/schema-urls.ts': 'a fixed family name between literal slashes',
  'src/engine/fix/drafts.ts': 'a fixed family name, escaped, then literal parts',
  'src/engine/rules/powerplatform/shared/text.ts': 'hasWord: a fixed word (API, Connector) between single characters; checked below',
};

describe('the regular expressions that read package text', () => {
  const literals = literalsIn(SOURCES);

  it('are all found (a few hundred literals in the engine and the renderers)', () => {
    expect(literals.length).toBeGreaterThan(300);
  });

  it('have no super-linear backtracking (scslre), literal by literal', () => {
    const bad = literals.map((l) => ({ at: l.at, re: `/${l.source}/${l.flags}`, found: superLinear(l.source, l.flags) })).filter((x) => x.found.length > 0);
    expect(bad).toEqual([]);
  });

  it('and those built at run time are known, each with why it is safe', () => {
    const sites = SOURCES.filter((f) => /new RegExp\(/.test(readFileSync(f, 'utf8')));
    expect(sites.filter((f) => !(f in BUILT_AT_RUN_TIME))).toEqual([]);
    const built = [
      ...CONNECTOR_FILE_PATTERNS,
      ...wordMatchers.flatMap((m) => [m.anyTerm, ...m.terms]),
      /(?:^|[^A-Za-z0-9])API(?:$|[^A-Za-z0-9])/i,
      /\/copilot\/plugin\/(v\d+\.\d+)\//i,
    ];
    expect(wordMatchers.length).toBeGreaterThanOrEqual(8);
    expect(built.map((re) => ({ re: String(re), found: superLinear(re.source, re.flags) })).filter((x) => x.found.length > 0)).toEqual([]);
  });

  it('end on 100,000-character strings made of their own literal parts', () => {
    const all = [...literals.map((l) => new RegExp(l.source, l.flags)), ...CONNECTOR_FILE_PATTERNS, ...wordMatchers.flatMap((m) => [m.anyTerm, ...m.terms])];
    let runs = 0;
    for (const re of all) {
      for (const piece of piecesOf(re.source)) {
        exercise(re, run(piece));
        exercise(re, `x${run(piece, '')}`);
        runs += 2;
      }
    }
    expect(runs).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('the functions rewritten as scans, on 100,000-character adversarial strings', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('productNamesIn: runs of spaces, of "(", and of " for ", with the same answers as the expressions they replace', () => {
    expect(productNamesIn(`Contoso${' '.repeat(400_000)}x`)).toEqual({ names: [], inParentheses: false });
    expect(productNamesIn(`${'('.repeat(N)}Teams`)).toEqual({ names: ['Teams'], inParentheses: false });
    expect(productNamesIn(`${'('.repeat(N)}Teams)`)).toEqual({ names: ['Teams'], inParentheses: true });
    expect(productNamesIn(`Contoso${' for'.repeat(N / 4)} Teams`).names).toEqual([]);
    expect(productNamesIn(`Contoso ${'for '.repeat(N / 4)}(x`).names).toEqual([]);
    // The documented forms.
    expect(productNamesIn('Contoso Connector for Microsoft Teams')).toEqual({ names: [], inParentheses: false });
    expect(productNamesIn('Contoso Connector  FOR\tTeams')).toEqual({ names: [], inParentheses: false });
    expect(productNamesIn('Contoso (for Microsoft Teams)')).toEqual({ names: ['Microsoft', 'Teams'], inParentheses: true });
    expect(productNamesIn('Teams helper for Contoso (beta) for Excel')).toEqual({ names: ['Teams'], inParentheses: false });
    expect(productNamesIn('Excel (x) forecast for Teams')).toEqual({ names: ['Excel'], inParentheses: false });
  });

  it('the scans give what the expressions gave', () => {
    expect(parenthesized('a (b) c (d (e) f) (g')).toEqual(['b', 'd (e']);
    expect(parenthesized(run('('))).toEqual([]);
    expect(parenthesized(`${'('.repeat(N)})`)).toHaveLength(1);
    expect(trimEndOf(`a${' '.repeat(N)}b${'/\\'.repeat(N)}`, '\\/')).toBe(`a${' '.repeat(N)}b`);
    expect(errorText(`bad name ${' '.repeat(N)}x. .`)).toBe(`bad name ${' '.repeat(N)}x`);
    expect(standInValue(`${'-'.repeat(N)}BOT_DOMAIN${'_'.repeat(N)}`)).toBe('bot-domain');
    expect(yamlLineValue(`  "./a.yaml"  # x`)).toBe('./a.yaml');
    expect(yamlLineValue(` ./a b${' '.repeat(N)}'x`)).toBeUndefined();
    expect(yamlLineValue(` ./a b${' '.repeat(N)}`)).toBe('./a b');
  });

  it('wildcards in run_for_functions are matched without building an expression', () => {
    expect(matchesWildcard('get*', 'getOrders')).toBe(true);
    expect(matchesWildcard('*Orders', 'getOrders')).toBe(true);
    expect(matchesWildcard('g*t*s', 'getOrders')).toBe(true);
    expect(matchesWildcard('g*x*s', 'getOrders')).toBe(false);
    expect(matchesWildcard('ab*ba', 'aba')).toBe(false);
    expect(matchesWildcard('*', '')).toBe(true);
    // `^a.*a.*a…$` against "aaaa…b" backtracks polynomially in the number of stars.
    expect(matchesWildcard('a*'.repeat(5000) + 'c', 'a'.repeat(N) + 'c')).toBe(true);
    expect(matchesWildcard('a*'.repeat(5000) + 'b*c', 'a'.repeat(N) + 'c')).toBe(false);
  });

  it('the shared text checks read at most MAX_FIELD_CHARS of a field', () => {
    const long = `${'Power '.repeat(N)}Apps`;
    expect(fieldText(long)).toHaveLength(MAX_FIELD_CHARS);
    expect(fieldText(`${'x'.repeat(MAX_FIELD_CHARS - 1)}😀`)).toHaveLength(MAX_FIELD_CHARS - 1);
    expect(connectorProductNames(long)).toEqual([]);
    expect(hasWord(run('API'), 'API')).toBe(false);
    expect(wordCount(run('a '))).toBe(MAX_FIELD_CHARS / 2);
    expect(hasPlaceholder(run('${{'))).toBe(false);
    expect(hasPlaceholder(run('<your'))).toBe(false);
    expect(looksLikeRealSecret(run('<'))).toBe(false);
    expect(matchTemplate(run('$[a('), 'x')).toBe('none');
    expect(mayClaim('/r/m365agents.yml', `outputZipPath: ./a${' '.repeat(N)}'x\n${'\n'.repeat(N)}`, '/r/a')).toBe(false);
  });

  it('the reproduction: an app named with 400,000 spaces is checked, and the next package too', async () => {
    const spaces = ' '.repeat(400_000);
    const hostile = validManifest({ name: { short: `Contoso${spaces}for x`, full: `(${spaces}Teams${'('.repeat(N)}` } });
    const ws = await makeWorkspace({ ...under('a-hostile', teamsPackage(hostile)), ...under('b-valid', teamsPackage()) });
    made.push(ws);
    const { report } = await checkPaths(['a-hostile', 'b-valid'], { audience: 'both', toolVersion: 'test', cwd: ws });
    expect(report.packages.map((p) => p.kind)).toEqual(['teams-app', 'teams-app']);
    expect(report.packages[0].findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
    expect(report.packages[0].findings.some((f) => f.ruleId === 'teams.manifest-schema')).toBe(true);
  });
});
