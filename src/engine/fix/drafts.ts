// What rules write to attach a fix to a draft: one change, with its description. Only for findings with exactly one
// right answer; never for what needs a person (names, descriptions, icons).
import type { FixDraft } from '../types.js';

/** Set the value at `pointer` (in the draft's file unless `file` is given). */
export function replaceFix(description: string, pointer: string, value: unknown, file?: string): FixDraft {
  return { description, changes: [{ op: 'replace', pointer, value, ...(file ? { file } : {}) }] };
}

/** Add the member `pointer` names to its object, after the others (or before them with `first`). */
export function addFix(description: string, pointer: string, value: unknown, options: { first?: boolean; file?: string } = {}): FixDraft {
  return { description, changes: [{ op: 'add', pointer, value, ...(options.first ? { first: true } : {}), ...(options.file ? { file: options.file } : {}) }] };
}

/** Remove the member or element at `pointer`. */
export function removeFix(description: string, pointer: string, file?: string): FixDraft {
  return { description, changes: [{ op: 'remove', pointer, ...(file ? { file } : {}) }] };
}

/**
 * A schema URL with its version folder (`/v1.16/` after `/teams`, `/copilot/plugin` …) naming `folder` instead;
 * undefined when the URL has no such folder. `family` is the path before it, such as "/teams" or "/copilot/plugin".
 */
export function schemaUrlWithVersion(url: string, family: string, folder: string): string | undefined {
  const at = new RegExp(`(${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)(v(?:DevPreview|\\d+\\.\\d+))(/)`, 'i');
  if (!at.test(url)) return undefined;
  const fixed = url.replace(at, `$1${folder}$3`);
  return fixed === url ? undefined : fixed;
}
