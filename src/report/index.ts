// Pure renderers from a Report to every output format.
export { renderText } from './text.js';
export { renderJson } from './json.js';
export { renderMarkdown, renderSummary, truncateMarkdown, sourceUrl, verdictMarkdown, type MarkdownOptions, type SourceLinks } from './markdown.js';
export { renderSarif, sarifLog } from './sarif.js';
export { routeCard } from './route-card.js';
export {
  toAnnotations,
  planAnnotations,
  omittedSentence,
  renderWorkflowCommands,
  ANNOTATIONS_PER_LEVEL,
  type Annotation,
  type AnnotationPlan,
} from './annotations.js';
export { fingerprintFindings, type FingerprintedFinding } from './fingerprint.js';
export { escapeMarkdown, neutralizeWorkflowCommands, codeSpan, cleanText } from './escape.js';
