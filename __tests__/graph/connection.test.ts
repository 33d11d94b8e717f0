// The externalConnection part of a standalone connector definition.
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../helpers/packages.js';
import { checkGraph, graphPackage, validConnection, validDefinition, validSchema } from '../helpers/graph-packages.js';
import type { Severity } from '../../src/engine/types.js';

type Json = Record<string, unknown>;
const withConnection = (overrides: Json) => graphPackage(validDefinition(validConnection(overrides)));

// [rule, what breaks it, connection overrides, pointer, severity]
const cases: Array<[string, string, Json, string, Severity]> = [
  ['graph.connection-id-required', 'no id', { id: undefined }, '', 'error'],
  ['graph.connection-id-required', 'a numeric id', { id: 42 }, '/id', 'error'],
  ['graph.connection-id-length', 'two characters', { id: 'ab' }, '/id', 'error'],
  ['graph.connection-id-length', '33 characters', { id: 'a'.repeat(33) }, '/id', 'error'],
  ['graph.connection-id-charset', 'a hyphen', { id: 'contoso-tickets' }, '/id', 'error'],
  ['graph.connection-id-prefix', 'the Microsoft prefix', { id: 'MicrosoftTickets' }, '/id', 'error'],
  ['graph.connection-id-prefix', 'the prefix in lower case', { id: 'microsofttickets' }, '/id', 'warning'],
  ['graph.connection-id-reserved', 'a reserved id', { id: 'SharePoint' }, '/id', 'error'],
  ['graph.connection-id-reserved', 'a reserved id in another case', { id: 'sharepoint' }, '/id', 'warning'],
  ['graph.connection-name', 'no name', { name: undefined }, '', 'error'],
  ['graph.connection-name', 'an empty name', { name: ' ' }, '/name', 'error'],
  ['graph.connection-name', '129 characters', { name: 'n'.repeat(129) }, '/name', 'error'],
  ['graph.connection-description-present', 'no description', { description: undefined }, '', 'warning'],
  ['graph.connection-description-quality', 'the name repeated', { description: 'contoso service desk' }, '/description', 'warning'],
  ['graph.connection-description-quality', 'placeholder text', { description: 'TODO: describe the tickets. Add keywords.' }, '/description', 'warning'],
  ['graph.connection-description-quality', 'one sentence', { description: 'Tickets from the Contoso Service Desk' }, '/description', 'notice'],
  ['graph.connection-content-category', 'an unknown value', { contentCategory: 'tickets' }, '/contentCategory', 'error'],
  ['graph.connection-content-category', 'the wrong case', { contentCategory: 'TaskManagement' }, '/contentCategory', 'error'],
  ['graph.connection-content-category', 'no value', { contentCategory: undefined }, '', 'notice'],
  ['graph.connection-read-only', 'state', { state: 'ready' }, '/state', 'warning'],
  ['graph.connection-unknown-key', 'a misspelt key', { searchsettings: {} }, '/searchsettings', 'warning'],
  ['graph.connection-unknown-key', 'an undocumented key', { items: [] }, '/items', 'warning'],
  ['graph.connection-authorized-apps', 'an app id that is not a GUID', { configuration: { authorizedAppIds: ['my-app'] } }, '/configuration/authorizedAppIds/0', 'warning'],
];

describe('externalConnection rules', () => {
  it.each(cases)('%s fires on %s', async (ruleId, _what, overrides, pointer, severity) => {
    const found = findingsOf(await checkGraph(withConnection(overrides)), ruleId);
    expect(found.map((f) => [f.pointer, f.severity])).toEqual([[pointer, severity]]);
    expect(found[0].file).toBe('contoso-tickets.json');
    expect(found[0].line).toBeGreaterThan(0);
  });

  it.each([...new Set(cases.map((c) => c[0]))])('%s is silent on the valid definition', async (ruleId) => {
    expect(findingsOf(await checkGraph(graphPackage()), ruleId)).toEqual([]);
  });

  it('reports a reserved id with an underscore as reserved and as a charset error', async () => {
    const report = await checkGraph(withConnection({ id: 'MSFT_All_Connectors' }));
    expect(findingsOf(report, 'graph.connection-id-reserved')).toHaveLength(1);
    expect(findingsOf(report, 'graph.connection-id-charset')[0].message).toContain('"_"');
  });

  it('accepts ids of 3 and 32 characters and an inline schema key', async () => {
    for (const id of ['abc', 'a'.repeat(32)]) {
      const report = await checkGraph(withConnection({ id }));
      expect(findingsOf(report, 'graph.connection-id-length')).toEqual([]);
      expect(findingsOf(report, 'graph.connection-unknown-key')).toEqual([]);
    }
  });

  it('points into a wrapped connection ({ externalConnection, schema })', async () => {
    const report = await checkGraph(graphPackage({ externalConnection: validConnection({ id: 'bad id' }), schema: validSchema() }));
    expect(findingsOf(report, 'graph.connection-id-charset').map((f) => f.pointer)).toEqual(['/externalConnection/id']);
  });
});

describe("'graph.connection-connector-id'", () => {
  const APP = '2f4b1c9e-8d3a-4e5f-9b6c-7a8d9e0f1a2b'; // APP_ID of validManifest()

  it('warns on a standalone connectorId that is not a GUID, and accepts a GUID', async () => {
    const bad = findingsOf(await checkGraph(withConnection({ connectorId: 'my-teams-app' })), 'graph.connection-connector-id');
    expect(bad.map((f) => [f.pointer, f.severity])).toEqual([['/connectorId', 'warning']]);
    expect(findingsOf(await checkGraph(withConnection({ connectorId: APP })), 'graph.connection-connector-id')).toEqual([]);
  });

  it("fails a connection file in a Teams package whose connectorId is not the manifest's id", async () => {
    const { graphConnectorTeamsPackage } = await import('../helpers/graph-packages.js');
    const app = graphConnectorTeamsPackage();
    const wrong = await checkGraph({ ...app, 'connection.json': validConnection({ connectorId: '00000000-0000-4000-8000-000000000000' }) });
    expect(findingsOf(wrong, 'graph.connection-connector-id').map((f) => [f.file, f.pointer, f.severity])).toEqual([['connection.json', '/connectorId', 'error']]);
    const right = await checkGraph({ ...app, 'connection.json': validConnection({ connectorId: APP.toUpperCase() }) });
    expect(findingsOf(right, 'graph.connection-connector-id')).toEqual([]);
  });
});
