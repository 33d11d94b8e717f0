// Public surface of the engine: what the CLI, the action and tests import.
export { checkPaths, checkTarget, checkView, buildReport, TOOL_NAME, type CheckOptions, type CheckResult } from './check.js';
export { resolveInputs, splitPaths, DEFAULT_PATTERNS } from './read/inputs.js';
export { loadAllRules, loadRulesFor, loadedRuleMeta, ruleExists, rulesFor, readProblemRules } from './rules/index.js';
export * from './types.js';
