// Graph (Copilot) connector rules: inside Teams apps (manifest graphConnector) and standalone definitions.
import type { Rule } from '../rule.js';
import { connectionRules } from './connection.js';
import { resolverRules } from './resolvers.js';
import { schemaFlagRules } from './schema-flags.js';
import { schemaLabelRules } from './schema-labels.js';
import { schemaPropertyRules } from './schema-properties.js';
import { teamsGraphRules } from './teams.js';
import { templateRulesList } from './templates.js';

export const graphRules: readonly Rule[] = [
  ...teamsGraphRules,
  ...connectionRules,
  ...resolverRules,
  ...templateRulesList,
  ...schemaPropertyRules,
  ...schemaFlagRules,
  ...schemaLabelRules,
];
