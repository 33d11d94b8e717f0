// `--format sarif` from the CLI: the same renderer, valid against the SARIF 2.1.0 schema, on source lines.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);

describe('copilot-publish-check --format sarif', () => {
  it('prints valid SARIF with results on the package files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpc-sarif-'));
    for (const [name, content] of Object.entries(teamsPackage(validManifest({ id: 'nope' })))) {
      const path = join(dir, 'app', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content instanceof Uint8Array ? content : String(content));
    }
    let out = '';
    const code = await runCli(['app', '--format', 'sarif'], { cwd: dir, stdout: (t) => (out += t), stderr: () => undefined });
    expect(code).toBe(1);
    const log = JSON.parse(out);
    expect(ajv.validate(schema, log)).toBe(true);
    const error = log.runs[0].results.find((r: { level: string }) => r.level === 'error');
    expect(error.locations[0].physicalLocation.artifactLocation.uri).toBe('app/manifest.json');
    expect(error.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });
});
