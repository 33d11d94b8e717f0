// Localized declarative agents and plugins: every [[key]] token in their files is defined in the
// localizationKeys of every language file the manifest lists.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { escapeToken } from '../../json/pointer.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { resolveInPackage } from '../teams/shared/references.js';
import { copilotFiles, MANIFEST } from './shared/files.js';

const TOKEN = /\[\[([a-zA-Z_][a-zA-Z0-9_]*)\]\]/g;

interface TokenSite {
  key: string;
  file: string;
  pointer: string;
}

function tokenSites(file: string, root: unknown): TokenSite[] {
  const sites: TokenSite[] = [];
  const visit = (node: unknown, at: string) => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(TOKEN)) sites.push({ key: m[1], file, pointer: at });
    } else if (Array.isArray(node)) node.forEach((v, i) => visit(v, `${at}/${i}`));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, `${at}/${escapeToken(k)}`);
  };
  visit(root, '');
  return sites;
}

export const localizationTokens = defineRule({
  id: 'copilot.localization-token-undefined',
  title: 'Every [[token]] in agent and plugin files is defined in each language file',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.localizeAgents,
  description:
    'Localized agent and plugin text uses [[key]] tokens whose values come from localizationKeys in the default language file and every additional language file; a key missing from any of them fails validation of the package.',
  *check({ pkg, manifest }) {
    const m = asRecord(manifest?.value);
    if (!m) return;
    const files = copilotFiles(pkg, m);
    const sites = [...files.agents.flatMap((a) => tokenSites(a.path, a.value)), ...files.plugins.flatMap((p) => tokenSites(p.path, p.value))];
    if (sites.length === 0) return;
    const loc = asRecord(m.localizationInfo);
    const languageFiles = [asString(loc?.defaultLanguageFile), ...asArray(loc?.additionalLanguages).map((l) => asString(asRecord(l)?.file))]
      .filter((f): f is string => !!f?.trim())
      .map((f) => resolveInPackage(MANIFEST, f))
      .filter((f): f is string => f !== undefined && pkg.has(f)); // missing files are package.referenced-file-missing
    if (languageFiles.length === 0) {
      const first = sites[0];
      yield { file: first.file, pointer: first.pointer, message: `"[[${first.key}]]" is a localization token, but the manifest lists no language file with localizationKeys (localizationInfo.defaultLanguageFile).` };
      return;
    }
    const keysOf = new Map(languageFiles.map((f) => [f, new Set(Object.keys(asRecord(asRecord(pkg.json(f)?.value)?.localizationKeys) ?? {}))]));
    for (const site of sites) {
      const missing = languageFiles.filter((f) => !keysOf.get(f)!.has(site.key));
      if (missing.length > 0) {
        const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
        yield { file: site.file, pointer: site.pointer, message: `"[[${site.key}]]" is not defined in localizationKeys of ${shown}.` };
      }
    }
  },
});
