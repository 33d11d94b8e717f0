// Every rule the engine runs, by family. Each family owns its folder and exports one array.
import type { Rule } from './rule.js';
import { packageRules } from './package/index.js';
import { teamsRules } from './teams/index.js';
import { copilotRules } from './copilot/index.js';
import { powerPlatformRules } from './powerplatform/index.js';
import { graphRules } from './graph/index.js';

export const allRules: readonly Rule[] = [...packageRules, ...teamsRules, ...copilotRules, ...powerPlatformRules, ...graphRules];

/** Metadata of rules that are not functions of a package (read problems, route facts). */
export { readProblemRules } from './package/read-problems.js';
