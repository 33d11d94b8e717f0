// Point 4 of the 2025–2026 update: a clean connector with dynamic values and a dynamic schema, and the defects that
// break one at certification or at run time (dynamic references to missing operations, dynamic extensions on a
// body parameter, host with a scheme or no host at all, the forbidden brand colours).
import { describe, expect, it } from 'vitest';
import { check, findingsOf } from '../helpers/packages.js';
import { connectorPackage, dynamicSchemaConnectorPackage } from '../helpers/connector-packages.js';

const body = (p: any) => p.swagger.paths['/orders'].post.parameters[1];

describe('the clean connector with a dynamic schema', () => {
  it('gets no error or warning from any rule and is ready for both routes', async () => {
    const report = await check(dynamicSchemaConnectorPackage());
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.routes.every((r) => r.eligible)).toBe(true);
  });
});

describe("'powerplatform.dynamic-references'", () => {
  it('rejects a dynamic schema or dynamic values that call an operation the definition does not have', async () => {
    const report = await check(
      dynamicSchemaConnectorPackage((p) => {
        body(p).schema['x-ms-dynamic-schema'].operationId = 'GetOrderSchemaV2';
        p.swagger.paths['/orders'].post.parameters[0]['x-ms-dynamic-values'].operationId = 'ListTypes';
      }),
    );
    const found = findingsOf(report, 'powerplatform.dynamic-references');
    expect(found.map((f) => [f.pointer, f.severity]).sort()).toEqual([
      ['/paths/~1orders/post/parameters/0/x-ms-dynamic-values/operationId', 'error'],
      ['/paths/~1orders/post/parameters/1/schema/x-ms-dynamic-schema/operationId', 'error'],
    ]);
  });
  it('rejects a dynamic schema set on the body parameter itself rather than on its schema', async () => {
    const report = await check(
      dynamicSchemaConnectorPackage((p) => {
        const b = body(p);
        b['x-ms-dynamic-schema'] = b.schema['x-ms-dynamic-schema'];
        delete b.schema['x-ms-dynamic-schema'];
      }),
    );
    expect(findingsOf(report, 'powerplatform.dynamic-references').map((f) => [f.pointer, f.severity])).toEqual([['/paths/~1orders/post/parameters/1/x-ms-dynamic-schema', 'error']]);
  });
});

describe('host', () => {
  it("rejects a host with a scheme ('powerplatform.host') and warns on a definition without one ('powerplatform.host-missing')", async () => {
    const scheme = await check(dynamicSchemaConnectorPackage((p) => (p.swagger.host = 'https://orders.contoso.com')));
    expect(findingsOf(scheme, 'powerplatform.host').map((f) => [f.pointer, f.severity, f.audiences])).toEqual([['/host', 'error', ['single-tenant', 'multitenant']]]);
    const none = await check(dynamicSchemaConnectorPackage((p) => delete p.swagger.host));
    expect(findingsOf(none, 'powerplatform.host-missing').map((f) => [f.pointer, f.severity, f.audiences])).toEqual([['', 'warning', ['single-tenant', 'multitenant']]]);
  });
  it('does not ask for a host when a dynamichosturl policy sets it per connection', async () => {
    const report = await check(
      connectorPackage((p) => {
        delete p.swagger.host;
        p.props.properties.policyTemplateInstances = [
          { templateId: 'dynamichosturl', title: 'Set host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://@connectionParameters(\'region\').contoso.com' } },
        ];
      }),
    );
    expect(findingsOf(report, 'powerplatform.host-missing')).toEqual([]);
  });
});

describe("'powerplatform.brand-color-forbidden'", () => {
  it('is an error for certification and a warning for one organisation', async () => {
    for (const colour of ['#007ee5', '#FFFFFF']) {
      const found = findingsOf(await check(dynamicSchemaConnectorPackage((p) => (p.props.properties.iconBrandColor = colour))), 'powerplatform.brand-color-forbidden');
      expect(found.map((f) => [f.severity, f.audiences])).toEqual([
        ['error', ['multitenant']],
        ['warning', ['single-tenant']],
      ]);
    }
  });
  it('passes a brand colour of its own', async () => {
    expect(findingsOf(await check(dynamicSchemaConnectorPackage()), 'powerplatform.brand-color-forbidden')).toEqual([]);
  });
});
