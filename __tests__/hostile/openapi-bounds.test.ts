// API descriptions whose references multiply (issue 20, item 1): 21 chained schemas, each naming the next three
// times, dereference to 3^21 values. swagger-parser's validate() dereferences before it checks (an OpenAPI 3.1
// document of this shape, 7.6 KB, never finished). Every OpenAPI and Swagger check is bounded: references resolved,
// size of the dereferenced document, time; the bound gives a warning and the run goes on with the next package.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import { BoundExceeded, checkSpec, dereferencedView, specBudget } from '../../src/engine/openapi/spec-check.js';
import { analyzeRefs } from '../../src/engine/openapi/refs.js';
import { schemaErrors } from '../../src/engine/openapi/schema-check.js';
import { schemaValidator } from '../../src/engine/openapi/validate.js';
import { MAX_DEREFERENCED_VALUES } from '../../src/engine/read/limits.js';
import { agentPackage } from '../helpers/copilot-packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { makeWorkspace } from '../helpers/workspace.js';

const LINKS = 21;

/** Schemas s0…s20: each an object whose properties a, b and c are the next schema; the last a string. */
function chain(prefix: string): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < LINKS - 1; i++) {
    const next = { $ref: `${prefix}s${i + 1}` };
    schemas[`s${i}`] = { type: 'object', properties: { a: next, b: { ...next }, c: { ...next } } };
  }
  schemas[`s${LINKS - 1}`] = { type: 'string' };
  return schemas;
}

function openApi(version: '3.1.0' | '3.0.3'): Record<string, unknown> {
  const ok = { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/s0' } } } };
  const op = (operationId: string) => ({ operationId, description: 'Lists Contoso orders by customer or status', responses: { '200': ok } });
  return {
    openapi: version,
    info: { title: 'Contoso Orders', description: 'Orders of Contoso customers', version: '1.0.0' },
    servers: [{ url: 'https://orders.contoso.com/api' }],
    paths: { '/orders': { get: op('listOrders'), post: op('createOrder') } },
    components: { schemas: chain('#/components/schemas/') },
  };
}

/** The valid connector's definition with the chain added, its first operation answering with s0. */
function swagger2(base: Record<string, any>): Record<string, any> {
  base.paths['/orders'].get.responses['200'] = { description: 'OK', schema: { $ref: '#/definitions/s0' } };
  return { ...base, definitions: { ...base.definitions, ...chain('#/definitions/') } };
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('API descriptions whose references multiply', () => {
  const dereferencedSize = (doc: unknown, cap: number) => analyzeRefs(doc, cap).dereferencedSize;

  it('dereference, counted without dereferencing, to 3^21 values', () => {
    const doc = openApi('3.1.0');
    expect(dereferencedSize(doc, MAX_DEREFERENCED_VALUES)).toBe(MAX_DEREFERENCED_VALUES + 1);
    // Small shapes, counted exactly: a chain of 3 (s0 → 3 × s1 → 9 × s2), a cycle counted once.
    const small = { a: { type: 'object', properties: { x: { $ref: '#/b' }, y: { $ref: '#/b' } } }, b: { type: 'string' } };
    // b: 2 values; a: 1 + "object" + properties (1 + 2 + 2) = 7; root: 1 + 7 + 2 = 10.
    expect(dereferencedSize(small, 1000)).toBe(10);
    // The root, a, and a.next left as a circular reference.
    const cyclic = { a: { next: { $ref: '#/a' } } };
    expect(dereferencedSize(cyclic, 1000)).toBe(3);
  });

  it.each([
    ['OpenAPI 3.1', '3.1.0'],
    ['OpenAPI 3.0', '3.0.3'],
  ] as const)('%s: a warning that validation stopped at its bound, and the next package is checked', async (_label, version) => {
    const ws = await makeWorkspace({
      'a-hostile/agent.zip': { zip: agentPackage({ files: { 'openapi.yaml': JSON.stringify(openApi(version), null, 2) } }) },
      'b-valid/agent.zip': { zip: agentPackage() },
    });
    made.push(ws);
    const { report } = await checkPaths(['a-hostile/agent.zip', 'b-valid/agent.zip'], { audience: 'both', toolVersion: 'test', cwd: ws });
    expect(report.packages.map((p) => p.kind)).toEqual(['teams-app', 'teams-app']);
    const [hostile, valid] = report.packages;
    const bound = hostile.findings.filter((f) => f.ruleId === 'copilot.openapi-valid' && /stopped before the end/.test(f.message));
    expect(bound, JSON.stringify(hostile.findings.map((f) => [f.ruleId, f.message]))).toHaveLength(1);
    expect(bound[0]).toMatchObject({ severity: 'warning', file: 'openapi.yaml' });
    expect(bound[0].message).toContain('more than 1,000,000 values');
    expect(hostile.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
    expect(valid.findings.filter((f) => f.ruleId === 'copilot.openapi-valid')).toEqual([]);
  });

  it('Swagger 2.0 (a connector): the same warning from powerplatform.swagger-schema, and the next package is checked', async () => {
    const ws = await makeWorkspace({
      ...Object.fromEntries(Object.entries(connectorPackage((p) => (p.swagger = swagger2(p.swagger)))).map(([k, v]) => [`a-hostile/${k}`, v as string | Uint8Array])),
      ...Object.fromEntries(Object.entries(connectorPackage()).map(([k, v]) => [`b-valid/${k}`, v as string | Uint8Array])),
    });
    made.push(ws);
    const { report } = await checkPaths(['a-hostile', 'b-valid'], { audience: 'both', toolVersion: 'test', cwd: ws });
    const [hostile, valid] = report.packages;
    expect(hostile.kind).toBe('power-platform-connector');
    const bound = hostile.findings.filter((f) => f.ruleId === 'powerplatform.swagger-schema');
    expect(bound.map((f) => [f.severity, f.file])).toEqual([['warning', 'apiDefinition.swagger.json']]);
    expect(bound[0].message).toMatch(/^Swagger validation stopped before the end: dereferenced, it would hold more than 1,000,000 values/);
    expect(valid.findings.filter((f) => f.ruleId === 'powerplatform.swagger-schema')).toEqual([]);
  });
});

describe("swagger-parser's spec checks, read through references within a budget", () => {
  const doc = {
    swagger: '2.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items/{id}': {
        parameters: [{ $ref: '#/parameters/id' }],
        get: { responses: { '200': { $ref: '#/responses/ok' } } },
      },
    },
    parameters: { id: { name: 'id', in: 'path', required: true, type: 'string' } },
    responses: { ok: { description: 'OK', schema: { $ref: '#/definitions/Item' } } },
    definitions: {
      Base: { type: 'object', properties: { id: { type: 'string' } } },
      Item: { type: 'object', required: ['id', 'name'], allOf: [{ $ref: '#/definitions/Base' }], properties: { name: { $ref: '#/definitions/Name' } } },
      Name: { type: 'string' },
    },
  };

  it('pass a valid document, following references to parameters, responses and allOf parents', async () => {
    await expect(checkSpec(doc)).resolves.toBeUndefined();
  });

  it('report what swagger-parser reports, through references', async () => {
    const broken = structuredClone(doc);
    broken.parameters.id.required = false as never;
    await expect(checkSpec(broken)).rejects.toThrow(/Path parameters cannot be optional/);
    const missing = structuredClone(doc);
    missing.definitions.Item.required.push('price');
    await expect(checkSpec(missing)).rejects.toThrow(/Property 'price' listed as required but does not exist in '\/definitions\/Item'/);
  });

  it('merge the members beside a $ref with its target, as json-schema-ref-parser does', () => {
    const view = dereferencedView({ a: { x: 1, y: 2 }, b: { $ref: '#/a', y: 3 } }, specBudget()) as Record<string, Record<string, number>>;
    expect({ ...view.b }).toEqual({ x: 1, y: 3 });
  });

  it('leave a reference that loops as it is, and refuse to be changed', () => {
    const view = dereferencedView({ a: { $ref: '#/b' }, b: { $ref: '#/a' } }, specBudget()) as Record<string, { $ref: string }>;
    expect(view.a.$ref).toBe('#/b');
    expect(() => {
      (view as Record<string, unknown>).a = 1;
    }).toThrow(TypeError);
  });

  it('stop at the bounds on references resolved, objects read and time', () => {
    const read = (budget: ReturnType<typeof specBudget>) => JSON.stringify(dereferencedView(openApi('3.0.3'), budget));
    expect(() => read(specBudget({ maxRefs: 100 }))).toThrow(BoundExceeded);
    expect(() => read(specBudget({ maxRefs: 100 }))).toThrow('more than 100 references had to be resolved');
    expect(() => read(specBudget({ maxObjects: 50, maxRefs: Infinity }))).toThrow('more than 50 objects had to be read');
    expect(() => read(specBudget({ maxMs: -1, maxRefs: Infinity, maxObjects: Infinity }))).toThrow(/it took more than -1 ms/);
  });
});

describe('long enums', () => {
  // A Swagger 2.0 definition whose schemas hold enums of `n` values, one with a repeat at (i, j) when asked.
  const withEnums = (n: number, repeat?: { i: number; j: number }, objects = false) => {
    const values = Array.from({ length: n }, (_, k) => (objects ? { code: k, names: [`v${k}`] } : `value-${k}`));
    if (repeat) values[repeat.i] = structuredClone(values[repeat.j]);
    return {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {},
      definitions: { A: { type: 'string', enum: values }, B: { type: 'object', properties: { c: { type: 'string', enum: [...values].reverse() } } }, Short: { enum: ['x', 'x'] } },
    };
  };

  it.each([
    ['unique strings', withEnums(300)],
    ['a repeated string', withEnums(300, { i: 250, j: 17 })],
    ['repeated objects', withEnums(200, { i: 199, j: 3 }, true)],
  ])('give the errors Ajv gives when it compares every pair (%s)', async (_label, doc) => {
    const validate = await schemaValidator('v2');
    const plain = validate(doc) ? null : structuredClone(validate.errors);
    const before = structuredClone(doc);
    const lists = [doc.definitions.A.enum, doc.definitions.B.properties.c.enum];
    expect(schemaErrors(validate, doc, analyzeRefs(doc, 1e6).longEnums)).toEqual(plain);
    // The enums are shortened in place while Ajv runs, and put back: the same arrays, the same document.
    expect(doc).toEqual(before);
    expect([doc.definitions.A.enum, doc.definitions.B.properties.c.enum]).toEqual(lists);
    expect(doc.definitions.A.enum).toBe(lists[0]);
  });

  it('are put back when the validator throws', () => {
    const doc = withEnums(100, { i: 99, j: 1 });
    const list = doc.definitions.A.enum;
    const failing = (() => {
      throw new Error('validator failed');
    }) as unknown as Parameters<typeof schemaErrors>[0];
    expect(() => schemaErrors(failing, doc, analyzeRefs(doc, 1e6).longEnums)).toThrow('validator failed');
    expect(doc.definitions.A.enum).toBe(list);
    expect(doc.definitions.A.enum).toHaveLength(100);
  });

  it('are checked in linear time: 90,000 values, repeated at the ends', async () => {
    const doc = withEnums(90_000, { i: 89_999, j: 0 });
    const errors = schemaErrors(await schemaValidator('v2'), doc, analyzeRefs(doc, 1e6).longEnums);
    expect(errors?.filter((e) => e.keyword === 'uniqueItems').map((e) => [e.instancePath, e.message])).toEqual([
      ['/definitions/A/enum', 'must NOT have duplicate items (items ## 0 and 89999 are identical)'],
      ['/definitions/B/properties/c/enum', 'must NOT have duplicate items (items ## 0 and 89999 are identical)'],
      ['/definitions/Short/enum', 'must NOT have duplicate items (items ## 0 and 1 are identical)'],
    ]);
  });
});
