// The OpenAPI documents that API plugins and API-based message extensions name: they parse, they are valid
// OpenAPI or Swagger, and they reference nothing outside themselves (never fetched, only reported).
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { draftAt, listExternalRefs, listOperations, specVersion, validateApiDocument } from '../../openapi/index.js';
import type { FindingDraft } from '../../types.js';
import { allSpecs } from './shared/files.js';

export const openApiParses = defineRule({
  id: 'copilot.openapi-parse',
  title: 'The OpenAPI document parses as YAML',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.openApiForCopilot,
  description: 'A YAML OpenAPI document that does not parse gives the plugin or message extension no operations. (JSON documents are covered by package.json-parse.)',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const { doc } of allSpecs(pkg, manifest.value)) {
      if (doc.format === 'yaml' && doc.error) {
        yield { file: doc.file, line: doc.error.line, column: doc.error.column, message: `${doc.file} is not valid YAML: ${doc.error.message}.` };
      }
    }
  },
});

export const openApiValid = defineRule({
  id: 'copilot.openapi-valid',
  title: 'The OpenAPI document is a valid OpenAPI 3 or Swagger 2.0 description',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.openApiForCopilot,
  description:
    "Checked offline with @apidevtools/swagger-parser (schema and local references), the validator the Agents Toolkit's spec parser also uses before it generates or packages a plugin, plus unique operationIds, which Copilot uses as function and command names. External references are left to copilot.openapi-external-ref.",
  async check({ pkg, manifest }) {
    if (!manifest) return [];
    const drafts: FindingDraft[] = [];
    for (const { doc } of allSpecs(pkg, manifest.value)) {
      if (!doc.ok) continue;
      if (!specVersion(doc.value)) {
        drafts.push(draftAt(doc, '', `${doc.file} has neither an "openapi" nor a "swagger" version field, so it is not an OpenAPI description.`));
        continue;
      }
      for (const issue of await validateApiDocument(doc)) drafts.push(draftAt(doc, issue.pointer, issue.message, issue.severity ? { severity: issue.severity } : {}));
      const seen = new Map<string, string>();
      for (const op of listOperations(doc.value)) {
        if (!op.operationId) continue;
        const first = seen.get(op.operationId);
        if (first) drafts.push(draftAt(doc, `${op.pointer}/operationId`, `operationId "${op.operationId}" is used again (first at ${first}); operationIds must be unique.`));
        else seen.set(op.operationId, `${op.method.toUpperCase()} ${op.path}`);
      }
    }
    return drafts;
  },
});

export const openApiExternalRefs = defineRule({
  id: 'copilot.openapi-external-ref',
  title: 'The OpenAPI document references nothing outside itself',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description:
    'Remote and cross-file $ref are not supported for API-based message extensions, and the toolkit\'s spec parser refuses them for plugins too: only the one document is packaged and read. They are reported here and never fetched.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const { doc } of allSpecs(pkg, manifest.value)) {
      if (!doc.ok) continue;
      for (const site of listExternalRefs(doc.value)) {
        yield draftAt(doc, site.pointer, `$ref "${site.ref}" points ${site.kind === 'url' ? 'to a remote URL' : 'to another file'}; inline the definition under components (or definitions) and use a local "#/…" reference.`);
      }
    }
  },
});
