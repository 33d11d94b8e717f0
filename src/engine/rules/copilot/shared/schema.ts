// Validation of agent and plugin files with Microsoft's schemas. The agent and plugin schemas restrict keys
// with `propertyNames` (not additionalProperties), where ajv reports the parent object; this points at the
// offending key instead, the way additionalProperties errors are reported.
import type { ErrorObject } from 'ajv';
import { escapeToken } from '../../../json/pointer.js';
import type { SchemaFamily } from '../../../schemas/catalog.js';
import { getValidator, toIssue, type SchemaIssue } from '../../../schemas/validate.js';

export function copilotSchemaIssues(family: SchemaFamily, version: string, value: unknown): SchemaIssue[] | undefined {
  const validate = getValidator(family, version);
  if (!validate) return undefined;
  if (validate(value)) return [];
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const e of validate.errors ?? []) {
    const issue = fromError(e);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function fromError(e: ErrorObject): SchemaIssue {
  const name = (e as ErrorObject & { propertyName?: string }).propertyName ?? (e.keyword === 'propertyNames' ? (e.params as { propertyName?: string }).propertyName : undefined);
  if (typeof name === 'string') {
    const where = e.instancePath === '' ? 'The document' : `"${e.instancePath}"`;
    return { pointer: `${e.instancePath}/${escapeToken(name)}`, message: `${where} has the property "${name}", which the schema does not allow.`, keyword: e.keyword, missing: false };
  }
  return toIssue(e);
}
