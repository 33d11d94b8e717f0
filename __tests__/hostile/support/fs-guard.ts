// Records every attempt to read a file whose path matches a pattern (for example "/etc/passwd"), through the
// fs entry points a $ref resolver or a library could use, so a test can assert nothing outside the package was read.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

export interface FsGuard {
  readonly attempts: string[];
  restore(): void;
}

export function guardFiles(pattern: RegExp): FsGuard {
  const attempts: string[] = [];
  const saved: Array<[object, string, unknown]> = [];
  const wrap = (obj: object, key: string) => {
    const record = obj as Record<string, unknown>;
    const original = record[key] as (...args: unknown[]) => unknown;
    saved.push([obj, key, original]);
    record[key] = function guarded(this: unknown, ...args: unknown[]) {
      const target = args[0];
      const path = typeof target === 'string' ? target : target instanceof URL ? target.pathname : Buffer.isBuffer(target) ? target.toString() : '';
      if (pattern.test(path)) {
        attempts.push(`${key} ${path}`);
        throw new Error(`file outside the package read in a test: ${path}`);
      }
      return original.apply(this, args);
    };
  };
  for (const key of ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream', 'existsSync', 'statSync', 'stat']) wrap(fs, key);
  for (const key of ['readFile', 'open', 'stat']) wrap(fs.promises, key);
  syncBuiltinESMExports();
  return {
    attempts,
    restore() {
      for (const [obj, key, value] of saved) (obj as Record<string, unknown>)[key] = value;
      syncBuiltinESMExports();
    },
  };
}
