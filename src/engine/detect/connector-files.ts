// Where a Power Platform connector's files are, tolerating the casing and naming mistakes seen in real repositories
// (apidefinition.swagger.json, apiDefination.swagger.json, README.md, Readme.md.txt, Script.csx). Rules compare the
// name found with the exact name the platform expects and report the difference; finding the file lets every
// other rule still run on its content.
import type { PackageView } from '../read/package-view.js';

export interface ConnectorFiles {
  /** The swagger (OpenAPI 2.0) definition, exactly named or the closest candidate. */
  swagger?: string;
  apiProperties?: string;
  icon?: string;
  /** The readme (readme.md, any case, or a misnamed variant such as Readme.md.txt); intro.md when there is none. */
  readme?: string;
  /** intro.md (the Partner Center package's description file), when present. */
  intro?: string;
  /** The first custom code file; `scripts` lists all of them. */
  script?: string;
  scripts: string[];
  settings?: string;
  /** The folder the connector files sit in inside the package ('' at the root, else 'Name/'). */
  root: string;
}

export const EXPECTED_NAMES = {
  swagger: 'apiDefinition.swagger.json',
  apiProperties: 'apiProperties.json',
  icon: 'icon.png',
  readme: 'readme.md',
  intro: 'intro.md',
  script: 'script.csx',
  settings: 'settings.json',
} as const;

// At the root or one folder down (a zip made of the connector's folder). Plain character classes: no backtracking.
const AT = '^(?:[^/]+/)?';
const SWAGGER_EXACT = new RegExp(`${AT}apidefinition\\.swagger\\.json$`, 'i');
const PROPS = new RegExp(`${AT}api\\s?properties\\.json$`, 'i');
const ICON = new RegExp(`${AT}icon\\.png$`, 'i');
const README_EXACT = new RegExp(`${AT}readme\\.md$`, 'i');
const README_LOOSE = new RegExp(`${AT}readme(?:\\.md)?\\.(?:txt|markdown)$`, 'i');
const INTRO = new RegExp(`${AT}intro\\.md$`, 'i');
const SCRIPT = new RegExp(`${AT}script\\.(?:csx|cs)$`, 'i');
const ANY_CSX = new RegExp(`${AT}[^/]+\\.csx$`, 'i');
const SETTINGS = new RegExp(`${AT}settings\\.json$`, 'i');

/** The expressions above, for the regex audit (`__tests__/hostile/regex-audit.test.ts`). */
export const CONNECTOR_FILE_PATTERNS: readonly RegExp[] = [SWAGGER_EXACT, PROPS, ICON, README_EXACT, README_LOOSE, INTRO, SCRIPT, ANY_CSX, SETTINGS];

/**
 * Misspellings such as apiDefination.swagger.json, or any other *.swagger.json / swagger*.json, at the root or one
 * folder down. Not `[^/]*swagger[^/]*\.json$`: on a zip entry name of "swagger" repeated (64 KiB) it is quadratic.
 */
function isLooseSwagger(name: string): boolean {
  const slash = name.indexOf('/');
  if (slash === 0 || (slash > 0 && name.indexOf('/', slash + 1) >= 0)) return false;
  const base = name.slice(slash + 1).toLowerCase();
  return base.endsWith('.json') && base.slice(0, -'.json'.length).includes('swagger');
}

const cache = new WeakMap<PackageView, ConnectorFiles>();

export function connectorFiles(pkg: PackageView): ConnectorFiles {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const pick = (re: RegExp) => pkg.names.find((n) => re.test(n));
  const swagger = pick(SWAGGER_EXACT) ?? pkg.names.find(isLooseSwagger);
  const apiProperties = pick(PROPS);
  const anchor = swagger ?? apiProperties;
  const root = anchor && anchor.includes('/') ? anchor.slice(0, anchor.indexOf('/') + 1) : '';
  const intro = pick(INTRO);
  const scripts = pkg.names.filter((n) => SCRIPT.test(n) || ANY_CSX.test(n));
  const files: ConnectorFiles = {
    swagger,
    apiProperties,
    icon: pick(ICON),
    readme: pick(README_EXACT) ?? pick(README_LOOSE) ?? intro,
    intro,
    script: scripts[0],
    scripts,
    settings: pick(SETTINGS),
    root,
  };
  cache.set(pkg, files);
  return files;
}

/**
 * A folder that holds only a connector readme (for example an independent publisher's proposal) is still a
 * connector folder: its readme names a publisher the way the repository's templates do.
 */
export function looksLikeConnectorReadme(pkg: PackageView): boolean {
  const readme = connectorFiles(pkg).readme;
  if (!readme || pkg.names.some((n) => /\.json$/i.test(n) && !SETTINGS.test(n))) return false;
  const text = pkg.text(readme) ?? '';
  return /^#{1,3}\s*publisher\s*:/im.test(text) || /\(independent publisher\)/i.test(text);
}
