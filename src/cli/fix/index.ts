// --fix and --fix-dry-run, loaded only when asked for.
export { planRepositoryFixes, writeFixes, type RepositoryFixes } from './plan.js';
export { fixMessages } from './messages.js';
export { unifiedDiff } from './diff.js';
