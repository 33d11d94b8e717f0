// Which packaged files are text, and a walk over every string in a parsed JSON or YAML value.
import { pointer } from '../../../json/pointer.js';
import type { PackageView } from '../../../read/package-view.js';

const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|bmp|ico|webp|tiff?|pdf|zip|gz|7z|rar|exe|dll|wasm|woff2?|ttf|otf|eot|mp[34]|wav|mov|avi|docx?|xlsx?|pptx?|msapp)$/i;

/** True when the file is worth scanning as text: not a known binary format and no NUL byte in its start. */
export function isTextFile(pkg: PackageView, name: string): boolean {
  if (BINARY_EXTENSIONS.test(name)) return false;
  const bytes = pkg.bytes(name);
  if (!bytes) return false;
  const decoded = pkg.decoded(name);
  if (!decoded || decoded.encoding === 'invalid') return false;
  // UTF-16 text decodes fine; raw NULs in UTF-8 mean binary content with an unexpected extension.
  return decoded.encoding !== 'utf-8' || !bytes.subarray(0, 8000).includes(0);
}

/** Calls `visit` for every string value (not key) inside `value`, with its JSON pointer. */
export function forEachString(value: unknown, visit: (text: string, at: string) => void, at: Array<string | number> = [], depth = 0): void {
  // Depth bound: hostile documents can nest deeply; real manifests stay under a few dozen levels.
  if (depth > 200) return;
  if (typeof value === 'string') visit(value, pointer(...at));
  else if (Array.isArray(value)) value.forEach((v, i) => forEachString(v, visit, [...at, i], depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) forEachString(v, visit, [...at, k], depth + 1);
  }
}
