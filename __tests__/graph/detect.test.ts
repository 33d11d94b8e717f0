// Recognising standalone connector definitions: the shapes repositories use, split files, and look-alikes.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/check.js';
import { connectorParts, graphConnectorDefinitions, looksLikeGraphConnector } from '../../src/engine/detect/graph-connector-files.js';
import { viewFromRecord } from '../../src/engine/read/package-view.js';
import { check, findingsOf } from '../helpers/packages.js';
import { checkGraph, graphPackage, validConnection, validDefinition, validProperties, validSchema } from '../helpers/graph-packages.js';

describe('connector shapes', () => {
  it('recognises a connection with an inline schema', () => {
    const parts = connectorParts(validDefinition());
    expect(parts.connection?.pointer).toBe('');
    expect([parts.schema?.pointer, parts.schema?.propertiesPointer, parts.schema?.shape]).toEqual(['/schema', '/schema/properties', 'schema-object']);
  });

  it('recognises { externalConnection, schema } and { connection, schema: [...] }', () => {
    expect(connectorParts({ externalConnection: validConnection(), schema: validSchema() }).connection?.pointer).toBe('/externalConnection');
    const inline = connectorParts({ connection: { id: 'tickets', name: 'Tickets' }, schema: validProperties() });
    expect([inline.connection?.pointer, inline.schema?.propertiesPointer, inline.schema?.shape]).toEqual(['/connection', '/schema', 'bare-array']);
  });

  it('recognises a schema, a bare properties object and a bare top-level array', () => {
    expect(connectorParts(validSchema()).schema?.propertiesPointer).toBe('/properties');
    expect(connectorParts({ properties: validProperties() }).schema?.shape).toBe('schema-object');
    expect(connectorParts(validProperties()).schema).toMatchObject({ pointer: '', propertiesPointer: '', shape: 'bare-array' });
  });

  it.each([
    ['a Teams manifest', { manifestVersion: '1.19', id: 'x', name: { short: 'a' }, description: {} }],
    ['package.json', { name: 'x', description: 'y', version: '1.0.0' }],
    ['an externalItem', { id: 'item1', properties: { title: 'x' }, content: { value: 'x', type: 'text' }, acl: [] }],
    ['a JSON schema', { id: 'x', name: 'n', description: 'd', properties: { a: { type: 'string' } } }],
    ['a list of parameters', [{ name: 'q', type: 'string' }]],
    ['an OpenAPI document', { openapi: '3.0.1', info: {}, paths: {}, contentCategory: 'x' }],
    ['an empty array', []],
  ])('does not mistake %s for a connector', (_what, value) => {
    expect(looksLikeGraphConnector(value)).toBe(false);
  });
});

describe('definitions across files', () => {
  it('pairs a connection file and a schema file of one folder, and points into each', async () => {
    const report = await checkGraph({
      'connector/connection.json': validConnection({ id: 'bad-id' }),
      'connector/schema.json': validSchema({ properties: [...validProperties(), { name: 'bad name', type: 'string' }] }),
    });
    expect(findingsOf(report, 'graph.connection-id-charset').map((f) => [f.file, f.pointer])).toEqual([['connector/connection.json', '/id']]);
    expect(findingsOf(report, 'graph.schema-property-name').map((f) => [f.file, f.pointer])).toEqual([['connector/schema.json', '/properties/7/name']]);
  });

  it('uses the paired schema for template rules, so a rule on an unknown property is caught across files', async () => {
    const connection = validConnection();
    const template = (connection.searchSettings as { searchResultTemplates: Array<Record<string, unknown>> }).searchResultTemplates[0];
    template.rules = [{ property: 'owner', operation: 'equals', valuesJoinedBy: 'or', values: ['me'] }];
    const report = await checkGraph({ 'c/connection.json': connection, 'c/schema.json': validProperties() });
    expect(findingsOf(report, 'graph.template-rules').map((f) => f.file)).toEqual(['c/connection.json']);
  });

  it('leaves ambiguous folders unpaired and never pairs across folders', () => {
    const view = viewFromRecord('x', {
      'a/one.json': validConnection({ id: 'one' }),
      'a/two.json': validConnection({ id: 'two' }),
      'a/schema.json': validSchema(),
      'b/schema.json': validProperties(),
    });
    const defs = graphConnectorDefinitions(view).map((d) => [d.folder, d.connection?.file, d.schema?.file]);
    expect(defs).toEqual([
      ['a', 'a/one.json', undefined],
      ['a', 'a/two.json', undefined],
      ['a', undefined, 'a/schema.json'],
      ['b', undefined, 'b/schema.json'],
    ]);
  });

  it('points at the array itself for a bare top-level properties array', async () => {
    const report = await checkGraph({ 'schema.json': [...validProperties(), { name: 'n', type: 'integer', isQueryable: true }] });
    expect(findingsOf(report, 'graph.schema-property-type').map((f) => f.pointer)).toEqual(['/7/type']);
    expect(findingsOf(report, 'graph.schema-base-type').map((f) => [f.pointer, f.severity])).toEqual([['', 'notice']]);
  });
});

describe('routes of a standalone connector', () => {
  it.each([
    ['a clean definition', graphPackage()],
    ['a bare schema array', { 'schema.json': validProperties() }],
    ['a split definition', { 'c/connection.json': validConnection(), 'c/schema.json': validSchema() }],
  ])('%s is never multitenant-eligible', async (_what, record) => {
    for (const audience of ['both', 'multitenant'] as const) {
      const report = await check(record, { audience });
      expect(report.kind).toBe('graph-connector');
      const multi = report.routes.find((r) => r.audience === 'multitenant');
      expect(multi?.eligible).toBe(false);
      expect(multi?.blockers.map((b) => b.ruleId)).toContain('route.standalone-graph-connector');
    }
  });
});

describe('finding definitions on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gc-detect-'));
    await mkdir(join(dir, 'src', 'references'), { recursive: true });
    await writeFile(join(dir, 'src', 'references', 'schema.json'), JSON.stringify(validProperties(), null, 2));
    await writeFile(join(dir, 'src', 'references', 'connection.json'), JSON.stringify({ id: 'tickets', name: 'Tickets', description: 'Support tickets.', connectorId: '5d8e2a1b-3c4f-4a6b-8d9e-0f1a2b3c4d5e' }, null, 2));
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a folder search pairs a bare properties array with a connection in one folder, and skips other JSON', async () => {
    const { report } = await checkPaths([dir], { audience: 'both', toolVersion: 'test', cwd: dir });
    expect(report.packages.map((p) => [p.path, p.kind])).toEqual([['src/references', 'graph-connector']]);
  });
});

describe('borderline shapes', () => {
  it('keeps a bare array whose entry lacks a name, so the name rule can report it', async () => {
    const report = await checkGraph({ 'schema.json': [...validProperties(), { Name: 'typo', type: 'string', isQueryable: true }] });
    expect(report.kind).toBe('graph-connector');
    expect(findingsOf(report, 'graph.schema-property-name').map((f) => f.pointer)).toEqual(['/7']);
  });

  it('needs a name or description beside the id under a "connection" wrapper', () => {
    expect(looksLikeGraphConnector({ connection: { id: 'db1', host: 'localhost' } })).toBe(false);
    expect(looksLikeGraphConnector({ connection: { id: 'tickets', name: 'Tickets' } })).toBe(true);
  });
});
