// Every report the shared real-world corpus gives, held byte-for-byte: speed work (pools, streaming, bounded
// validation) must not change a single finding, route or position. A change on purpose updates the file with
// `npx vitest run __tests__/corpus-snapshot.test.ts -u`, and its diff shows what changed.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/engine/index.js';
import type { PackageReport } from '../src/engine/types.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from './helpers/corpus.js';
import { snapshotText } from './helpers/stable-report.js';

describe.skipIf(!HAS_CORPUS)('the corpus reports, byte for byte', () => {
  for (const family of ['connectors', 'teams'] as const) {
    it(`holds every report of ../shared/corpus/${family}`, async () => {
      const inputs = corpusIndex().filter((e) => e.path.startsWith(`${family}/`)).map((e) => e.path);
      // The edges make the JSON report's pieces when told a package is checked: its report must not change after.
      const told = new Map<string, string>();
      const checked = (p: PackageReport) => {
        expect(told.has(p.path)).toBe(false);
        told.set(p.path, JSON.stringify(p));
      };
      const { report, missing } = await checkPaths(inputs, { audience: 'both', toolVersion: 'test', cwd: CORPUS_DIR, checked });
      expect(missing).toEqual([]);
      expect(report.packages.map((p) => told.get(p.path))).toEqual(report.packages.map((p) => JSON.stringify(p)));
      await expect(snapshotText(report.packages)).toMatchFileSnapshot(`__snapshots__/corpus-${family}.txt`);
    });
  }
});
