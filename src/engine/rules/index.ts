// Every rule the engine runs, by family. Each family owns its folder and exports one array.
// Families load on demand: each dynamic import below becomes its own chunk of the bundle, so a run over Teams
// packages never compiles the Power Platform or standalone Graph connector rules (a cold start is measured
// against a budget, DESIGN.md §6). Package rules apply to every kind and are always loaded.
import type { Kind, RuleMeta } from '../types.js';
import type { Rule } from './rule.js';
import { packageRules } from './package/index.js';
import { readProblemRules } from './package/read-problems.js';
import { ROUTE_RULES } from '../routes/route-rules.js';

type Family = 'teams' | 'copilot' | 'graph-in-teams' | 'powerplatform' | 'graph';

const LOADERS: Record<Family, () => Promise<readonly Rule[]>> = {
  teams: async () => (await import('./teams/index.js')).teamsRules,
  copilot: async () => (await import('./copilot/index.js')).copilotRules,
  // The Graph connector rules that read a Teams app, without those of standalone definitions.
  'graph-in-teams': async () => (await import('./graph/teams.js')).teamsGraphRules,
  powerplatform: async () => (await import('./powerplatform/index.js')).powerPlatformRules,
  graph: async () => (await import('./graph/index.js')).graphRules,
};

/** The families whose rules can apply to a kind (a test checks that no rule is missed). */
export const FAMILIES_BY_KIND: Readonly<Record<Kind, readonly Family[]>> = {
  'teams-app': ['teams', 'copilot', 'graph-in-teams'],
  'power-platform-connector': ['powerplatform'],
  'graph-connector': ['graph'],
  unknown: [],
};

/** The order of `loadAllRules` and of docs/rules.md (the graph family includes graph-in-teams). */
const ALL_FAMILIES: readonly Family[] = ['teams', 'copilot', 'powerplatform', 'graph'];

const loading = new Map<Family, Promise<readonly Rule[]>>();
/** Rules and metadata loaded so far, by id, for renderers that name a rule. */
const known = new Map<string, RuleMeta>([...readProblemRules, ...packageRules, ...ROUTE_RULES].map((r) => [r.id, r]));

function loadFamily(family: Family): Promise<readonly Rule[]> {
  let p = loading.get(family);
  if (!p) {
    p = LOADERS[family]().then((rules) => {
      for (const r of rules) known.set(r.id, r);
      return rules;
    });
    loading.set(family, p);
  }
  return p;
}

const forKind = new Map<Kind, Promise<readonly Rule[]>>();

/** The rules that apply to packages of `kind`, loading their families once per process. */
export function rulesFor(kind: Kind): Promise<readonly Rule[]> {
  let rules = forKind.get(kind);
  if (!rules) {
    rules = Promise.all(FAMILIES_BY_KIND[kind].map(loadFamily)).then((families) => [...packageRules, ...families.flat()].filter((r) => r.kinds.includes(kind)));
    forKind.set(kind, rules);
  }
  return rules;
}

/** Loads the families of these kinds, so that `loadedRuleMeta` knows every rule their findings can name. */
export async function loadRulesFor(kinds: Iterable<Kind>): Promise<void> {
  await Promise.all([...new Set(kinds)].map(rulesFor));
}

/** Every rule of every family (for docs/rules.md, --list-rules and tests). */
export async function loadAllRules(): Promise<readonly Rule[]> {
  const families = await Promise.all(ALL_FAMILIES.map(loadFamily));
  return [...packageRules, ...families.flat()];
}

/** Metadata of a rule whose family is loaded, of a read problem or of a route fact. */
export function loadedRuleMeta(id: string): RuleMeta | undefined {
  return known.get(id);
}

/** The family that would define a rule id, by its first segment (graph-in-teams holds only part of graph). */
const FAMILY_OF_PREFIX: Readonly<Record<string, Family>> = { teams: 'teams', copilot: 'copilot', powerplatform: 'powerplatform', graph: 'graph' };
const ALWAYS_KNOWN = new Set(['package', 'route']);

/**
 * Whether a rule id exists, as far as this process can tell without loading more families: undefined when the
 * family that would define it has not been loaded (for example a connector rule in a run over Teams apps).
 */
export async function ruleExists(id: string): Promise<boolean | undefined> {
  if (known.has(id)) return true;
  const prefix = id.split('.')[0];
  if (ALWAYS_KNOWN.has(prefix)) return false;
  const family = FAMILY_OF_PREFIX[prefix];
  if (!family) return false;
  const loaded = loading.get(family);
  if (!loaded) return undefined;
  await loaded;
  return known.has(id);
}

/** Metadata of rules that are not functions of a package (read problems, route facts). */
export { readProblemRules } from './package/read-problems.js';
