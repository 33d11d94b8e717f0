// The hidden lines that make the comment findable and comparable: a marker naming the set of paths checked
// (one comment per pull request and path set), and a digest of the findings' fingerprints for "what changed".
// Only comments written by this token's own identity are trusted (anyone can paste a marker).
import { createHash } from 'node:crypto';

const TAG = 'copilot-publish-check';
/** Most fingerprints kept in the digest (12 hex digits each: about 13 KB at most). */
export const MAX_DIGEST_FINGERPRINTS = 1_000;

/** Identifies the set of paths checked: the same inputs, in any order, give the same comment. */
export function commentKey(paths: readonly string[]): string {
  const normal = [...new Set(paths.map((p) => p.trim().replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean))].sort();
  return createHash('sha256').update(normal.join('\n')).digest('hex').slice(0, 12);
}

export function markerLine(key: string): string {
  return `<!-- ${TAG}:comment key=${key} -->`;
}

export function hasMarker(body: string, key: string): boolean {
  return body.includes(markerLine(key));
}

export interface Digest {
  fingerprints: ReadonlySet<string>;
  /** True when the run had more findings than the digest keeps. */
  partial: boolean;
}

export function digestLine(fingerprints: readonly string[]): string {
  const kept = fingerprints.slice(0, MAX_DIGEST_FINGERPRINTS);
  const partial = fingerprints.length > kept.length ? ' partial' : '';
  return `<!-- ${TAG}:digest v1${partial} ${kept.join(',')} -->`;
}

/** The digest of an earlier comment; undefined when it has none (or not one this version reads). */
export function parseDigest(body: string): Digest | undefined {
  const m = new RegExp(`<!-- ${TAG}:digest v1( partial)? ([0-9a-f,]*) -->`).exec(body);
  if (!m) return undefined;
  const fingerprints = new Set(m[2].split(',').filter((f) => /^[0-9a-f]{6,64}$/.test(f)).slice(0, MAX_DIGEST_FINGERPRINTS));
  return { fingerprints, partial: !!m[1] };
}
