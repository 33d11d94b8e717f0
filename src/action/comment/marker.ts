// The hidden lines that make the comment findable and comparable: a marker naming the workflow job that writes it
// (one comment per pull request and job, whatever paths the job checks), and a digest of the findings'
// fingerprints for "what changed". Earlier versions keyed the marker on the set of paths checked; those comments
// are still found, so an upgrade updates them instead of leaving them behind. Only comments written by this
// token's own identity are trusted (anyone can paste a marker), and in them a marker is read only where this tool
// writes it: the key on the first line, the digest on the last. Package text inside the body (a file named
// "<!-- copilot-publish-check:comment key=… -->.json" in a code span) is never taken for one.
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

/** The first line of a body (GitHub keeps a body's line breaks; one edited in its editor has CRLF). */
export function firstLine(body: string): string {
  const end = body.indexOf('\n');
  return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, '');
}

/** The last line of a body that is not empty. */
export function lastLine(body: string): string {
  const text = body.replace(/[\r\n]+$/, '');
  return text.slice(text.lastIndexOf('\n') + 1).replace(/\r$/, '');
}

export function hasMarker(body: string, key: string): boolean {
  return firstLine(body) === markerLine(key);
}

const LEGACY_MARKER = new RegExp(`^<!-- ${TAG}:comment key=([0-9a-f]{12}) -->$`);

/** The path-set key of a comment an earlier version wrote, if its first line is that marker. */
export function legacyKeyOf(body: string): string | undefined {
  return LEGACY_MARKER.exec(firstLine(body))?.[1];
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

const DIGEST = new RegExp(`^<!-- ${TAG}:digest v1( partial)? ([0-9a-f,]*) -->$`);

/** The digest of an earlier comment, on its last line; undefined when it has none (or not one this version reads). */
export function parseDigest(body: string): Digest | undefined {
  const m = DIGEST.exec(lastLine(body));
  if (!m) return undefined;
  const fingerprints = new Set(m[2].split(',').filter((f) => /^[0-9a-f]{6,64}$/.test(f)).slice(0, MAX_DIGEST_FINGERPRINTS));
  return { fingerprints, partial: !!m[1] };
}
