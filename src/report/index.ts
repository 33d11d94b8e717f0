// Pure renderers from a Report to every output format. SARIF (./sarif.js) and finding fingerprints
// (./fingerprint.js) are imported from their own files where needed: they load node:crypto, which a run that
// writes no SARIF should not pay for at start-up.
export { renderText } from './text.js';
export { chunkText, JsonPieces, renderJson, renderJsonChunks, type Chunk } from './json.js';
export { renderMarkdown, renderSummary, truncateMarkdown, sourceUrl, verdictMarkdown, type MarkdownOptions, type SummaryOptions, type SourceLinks } from './markdown.js';
export { routeLines, publishingGuide } from './route-card.js';
export {
  toAnnotations,
  planAnnotations,
  omittedSentence,
  renderWorkflowCommands,
  ANNOTATIONS_PER_LEVEL,
  type Annotation,
  type AnnotationPlan,
} from './annotations.js';
export { countLine, plural, verdictOf, type Verdict } from './format.js';
export { escapeMarkdown, neutralizeWorkflowCommands, codeSpan, cleanText, logText, oneLine } from './escape.js';
export { suppressedLine, suppressedNote } from './suppressed.js';
export { fixCommand, fixesLine, fixesNote, type FixesNoteOptions } from './fixes.js';
