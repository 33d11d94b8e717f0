// HELPER NOTE (remove when done): several helpers share this working tree. Before any commit or npm install,
// read /work/helper-common.md (commit only your own paths under flock; never git add -A, stash or reset).
// Teams app rules (manifest, icons, store text, Copilot extensions).
import type { Rule } from '../rule.js';
import { manifestSchema, manifestVersionKnown } from './schema.js';

export const teamsRules: readonly Rule[] = [manifestVersionKnown, manifestSchema];
