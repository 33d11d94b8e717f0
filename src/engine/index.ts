// Public surface of the engine: what the CLI, the action and tests import.
export { checkPaths, checkTarget, checkView, buildReport, TOOL_NAME, type BuiltPackage, type CheckOptions, type CheckResult, type SelectContext, type TargetSelector } from './check.js';
export { DEFAULT_ENVIRONMENT, isEnvironmentName } from './read/toolkit/project.js';
export { resolveInputs, splitPaths, DEFAULT_PATTERNS, type Target, type SkippedInput } from './read/inputs.js';
export { loadAllRules, loadRulesFor, loadedRuleMeta, ruleExists, rulesFor, readProblemRules } from './rules/index.js';
export * from './types.js';
export { isPoolWorker, runPoolWorker, type PoolWorkerSetup } from './pool/worker.js';
export type { PoolOptions } from './pool/pool.js';
