// Rule metadata by id, for renderers that name a rule (annotation titles, SARIF rules). Rule families load on
// demand, so this knows the rules of the kinds checked in this process (see loadRulesFor, called by the CLI and the
// action before rendering a report they did not produce, such as a merged one); an unknown id falls back to the id.
import { loadedRuleMeta } from '../engine/index.js';
import type { RuleMeta } from '../engine/types.js';

export function ruleMeta(id: string): RuleMeta | undefined {
  return loadedRuleMeta(id);
}
