// Generated and hand-kept files that must match the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAllRules } from '../src/engine/index.js';
import { renderRulesMarkdown } from '../src/report/rules-doc.js';
import { VERSION } from '../src/version.js';

describe('generated files', () => {
  it('docs/rules.md is generated from the rules (run `npm run docs`)', async () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesMarkdown(await loadAllRules()));
  });
  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
