// The configuration file's JSON schema, the one that ships at the package root for editors. The bundle carries its
// validator compiled ahead of time (scripts/compile-schemas.mjs), so a run with a configuration file does not load
// Ajv's compiler; from the sources it is compiled on first use. Either way only runs that have a file pay.
import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import schema from '../../copilot-publish-check.schema.json' with { type: 'json' };
import { CONFIG_AJV_OPTIONS, CONFIG_COMPILED } from '../engine/schemas/ajv-setup.mjs';
import { schemaRootDir } from '../engine/schemas/catalog.js';
import { loadCompiledValidator } from '../engine/schemas/validate.js';

export const CONFIG_SCHEMA: Readonly<Record<string, unknown>> = schema;

let validator: Promise<ValidateFunction> | undefined;

export function configValidator(): Promise<ValidateFunction> {
  if (!validator) {
    const file = join(schemaRootDir(), CONFIG_COMPILED);
    validator = existsSync(file)
      ? Promise.resolve(loadCompiledValidator(readFileSync(file, 'utf8'), file))
      : // CommonJS with a `default` export; under NodeNext the namespace arrives wrapped.
        import('ajv').then((ajv) => new ajv.default.default({ ...CONFIG_AJV_OPTIONS }).compile(schema));
  }
  return validator;
}
