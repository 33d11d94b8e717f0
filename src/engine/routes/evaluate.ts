// A route per requested audience: eligible when no error finding applies to that audience and no structural fact
// closes it. The route carries the table's prerequisites and steps (with their links) and the one next step.
import type { Audience, AudienceOption, Blocker, Finding, Route } from '../types.js';
import { routeFacts, type RouteFact, type RoutePackage } from './facts.js';
import { CAPABILITY_ADDITIONS, CONNECTOR_ROUTES, ROUTE_TABLE, type RouteItem, type RouteSpec } from './table.js';

export type { RoutePackage } from './facts.js';

export function audiencesOf(option: AudienceOption): Audience[] {
  return option === 'both' ? ['single-tenant', 'multitenant'] : [option];
}

const UNKNOWN_NEXT = 'Give the path of a Teams app package, a Power Platform connector folder or a Copilot (Graph) connector definition.';

export function evaluateRoutes(pkg: RoutePackage, findings: readonly Finding[], audience: AudienceOption): Route[] {
  const facts = routeFacts(pkg);
  return audiencesOf(audience).map((a) => {
    const fromFindings = blockersFor(findings, a);
    if (pkg.kind === 'unknown') {
      return { audience: a, channel: 'none', eligible: false, blockers: fromFindings, prerequisites: [], steps: [UNKNOWN_NEXT], next: UNKNOWN_NEXT };
    }
    const spec = specFor(pkg, a);
    const mine = facts.filter((f) => f.audiences.includes(a));
    const closing = mine.filter((f) => f.blocks);
    const blockers = [...closing.map(toBlocker), ...fromFindings];
    const cautions = mine.filter((f) => !f.blocks).map(toBlocker);
    const route: Route = {
      audience: a,
      channel: spec.channel,
      eligible: blockers.length === 0,
      blockers,
      prerequisites: spec.prerequisites.map((p) => p.text),
      steps: spec.steps.map((s) => s.text),
      next: nextStep(spec, closing, fromFindings),
      docs: { guide: spec.guide, prerequisites: spec.prerequisites.map((p) => p.docs), steps: spec.steps.map((s) => s.docs) },
    };
    if (cautions.length > 0) route.cautions = cautions;
    return route;
  });
}

/** The table's route for a kind and audience, with what the package's capabilities add. */
export function specFor(pkg: Pick<RoutePackage, 'kind' | 'capabilities' | 'connectorClass'>, audience: Audience): RouteSpec {
  if (pkg.kind === 'unknown') throw new Error('no route for an unknown package');
  if (pkg.kind === 'power-platform-connector' && audience === 'multitenant' && pkg.connectorClass) return CONNECTOR_ROUTES[pkg.connectorClass];
  const base = ROUTE_TABLE[pkg.kind][audience];
  if (pkg.kind !== 'teams-app') return base;
  const prerequisites: RouteItem[] = [...base.prerequisites];
  const extraSteps: RouteItem[] = [];
  for (const c of pkg.capabilities) {
    const add = CAPABILITY_ADDITIONS[c]?.[audience];
    for (const p of add?.prerequisites ?? []) if (!prerequisites.some((q) => q.text === p.text)) prerequisites.push(p);
    for (const s of add?.steps ?? []) if (!extraSteps.some((q) => q.text === s.text)) extraSteps.push(s);
  }
  // Capability steps come before the last step, which says what happens after.
  const steps = [...base.steps.slice(0, -1), ...extraSteps, ...base.steps.slice(-1)];
  return { ...base, prerequisites, steps };
}

function nextStep(spec: RouteSpec, closing: readonly RouteFact[], fromFindings: readonly Blocker[]): string {
  const way = closing.find((f) => f.next);
  if (way?.next) return way.next;
  if (fromFindings.length > 0) {
    const n = fromFindings.length;
    return `Fix ${n === 1 ? 'the error' : `the ${n} errors`} this route reports (first: ${fromFindings[0].ruleId}), then run the check again.`;
  }
  return spec.steps[0]?.text ?? '';
}

function toBlocker(f: RouteFact): Blocker {
  return { ruleId: f.ruleId, message: f.message };
}

function blockersFor(findings: readonly Finding[], audience: Audience): Blocker[] {
  return findings.filter((f) => f.severity === 'error' && f.audiences.includes(audience)).map((f) => ({ ruleId: f.ruleId, message: f.message }));
}
