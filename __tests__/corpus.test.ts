// Every package of the shared real-world corpus, in one run: no crash, a well-formed report, a route per audience.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/engine/index.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from './helpers/corpus.js';
import { expectWellFormed } from './helpers/report-shape.js';

describe.skipIf(!HAS_CORPUS)('the real-world corpus', () => {
  it('gives every INDEX.csv entry a well-formed report with both routes', async () => {
    const entries = corpusIndex();
    const inputs = entries.map((e) => `${CORPUS_DIR}/${e.path}`);
    const { report, missing } = await checkPaths(inputs, { audience: 'both', toolVersion: 'test', cwd: CORPUS_DIR });
    expect(missing).toEqual([]);
    expectWellFormed(report);
    expect(report.packages).toHaveLength(entries.length);
    for (const [i, p] of report.packages.entries()) {
      const expected = entries[i].kind.startsWith('teams') ? 'teams-app' : 'power-platform-connector';
      expect({ path: p.path, kind: p.kind }).toEqual({ path: p.path, kind: expected });
      expect(p.routes.map((r) => r.audience)).toEqual(['single-tenant', 'multitenant']);
      // An internal error in a rule is reported as a warning with this text; none may happen on real input.
      expect(p.findings.filter((f) => f.message.startsWith('Internal error in rule'))).toEqual([]);
    }
  });
});
