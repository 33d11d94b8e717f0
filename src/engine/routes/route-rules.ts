// Structural facts that block a route are reported like rules, so they have ids, docs and a place in docs/rules.md.
import type { RuleMeta } from '../types.js';
import { DOCS } from '../rules/docs-links.js';

export const ROUTE_RULES: readonly RuleMeta[] = [
  {
    id: 'route.standalone-graph-connector',
    title: 'Standalone Graph connectors cannot be published to every organisation',
    severity: 'error',
    audiences: ['multitenant'],
    kinds: ['graph-connector'],
    docs: DOCS.publishCopilot,
    description:
      'Partner Center accepts Graph connectors only inside Teams apps (manifest graphConnector) from verified publishers; a standalone connector is for one organisation.',
  },
];
