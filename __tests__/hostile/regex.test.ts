// Regular expressions from untrusted files, and untrusted strings against this tool's own expressions:
// patterns written to backtrack catastrophically are compiled, never run against long input, and long
// crafted values do not make schema formats or the source mapping backtrack. Time is recorded in the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorPackage } from '../helpers/connector-packages.js';
import { validConnection, validDefinition, validResolver } from '../helpers/graph-packages.js';
import { validManifest } from '../helpers/packages.js';
import { CaseTable } from './support/measure.js';
import { asBytes, goodFiles, READ_PROBLEM_IDS, runCase, warmUp, Workspace, yazlZip, type CaseOutcome } from './support/run.js';

const ws = new Workspace();
const table = new CaseTable('regex');
const EVIL_PATTERNS = ['^(a+)+$', '^(a|aa)+$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(x+x+)+y', '^(\\w+\\s?)*$'];
const EVIL_INPUT = 'a'.repeat(5000) + '!';

beforeAll(async () => {
  await warmUp(ws);
});
afterAll(() => {
  table.write();
  ws.cleanup();
});

function expectRunWentOn(o: CaseOutcome): void {
  expect(o.report.packages).toHaveLength(2);
  expect(o.good.kind).toBe('teams-app');
  expect(o.good.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
  expect(o.bad.findings.filter((f) => /^Internal error/.test(f.message))).toEqual([]);
}

describe('patterns in connector definitions', () => {
  it('Graph connector urlPatterns that backtrack catastrophically are compiled, not run', async () => {
    const resolvers = EVIL_PATTERNS.map((p, i) => validResolver({ priority: i + 1, itemId: '{ticketId}', urlMatchInfo: { baseUrls: [`https://desk.contoso.com/${EVIL_INPUT}`], urlPattern: `${p}(?<ticketId>${p.replace(/^\^|\$$/g, '')})` } }));
    const definition = validDefinition(validConnection({ activitySettings: { urlToItemResolvers: resolvers }, description: EVIL_INPUT }));
    const o = await runCase(ws, 'Graph urlPattern (a+)+$ and friends, 5,000-char inputs', ws.write('evil-graph.json', JSON.stringify(definition)), table);
    expect(o.bad.kind).toBe('graph-connector');
    expectRunWentOn(o);
  });

  it('a 100,000-character urlPattern is not compiled', async () => {
    const resolver = validResolver({ urlMatchInfo: { baseUrls: ['https://desk.contoso.com'], urlPattern: `(?<ticketId>${'(a|b)?'.repeat(16_000)})` } });
    const definition = validDefinition(validConnection({ activitySettings: { urlToItemResolvers: [resolver] } }));
    const o = await runCase(ws, 'Graph urlPattern of 96,000 characters', ws.write('long-pattern.json', JSON.stringify(definition)), table);
    expect(o.bad.findings.some((f) => f.ruleId.startsWith('graph.') && /urlPattern/.test(f.message))).toBe(true);
    expectRunWentOn(o);
  });

  it('Power Platform schema patterns that backtrack are compiled, not run against defaults and examples', async () => {
    const record = connectorPackage((p) => {
      p.swagger.definitions = {
        ...(p.swagger.definitions ?? {}),
        ...Object.fromEntries(
          EVIL_PATTERNS.map((pattern, i) => [`Evil${i}`, { type: 'object', properties: { v: { type: 'string', pattern, default: EVIL_INPUT, example: EVIL_INPUT, 'x-ms-summary': 'Value' } } }]),
        ),
      };
    });
    const o = await runCase(ws, 'connector schema patterns (a+)+$ with 5,000-char defaults', ws.write('evil-connector.zip', await yazlZip(asBytes(record))), table);
    expect(o.bad.kind).toBe('power-platform-connector');
    expectRunWentOn(o);
  });
});

describe('long values against the schema formats', () => {
  it('50,000-character URLs, e-mail addresses and ids in a manifest are checked quickly', async () => {
    const manifest = validManifest({
      id: '0'.repeat(50_000),
      developer: {
        name: 'Contoso',
        websiteUrl: `https://${'a.'.repeat(25_000)}!`,
        privacyUrl: `https://contoso.com/${'%'.repeat(50_000)}`,
        termsOfUseUrl: `https://contoso.com/?${'a=1&'.repeat(12_500)}\u0000`,
      },
      validDomains: [`${'a-'.repeat(25_000)}.com`, `*.${'a.'.repeat(25_000)}`],
      webApplicationInfo: { id: '0'.repeat(50_000), resource: `api://${'x'.repeat(50_000)}@` },
      supportedChannelTypes: ['x'.repeat(50_000)],
      authorization: { permissions: { resourceSpecific: [{ name: `${'Aa.'.repeat(16_000)}!`, type: 'Application' }] } },
    });
    const zip = await yazlZip({ ...goodFiles(), 'manifest.json': JSON.stringify(manifest) });
    const o = await runCase(ws, 'manifest with 50,000-char URLs, ids, domains', ws.write('long-values.zip', zip), table);
    expect(o.bad.findings.some((f) => f.ruleId === 'teams.manifest-schema')).toBe(true);
    expectRunWentOn(o);
  });
});

describe('the source mapping', () => {
  // A fork's repository can hold both the manifest template and the zip; a template with many placeholders
  // must not turn into a backtracking expression (^[\s\S]*a[\s\S]*a…$ against "aaaa…b" never ends).
  it('a manifest template with 40 placeholders matched against a 5,000-character name ends at once', async () => {
    const template = validManifest({ id: '${{TEAMS_APP_ID}}', name: { short: Array.from({ length: 40 }, (_, i) => `\${{V${i}}}a`).join(''), full: 'x' } });
    ws.write('redos/appPackage/manifest.json', JSON.stringify(template, null, 2));
    const packaged = validManifest({ name: { short: 'a'.repeat(5000) + 'b', full: 'x' } });
    const zip = ws.write('redos/appPackage/build/appPackage.dev.zip', await yazlZip({ ...goodFiles(), 'manifest.json': JSON.stringify(packaged) }));
    const o = await runCase(ws, 'source template with 40 placeholders vs 5,001-char name', zip, table);
    expect(o.bad.kind).toBe('teams-app');
    expectRunWentOn(o);
  });
});
