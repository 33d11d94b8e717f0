// Fixes: computed here from JSON positions (edits.ts), placed on the repository sources (resolve.ts), and made as
// text (text.ts) by the CLI's --fix and the action's suggestions; nothing here writes a file.
export { editsFor, jsonTree, type JsonTree } from './edits.js';
export { packagedFix, retargetFixes } from './resolve.js';
export { applyEdits, lineChanges, lineStarts, overlaps, planFixes, type FixPlan, type LineChange } from './text.js';
