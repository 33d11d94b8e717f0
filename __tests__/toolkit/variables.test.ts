// Variables of a toolkit project: a value from the process environment or the env file; a stand-in and one notice
// for a variable a step writes when the project is provisioned; one error on the line that uses a variable nothing
// sets; secrets never read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, DEFAULT_PATTERNS, type Finding } from '../../src/engine/index.js';
import { renderJson, renderMarkdown, renderSummary, renderText, renderWorkflowCommands } from '../../src/report/index.js';
import { renderSarif } from '../../src/report/sarif.js';
import { standInGuid, standInValue } from '../../src/engine/read/toolkit/stand-ins.js';
import { runCli } from '../../src/cli/main.js';
import { makeWorkspace, type Layout } from '../helpers/workspace.js';
import { agentProject, botProject, envFile } from './projects.js';

async function check(layout: Layout, processEnv: Record<string, string> = {}, environment?: string) {
  const root = await makeWorkspace(layout, 'cpc-tk-');
  const { report } = await checkPaths([...DEFAULT_PATTERNS], { audience: 'both', toolVersion: 'test', cwd: root, processEnv, environment });
  return { root, report, findings: report.packages.flatMap((p) => p.findings) };
}

const of = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

function lineOf(root: string, path: string, text: string): number {
  return readFileSync(join(root, path), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('variables of a toolkit project', () => {
  it('checks a variable a step writes with a typed stand-in, one notice per variable naming it and the step', async () => {
    const { root, findings } = await check(botProject());
    const notices = of(findings, 'package.toolkit-stand-in');
    expect(notices.map((f) => f.message.split(' ')[0]).sort()).toEqual(['BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
    const bot = notices.find((f) => f.message.startsWith('BOT_ID'));
    expect(bot?.severity).toBe('notice');
    expect(bot?.message).toMatch(/teamsapp\.yml writes it when the project is provisioned \(botAadApp\/create, line \d+\)/);
    expect(bot?.message).toContain(`the stand-in ${standInGuid('BOT_ID')}`);
    expect(bot?.message).toContain('It is used 2 times; this is the first.');
    // At the first line that uses it, in the source file.
    expect(bot?.source).toEqual({ path: 'appPackage/manifest.json', line: lineOf(root, 'appPackage/manifest.json', '"botId": "${{BOT_ID}}"'), column: expect.any(Number) });
    // A Bicep output of arm/deploy counts as written.
    expect(notices.find((f) => f.message.startsWith('BOT_DOMAIN'))?.message).toMatch(/\(arm\/deploy, line \d+\).*bot-domain\.example\.com/);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('types stand-ins by name: GUIDs for ids, https URLs and host names on example.com', () => {
    expect(standInValue('TEAMS_APP_ID')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(standInValue('AAD_APP_TENANT_ID')).not.toBe(standInValue('TEAMS_APP_ID'));
    expect(standInValue('BOT_ENDPOINT')).toBe('https://bot-endpoint.example.com');
    expect(standInValue('OPENAPI_SERVER_URL')).toBe('https://openapi-server-url.example.com');
    expect(standInValue('BOT_DOMAIN')).toBe('bot-domain.example.com');
  });

  it('reports a variable nothing sets as one error on the line that uses it, naming the env file', async () => {
    const { root, findings } = await check(agentProject({ env: { OPENAPI_SERVER_URL: '' }, agent: { description: 'Repairs for ${{CUSTOMER_NAME}}.' } }));
    const errors = of(findings, 'package.toolkit-unset-variable');
    expect(errors.map((f) => f.message.match(/\$\{\{(\w+)\}\}/)?.[1]).sort()).toEqual(['CUSTOMER_NAME', 'OPENAPI_SERVER_URL']);
    const server = errors.find((f) => f.message.includes('OPENAPI_SERVER_URL'));
    expect(server?.severity).toBe('error');
    expect(server?.message).toMatch(/env\/\.env\.dev leaves it empty \(line \d+\).*set OPENAPI_SERVER_URL in env\/\.env\.dev/);
    expect(server?.source).toEqual({ path: 'appPackage/apiSpecificationFile/repairs.yml', line: lineOf(root, 'appPackage/apiSpecificationFile/repairs.yml', '${{OPENAPI_SERVER_URL}}'), column: 10 });
    const customer = errors.find((f) => f.message.includes('CUSTOMER_NAME'));
    expect(customer?.message).toContain('env/.env.dev does not set it');
    expect(customer?.source?.path).toBe('appPackage/declarativeAgent.json');
    // Nothing else stands in for the message: no unresolved placeholder is left in the package.
    expect(of(findings, 'package.unresolved-placeholder')).toEqual([]);
  });

  it('places a variable used in a file that $[file()] inlines on that file’s line', async () => {
    const { findings } = await check(agentProject({ extra: { 'appPackage/instruction.txt': 'Help with repairs.\nEscalate to ${{ESCALATION_TEAM}}.\n' } }));
    const error = of(findings, 'package.toolkit-unset-variable').find((f) => f.message.includes('ESCALATION_TEAM'));
    expect(error?.source).toEqual({ path: 'appPackage/instruction.txt', line: 2, column: 13 });
  });

  it('leaves no unresolved placeholder and no stand-in notice when the env file sets every variable', async () => {
    const ids = { TEAMS_APP_ID: '0b5e2c8a-1f3d-4a6b-9c7e-2d4f6a8b0c1e', APIKEY_REGISTRATION_ID: '5d0a1b2c-3e4f-4a5b-8c6d-7e8f9a0b1c2d' };
    const { findings } = await check(agentProject({ env: ids }));
    expect(findings.filter((f) => f.ruleId.startsWith('package.toolkit') || f.ruleId === 'package.unresolved-placeholder')).toEqual([]);
  });

  it('builds another environment from its own env file', async () => {
    const { report, findings } = await check(botProject({ extra: { 'env/.env.prod': envFile({ APP_NAME_SUFFIX: '', BOT_ID: '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', BOT_DOMAIN: 'orders.contoso.com' }) } }), {}, 'prod');
    expect(report.packages[0].meta?.name).toBe('Contoso Orders');
    expect(of(findings, 'package.toolkit-stand-in').map((f) => f.message.split(' ')[0])).toEqual(['TEAMS_APP_ID']);
  });

  it('never reads a secret: .env.*.user, SECRET_* and names like tokens or passwords stay out of every output', async () => {
    const secrets = ['s3cr3t-from-user-file', 'p4ssw0rd-from-process', 'tok3n-from-env-file', 'ghs_runner_token_value'];
    const layout = agentProject({
      env: { MY_API_TOKEN: secrets[2] },
      agent: { description: 'Uses ${{SECRET_API_KEY}}, ${{DB_PASSWORD}}, ${{MY_API_TOKEN}}, ${{GITHUB_TOKEN}} and ${{USER_ONLY}}.' },
      extra: { 'env/.env.dev.user': `SECRET_API_KEY=${secrets[0]}\nUSER_ONLY=${secrets[0]}\n` },
    });
    const processEnv = { DB_PASSWORD: secrets[1], GITHUB_TOKEN: secrets[3], INPUT_GITHUB_TOKEN: secrets[3] };
    const { root, report, findings } = await check(layout, processEnv);
    const secret = of(findings, 'package.toolkit-stand-in').find((f) => f.message.includes('SECRET_API_KEY'));
    expect(secret?.severity).toBe('warning');
    expect(secret?.message).toContain('names a secret');
    expect(of(findings, 'package.toolkit-stand-in').find((f) => f.message.startsWith('USER_ONLY'))?.message).toContain('env/.env.dev.user, which this check does not read');
    const outputs = [renderJson(report), renderText(report), renderMarkdown(report), renderSummary(report), renderWorkflowCommands(report), renderSarif(report)];
    const cli: string[] = [];
    await runCli(['--format', 'json', '--package-output', 'out'], { cwd: root, env: processEnv, stdout: (t) => cli.push(t), stderr: (t) => cli.push(t) });
    for (const text of [...outputs, cli.join('')]) for (const s of secrets) expect(text).not.toContain(s);
  });
});
