// Rules of this family; see ../../../../docs/rules.md.
import type { Rule } from '../rule.js';

export const graphRules: readonly Rule[] = [];
