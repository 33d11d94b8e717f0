// The hidden lines that make the comment findable and comparable: a marker naming the workflow job that writes it
// (one comment per pull request and job, whatever paths the job checks), and a digest of the findings'
// fingerprints for "what changed". Earlier versions keyed the marker on the set of paths checked; those comments
// are still found, so an upgrade updates them instead of leaving them behind. Only comments written by this
// token's own identity are trusted (anyone can paste a marker).
import { createHash } from 'node:crypto';

const TAG = 'copilot-publish-check';
/** Most fingerprints kept in the digest (12 hex digits each: about 13 KB at most). */
export const MAX_DIGEST_FINGERPRINTS = 1_000;

/** Identifies the workflow job: the workflow (its file, else its name) and the job's id. */
export function commentKey(workflow: string, job: string): string {
  return hash(`${workflow.trim()}\n${job.trim()}`);
}

/** The key earlier versions wrote: the set of paths checked, in any order. */
export function legacyCommentKey(paths: readonly string[]): string {
  const normal = [...new Set(paths.map((p) => p.trim().replace(/\\/g, '/').replace(/^\.\//, '')).filter(Boolean))].sort();
  return hash(normal.join('\n'));
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

export function markerLine(key: string): string {
  return `<!-- ${TAG}:comment job=${key} -->`;
}

export function hasMarker(body: string, key: string): boolean {
  return body.includes(markerLine(key));
}

/** The path-set key of a comment an earlier version wrote, if the body carries that marker. */
export function legacyKeyOf(body: string): string | undefined {
  return new RegExp(`<!-- ${TAG}:comment key=([0-9a-f]{12}) -->`).exec(body)?.[1];
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
