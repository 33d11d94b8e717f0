// Test support for the Copilot rules: run only them on an in-memory package, and a reference schema validator.
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { loadSchemaJson, schemaFile, type SchemaFamily } from '../../src/engine/schemas/catalog.js';
import { copilotRules } from '../../src/engine/rules/copilot/index.js';
import type { Finding } from '../../src/engine/types.js';
import { check, type FileRecord } from '../helpers/packages.js';

export async function ruleFindings(record: FileRecord, ruleId: string): Promise<Finding[]> {
  const report = await check(record, { rules: copilotRules });
  return report.findings.filter((f) => f.ruleId === ruleId);
}

export async function copilotFindings(record: FileRecord): Promise<Finding[]> {
  return (await check(record, { rules: copilotRules })).findings;
}

/**
 * Errors from an Ajv independent of the engine's (Microsoft's settings: draft-04, allErrors), each with the
 * pointer where it belongs: the value itself, or the missing or unknown key below it.
 */
export function referenceSchemaErrors(family: SchemaFamily, version: string, value: unknown): Array<{ pointer: string; error: ErrorObject }> {
  const rel = schemaFile(family, version);
  if (!rel) throw new Error(`no schema for ${family} ${version}`);
  const ajv = new Ajv04Module.default({ allErrors: true, strict: false, validateSchema: false });
  addFormatsModule.default(ajv as never, ['uri', 'email', 'regex', 'uuid']);
  const schema = loadSchemaJson(rel);
  delete schema.$id;
  delete schema.id;
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => ({ pointer: expectedPointer(error), error }));
}

function expectedPointer(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const name = (e as ErrorObject & { propertyName?: string }).propertyName ?? (p.propertyName as string | undefined);
  const child = e.keyword === 'required' ? p.missingProperty : e.keyword === 'additionalProperties' ? p.additionalProperty : name;
  return typeof child === 'string' ? `${e.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath;
}

/** The rules that report schema errors of agent and plugin files (instructions length and MCP runtimes have their own rules). */
export const SCHEMA_RULES = ['copilot.da-schema', 'copilot.plugin-schema', 'copilot.da-instructions-length', 'copilot.plugin-mcp-runtime'];

/**
 * What the engine must report of the reference errors: every error outside a failed oneOf/anyOf as is, and for
 * each failed oneOf/anyOf at least one finding at or below it (the engine keeps the errors of the branch the
 * value was meant for, not those of every branch: src/engine/schemas/explain.ts).
 */
export function expectSchemaParity(ours: readonly string[], reference: ReadonlyArray<{ pointer: string; error: ErrorObject }>): void {
  const choices = [...new Set(reference.filter((r) => r.error.keyword === 'oneOf' || r.error.keyword === 'anyOf').map((r) => r.error.instancePath))];
  const under = (p: string, at: string) => p === at || p.startsWith(`${at}/`);
  for (const { pointer, error } of reference) {
    // An "if" failure is reported through the errors of its "then" or "else".
    if (error.keyword === 'if' || choices.some((c) => under(error.instancePath, c))) continue;
    if (!ours.includes(pointer)) throw new Error(`not reported: ${error.instancePath} ${error.message} (${pointer}); reported: ${ours.join(', ')}`);
  }
  for (const c of choices) {
    if (!ours.some((p) => under(p, c))) throw new Error(`nothing reported at or below ${c}, where a oneOf/anyOf fails; reported: ${ours.join(', ')}`);
  }
}
