// The configuration file: YAML checked against the schema that ships with the package, every mistake named at its
// line and column; the schema itself (valid for editors, in the npm package) and its validator compiled ahead of time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build script, without types
import { compileConfigSource } from '../../scripts/compile-schemas.mjs';
import { parseConfig } from '../../src/config/parse.js';
import type { Config, ConfigProblem } from '../../src/config/types.js';
import { CONFIG_SCHEMA, configValidator } from '../../src/config/validate.js';
import { CONFIG_AJV_OPTIONS } from '../../src/engine/schemas/ajv-setup.mjs';
import { isPrecompiled, loadCompiledValidator } from '../../src/engine/schemas/validate.js';

const ROOT = join(__dirname, '..', '..');
const FILE = '.github/copilot-publish-check.yml';

/** The example of the README's Configuration section (the issue's, with the editor's schema line). */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  return /```yaml\n([\s\S]*?)```/.exec(section)![1];
}

async function ok(text: string): Promise<Config> {
  const r = await parseConfig(text, FILE);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.value;
}

async function problems(text: string): Promise<ConfigProblem[]> {
  const r = await parseConfig(text, FILE);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('parseConfig', () => {
  it('reads the example of the README', async () => {
    const example = readmeExample();
    expect(example).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/copilot-publish-check\.schema\.json\n/);
    const c = await ok(example);
    expect([...c.rules]).toEqual([
      ['teams.developer-mpn-id', 'off'],
      ['powerplatform.operation-visibility', 'notice'],
    ]);
    expect(c.ignore).toEqual([{ rule: 'powerplatform.response-schema', path: 'certified-connectors/Legacy/**', pointer: '/paths/~1legacy', reason: 'Kept for existing flows' }]);
    expect(c.baseline).toEqual({ path: '.github/copilot-publish-check-baseline.json', at: { line: 10, column: 11 } });
    expect([c.audience, c.failOn, c.file]).toEqual(['multitenant', 'error', FILE]);
  });

  it('takes an empty file, a file of comments and a $schema key', async () => {
    for (const text of ['', '# nothing yet\n', '$schema: ../node_modules/copilot-publish-check/copilot-publish-check.schema.json\n']) {
      const c = await ok(text);
      expect([c.rules.size, c.ignore.length, c.baseline, c.audience, c.failOn]).toEqual([0, 0, undefined, undefined, undefined]);
    }
  });

  it('names the line and column of YAML that does not parse', async () => {
    const p = await problems('rules:\n  teams.developer-mpn-id: off\nignore: [\n  - rule: x\n');
    expect(p[0]).toMatchObject({ file: FILE, line: expect.any(Number), column: expect.any(Number) });
    expect(p[0].message).toMatch(/^this is not valid YAML: /);
    expect((await problems('rules:\n  a.b: off\n  a.b: error\n'))[0]).toMatchObject({ line: 3, column: 3, message: expect.stringContaining('repeated') });
    expect((await problems('rules:\n\tteams.x: off\n'))[0].line).toBe(2);
  });

  it('refuses an ignore without a reason, or with an empty one, at the entry', async () => {
    const p = await problems('ignore:\n  - rule: teams.manifest-schema\n    path: legacy/**\n  - rule: teams.icon-color-size\n    reason: "  "\n');
    expect(p).toEqual([
      { file: FILE, line: 2, column: 5, message: 'ignore entry 1 has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted.' },
      { file: FILE, line: 5, column: 13, message: 'ignore entry 2 has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted.' },
    ]);
  });

  it('names unknown keys, wrong severities, rule ids that are not ids, and ignores that match everything', async () => {
    const p = await problems(
      ['rule:', '  teams.x: off', 'rules:', '  teams.developer-mpn-id: warn', '  Teams Icons: off', 'ignore:', '  - reason: too broad', '  - rule: teams.x', '    reason: r', '    file: manifest.json', 'fail-on: errors', ''].join('\n'),
    );
    expect(p.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual([
      '1:1 unknown key "rule"; the file has rules, ignore, baseline, audience, fail-on.',
      '4:27 rules: teams.developer-mpn-id is "warn"; use off, error, warning, notice.',
      '5:3 rules: "Teams Icons" is not a rule id (such as teams.developer-mpn-id; see docs/rules.md).',
      '7:5 ignore entry 1 names neither a rule nor a path: add "rule:", "path:" or both.',
      '10:5 ignore entry 2 has an unknown key "file"; an entry has rule, path, pointer, reason.',
      '11:10 fail-on is "errors"; use error, warning, never.',
    ]);
  });

  it('wants a mapping at the top and a list of ignores', async () => {
    expect((await problems('- rules\n'))[0]).toMatchObject({ line: 1, column: 1, message: 'the file must be a mapping (key: value lines).' });
    expect((await problems('ignore:\n  rule: teams.x\n'))[0]).toMatchObject({ line: 2, column: 3, message: 'ignore must be a list ("- " items).' });
  });

  it('bounds what it lists for a hostile file', async () => {
    const text = `rules:\n${Array.from({ length: 500 }, (_, i) => `  teams.r${i}: loud`).join('\n')}\n`;
    expect((await problems(text)).length).toBe(20);
    expect((await problems('a: &a [*a, *a]\nb: *a\n'))[0].line).toBe(1);
    expect((await problems(`rules:\n  x: ${'['.repeat(200_000)}`))[0]).toMatchObject({ line: 2, message: expect.stringContaining('nested more than') });
  });
});

describe('the configuration schema', () => {
  it('is a valid draft-07 schema and ships in the npm package', () => {
    const Ajv = AjvModule.default;
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(CONFIG_SCHEMA)).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toContain('copilot-publish-check.schema.json');
  });

  it('compiled ahead of time, gives the verdicts and errors Ajv gives at run time', async () => {
    const compiled = loadCompiledValidator(compileConfigSource(), 'config schema');
    expect(isPrecompiled(compiled)).toBe(true);
    const raw = new AjvModule.default({ ...CONFIG_AJV_OPTIONS }).compile(CONFIG_SCHEMA);
    const samples = [{}, { rules: { 'teams.x': 'off' } }, { rules: { 'teams.x': 'loud', Bad: 'off' } }, { ignore: [{ rule: 'a.b' }, { reason: 'r' }] }, { audience: 'all', extra: 1 }, []];
    for (const s of samples) {
      expect(compiled(s)).toBe(raw(s));
      expect(compiled.errors ?? null).toEqual(raw.errors ?? null);
    }
    // From the sources the validator is compiled at run time, once.
    expect(await configValidator()).toBe(await configValidator());
  });
});
