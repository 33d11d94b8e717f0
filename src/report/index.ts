// Pure renderers from a Report to every output format.
export { renderText } from './text.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { routeCard } from './route-card.js';
export { toAnnotations, renderWorkflowCommands, type Annotation } from './annotations.js';
export { escapeMarkdown, neutralizeWorkflowCommands, codeSpan } from './escape.js';
