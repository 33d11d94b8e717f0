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
