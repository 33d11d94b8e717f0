// The example connectors in examples/connectors: one that passes everything, one that breaks many rules at once.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';

async function report(path: string) {
  const { report } = await checkPaths([path], { audience: 'both', toolVersion: 'test', cwd: process.cwd() });
  return report.packages[0];
}

describe('example connectors', () => {
  it('contoso-orders is clean and eligible for both routes', async () => {
    const r = await report('examples/connectors/contoso-orders');
    expect(r.kind).toBe('power-platform-connector');
    expect(r.meta).toMatchObject({ connectorClass: 'certified', name: 'Contoso Orders', version: '1.0.0' });
    expect(r.findings).toEqual([]);
    expect(r.routes.every((route) => route.eligible)).toBe(true);
  });

  it('broken-contoso-tickets reports its defects at their lines', async () => {
    const r = await report('examples/connectors/broken-contoso-tickets');
    const ids = new Set(r.findings.map((f) => f.ruleId));
    for (const id of [
      'powerplatform.file-readme',
      'powerplatform.title-words',
      'powerplatform.title-length',
      'powerplatform.description-length',
      'powerplatform.description-words',
      'powerplatform.contact',
      'powerplatform.contact-format',
      'powerplatform.host',
      'powerplatform.base-path',
      'powerplatform.schemes',
      'powerplatform.operation-id-unique',
      'powerplatform.operation-id-format',
      'powerplatform.get-body',
      'powerplatform.reserved-parameter',
      'powerplatform.query-parameter-encoding',
      'powerplatform.parameter-default-type',
      'powerplatform.path-parameter-encoding',
      'powerplatform.default-response-schema',
      'powerplatform.response-schema',
      'powerplatform.swagger-refs',
      'powerplatform.schema-array-items',
      'powerplatform.schema-required',
      'powerplatform.schema-enum',
      'powerplatform.schema-empty',
      'powerplatform.security-defined',
      'powerplatform.metadata-present',
      'powerplatform.metadata-urls',
      'powerplatform.metadata-categories',
      'powerplatform.metadata-category-count',
      'powerplatform.oauth-redirect-mode',
      'powerplatform.oauth-client-placeholder',
      'powerplatform.connection-parameters',
      'powerplatform.brand-color-forbidden',
      'powerplatform.script-operations',
      'powerplatform.policy-templates',
      'powerplatform.icon-size',
      'powerplatform.icon-background',
    ]) {
      expect(ids, id).toContain(id);
    }
    const host = r.findings.find((f) => f.ruleId === 'powerplatform.host')!;
    expect([host.file, host.pointer, host.line]).toEqual(['apiDefinition.swagger.json', '/host', 9]);
    expect(r.routes.every((route) => !route.eligible)).toBe(true);
  });
});
