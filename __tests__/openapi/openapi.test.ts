import { describe, expect, it } from 'vitest';
import {
  deref,
  draftAt,
  isOpenApi30,
  listExternalRefs,
  listOperations,
  loadApiDocument,
  loadYamlFor,
  operationsById,
  parseYamlApi,
  requestBodyProperties,
  serverUrls,
  specVersion,
  validateApiDocument,
  withoutExternalRefs,
} from '../../src/engine/openapi/index.js';
import { viewFromRecord } from '../../src/engine/read/package-view.js';

// The engine loads the YAML parser for packages with YAML files; these tests parse YAML text directly.
await loadYamlFor({ names: ['openapi.yaml'] });

const yaml = `openapi: 3.0.1
info:
  title: T
  version: '1'
servers:
  - url: https://api.contoso.com
paths:
  /items/{id}:
    parameters:
      - $ref: '#/components/parameters/Id'
    get:
      operationId: getItem
      responses:
        '200':
          description: ok
    post:
      operationId: updateItem
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Item'
      responses:
        '200':
          description: ok
components:
  parameters:
    Id:
      name: id
      in: path
      required: true
      schema:
        type: string
  schemas:
    Item:
      type: object
      properties:
        name:
          type: string
        owner:
          $ref: 'https://schemas.contoso.com/person.json'
`;

const swagger = {
  swagger: '2.0',
  info: { title: 'S', version: '1' },
  host: 'api.contoso.com',
  schemes: ['http', 'https'],
  paths: {
    '/things': {
      post: {
        operationId: 'addThing',
        parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Thing' } }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  definitions: { Thing: { type: 'object', properties: { label: { type: 'string' } } } },
};

describe('loading API descriptions', () => {
  it('parses YAML with positions for any pointer, and JSON through the package view', () => {
    const pkg = viewFromRecord('p', { 'api.yaml': yaml, 'api.json': swagger });
    const y = loadApiDocument(pkg, 'api.yaml')!;
    expect(y.format).toBe('yaml');
    expect(y.locate('/paths/~1items~1{id}/post/operationId')).toEqual({ line: 17, column: 20 });
    expect(y.locate('/paths/~1items~1{id}/post/nothing')).toEqual({ line: 17, column: 7 });
    expect(loadApiDocument(pkg, 'api.yaml')).toBe(y);
    const j = loadApiDocument(pkg, 'api.json')!;
    expect(j.format).toBe('json');
    expect(j.locate('/host')?.line).toBe(7);
    expect(loadApiDocument(pkg, 'missing.yaml')).toBeUndefined();
  });
  it('reports a YAML syntax error with its line', () => {
    const bad = parseYamlApi('a.yml', 'openapi: 3.0.1\ninfo:\n  title: "open\n');
    expect(bad.ok).toBe(false);
    // The parser notices the missing quote where the text ends.
    expect(bad.error?.line).toBe(4);
  });
  it('puts YAML positions into drafts and leaves JSON ones to the engine', () => {
    const y = parseYamlApi('a.yaml', yaml);
    expect(draftAt(y, '/servers/0/url', 'm')).toMatchObject({ file: 'a.yaml', line: 6, column: 10 });
    const pkg = viewFromRecord('p', { 'api.json': swagger });
    expect(draftAt(loadApiDocument(pkg, 'api.json')!, '/host', 'm').line).toBeUndefined();
  });
});

describe('reading the structure', () => {
  it('knows the specification version', () => {
    expect(specVersion({ openapi: '3.0.3' })).toEqual({ family: 'openapi', version: '3.0.3', pointer: '/openapi' });
    expect(specVersion(swagger)?.family).toBe('swagger');
    expect(isOpenApi30(specVersion({ openapi: '3.1.0' }))).toBe(false);
    expect(specVersion({})).toBeUndefined();
  });
  it('lists operations with pointers and merged, dereferenced parameters', () => {
    const doc = parseYamlApi('a.yaml', yaml).value;
    const ops = listOperations(doc);
    expect(ops.map((o) => [o.method, o.operationId, o.pointer])).toEqual([
      ['get', 'getItem', '/paths/~1items~1{id}/get'],
      ['post', 'updateItem', '/paths/~1items~1{id}/post'],
    ]);
    expect(ops[0].parameters.map((p) => [p.name, p.in, p.required])).toEqual([['id', 'path', true]]);
    expect(requestBodyProperties(doc, operationsById(doc).get('updateItem')!)).toEqual(['name', 'owner']);
    expect(requestBodyProperties(swagger, operationsById(swagger).get('addThing')!)).toEqual(['label']);
  });
  it('lists server URLs for both families', () => {
    expect(serverUrls(parseYamlApi('a.yaml', yaml).value)).toEqual([{ url: 'https://api.contoso.com', pointer: '/servers/0/url' }]);
    expect(serverUrls(swagger).map((s) => s.url)).toEqual(['http://api.contoso.com', 'https://api.contoso.com']);
  });
  it('lists external references and strips them from a copy', () => {
    const doc = parseYamlApi('a.yaml', yaml).value;
    expect(listExternalRefs(doc)).toEqual([{ pointer: '/components/schemas/Item/properties/owner/$ref', ref: 'https://schemas.contoso.com/person.json', kind: 'url' }]);
    expect(listExternalRefs(withoutExternalRefs(doc))).toEqual([]);
    expect(listExternalRefs(doc)).toHaveLength(1);
    expect(deref(doc, { $ref: '#/components/schemas/Item' })).toMatchObject({ type: 'object' });
    expect(deref(doc, { $ref: 'other.yaml#/x' })).toBeUndefined();
  });
});

describe('validation', () => {
  it('accepts valid documents without following external references', async () => {
    expect(await validateApiDocument(parseYamlApi('a.yaml', yaml))).toEqual([]);
    const pkg = viewFromRecord('p', { 'api.json': swagger });
    expect(await validateApiDocument(loadApiDocument(pkg, 'api.json')!)).toEqual([]);
  });
  it('reports schema errors with pointers, one per place', async () => {
    const broken = structuredClone(swagger) as Record<string, unknown>;
    (broken.paths as Record<string, Record<string, Record<string, unknown>>>)['/things'].post.parameters = [{ name: 'q', in: 'query', type: 'strin' }];
    const pkg = viewFromRecord('p', { 'api.json': broken });
    const issues = await validateApiDocument(loadApiDocument(pkg, 'api.json')!);
    const pointers = issues.map((i) => i.pointer);
    expect(pointers).toContain('/paths/~1things/post/parameters/0/type');
    expect(new Set(pointers).size).toBe(pointers.length);
  });
  it('reports a document that is no API description', async () => {
    const pkg = viewFromRecord('p', { 'api.json': { hello: 'world' } });
    expect((await validateApiDocument(loadApiDocument(pkg, 'api.json')!)).length).toBe(1);
  });
});

describe('validation details', () => {
  it('reports a dangling local reference at its pointer without hiding schema errors', async () => {
    const doc = parseYamlApi('a.yaml', yaml.replace("'#/components/parameters/Id'", "'#/components/parameters/Nope'").replace("  version: '1'\n", ''));
    const pointers = (await validateApiDocument(doc)).map((i) => i.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/paths/~1items~1{id}/parameters/0/$ref', '/info']));
  });
  it('validates OpenAPI 3.1 through swagger-parser', async () => {
    const ok = parseYamlApi('a.yaml', "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\npaths: {}\n");
    expect(await validateApiDocument(ok)).toEqual([]);
    const bad = parseYamlApi('b.yaml', 'openapi: 3.1.0\ninfo:\n  title: T\npaths: {}\n');
    expect((await validateApiDocument(bad)).map((i) => i.pointer)).toEqual(['/info']);
  });
  it('reports spec errors swagger-parser finds beyond the schema (Swagger 2.0 path parameters)', async () => {
    const doc = { swagger: '2.0', info: { title: 'S', version: '1' }, paths: { '/items/{id}': { get: { responses: { '200': { description: 'ok' } } } } } };
    const pkg = viewFromRecord('p', { 'api.json': doc });
    const issues = await validateApiDocument(loadApiDocument(pkg, 'api.json')!);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/id/);
  });
});
