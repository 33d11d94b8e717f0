// Rule metadata by id, for renderers that name a rule (annotation titles, SARIF rules).
import { allRules, readProblemRules } from '../engine/index.js';
import { ROUTE_RULES } from '../engine/routes/route-rules.js';
import type { RuleMeta } from '../engine/types.js';

let byId: Map<string, RuleMeta> | undefined;

export function ruleMeta(id: string): RuleMeta | undefined {
  byId ??= new Map([...readProblemRules, ...allRules, ...ROUTE_RULES].map((r) => [r.id, r]));
  return byId.get(id);
}
