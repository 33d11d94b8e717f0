// manifestVersion as a comparable number: "1.19" -> 1.19 by parts, devPreview above every release.
import { asRecord, asString } from '../../../util/values.js';

/** [major, minor] of a manifestVersion; devPreview sorts after every published version; undefined when unreadable. */
export function manifestVersionParts(manifest: unknown): [number, number] | undefined {
  const v = asString(asRecord(manifest)?.manifestVersion);
  if (v === undefined) return undefined;
  if (v === 'devPreview') return [Number.MAX_SAFE_INTEGER, 0];
  const m = /^(\d+)\.(\d+)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** True when the manifest's version is at least `min` ("1.13"); false when the version is unreadable. */
export function versionAtLeast(manifest: unknown, min: string): boolean {
  const have = manifestVersionParts(manifest);
  const [maj, minor] = min.split('.').map(Number);
  if (!have) return false;
  return have[0] > maj || (have[0] === maj && have[1] >= minor);
}

export function isDevPreview(manifest: unknown): boolean {
  return asRecord(manifest)?.manifestVersion === 'devPreview';
}

/** The folder of a manifest version's schema in Microsoft's URLs: v1.19, vDevPreview. */
export function teamsSchemaFolder(version: string): string {
  return version === 'devPreview' ? 'vDevPreview' : `v${version}`;
}
