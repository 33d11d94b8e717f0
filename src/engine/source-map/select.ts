// Picks the manifest a zipped Teams package was built from: the app id or short name must match (exactly, or
// through `${{VAR}}` placeholders), a literal id that differs rules a candidate out, and nearness to the zip
// breaks ties (appPackage/manifest.json beside appPackage/build/appPackage.dev.zip).
import { sep } from 'node:path';
import type { ManifestCandidate } from './candidates.js';
import { hasPlaceholder, matchTemplate, type TemplateMatch } from './template.js';

export interface PackageIdentity {
  id?: string;
  name?: string;
}

const WEIGHT: Record<'id' | 'name', Record<TemplateMatch, number>> = {
  id: { exact: 8, template: 2, none: 0 },
  name: { exact: 4, template: 2, none: 0 },
};

/** How well a candidate matches the package (0: not at all). */
export function matchScore(c: ManifestCandidate, pkg: PackageIdentity): number {
  if (c.id !== undefined && pkg.id !== undefined && !hasPlaceholder(c.id) && c.id.toLowerCase() !== pkg.id.toLowerCase()) return 0;
  const id = c.id !== undefined && pkg.id !== undefined ? matchTemplate(c.id.toLowerCase(), pkg.id.toLowerCase()) : 'none';
  const name = c.name !== undefined && pkg.name !== undefined ? matchTemplate(c.name, pkg.name) : 'none';
  return WEIGHT.id[id] + WEIGHT.name[name];
}

/** The best candidate for a package at `packageAbs`, or undefined when none matches. */
export function selectManifest(candidates: readonly ManifestCandidate[], pkg: PackageIdentity, packageAbs: string): ManifestCandidate | undefined {
  let best: { c: ManifestCandidate; score: number; near: number } | undefined;
  for (const c of candidates) {
    const score = matchScore(c, pkg);
    if (score === 0) continue;
    const near = sharedPrefix(c.dir, packageAbs);
    if (!best || score > best.score || (score === best.score && near > best.near)) best = { c, score, near };
  }
  return best?.c;
}

// Number of leading path segments two absolute paths share.
function sharedPrefix(a: string, b: string): number {
  const x = a.split(sep);
  const y = b.split(sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}
