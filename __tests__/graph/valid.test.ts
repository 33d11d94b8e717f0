// The builders are the passing fixture of every graph rule: they must produce no graph finding at all.
import { describe, expect, it } from 'vitest';
import { check } from '../helpers/packages.js';
import { checkGraph, graphConnectorTeamsPackage, graphPackage, validConnection, validSchema } from '../helpers/graph-packages.js';

describe('valid Graph connector fixtures', () => {
  it('a standalone definition (connection with inline schema) has no graph findings', async () => {
    const report = await checkGraph(graphPackage());
    expect(report.kind).toBe('graph-connector');
    expect(report.findings).toEqual([]);
  });

  it('a definition split into connection.json and schema.json in one folder is paired', async () => {
    const report = await checkGraph({ 'connector/connection.json': validConnection(), 'connector/schema.json': validSchema() });
    expect(report.kind).toBe('graph-connector');
    expect(report.findings).toEqual([]);
  });

  it('a Teams app with a Graph connector has no graph findings but the store-guidance notice, and lists the capability', async () => {
    const report = await checkGraph(graphConnectorTeamsPackage());
    expect(report.kind).toBe('teams-app');
    expect(report.capabilities).toContain('graph-connector');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['graph.teams-store-guidance-conflict']);
  });

  it('the Teams app with a Graph connector has no error from any family', async () => {
    const report = await check(graphConnectorTeamsPackage());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
