// Source mapping: findings inside a package point at the repository files the package was built from.
export { builtSources, createSourceFinder, type SourceFile, type SourceFinder, type SourceFinderOptions, type SourceFiles } from './finder.js';
export { attachSources, sourceDocs, type SourceDocs } from './attach.js';
export { matchTemplate, hasPlaceholder } from './template.js';
export { builtFrom } from './origin.js';
