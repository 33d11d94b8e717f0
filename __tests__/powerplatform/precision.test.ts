// Power Platform findings that are right and read once (issue 15): operations that supply a dynamic schema need no
// response schema, internal operations are not judged by how the designer shows them, one undefined security scheme
// named by 19 operations is one error, and a metadata name in another case is a warning.
import { describe, expect, it } from 'vitest';
import { check, findingsOf } from '../helpers/packages.js';
import { connectorPackage, type ConnectorParts } from '../helpers/connector-packages.js';
import { sarifLog } from '../../src/report/sarif.js';
import type { Report } from '../../src/engine/types.js';

/** GetOrderSchema returns the JSON schema of an order type: CreateTypedOrder's body names it in x-ms-dynamic-schema. */
function dynamicSchema(p: ConnectorParts, supplier: Record<string, unknown> = {}) {
  p.swagger.paths['/schemas/{type}'] = {
    get: {
      operationId: 'GetOrderSchema',
      summary: 'Get the schema of an order type',
      description: 'Returns the JSON schema of the fields an order of this type has.',
      'x-ms-visibility': 'internal',
      parameters: [{ name: 'type', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Type', description: 'The order type.' }],
      responses: { '200': { description: 'The schema.' } },
      ...supplier,
    },
  };
  p.swagger.paths['/typed-orders'] = {
    post: {
      operationId: 'CreateTypedOrder',
      summary: 'Create an order of a type',
      description: 'Creates an order whose fields depend on its type.',
      'x-ms-visibility': 'important',
      parameters: [
        { name: 'type', in: 'query', type: 'string', required: true, 'x-ms-summary': 'Type', description: 'The order type.' },
        {
          name: 'body',
          in: 'body',
          required: true,
          schema: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'GetOrderSchema', parameters: { type: { parameter: 'type' } }, 'value-path': 'schema' } },
        },
      ],
      responses: { '201': { description: 'The order.', schema: { $ref: '#/definitions/Order' } } },
    },
  };
}

const responseSchema = async (edit: (p: ConnectorParts) => void) => findingsOf(await check(connectorPackage(edit)), 'powerplatform.response-schema').map((f) => f.pointer);

describe('powerplatform.response-schema', () => {
  it('does not ask an operation that supplies a dynamic schema (x-ms-dynamic-schema) for a response schema', async () => {
    expect(await responseSchema((p) => dynamicSchema(p))).toEqual([]);
  });

  it('nor one named by x-ms-dynamic-properties, even when it is visible', async () => {
    expect(
      await responseSchema((p) => {
        dynamicSchema(p, { 'x-ms-visibility': 'advanced' });
        const body = p.swagger.paths['/typed-orders'].post.parameters[1].schema;
        body['x-ms-dynamic-properties'] = { operationId: 'GetOrderSchema', parameters: { type: { parameterReference: 'type' } }, itemValuePath: 'schema' };
        delete body['x-ms-dynamic-schema'];
      }),
    ).toEqual([]);
  });

  it('still asks an internal operation that supplies dynamic values: their value-path must be in the response', async () => {
    const pointers = await responseSchema((p) => {
      dynamicSchema(p, { operationId: 'ListTypes' });
      p.swagger.paths['/typed-orders'].post.parameters[0]['x-ms-dynamic-values'] = { operationId: 'ListTypes', 'value-path': 'id' };
    });
    expect(pointers).toEqual(['/paths/~1schemas~1{type}/get/responses/200']);
  });

  it('does not ask an internal operation that supplies nothing (the delete operation of a webhook)', async () => {
    expect(
      await responseSchema((p) => {
        p.swagger.paths['/hooks/{id}'] = {
          delete: { operationId: 'DeleteHook', summary: 'Delete a subscription', description: 'Removes the webhook.', 'x-ms-visibility': 'internal', parameters: [], responses: { '200': { description: 'Removed.' } } },
        };
      }),
    ).toEqual([]);
  });

  it('asks a visible operation without a response schema', async () => {
    expect(await responseSchema((p) => delete p.swagger.paths['/orders'].get.responses['200'].schema)).toEqual(['/paths/~1orders/get/responses/200']);
  });
});

describe('internal operations are not judged by how the designer shows them', () => {
  it('skips their summary characters, parameter labels and sentence style', async () => {
    const report = await check(
      connectorPackage((p) => {
        dynamicSchema(p, { summary: '(private) schema/of type', description: 'schema of a type' });
        delete p.swagger.paths['/schemas/{type}'].get.parameters[0]['x-ms-summary'];
      }),
    );
    for (const rule of ['powerplatform.operation-summary-chars', 'powerplatform.parameter-text', 'powerplatform.operation-description', 'powerplatform.summary-not-description']) {
      expect(findingsOf(report, rule), rule).toEqual([]);
    }
  });
});

/** 19 operations, each naming the security scheme "API Key", which securityDefinitions calls "api_key". */
function undefinedScheme(p: ConnectorParts) {
  p.swagger.securityDefinitions = { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } };
  for (let i = 1; i <= 19; i++) {
    p.swagger.paths[`/reports/r${i}`] = {
      get: {
        operationId: `GetReport${i}`,
        summary: `Get report ${i}`,
        description: `Gets report number ${i}.`,
        'x-ms-visibility': 'advanced',
        security: [{ 'API Key': [] }],
        responses: { '200': { description: 'The report.', schema: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'ID', description: 'The id.' } } } } },
      },
    };
  }
}

describe('one root cause, one finding', () => {
  it('reports one undefined security scheme named by 19 operations once, listing them, each still a place', async () => {
    const report = await check(connectorPackage(undefinedScheme));
    const [f, ...rest] = findingsOf(report, 'powerplatform.security-defined');
    expect(rest).toEqual([]);
    expect(f.severity).toBe('error');
    expect(f.pointer).toBe('/paths/~1reports~1r1/get/security/0/API Key');
    expect(f.message).toBe(
      'Security requirement "API Key" is not in securityDefinitions (it defines "api_key"); 19 places name it: GET /reports/r1, GET /reports/r2, GET /reports/r3, GET /reports/r4, GET /reports/r5, GET /reports/r6, GET /reports/r7, GET /reports/r8 and 11 more.',
    );
    expect(f.related).toHaveLength(18);
    expect(f.related?.every((r) => r.line !== undefined && r.message.startsWith('Security requirement "API Key"'))).toBe(true);

    // SARIF keeps every operation as a place to look at.
    const full: Report = { schemaVersion: 1, tool: { name: 'copilot-publish-check', version: 't' }, audience: 'both', packages: [report], summary: { packages: 1, errors: 1, warnings: 0, notices: 0 } };
    const result = sarifLog(full).runs[0].results!.find((r) => r.ruleId === 'powerplatform.security-defined')!;
    expect(result.relatedLocations).toHaveLength(18);
    expect(result.relatedLocations![0].message?.text).toContain('/paths/~1reports~1r2/get/security/0/API Key');
  });

  it('groups per-operation warnings of one file into one finding per rule', async () => {
    const report = await check(
      connectorPackage((p) => {
        undefinedScheme(p);
        for (const item of Object.values(p.swagger.paths) as Array<Record<string, Record<string, unknown>>>) for (const op of Object.values(item)) delete op['x-ms-visibility'];
      }),
    );
    const [f, ...rest] = findingsOf(report, 'powerplatform.operation-visibility');
    expect(rest).toEqual([]);
    expect(f.message).toMatch(/^22 operations have no x-ms-visibility; set important, advanced or internal on each: GET \/orders, POST \/orders, /);
    expect(f.related).toHaveLength(21);
  });
});

describe('severity with evidence', () => {
  it('accepts "Privacy Policy" with a warning: 74 certified and independent-publisher connectors write it so', async () => {
    const report = await check(
      connectorPackage((p) => {
        const entry = (p.swagger['x-ms-connector-metadata'] as Array<{ propertyName: string }>).find((e) => e.propertyName === 'Privacy policy')!;
        entry.propertyName = 'Privacy Policy';
      }),
    );
    expect(findingsOf(report, 'powerplatform.metadata-present').map((f) => [f.severity, f.pointer])).toEqual([['warning', '/x-ms-connector-metadata/1/propertyName']]);
    expect(report.routes.every((r) => r.eligible)).toBe(true);
  });

  it('allows a file (string/binary) inside a response object, not inside a request body', async () => {
    const binary = { type: 'string', format: 'binary', 'x-ms-summary': 'Content', description: 'The file content.' };
    const inResponse = await check(connectorPackage((p) => (p.swagger.definitions.Order.properties.file = binary)));
    expect(findingsOf(inResponse, 'powerplatform.schema-types')).toEqual([]);
    const inRequest = await check(connectorPackage((p) => (p.swagger.definitions.NewOrder.properties.file = binary)));
    expect(findingsOf(inRequest, 'powerplatform.schema-types').map((f) => f.pointer)).toEqual(['/definitions/NewOrder/properties/file/format']);
  });

  it('keeps style advice (summary repeated as description) off the single-tenant route, as a notice', async () => {
    const edit = (p: ConnectorParts) => (p.swagger.paths['/orders'].get.description = 'List orders.');
    expect(findingsOf(await check(connectorPackage(edit), { audience: 'single-tenant' }), 'powerplatform.summary-not-description')).toEqual([]);
    expect(findingsOf(await check(connectorPackage(edit)), 'powerplatform.summary-not-description').map((f) => f.severity)).toEqual(['notice']);
  });
});

describe('Swagger 2.0 schema errors name the real cause', () => {
  it('reports a query parameter of type object as a wrong type, not as a body parameter or a $ref that is missing', async () => {
    const report = await check(connectorPackage((p) => (p.swagger.paths['/orders'].get.parameters[0].type = 'object')));
    expect(findingsOf(report, 'powerplatform.swagger-schema').map((f) => [f.pointer, f.message])).toEqual([
      [
        '/paths/~1orders/get/parameters/0/type',
        'Swagger 2.0 schema: paths["/orders"].get.parameters[0].type must be one of "string", "number", "boolean", "integer" or "array"; it is "object".',
      ],
    ]);
  });
});

describe('places in grouped messages', () => {
  it('names a schema by its operation, response or definition and property', async () => {
    const { schemaPlace } = await import('../../src/engine/rules/powerplatform/shared/schemas.js');
    expect(schemaPlace('/paths/~1boards/get/responses/200/schema/properties/data/items')).toBe('GET /boards, 200 response: data[]');
    expect(schemaPlace('/paths/~1domains/get/responses/200/schema/items')).toBe('GET /domains, 200 response: items');
    expect(schemaPlace('/definitions/Order/properties/id')).toBe('Order: id');
    expect(schemaPlace('/paths/~1x/post/parameters/0/schema')).toBe('POST /x, parameter 0');
  });
});
