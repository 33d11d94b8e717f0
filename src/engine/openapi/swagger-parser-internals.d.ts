// swagger-parser's spec checks, imported on their own (src/engine/openapi/spec-check.ts): the package ships no
// declaration for this file. CommonJS: module.exports = validateSpec.
declare module '@apidevtools/swagger-parser/lib/validators/spec.js' {
  /** Throws a SyntaxError ("Validation failed. …") at the first rule of the Swagger 2.0 specification broken. */
  const validateSpec: (api: unknown) => void;
  export default validateSpec;
}
declare module '@apidevtools/swagger-parser/lib/validators/schema.js' {
  /** Throws a SyntaxError with `details` (Ajv errors) when the API does not match its OpenAPI or Swagger schema. */
  const validateSchema: (api: unknown) => void;
  export default validateSchema;
}
