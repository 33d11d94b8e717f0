// The `yaml` package is about 290 KB of bundle, and most packages hold no YAML: it is imported only for packages
// that do, or that hold agent skills with YAML front matter (check.ts calls loadYamlFor before their rules run),
// because compiling it is a measurable part of a cold start (DESIGN.md §6). Parsing stays synchronous for the rules.
import type { PackageView } from '../read/package-view.js';

type YamlLibrary = typeof import('yaml');
let library: YamlLibrary | undefined;

/** True for names that are read as YAML (everything else is read as JSON, YAML's strict subset). */
export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Agent skills (SKILL.md) open with YAML front matter, so they need the parser too. */
export function hasYamlFrontMatter(name: string): boolean {
  return /(^|\/)SKILL\.md$/.test(name);
}

/** Loads the YAML parser when the package holds a YAML file or a skill; resolves at once otherwise or when loaded. */
export async function loadYamlFor(pkg: Pick<PackageView, 'names'>): Promise<void> {
  if (!library && pkg.names.some((n) => isYamlName(n) || hasYamlFrontMatter(n))) library = await import('yaml');
}

/** The YAML parser; loadYamlFor must have been awaited for a package with YAML files. */
export function yamlLibrary(): YamlLibrary {
  if (!library) throw new Error('the YAML parser is not loaded: loadYamlFor(package) must run before YAML is parsed');
  return library;
}
