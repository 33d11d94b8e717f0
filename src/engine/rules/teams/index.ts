// Teams app rules (manifest, icons, store text, Copilot extensions).
import type { Rule } from '../rule.js';
import { manifestSchema, manifestVersionKnown } from './schema.js';

export const teamsRules: readonly Rule[] = [manifestVersionKnown, manifestSchema];
