import { describe, expect, it } from 'vitest';
import { check, teamsPackage, validManifest } from '../helpers/packages.js';
import { copilotRules } from '../../src/engine/rules/copilot/index.js';
import { ruleFindings } from './support.js';

/** validManifest() with its one search command changed. */
function withCommand(change: Record<string, unknown>, manifest: Record<string, unknown> = {}) {
  const base = validManifest(manifest);
  const ce = (base.composeExtensions as Array<Record<string, unknown>>)[0];
  const command = { ...(ce.commands as Array<Record<string, unknown>>)[0], ...change };
  return teamsPackage({ ...base, composeExtensions: [{ ...ce, commands: [command] }] });
}

const prompts = (...texts: string[]) => texts.map((text) => ({ text }));

describe('the valid test package (validManifest)', () => {
  it('gets no error or warning from the Copilot rules', async () => {
    const report = await check(teamsPackage(), { rules: copilotRules });
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});

describe("'copilot.me-search-command'", () => {
  it('warns when every command is an action', async () => {
    const found = await ruleFindings(withCommand({ type: 'action', fetchTask: true }), 'copilot.me-search-command');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0/commands']);
  });
  it('treats a command without type as a search', async () => {
    expect(await ruleFindings(withCommand({ type: undefined }), 'copilot.me-search-command')).toEqual([]);
  });
});

describe("'copilot.me-command-description'", () => {
  it('warns on a missing description and on one that repeats the title', async () => {
    expect((await ruleFindings(withCommand({ description: undefined }), 'copilot.me-command-description')).map((f) => f.pointer)).toEqual(['/composeExtensions/0/commands/0']);
    expect((await ruleFindings(withCommand({ description: 'Search Orders' }), 'copilot.me-command-description')).map((f) => f.pointer)).toEqual([
      '/composeExtensions/0/commands/0/description',
    ]);
  });
  it('passes a real description', async () => {
    expect(await ruleFindings(teamsPackage(), 'copilot.me-command-description')).toEqual([]);
  });
});

describe("'copilot.me-parameter-description'", () => {
  it('warns on a missing description and on one that repeats the name', async () => {
    const params = [
      { name: 'customer', title: 'Customer', inputType: 'text' },
      { name: 'status', title: 'Status', description: 'status', inputType: 'text' },
    ];
    const found = await ruleFindings(withCommand({ parameters: params }), 'copilot.me-parameter-description');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0/commands/0/parameters/0', '/composeExtensions/0/commands/0/parameters/1/description']);
  });
  it('passes descriptive parameters', async () => {
    expect(await ruleFindings(teamsPackage(), 'copilot.me-parameter-description')).toEqual([]);
  });
});

describe("'copilot.me-semantic-description'", () => {
  it('notes a search command without semanticDescription on 1.17+', async () => {
    const found = await ruleFindings(teamsPackage(), 'copilot.me-semantic-description');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/composeExtensions/0/commands/0', 'notice']]);
  });
  it('passes with one, and before 1.17 where the property does not exist', async () => {
    expect(await ruleFindings(withCommand({ semanticDescription: 'Finds Contoso orders by customer, status or date.' }), 'copilot.me-semantic-description')).toEqual([]);
    expect(await ruleFindings(teamsPackage(validManifest({ manifestVersion: '1.16' })), 'copilot.me-semantic-description')).toEqual([]);
  });
});

describe("'copilot.me-sample-prompts'", () => {
  it('notes missing prompts and warns on fewer than 3', async () => {
    const missing = await ruleFindings(teamsPackage(), 'copilot.me-sample-prompts');
    expect(missing.map((f) => [f.pointer, f.severity])).toEqual([['/composeExtensions/0/commands/0', 'notice']]);
    const two = await ruleFindings(withCommand({ samplePrompts: prompts('Find open orders', 'Orders for Fabrikam') }), 'copilot.me-sample-prompts');
    expect(two.map((f) => [f.pointer, f.severity])).toEqual([['/composeExtensions/0/commands/0/samplePrompts', 'warning']]);
  });
  it('warns on a prompt shared by two commands', async () => {
    const base = validManifest();
    const ce = (base.composeExtensions as Array<Record<string, unknown>>)[0];
    const first = { ...(ce.commands as Array<Record<string, unknown>>)[0], samplePrompts: prompts('Find open orders', 'Orders for Fabrikam', 'Late orders') };
    const second = { ...first, id: 'searchInvoices', title: 'Search invoices', description: 'Find invoices by customer', samplePrompts: prompts('Unpaid invoices', 'find open orders', 'Invoices for Contoso') };
    const found = await ruleFindings(teamsPackage({ ...base, composeExtensions: [{ ...ce, commands: [first, second] }] }), 'copilot.me-sample-prompts');
    expect(found.map((f) => f.pointer)).toEqual(['/composeExtensions/0/commands/1/samplePrompts/1/text']);
  });
  it('passes 3 distinct prompts', async () => {
    expect(await ruleFindings(withCommand({ samplePrompts: prompts('Find open orders', 'Orders for Fabrikam', 'Late orders') }), 'copilot.me-sample-prompts')).toEqual([]);
  });
});

describe("'copilot.me-parameter-count'", () => {
  it('notes a single-parameter search command', async () => {
    const found = await ruleFindings(teamsPackage(), 'copilot.me-parameter-count');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/composeExtensions/0/commands/0/parameters', 'notice']]);
  });
  it('passes two parameters', async () => {
    const params = [
      { name: 'customer', title: 'Customer', description: 'Customer name, for example Fabrikam', inputType: 'text' },
      { name: 'status', title: 'Status', description: 'Order status such as open or shipped', inputType: 'text' },
    ];
    expect(await ruleFindings(withCommand({ parameters: params }), 'copilot.me-parameter-count')).toEqual([]);
  });
});

describe("'copilot.me-initial-run'", () => {
  const sso = { webApplicationInfo: { id: '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', resource: 'api://orders.contoso.com/6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' } };
  it('notes a search command of a sign-in app without initialRun', async () => {
    const found = await ruleFindings(withCommand({}, sso), 'copilot.me-initial-run');
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([['/composeExtensions/0/commands/0', 'notice']]);
  });
  it('passes with initialRun, and for apps without sign-in', async () => {
    expect(await ruleFindings(withCommand({ initialRun: true }, sso), 'copilot.me-initial-run')).toEqual([]);
    expect(await ruleFindings(teamsPackage(), 'copilot.me-initial-run')).toEqual([]);
  });
});
