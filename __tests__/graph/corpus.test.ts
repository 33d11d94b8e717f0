// The three Graph-connector Teams packages of the shared corpus: the RAW one fails on its placeholder ids and
// notificationUrl; the two built ones get no graph error (and the only graph finding is the store-guidance notice).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/check.js';
import { CORPUS_DIR, HAS_CORPUS, corpusIndex } from '../helpers/corpus.js';

const check = async (name: string) => {
  const { report } = await checkPaths([resolve(CORPUS_DIR, 'teams', name)], { audience: 'both', toolVersion: 'test', cwd: process.cwd() });
  return report.packages[0];
};
const graphFindings = (p: Awaited<ReturnType<typeof check>>) => p.findings.filter((f) => f.ruleId.startsWith('graph.'));

describe.skipIf(!HAS_CORPUS)('Graph connector packages of the corpus', () => {
  it('the index lists exactly these three teams-graph-connector packages', () => {
    const names = corpusIndex().filter((e) => e.kind === 'teams-graph-connector').map((e) => e.path);
    expect(names.sort()).toEqual(['teams/gc-food-catalog-early-RAW.zip', 'teams/gc-food-catalog.zip', 'teams/gc-learn-catalog-committed-zip.zip']);
  });

  it.each(['gc-food-catalog.zip', 'gc-learn-catalog-committed-zip.zip'])('%s: graph-connector capability, no graph error', async (name) => {
    const p = await check(name);
    expect(p.kind).toBe('teams-app');
    expect(p.capabilities).toContain('graph-connector');
    expect(graphFindings(p).map((f) => [f.ruleId, f.severity])).toEqual([['graph.teams-store-guidance-conflict', 'notice']]);
  });

  it('gc-food-catalog-early-RAW.zip: the placeholder webApplicationInfo.id and notificationUrl are errors on their lines', async () => {
    const p = await check('gc-food-catalog-early-RAW.zip');
    // Three rules see each value (the schema, the Graph rule, the placeholder rule): one finding each, an error,
    // in the placeholder rule's words (the cause).
    const at = (pointer: string) => p.findings.filter((f) => f.pointer === pointer);
    for (const [pointer, line, words] of [
      ['/webApplicationInfo/id', 30, '${{AAD_APP_CLIENT_ID}}'],
      ['/graphConnector/notificationUrl', 34, '${{NOTIFICATION_ENDPOINT}}'],
    ] as const) {
      expect(at(pointer).map((f) => [f.ruleId, f.severity, f.line])).toEqual([['package.unresolved-placeholder-functional', 'error', line]]);
      expect(at(pointer)[0].message).toContain(words);
    }
    expect(p.routes.map((r) => r.eligible)).toEqual([false, false]);
  });
});
