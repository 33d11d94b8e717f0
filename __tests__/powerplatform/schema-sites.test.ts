// Schema sites make their pointers only when read; what rules read of them without the pointer (its last tokens)
// must be what the pointer says, for any names, escapes and nesting.
import { describe, expect, it } from 'vitest';
import { schemasOf } from '../../src/engine/rules/powerplatform/shared/schemas.js';
import { resolvePointer } from '../../src/engine/json/pointer.js';
import { allRefs, refStrings } from '../../src/engine/rules/powerplatform/shared/refs.js';

const odd = {
  type: 'object',
  properties: {
    schema: { type: 'string' },
    definitions: { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } },
    '': { type: 'string' },
    'a/b~c': { type: 'object', properties: { definitions: { items: [{ type: 'string' }, { type: 'number' }] } } },
  },
  allOf: [{ type: 'object', properties: { x: { type: 'string' } } }],
};

const swagger = {
  swagger: '2.0',
  info: { title: 't', version: '1' },
  paths: { '/a/{b}': { post: { parameters: [{ name: 'body', in: 'body', schema: odd }], responses: { '200': { description: 'ok', schema: odd } } } } },
  definitions: { definitions: odd, 'x~y/z': odd },
  parameters: { shared: { name: 'p', in: 'body', schema: odd } },
  responses: { common: { description: 'c', schema: odd } },
};

describe('schema sites', () => {
  it('give the pointer of the schema they hold, and its last two tokens without making it', () => {
    const sites = schemasOf(swagger);
    expect(sites.length).toBeGreaterThan(60);
    // Read before any pointer is made, then checked against the pointers.
    const tokensRead = sites.map((s) => s.lastTokens());
    sites.forEach((site, i) => {
      const tokens = site.pointer.split('/');
      expect(tokensRead[i]).toEqual([tokens[tokens.length - 2], tokens[tokens.length - 1]]);
      expect(resolvePointer(swagger, site.pointer)).toBe(site.schema);
    });
  });
});

describe('references without their holders', () => {
  it('are the strings allRefs finds, in its order, with nothing made per object', () => {
    const doc = {
      ...swagger,
      definitions: {
        ...swagger.definitions,
        A: { $ref: '#/definitions/B', items: [{ $ref: '#/definitions/C' }, 3, null, { properties: { d: { $ref: 'other.json#/x' } } }] },
        B: { allOf: [{ $ref: '#/definitions/A' }, { $ref: 42 }], __proto__: { $ref: '#/definitions/proto' } },
      },
    };
    const parsed = JSON.parse(JSON.stringify(doc).replace('"B":{', '"B":{"__proto__":{"$ref":"#/definitions/own"},'));
    for (const value of [doc, parsed, parsed.definitions, [parsed, doc], 'text', null]) {
      expect(refStrings(value)).toEqual([...allRefs(value)].map((r) => r.ref));
    }
    expect(refStrings(parsed)).toContain('#/definitions/own');
    expect(refStrings(parsed).length).toBeGreaterThan(3);
  });
});
