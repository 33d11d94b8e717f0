// A Graph connector definition split across connection.json and schema.json in one folder is read as one package.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, resolveInputs } from '../../src/engine/index.js';
import { validConnection, validSchema } from '../helpers/graph-packages.js';

function tree(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-split-'));
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  }
  return dir;
}

describe('split Graph connector folders', () => {
  it('reads a connection file and a schema file alone in a folder as one package', async () => {
    const dir = tree({ 'connectors/hr/connection.json': validConnection(), 'connectors/hr/schema.json': validSchema() });
    const { targets } = await resolveInputs(['connectors'], dir);
    expect(targets.map((t) => [t.display, t.type])).toEqual([['connectors/hr', 'folder']]);
    const { report } = await checkPaths(['connectors'], { audience: 'single-tenant', toolVersion: 't', cwd: dir });
    expect(report.packages.map((p) => p.kind)).toEqual(['graph-connector']);
    expect(report.packages[0].findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Checked together, the schema's Copilot labels are seen with the connection: no "no schema" style gaps.
    expect(report.packages[0].routes[0].eligible).toBe(true);
  });

  it('keeps files apart when the folder is not a clean split (two connections)', async () => {
    const dir = tree({ 'c/a.json': validConnection(), 'c/b.json': validConnection({ id: 'otherconn' }) });
    const { targets } = await resolveInputs(['c'], dir);
    expect(targets.map((t) => t.display)).toEqual(['c/a.json', 'c/b.json']);
  });
});
