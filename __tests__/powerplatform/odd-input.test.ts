// Rules never throw on odd input: any value in any place of the swagger or apiProperties gives findings, not a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../helpers/packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { powerPlatformRules } from '../../src/engine/rules/powerplatform/index.js';

// Places that rules read, replaced by arbitrary JSON.
const SWAGGER_PLACES = [
  [],
  ['info'],
  ['info', 'title'],
  ['info', 'contact'],
  ['paths'],
  ['paths', '/orders'],
  ['paths', '/orders', 'get'],
  ['paths', '/orders', 'get', 'parameters'],
  ['paths', '/orders', 'get', 'parameters', 0],
  ['paths', '/orders', 'get', 'responses'],
  ['paths', '/orders', 'post', 'parameters', 0, 'schema'],
  ['definitions'],
  ['definitions', 'Order', 'properties'],
  ['definitions', 'Order', 'required'],
  ['securityDefinitions'],
  ['security'],
  ['x-ms-connector-metadata'],
  ['x-ms-connector-metadata', 2, 'propertyValue'],
  ['x-ms-openai-data'],
  ['schemes'],
  ['host'],
  ['tags'],
] as const;
const PROPS_PLACES = [[], ['properties'], ['properties', 'connectionParameters'], ['properties', 'connectionParameters', 'api_key'], ['properties', 'policyTemplateInstances'], ['properties', 'scriptOperations'], ['properties', 'iconBrandColor'], ['properties', 'capabilities']] as const;

function put(root: any, path: readonly (string | number)[], value: unknown): any {
  if (path.length === 0) return value;
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return root;
    node = node[key as never];
  }
  if (node !== null && typeof node === 'object') node[path[path.length - 1] as never] = value as never;
  return root;
}

describe('odd input', () => {
  it('never makes a powerplatform rule fail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SWAGGER_PLACES),
        fc.constantFrom(...PROPS_PLACES),
        fc.jsonValue({ maxDepth: 3 }),
        fc.jsonValue({ maxDepth: 3 }),
        async (sPlace, pPlace, sValue, pValue) => {
          const record = connectorPackage((p) => {
            p.swagger = put(p.swagger, sPlace, sValue);
            p.props = put(p.props, pPlace, pValue);
          });
          const report = await check(record, { rules: powerPlatformRules });
          expect(report.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
        },
      ),
      { numRuns: 80, seed: 20261125 },
    );
  });

  it('survives hostile strings in text fields', async () => {
    const long = 'a'.repeat(50_000);
    const report = await check(
      connectorPackage((p) => {
        p.swagger.info.title = `${long}!`;
        p.swagger.info.description = `${'-'.repeat(20_000)}@${'.'.repeat(20_000)}`;
        p.swagger.host = `${'a-'.repeat(10_000)}:`;
        p.swagger.paths[`/${'{'.repeat(5_000)}`] = {};
        p.swagger.info.contact.email = `${'a'.repeat(300)}@${'b.'.repeat(5_000)}`;
        p.files['readme.md'] = `${'#'.repeat(10_000)} publisher ${' '.repeat(10_000)}x\n`;
        p.files['script.csx'] = `using ${'a.'.repeat(10_000)};`;
      }),
      { rules: powerPlatformRules },
    );
    expect(report.findings.filter((f) => f.message.startsWith('Internal error'))).toEqual([]);
    expect(report.findings.some((f) => f.ruleId === 'powerplatform.title-length')).toBe(true);
  });
});
