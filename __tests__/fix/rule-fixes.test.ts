// Every mechanical fix, on packages written in three formattings (2 spaces and LF; 4 spaces, CRLF and a BOM; tabs and
// CRLF): the fixed file is exactly the expected value written in the same formatting (so only the value's bytes
// changed: indentation, key order, line endings, the BOM and the final newline are kept, an added member looks like
// its siblings), and checking the fixed package again finds nothing for the rule. Findings that need a person get
// no fix.
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { agentPackage, mcpAgentPackage, openApiYaml, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { connectorPackage, validSwagger } from '../helpers/connector-packages.js';
import { fixOne, leftAfter, serialize, styled, STYLES } from '../helpers/fixes.js';
import { definitionWithProperty, graphPackage, DEFINITION_FILE } from '../helpers/graph-packages.js';
import { check, findingsOf, teamsPackage, validManifest, type FileRecord } from '../helpers/packages.js';

const TEAMS_V116 = 'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json';
const TEAMS_V119 = 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json';

/** For each formatting: the package, the rule, the file the fix changes and the value it must then hold. */
function fixCase(name: string, ruleId: string, file: string, before: () => FileRecord, after: () => unknown) {
  describe(`${ruleId}: ${name}`, () => {
    for (const style of STYLES) {
      it(style.name, async () => {
        const fixed = await fixOne(styled(before(), style), ruleId);
        expect(fixed.fix.edits.every((e) => e.path === file)).toBe(true);
        expect(fixed.record[file]).toBe(serialize(after(), style));
        expect(await leftAfter(fixed, ruleId)).toEqual([]);
      });
    }
  });
}

const manifestWith = (overrides: Record<string, unknown>) => teamsPackage(validManifest(overrides));

fixCase('a validDomains entry written as a URL becomes its host', 'teams.valid-domains-host-only', 'manifest.json',
  () => manifestWith({ validDomains: ['https://orders.contoso.com/app?x=1', 'cdn.contoso.com'] }),
  () => validManifest({ validDomains: ['orders.contoso.com', 'cdn.contoso.com'] }));

fixCase('a URL entry whose host is listed already is removed', 'teams.valid-domains-host-only', 'manifest.json',
  () => manifestWith({ validDomains: ['cdn.contoso.com', 'https://orders.contoso.com/', 'orders.contoso.com'] }),
  () => validManifest({ validDomains: ['cdn.contoso.com', 'orders.contoso.com'] }));

fixCase('a URL in the only entry keeps its port', 'teams.valid-domains-host-only', 'manifest.json',
  () => manifestWith({ validDomains: ['https://orders.contoso.com:8443/'] }),
  () => validManifest({ validDomains: ['orders.contoso.com:8443'] }));

const handlers = (domains: string[]) => {
  const m = validManifest();
  const [extension] = m.composeExtensions as Array<Record<string, unknown>>;
  return validManifest({ composeExtensions: [{ ...extension, messageHandlers: [{ type: 'link', value: { domains } }] }] });
};
fixCase('a link unfurling domain written as a URL becomes its host', 'teams.message-handler-domains', 'manifest.json',
  () => teamsPackage(handlers(['https://orders.contoso.com/orders'])),
  () => handlers(['orders.contoso.com']));

fixCase('"1.0" becomes "1.0.0"', 'teams.version-semver', 'manifest.json', () => manifestWith({ version: '1.0' }), () => validManifest({ version: '1.0.0' }));
fixCase('"v2" becomes "2.0.0"', 'teams.version-semver', 'manifest.json', () => manifestWith({ version: 'v2' }), () => validManifest({ version: '2.0.0' }));
fixCase('"01.02.3" becomes "1.2.3"', 'teams.version-semver', 'manifest.json', () => manifestWith({ version: '01.02.3' }), () => validManifest({ version: '1.2.3' }));

fixCase('$schema naming another version than manifestVersion', 'teams.manifest-schema-url', 'manifest.json',
  () => manifestWith({ $schema: TEAMS_V116 }),
  () => validManifest({ $schema: TEAMS_V119 }));

fixCase('a missing $schema is added first', 'teams.manifest-schema-url', 'manifest.json',
  () => manifestWith({ $schema: undefined }),
  () => validManifest());

const LOC = (v: string) => `https://developer.microsoft.com/json-schemas/teams/v${v}/MicrosoftTeams.Localization.schema.json`;
const french = (schema: string) => ({ $schema: schema, 'name.short': 'Commandes Contoso', 'name.full': 'Commandes Contoso pour Microsoft 365' });
const localized = (schema: string) =>
  teamsPackage(validManifest({ localizationInfo: { defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'fr', file: 'fr.json' }] } }), { 'fr.json': french(schema) });
fixCase('a language file naming another schema version', 'teams.localization-version-match', 'fr.json', () => localized(LOC('1.16')), () => french(LOC('1.19')));

const AGENT_V15 = 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.5/schema.json';
const AGENT_V16 = 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.6/schema.json';
fixCase("a declarative agent's $schema naming another version", 'copilot.schema-url-version', 'declarativeAgent.json',
  () => agentPackage({ agent: validAgent({ $schema: AGENT_V15 }) }),
  () => validAgent({ $schema: AGENT_V16 }));

const PLUGIN_V24 = 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json';
const PLUGIN_V22 = 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.2/schema.json';
fixCase("a plugin's $schema naming another version", 'copilot.schema-url-version', 'ai-plugin.json',
  () => agentPackage({ plugin: validPlugin({ $schema: PLUGIN_V24 }) }),
  () => validPlugin({ $schema: PLUGIN_V22 }));

const property = (flags: Record<string, unknown>) => ({ name: 'priority', type: 'string', isRetrievable: true, description: 'How urgent the ticket is', ...flags });
fixCase('Graph connector flags written as strings', 'graph.schema-flag-boolean', DEFINITION_FILE,
  () => graphPackage(definitionWithProperty(7, property({ isQueryable: 'true', isRefinable: 'FALSE' }))),
  () => definitionWithProperty(7, property({ isQueryable: true, isRefinable: false })));

const swaggerWith = (edit: (s: Record<string, any>) => void) => {
  const s = validSwagger();
  edit(s);
  return s;
};
const orderId = (s: Record<string, any>) => s.paths['/orders/{orderId}'].get.parameters.find((p: { name: string }) => p.name === 'orderId');
fixCase('a path parameter without x-ms-url-encoding gets "single"', 'powerplatform.path-parameter-encoding', 'apiDefinition.swagger.json',
  () => connectorPackage((p) => delete orderId(p.swagger)['x-ms-url-encoding']),
  () => swaggerWith((s) => {
    delete orderId(s)['x-ms-url-encoding'];
    orderId(s)['x-ms-url-encoding'] = 'single';
  }));

// Two parameters without it are one finding (one defect in several places): its fix adds it to both.
const withLines = (s: Record<string, any>, encoded: boolean) => {
  const param = { name: 'lineId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Line', description: 'The number of the order line.', ...(encoded ? { 'x-ms-url-encoding': 'single' } : {}) };
  s.paths['/orders/{orderId}/lines/{lineId}'] = { get: { ...s.paths['/orders/{orderId}'].get, operationId: 'GetOrderLine', summary: 'Get an order line', description: 'Gets one line of an order, with its quantity and price.', parameters: [orderId(s), param] } };
};
fixCase('two path parameters without x-ms-url-encoding: one finding, one fix for both', 'powerplatform.path-parameter-encoding', 'apiDefinition.swagger.json',
  () => connectorPackage((p) => {
    delete orderId(p.swagger)['x-ms-url-encoding'];
    withLines(p.swagger, false);
  }),
  () => swaggerWith((s) => {
    withLines(s, true);
    delete orderId(s)['x-ms-url-encoding'];
    orderId(s)['x-ms-url-encoding'] = 'single';
  }));

const status = (s: Record<string, any>) => s.paths['/orders'].get.parameters[0];
fixCase('a query parameter loses x-ms-url-encoding', 'powerplatform.query-parameter-encoding', 'apiDefinition.swagger.json',
  () => connectorPackage((p) => (status(p.swagger)['x-ms-url-encoding'] = 'single')),
  () => validSwagger());

// The OpenAPI document as JSON, so positions can be edited (YAML documents get no fix).
const openApiJson = (consequential: boolean) => {
  const doc = parseYaml(openApiYaml()) as Record<string, any>;
  doc.paths['/orders'].post = { 'x-openai-isConsequential': consequential, ...doc.paths['/orders'].post };
  return doc;
};
const jsonSpecAgent = (consequential: boolean) =>
  agentPackage({
    plugin: validPlugin({ runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { url: 'openapi.json' }, run_for_functions: ['listOrders', 'createOrder'] }] }),
    files: { 'openapi.yaml': undefined, 'openapi.json': openApiJson(consequential) },
  });
fixCase('an operation that changes data gets its confirmation back', 'copilot.plugin-consequential', 'openapi.json', () => jsonSpecAgent(false), () => openApiJson(true));

describe('what needs a person gets no fix', () => {
  it('a version with a suffix, a flag that is not "true" or "false", a URL domain that is not a host, a YAML document', async () => {
    const none = async (record: FileRecord, ruleId: string) => {
      const found = findingsOf(await check(record), ruleId);
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((f) => f.fix)).toEqual([]);
    };
    await none(manifestWith({ version: '1.0.0-beta' }), 'teams.version-semver');
    await none(manifestWith({ version: '1.0.0.0' }), 'teams.version-semver');
    await none(manifestWith({ validDomains: ['https://user@orders.contoso.com/'] }), 'teams.valid-domains-host-only');
    await none(graphPackage(definitionWithProperty(7, property({ isQueryable: 'yes' }))), 'graph.schema-flag-boolean');
    await none(agentPackage({ files: { 'openapi.yaml': openApiYaml({ postExtra: '\n      x-openai-isConsequential: false' }) } }), 'copilot.plugin-consequential');
    // A manifestVersion with no published schema: nothing to point $schema at.
    await none(manifestWith({ manifestVersion: '1.99', $schema: TEAMS_V116 }), 'teams.manifest-schema-url');
    // Names, descriptions and icons are a person's call whatever the rule says.
    const text = await check(teamsPackage(validManifest({ name: { short: 'x'.repeat(40), full: 'Contoso Orders for Microsoft 365' } })));
    expect(text.findings.filter((f) => f.fix && /name|description|icon/.test(f.pointer))).toEqual([]);
  });

  it('an MCP tool marked read-only and destructive is left to a person (which hint is wrong is not certain)', async () => {
    const tools = { tools: [{ name: 'deleteOrder', description: 'Deletes an order', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true, destructiveHint: true } }] };
    const found = findingsOf(await check(mcpAgentPackage({ files: { 'mcp-tools.json': JSON.stringify(tools, null, 2) } })), 'copilot.plugin-consequential');
    expect(found.filter((f) => f.fix)).toEqual([]);
  });
});

describe('the fix in the report', () => {
  it('says what it does, the change in JSON Patch terms, and the edits on the packaged file when no source is known', async () => {
    const [f] = findingsOf(await check(manifestWith({ version: '1.0' })), 'teams.version-semver');
    expect(f.fix).toEqual({
      description: 'Write version "1.0" as "1.0.0".',
      changes: [{ file: 'manifest.json', op: 'replace', pointer: '/version', value: '1.0.0' }],
      edits: [{ path: 'manifest.json', start: { line: 4, column: 14, offset: expect.any(Number) }, end: { line: 4, column: 19, offset: expect.any(Number) }, text: '"1.0.0"' }],
      applicable: false,
      reason: 'No repository file is known for manifest.json.',
    });
    expect(f.fix!.edits[0].end.offset - f.fix!.edits[0].start.offset).toBe('"1.0"'.length);
  });
});
