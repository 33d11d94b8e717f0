// Picks the manifest a zipped Teams package was built from. The toolkit's own facts come first: a project whose
// yml writes its zip there (outputZipPath, or the folder of outputFolder), or atk package's default
// (appPackage/build/appPackage.<env>.zip). Then the content: a candidate matches only when every value agrees with
// the package's across the whole manifest (`${{VAR}}` and `$[file()]` match anything) and it has some literal text
// that identifies the app; an id that is only a placeholder never matches on its own. Two candidates or none: the
// findings stay on the package, never on another app's file.
import type { ManifestCandidate } from './candidates.js';
import type { ProjectFacts } from './projects.js';
import { hasLiteral, matchTemplate } from './template.js';

/** Values every app of a template shares: they tell no app from another. */
const BOILERPLATE = /^\/(\$schema|manifestVersion|version|accentColor|permissions|icons|devicePermissions|validDomains)(\/|$)/;

/** Whether a candidate's values agree with the package's everywhere, and how many identifying literals it has. */
export function contentMatch(candidate: unknown, packaged: unknown): { agrees: boolean; literals: number } {
  let literals = 0;
  const agree = (c: unknown, p: unknown, at: string): boolean => {
    if (typeof c === 'string') {
      if (typeof p !== 'string') return false;
      const m = at === '/id' ? matchTemplate(c.toLowerCase(), p.toLowerCase()) : matchTemplate(c, p);
      if (m === 'none') return false;
      if (hasLiteral(c) && !BOILERPLATE.test(at)) literals++;
      return true;
    }
    if (Array.isArray(c)) return Array.isArray(p) && c.length === p.length && c.every((x, i) => agree(x, p[i], `${at}/${i}`));
    if (c !== null && typeof c === 'object') {
      if (p === null || typeof p !== 'object' || Array.isArray(p)) return false;
      const ck = Object.keys(c);
      const pk = Object.keys(p);
      if (ck.length !== pk.length) return false;
      return ck.every((k) => Object.prototype.hasOwnProperty.call(p, k) && agree((c as Record<string, unknown>)[k], (p as Record<string, unknown>)[k], `${at}/${k}`));
    }
    return c === p;
  };
  const agrees = agree(candidate, packaged, '');
  return { agrees, literals };
}

function matches(c: ManifestCandidate, packaged: unknown): boolean {
  if (!c.doc.ok) return false;
  const m = contentMatch(c.doc.value, packaged);
  return m.agrees && m.literals > 0;
}

/** The one candidate whose content matches, else undefined. */
function onlyMatch(candidates: readonly ManifestCandidate[], packaged: unknown): ManifestCandidate | undefined {
  const found = candidates.filter((c) => matches(c, packaged));
  return found.length === 1 ? found[0] : undefined;
}

export type Selection = { decided: true; manifest?: ManifestCandidate } | { decided: false };

/**
 * What the manifests a project's facts name (`claimed`, absolute paths) decide: one is the source; several are told
 * apart by content; none leave the question open for the next kind of fact.
 */
export function byClaims(candidates: readonly ManifestCandidate[], claimed: readonly string[], packaged: unknown): Selection {
  const byPath = new Map(candidates.map((c) => [c.abs, c]));
  const found = [...new Set(claimed)].map((abs) => byPath.get(abs)).filter((c): c is ManifestCandidate => !!c);
  if (found.length === 0) return { decided: false };
  return { decided: true, manifest: found.length === 1 ? found[0] : onlyMatch(found, packaged) };
}

/** The manifest a zip at `zipAbs` holding `packaged` (its manifest.json) was built from, by the projects' yml facts and then by content. */
export function selectManifest(candidates: readonly ManifestCandidate[], projects: readonly ProjectFacts[], packaged: unknown, zipAbs: string): ManifestCandidate | undefined {
  for (const tier of ['output', 'folder'] as const) {
    const s = byClaims(candidates, projects.flatMap((p) => p.claims(zipAbs, tier)), packaged);
    if (s.decided) return s.manifest;
  }
  return onlyMatch(candidates, packaged);
}
