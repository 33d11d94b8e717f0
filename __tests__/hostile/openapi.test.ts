// Hostile API descriptions: cyclic $refs, $refs to URLs and to files outside the package (reported, never
// followed: any network or file access fails the test), YAML alias bombs, huge and deeply nested YAML.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agentPackage, openApiYaml } from '../helpers/copilot-packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { guardFiles, type FsGuard } from './support/fs-guard.js';
import { CaseTable } from './support/measure.js';
import { guardNetwork, type NetworkGuard } from './support/network-guard.js';
import { asBytes, READ_PROBLEM_IDS, runCase, warmUp, Workspace, yazlZip, type CaseOutcome } from './support/run.js';

const ws = new Workspace();
const table = new CaseTable('openapi');
const MEMORY_BOUND_MIB = 150;
let net: NetworkGuard;
let files: FsGuard;

beforeAll(async () => {
  await warmUp(ws);
});
afterAll(() => {
  table.write();
  ws.cleanup();
});
beforeEach(() => {
  net = guardNetwork();
  files = guardFiles(/etc\/passwd|secret-outside/);
});
afterEach(() => {
  net.restore();
  files.restore();
});

function expectRunWentOn(o: CaseOutcome): void {
  expect(net.attempts).toEqual([]);
  expect(files.attempts).toEqual([]);
  expect(o.report.packages).toHaveLength(2);
  expect(o.good.kind).toBe('teams-app');
  expect(o.good.findings.filter((f) => READ_PROBLEM_IDS.test(f.ruleId))).toEqual([]);
  expect(o.bad.findings.filter((f) => /^Internal error/.test(f.message)), JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.message]))).toEqual([]);
  expect(o.peakMiB).toBeLessThan(MEMORY_BOUND_MIB);
}

function findings(o: CaseOutcome, ruleId: string) {
  const found = o.bad.findings.filter((f) => f.ruleId === ruleId);
  expect(found, JSON.stringify(o.bad.findings.map((f) => [f.ruleId, f.message]))).not.toHaveLength(0);
  return found;
}

async function agentWithSpec(file: string, spec: string): Promise<string> {
  return ws.write(file, await yazlZip(asBytes(agentPackage({ files: { 'openapi.yaml': spec } }))));
}

const CYCLE = `
    A:
      type: object
      properties:
        b:
          $ref: '#/components/schemas/B'
    B:
      type: object
      properties:
        a:
          $ref: '#/components/schemas/A'
    Self:
      $ref: '#/components/schemas/Self'
    Loop1:
      $ref: '#/components/schemas/Loop2'
    Loop2:
      $ref: '#/components/schemas/Loop1'
    Root:
      $ref: '#'
`;

describe('the network guard itself', () => {
  it('records and refuses fetch and sockets', async () => {
    await expect(fetch('https://example.com/')).rejects.toThrow(/network access attempted/);
    const { connect } = await import('node:net');
    expect(() => connect(443, 'example.com')).toThrow(/network access attempted/);
    expect(net.attempts).toHaveLength(2);
    net.attempts.length = 0;
  });
});

describe('OpenAPI $refs', () => {
  it('cyclic and self-referencing $refs end, with findings where they are invalid', async () => {
    const spec = openApiYaml({ schemaRef: '#/components/schemas/Loop1' }) + CYCLE;
    const o = await runCase(ws, 'OpenAPI with cyclic $refs (A↔B, Self, Loop1↔Loop2, #)', await agentWithSpec('cyclic.zip', spec), table);
    expect(o.bad.kind).toBe('teams-app');
    expectRunWentOn(o);
  });

  it('$refs to URLs and to files outside the package are reported, never fetched or read', async () => {
    const spec =
      openApiYaml({ schemaRef: 'https://evil.example.com/schemas/order.json' }) +
      `
    Meta:
      $ref: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'
    Passwd:
      $ref: 'file:///etc/passwd'
    Relative:
      $ref: '../../../../../../etc/passwd#/x'
    Absolute:
      $ref: '/etc/passwd'
    Outside:
      $ref: '../secret-outside.json'
`;
    const o = await runCase(ws, 'OpenAPI with remote and file $refs', await agentWithSpec('remote.zip', spec), table);
    const external = findings(o, 'copilot.openapi-external-ref');
    expect(external.length).toBeGreaterThanOrEqual(5);
    expect(external.map((f) => f.message).join('\n')).toMatch(/evil\.example\.com/);
    expectRunWentOn(o);
  });

  it('a Power Platform connector with cyclic and remote $refs is checked offline', async () => {
    const record = connectorPackage((p) => {
      p.swagger.definitions = {
        ...(p.swagger.definitions ?? {}),
        A: { type: 'object', properties: { b: { $ref: '#/definitions/B' } } },
        B: { type: 'object', properties: { a: { $ref: '#/definitions/A' } } },
        Self: { $ref: '#/definitions/Self' },
        Remote: { $ref: 'https://evil.example.com/definitions.json#/Order' },
        Passwd: { $ref: 'file:///etc/passwd' },
      };
    });
    const o = await runCase(ws, 'connector swagger with cyclic and remote $refs', ws.write('connector-refs.zip', await yazlZip(asBytes(record))), table);
    expect(o.bad.kind).toBe('power-platform-connector');
    expect(o.bad.findings.some((f) => /evil\.example\.com|external|outside/i.test(f.message))).toBe(true);
    expectRunWentOn(o);
  });
});

describe('YAML bombs', () => {
  it('an alias bomb ("billion laughs") is not expanded', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
    }
    const spec = openApiYaml().replace('components:\n', `x-bomb:\n${levels.map((l) => '  ' + l).join('\n')}\ncomponents:\n`);
    const o = await runCase(ws, 'OpenAPI YAML alias bomb (9^10 nodes)', await agentWithSpec('yaml-bomb.zip', spec), table);
    findings(o, 'copilot.openapi-parse');
    expectRunWentOn(o);
  });

  it('YAML nested 100,000 levels deep gives a finding, not a stack overflow', async () => {
    const spec = openApiYaml().replace('components:\n', `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\ncomponents:\n`);
    const o = await runCase(ws, 'OpenAPI YAML nested 100,000 levels (flow)', await agentWithSpec('yaml-deep.zip', spec), table);
    expect(findings(o, 'copilot.openapi-parse')[0].message).toMatch(/nests collections more than \d+ levels deep/);
    expectRunWentOn(o);
  });

  it('a 10 MiB YAML description is refused before parsing', async () => {
    const filler = Array.from({ length: 200_000 }, (_, i) => `  k${i}: value number ${i} with some padding text`).join('\n');
    const spec = openApiYaml().replace('components:\n', `x-filler:\n${filler}\ncomponents:\n`);
    const o = await runCase(ws, `OpenAPI YAML of ${(spec.length / 1048576).toFixed(0)} MiB`, await agentWithSpec('yaml-huge.zip', spec), table);
    expect(findings(o, 'copilot.openapi-parse')[0].message).toMatch(/characters long, and YAML over \d+ characters is not read/);
    expectRunWentOn(o);
  });
});
