// Teams app rules: schema, manifest facts, icons, store text, domains, localization.
// (Copilot-specific rules — message extensions as plugins, agents, API plugins — live in ../copilot.)
import type { Rule } from '../rule.js';
import { manifestSchema, manifestVersionKnown } from './schema.js';
import { manifestRules } from './manifest.js';
import { iconRules } from './icons.js';
import { storeTextRules } from './store-text.js';
import { domainRules } from './domains.js';
import { localizationRules } from './localization.js';
import { capabilityRules } from './capabilities.js';

export const teamsRules: readonly Rule[] = [
  manifestVersionKnown,
  manifestSchema,
  ...manifestRules,
  ...iconRules,
  ...storeTextRules,
  ...domainRules,
  ...localizationRules,
  ...capabilityRules,
];
