// A route per requested audience: eligible when no error applies to that audience and nothing structural closes it.
import type { Audience, AudienceOption, Finding, Kind, Route } from '../types.js';
import { ROUTE_TABLE } from './table.js';

export function audiencesOf(option: AudienceOption): Audience[] {
  return option === 'both' ? ['single-tenant', 'multitenant'] : [option];
}

export function evaluateRoutes(kind: Kind, findings: readonly Finding[], audience: AudienceOption): Route[] {
  return audiencesOf(audience).map((a) => {
    if (kind === 'unknown') {
      return {
        audience: a,
        channel: 'none',
        eligible: false,
        blockers: blockersFor(findings, a),
        prerequisites: [],
        steps: ['Give the path of a Teams app package, a Power Platform connector folder or a Graph connector definition.'],
      };
    }
    const spec = ROUTE_TABLE[kind][a];
    const blockers = [...(spec.closed ? [spec.closed] : []), ...blockersFor(findings, a)];
    return {
      audience: a,
      channel: spec.channel,
      eligible: blockers.length === 0,
      blockers,
      prerequisites: [...spec.prerequisites],
      steps: [...spec.steps],
    };
  });
}

function blockersFor(findings: readonly Finding[], audience: Audience) {
  return findings
    .filter((f) => f.severity === 'error' && f.audiences.includes(audience))
    .map((f) => ({ ruleId: f.ruleId, message: f.message }));
}
