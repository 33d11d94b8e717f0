import { describe, expect, it } from 'vitest';
import { check } from '../helpers/packages.js';
import { connectorPackage, ipConnectorPackage } from '../helpers/connector-packages.js';

describe('the valid connector', () => {
  it('has no finding at all and is eligible everywhere', async () => {
    const report = await check(connectorPackage());
    expect(report.kind).toBe('power-platform-connector');
    expect(report.findings).toEqual([]);
    expect(report.routes.map((r) => r.eligible)).toEqual([true, true]);
    expect(report.meta?.connectorClass).toBe('certified');
  });
  it('as an independent publisher connector, too', async () => {
    const report = await check(ipConnectorPackage());
    expect(report.findings).toEqual([]);
    expect(report.meta?.connectorClass).toBe('independent-publisher');
  });
});
