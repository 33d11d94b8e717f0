// Files in the package that nothing uses: neither manifest.json nor any file reached from it
// (declarative agent -> plugin -> OpenAPI description, localization files, templates) names them.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import type { PackageView } from '../../read/package-view.js';
import { filesInFolder, manifestReferences, resolveInPackage, skillFolders } from '../teams/shared/references.js';
import { forEachString } from './shared/text-files.js';
import { isSpace, linesOf, yamlLineValue } from '../../util/text.js';

const FILE_FUNCTION = /\$\[file\(\s*['"]([^'"]+)['"]\s*\)\]/g;

// In YAML (OpenAPI descriptions) the only file references are $ref and externalValue values; reading them from
// the text avoids parsing large descriptions just to find none. Line by line: one expression over the whole text
// (`^\s*` with the m flag, a lazy value before `\s*$`) was quadratic on runs of blank lines or spaces.
const YAML_FILE_KEY = /^[ \t]*(?:-[ \t]*)?["']?(?:\$ref|externalValue)["']?[ \t]*:/;

function yamlFileRefs(text: string): string[] {
  const out: string[] = [];
  for (const line of linesOf(text)) {
    const key = YAML_FILE_KEY.exec(line);
    const value = key ? yamlLineValue(line.slice(key[0].length)) : undefined;
    if (value && !isSpace(value[0])) out.push(value);
  }
  return out;
}

/** The parsed content of a JSON file, or the file references of a YAML file; undefined for other files. */
function structured(pkg: PackageView, name: string): unknown {
  if (/\.json$/i.test(name)) {
    const doc = pkg.json(name);
    return doc?.ok ? doc.value : undefined;
  }
  if (/\.ya?ml$/i.test(name)) return yamlFileRefs(pkg.text(name) ?? '');
  return undefined;
}

/**
 * Every package file reachable from manifest.json. A string in a reached JSON or YAML file counts as a
 * reference when it resolves (relative to that file, fragment removed) to a file in the package: this is
 * generous on purpose, so that a file is never called unused because of a reference form we do not model.
 */
export function reachableFiles(pkg: PackageView, manifest: unknown): Set<string> {
  const reached = new Set<string>(['manifest.json']);
  const queue: string[] = [];
  const reach = (from: string, ref: string) => {
    const target = resolveInPackage(from, ref.split('#')[0]);
    if (target && pkg.has(target) && !reached.has(target)) {
      reached.add(target);
      queue.push(target);
    }
  };
  for (const ref of manifestReferences(manifest)) reach('manifest.json', ref.path);
  // An agent skill is its whole folder: SKILL.md and the scripts, references and assets beside it.
  for (const skill of skillFolders(manifest)) {
    if (skill.folder) for (const name of filesInFolder(pkg, skill.folder)) reach('manifest.json', name);
  }
  const scan = (from: string, value: unknown) =>
    forEachString(value, (text) => {
      if (text.length > 2048) return;
      for (const m of text.matchAll(FILE_FUNCTION)) reach(from, m[1]);
      if (text.trim() && !text.includes('\n')) reach(from, text.trim());
    });
  scan('manifest.json', manifest);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const value = structured(pkg, name);
    if (value !== undefined) scan(name, value);
  }
  return reached;
}

export const noUnusedFiles = defineRule({
  id: 'package.unused-file',
  title: 'The package holds only files the app uses',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The store validation guidelines ask that the app package holds no extra files beyond the manifest and what it references. A file is used when manifest.json names it, or a file it names (declarative agent, plugin, OpenAPI description, MCP tool description, localization file, template) does; every file in an agentSkills folder belongs to its skill.',
  *check({ pkg, manifest }) {
    if (!manifest?.ok || !pkg.has('manifest.json')) return;
    const reached = reachableFiles(pkg, manifest.value);
    for (const name of pkg.names) {
      if (reached.has(name)) continue;
      yield { file: name, message: `${name} is in the package but neither manifest.json nor any file it references uses it; remove it from the zip.` };
    }
  },
});
