// Update checks: the package compared with the one currently published (--previous). Same app id, a higher
// version, the same bots; and what the change costs: a new consent from every user, or a new review.
import { detectKind, nestedManifest } from '../detect/kind.js';
import { teamsCapabilities } from '../detect/teams-capabilities.js';
import { toFinding } from '../findings.js';
import { pointer } from '../json/pointer.js';
import { resolveInputs } from '../read/inputs.js';
import type { PackageView } from '../read/package-view.js';
import { readTarget } from '../read/read-target.js';
import type { Capability, Finding, FindingDraft, Kind, RuleMeta } from '../types.js';
import { asArray, asRecord, asString } from '../util/values.js';
import {
  UPDATE_BOT_ID_CHANGED,
  UPDATE_ID_CHANGED,
  UPDATE_NEEDS_CONSENT,
  UPDATE_NEEDS_REVIEW,
  UPDATE_PREVIOUS_UNREADABLE,
  UPDATE_VERSION_NOT_INCREASED,
} from './route-rules.js';
import { compareSemver } from './semver.js';

/** The published package, read once per run. */
export interface PreviousPackage {
  display: string;
  view: PackageView | null;
  manifest?: Record<string, unknown>;
  capabilities: Capability[];
  /** Why it cannot be compared, when it cannot. */
  unusable?: string;
}

/** Reads the published package with the same readers as any package; undefined when nothing is at `path`. */
export async function readPrevious(path: string, cwd: string): Promise<PreviousPackage | undefined> {
  const { targets, missing } = await resolveInputs([path], cwd);
  if (missing.length > 0) return undefined;
  const unusable = (display: string, why: string, view: PackageView | null = null): PreviousPackage => ({ display, view, capabilities: [], unusable: why });
  if (targets.length !== 1) return unusable(path, `"${path}" names ${targets.length} packages; give one.`);
  const target = targets[0];
  const { view, problems } = await readTarget(target);
  if (!view) return unusable(target.display, `"${target.display}" could not be read: ${problems[0]?.message ?? 'unknown error'}`);
  if (detectKind(view) !== 'teams-app') return unusable(target.display, `"${target.display}" is not a Teams app package.`, view);
  const manifest = asRecord(view.json(view.findName('manifest.json') ?? nestedManifest(view) ?? 'manifest.json')?.value);
  if (!manifest) return unusable(target.display, `the manifest.json of "${target.display}" cannot be parsed.`, view);
  return { display: target.display, view, manifest, capabilities: teamsCapabilities(manifest, view) };
}

export interface CurrentPackage {
  view: PackageView;
  kind: Kind;
  capabilities: readonly Capability[];
  manifest: unknown;
}

type Draft = FindingDraft & { rule: RuleMeta };

/** The update findings for one package; Teams apps only (the other kinds have no published id to keep). */
export function updateFindings(current: CurrentPackage, previous: PreviousPackage): Finding[] {
  if (current.kind !== 'teams-app') return [];
  const file = current.view.findName('manifest.json') ?? 'manifest.json';
  const cur = asRecord(current.manifest);
  if (previous.unusable || !previous.manifest || !previous.view || !cur) {
    const why = previous.unusable ?? 'this package has no readable manifest.json.';
    return [toFinding(UPDATE_PREVIOUS_UNREADABLE, { file, message: `The update was not compared with the published package: ${why}` }, current.view)];
  }
  const drafts: Draft[] = [
    ...identity(cur, previous.manifest),
    ...botIds(cur, previous.manifest),
    ...consentChanges(cur, previous.manifest),
    ...reviewChanges(current, cur, previous),
  ];
  return drafts.map(({ rule, ...d }) => toFinding(rule, { file, ...d }, current.view));
}

function identity(cur: Record<string, unknown>, prev: Record<string, unknown>): Draft[] {
  const out: Draft[] = [];
  const id = asString(cur.id);
  const prevId = asString(prev.id);
  if (id && prevId && id.toLowerCase() !== prevId.toLowerCase()) {
    out.push({
      rule: UPDATE_ID_CHANGED,
      pointer: '/id',
      message: `The app id is ${id} but the published package has ${prevId}: keep the id, or this is a new app and not an update.`,
    });
  }
  const version = asString(cur.version);
  const prevVersion = asString(prev.version);
  const order = version && prevVersion ? compareSemver(version, prevVersion) : undefined;
  if (order !== undefined && order <= 0) {
    out.push({
      rule: UPDATE_VERSION_NOT_INCREASED,
      pointer: '/version',
      message: `version ${version} is not higher than the published ${prevVersion}; raise it (for example to ${bump(prevVersion!)}).`,
    });
  }
  return out;
}

function bump(v: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v);
  return m ? `${m[1]}.${m[2]}.${Number(m[3]) + 1}` : v;
}

const BOT_LISTS = ['bots', 'composeExtensions'] as const;

function botIds(cur: Record<string, unknown>, prev: Record<string, unknown>): Draft[] {
  const out: Draft[] = [];
  for (const list of BOT_LISTS) {
    const now = asArray(cur[list]);
    const before = asArray(prev[list]);
    for (let i = 0; i < Math.min(now.length, before.length); i++) {
      const id = asString(asRecord(now[i])?.botId);
      const prevId = asString(asRecord(before[i])?.botId);
      if (id && prevId && id.toLowerCase() !== prevId.toLowerCase()) {
        out.push({
          rule: UPDATE_BOT_ID_CHANGED,
          pointer: pointer(list, i, 'botId'),
          message: `${list}[${i}].botId is ${id} but the published package has ${prevId}: every user must consent again and existing conversations stay with the old bot.`,
        });
      }
    }
  }
  return out;
}

function consentChanges(cur: Record<string, unknown>, prev: Record<string, unknown>): Draft[] {
  const out: Draft[] = [];
  const consent = (at: string, what: string) =>
    out.push({ rule: UPDATE_NEEDS_CONSENT, pointer: at, message: `${what}: existing users must accept a new permission request, and Partner Center reviews the update as a functional change.` });

  const bots = asArray(cur.bots);
  const prevBots = asArray(prev.bots);
  if (bots.length > prevBots.length) consent('/bots', `Adds ${plural(bots.length - prevBots.length, 'bot')}`);
  if (bots.length < prevBots.length) consent(prevBots.length && bots.length ? '/bots' : '', `Removes ${plural(prevBots.length - bots.length, 'bot')}`);
  for (let i = 0; i < Math.min(bots.length, prevBots.length); i++) {
    for (const key of ['isNotificationOnly', 'supportsFiles'] as const) {
      const now = asRecord(bots[i])?.[key] === true;
      const before = asRecord(prevBots[i])?.[key] === true;
      if (now !== before) consent(pointer('bots', i, key), `Changes bots[${i}].${key} from ${before} to ${now}`);
    }
  }
  const me = asArray(cur.composeExtensions).length;
  const prevMe = asArray(prev.composeExtensions).length;
  if (me > prevMe) consent('/composeExtensions', `Adds ${plural(me - prevMe, 'message extension')}`);
  if (me < prevMe) consent(me > 0 ? '/composeExtensions' : '', `Removes ${plural(prevMe - me, 'message extension')}`);

  const newTabs = added(ids(cur.staticTabs, 'entityId'), ids(prev.staticTabs, 'entityId'));
  if (newTabs.length > 0) consent('/staticTabs', `Adds personal ${newTabs.length === 1 ? 'tab' : 'tabs'} ${list(newTabs)}`);
  if (asArray(cur.configurableTabs).length > 0 && asArray(prev.configurableTabs).length === 0) consent('/configurableTabs', 'Adds a channel and group tab');
  const newConnectors = added(ids(cur.connectors, 'connectorId'), ids(prev.connectors, 'connectorId'));
  if (newConnectors.length > 0) consent('/connectors', `Adds ${plural(newConnectors.length, 'connector')} ${list(newConnectors)}`);

  if (canonical(cur.webApplicationInfo) !== canonical(prev.webApplicationInfo)) {
    consent(cur.webApplicationInfo === undefined ? '' : '/webApplicationInfo', cur.webApplicationInfo === undefined ? 'Removes webApplicationInfo' : 'Changes webApplicationInfo (the Microsoft Entra app)');
  }
  const newPermissions = added(strings(cur.permissions), strings(prev.permissions));
  if (newPermissions.length > 0) consent('/permissions', `Asks for new permissions ${list(newPermissions)}`);
  const rsc = (m: Record<string, unknown>) =>
    asArray(asRecord(asRecord(m.authorization)?.permissions)?.resourceSpecific).map((p) => `${asString(asRecord(p)?.name) ?? '?'} (${asString(asRecord(p)?.type) ?? '?'})`);
  const newRsc = added(rsc(cur), rsc(prev));
  if (newRsc.length > 0) consent('/authorization/permissions/resourceSpecific', `Asks for new resource-specific permissions ${list(newRsc)}`);
  return out;
}

const METADATA: ReadonlyArray<readonly string[]> = [
  ['name', 'short'],
  ['name', 'full'],
  ['description', 'short'],
  ['description', 'full'],
  ['developer', 'name'],
  ['accentColor'],
];

function reviewChanges(current: CurrentPackage, cur: Record<string, unknown>, previous: PreviousPackage): Draft[] {
  const prev = previous.manifest!;
  const out: Draft[] = [];
  const review = (at: string, message: string) => out.push({ rule: UPDATE_NEEDS_REVIEW, pointer: at, message });

  const newDomains = added(strings(cur.validDomains), strings(prev.validDomains));
  if (newDomains.length > 0) review('/validDomains', `Adds valid ${newDomains.length === 1 ? 'domain' : 'domains'} ${list(newDomains)}: Partner Center reviews the update as a functional change.`);
  const newCaps = added([...current.capabilities], previous.capabilities);
  if (newCaps.length > 0) review('', `Adds ${list(newCaps)}: Partner Center tests the new capability as fully as a first submission.`);

  const changed = METADATA.filter((path) => canonical(at(cur, path)) !== canonical(at(prev, path))).map((path) => path.join('.'));
  for (const key of ['color', 'outline'] as const) {
    const name = asString(asRecord(cur.icons)?.[key]);
    const prevName = asString(asRecord(prev.icons)?.[key]);
    if (name && prevName && !sameBytes(fileBytes(current.view, name), fileBytes(previous.view!, prevName))) changed.push(`icons.${key}`);
  }
  if (changed.length > 0) review('', `Metadata update (${changed.join(', ')}): reviewed again, quickly; keep the Partner Center listing in step.`);

  const icons = new Set([asString(asRecord(cur.icons)?.color), asString(asRecord(cur.icons)?.outline)].map((n) => n?.toLowerCase()));
  const files = current.view.names.filter((n) => n.toLowerCase() !== 'manifest.json' && !icons.has(n.toLowerCase()));
  const changedFiles = files.filter((n) => !sameBytes(current.view.bytes(n), fileBytes(previous.view!, n)));
  if (changedFiles.length > 0) {
    review('', `Changed or new ${changedFiles.length === 1 ? 'file' : 'files'} ${list(changedFiles)}: agents, plugins and their API descriptions are tested again in review.`);
  }
  return out;
}

function at(root: Record<string, unknown>, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const key of path) v = asRecord(v)?.[key];
  return v;
}

function fileBytes(view: PackageView, name: string): Uint8Array | undefined {
  return view.bytes(view.findName(name) ?? name);
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

function ids(list: unknown, key: string): string[] {
  return asArray(list).flatMap((x) => asString(asRecord(x)?.[key]) ?? []);
}

function strings(list: unknown): string[] {
  return asArray(list).flatMap((x) => (typeof x === 'string' ? [x] : []));
}

function added<T>(now: readonly T[], before: readonly T[]): T[] {
  const seen = new Set(before);
  return [...new Set(now)].filter((x) => !seen.has(x));
}

/** JSON with sorted keys, so key order alone is not a change. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) => {
    const r = asRecord(value);
    return r ? Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]])) : value;
  }) ?? 'undefined';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** At most five names, quoted, then "and N more". */
function list(items: readonly string[]): string {
  const shown = items.slice(0, 5).map((s) => `"${s}"`).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
