// Package structure of a Teams app: manifest.json at the root, valid JSON, every referenced file present.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { nestedManifest } from '../../detect/kind.js';
import { manifestReferences, resolveInPackage } from '../teams/shared/references.js';

export const manifestAtRoot = defineRule({
  id: 'package.manifest-root',
  title: 'manifest.json is at the root of the package',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appPackage,
  description: 'Teams and the admin center look for an entry named exactly manifest.json at the root of the zip.',
  *check({ pkg }) {
    if (pkg.has('manifest.json')) return;
    const wrongCase = pkg.findName('manifest.json');
    if (wrongCase) {
      yield { file: wrongCase, message: `The manifest is named "${wrongCase}"; it must be named exactly "manifest.json".` };
      return;
    }
    const nested = nestedManifest(pkg);
    yield nested
      ? { file: nested, message: `manifest.json is inside the folder "${nested.split('/')[0]}"; zip the folder's contents, not the folder.` }
      : { message: 'The package has no manifest.json at its root.' };
  },
});

export const jsonParses = defineRule({
  id: 'package.json-parse',
  title: 'Every JSON file in the package parses',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app', 'power-platform-connector', 'graph-connector'],
  docs: DOCS.appPackage,
  description: 'A JSON file that does not parse fails upload. UTF-8 with or without a byte-order mark is accepted.',
  *check({ pkg }) {
    for (const name of pkg.names) {
      if (!/\.json$/i.test(name)) continue;
      const doc = pkg.json(name);
      if (doc?.error) {
        yield { file: name, line: doc.error.line, column: doc.error.column, message: `${name} is not valid JSON: ${doc.error.message}.` };
      }
    }
  },
});

export const referencedFilesPresent = defineRule({
  id: 'package.referenced-file-missing',
  title: 'Every file the manifest references is in the package',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appPackage,
  description: 'Icons, localization files, declarative agents, plugins and API specifications named in the manifest must be in the package.',
  *check({ pkg, manifest }) {
    if (!manifest?.ok) return;
    for (const ref of manifestReferences(manifest.value)) {
      const resolved = resolveInPackage('manifest.json', ref.path);
      if (resolved === undefined) {
        yield { file: 'manifest.json', pointer: ref.pointer, message: `The ${ref.role} "${ref.path}" is outside the package; use a path relative to manifest.json.` };
      } else if (!pkg.has(resolved)) {
        const near = pkg.findName(resolved);
        yield {
          file: 'manifest.json',
          pointer: ref.pointer,
          message: near
            ? `The ${ref.role} "${ref.path}" is not in the package; "${near}" differs only in letter case, and file names are case-sensitive.`
            : `The ${ref.role} "${ref.path}" is not in the package.`,
        };
      }
    }
  },
});
