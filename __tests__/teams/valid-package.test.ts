// The shared valid package must stay free of errors and warnings from the Teams and package rules.
import { describe, expect, it } from 'vitest';
import { packageRules } from '../../src/engine/rules/package/index.js';
import { teamsRules } from '../../src/engine/rules/teams/index.js';
import { check, teamsPackage } from '../helpers/packages.js';

describe('the valid test package under the Teams and package rules', () => {
  it('has no error and no warning', async () => {
    const report = await check(teamsPackage(), { rules: [...packageRules, ...teamsRules] });
    expect(report.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
