// Reusable reading of API descriptions (Swagger 2.0 and OpenAPI 3.x), offline.
//
//   loadApiDocument(pkg, file)   parse JSON or YAML once per package, with positions (locate(pointer))
//   draftAt(doc, pointer, msg)   a finding draft at a pointer, with line/column filled in for YAML
//   specVersion(value)           swagger 2.0 or openapi 3.x, and the version string
//   validateApiDocument(doc)     swagger-parser validation, external $refs stripped, never fetches
//   listOperations(value)        operations with pointers and merged parameters; operationsById
//   listExternalRefs(value)      $refs to other files or URLs, to report rather than follow
//   serverUrls(value)            base URLs (servers[] or schemes + host) with their pointers
export { loadApiDocument, parseYamlApi, draftAt, type ApiDocument } from './document.js';
export { isYamlName, loadYamlFor } from './yaml-library.js';
export { specVersion, isOpenApi30, type SpecVersion } from './version.js';
export { validateApiDocument, validateValue, MAX_ISSUES_PER_DOCUMENT, type ApiIssue } from './validate.js';
export {
  listOperations,
  operationsById,
  requestBodyProperties,
  serverUrls,
  HTTP_METHODS,
  type ApiOperation,
  type ApiParameter,
  type HttpMethod,
} from './operations.js';
export { listRefs, listExternalRefs, resolveLocalRef, deref, withoutExternalRefs, refKind, type RefSite } from './refs.js';
