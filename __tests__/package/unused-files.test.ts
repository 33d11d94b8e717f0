import { describe, expect, it } from 'vitest';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

describe("'package.unused-file'", () => {
  it('passes when the package holds only what the manifest uses', async () => {
    expect(findingsOf(await check(teamsPackage()), 'package.unused-file')).toEqual([]);
  });
  it('reports a file nothing references, for the multitenant audience only', async () => {
    const [f, ...rest] = findingsOf(await check(teamsPackage(validManifest(), { 'notes.txt': 'todo' })), 'package.unused-file');
    expect(rest).toEqual([]);
    expect(f.file).toBe('notes.txt');
    expect(f.severity).toBe('warning');
    expect(f.audiences).toEqual(['multitenant']);
  });
  it('follows manifest -> declarative agent -> plugin -> OpenAPI -> $ref, templates and $[file()]', async () => {
    const m = validManifest({ copilotAgents: { declarativeAgents: [{ id: 'da', file: 'agent/da.json' }] } });
    const files = {
      'agent/da.json': { version: 'v1.4', name: 'Orders', description: 'd', instructions: "$[file('instructions.md')]", actions: [{ id: 'p', file: 'plugin.json' }] },
      'agent/instructions.md': 'Be helpful.',
      'agent/plugin.json': {
        schema_version: 'v2.2',
        runtimes: [{ type: 'OpenApi', spec: { url: '../openapi/orders.yml' } }],
        functions: [{ name: 'list', capabilities: { response_semantics: { static_template: { file: 'cards/order.json' } } } }],
      },
      'agent/cards/order.json': { type: 'AdaptiveCard' },
      'openapi/orders.yml': "openapi: 3.0.1\npaths:\n  /orders:\n    get:\n      responses:\n        '200':\n          $ref: './shared.yml#/components/responses/ok'\n",
      'openapi/shared.yml': 'components: {}\n',
      'openapi/unused.yml': 'components: {}\n',
    };
    const found = findingsOf(await check(teamsPackage(m, files)), 'package.unused-file').map((f) => f.file);
    expect(found).toEqual(['openapi/unused.yml']);
  });
});
