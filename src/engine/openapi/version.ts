// Which specification an API description follows: Swagger 2.0 or OpenAPI 3.x.
import { asRecord, asString } from '../util/values.js';

export interface SpecVersion {
  family: 'swagger' | 'openapi';
  /** The version string as written ("2.0", "3.0.1", "3.1.0"). */
  version: string;
  /** The pointer of the version field ("/swagger" or "/openapi"). */
  pointer: string;
}

export function specVersion(value: unknown): SpecVersion | undefined {
  const root = asRecord(value);
  if (!root) return undefined;
  const openapi = asString(root.openapi);
  if (openapi) return { family: 'openapi', version: openapi, pointer: '/openapi' };
  const swagger = asString(root.swagger) ?? (typeof root.swagger === 'number' ? String(root.swagger) : undefined);
  if (swagger) return { family: 'swagger', version: swagger, pointer: '/swagger' };
  return undefined;
}

/** True for OpenAPI 3.0.x, the version Copilot's API tooling documents. */
export function isOpenApi30(v: SpecVersion | undefined): boolean {
  return v?.family === 'openapi' && /^3\.0(\.\d+)?$/.test(v.version);
}
