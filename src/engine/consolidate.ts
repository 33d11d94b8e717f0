// One root cause, one finding. Runs once per package, after the rules:
// - the same defect reported by two rules at one file and pointer (a rule's `restatedBy`) is kept once, as the
//   more precise finding, at the higher of the two severities;
// - one defect that a rule found in several places of one file (drafts with the same `repeat.summary`) becomes one
//   finding at the first place; its message lists the places, and `related` keeps each one for SARIF.
// A reviewer who sees 20 findings on every pull request stops reading them; 19 operations naming one undefined
// security scheme are one thing to fix.
import { originOf } from './findings.js';
import { combineFixes } from './fix/resolve.js';
import { ALL_AUDIENCES, type Finding, type Severity } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Places named in a grouped message; the others are counted ("and 12 more") and all stay in `related`. */
export const PLACES_IN_MESSAGE = 8;

export function consolidate(findings: Finding[]): Finding[] {
  return groupRepeats(mergeRestated(findings));
}

function mergeRestated(findings: Finding[]): Finding[] {
  if (!findings.some((f) => originOf(f)?.restatedBy)) return findings;
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.pointer}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(f);
    else buckets.set(key, [f]);
  }
  const dropped = new Set<Finding>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const restater = (g: Finding) => bucket.find((s) => s !== g && originOf(g)?.restatedBy?.includes(s.ruleId));
    const merges: Array<{ from: Finding; into: Finding; specific: boolean }> = [];
    for (const g of bucket) {
      let into = restater(g);
      // Follow the chain to the most precise finding (schema → Graph rule → placeholder); bounded by the bucket.
      for (let hops = 0, next = into && restater(into); next && hops < bucket.length; hops++, next = restater(next)) into = next;
      if (into) merges.push({ from: g, into, specific: bucket.some((o) => o !== g && originOf(o)?.restatedBy?.includes(g.ruleId)) });
    }
    // The more precise findings merge first, so that when the message grows it grows by their words.
    merges.sort((a, b) => Number(b.specific) - Number(a.specific) || RANK[a.from.severity] - RANK[b.from.severity]);
    for (const { from, into } of merges) {
      if (RANK[from.severity] < RANK[into.severity]) {
        // The restated finding is what makes this an error: its words say why.
        into.message = `${into.message} ${from.message}`;
        into.severity = from.severity;
      }
      into.audiences = ALL_AUDIENCES.filter((a) => into.audiences.includes(a) || from.audiences.includes(a));
      dropped.add(from);
    }
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}

function groupRepeats(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    const repeat = originOf(f)?.repeat;
    if (!repeat) {
      out.push(f);
      continue;
    }
    const key = [f.ruleId, f.file, f.severity, f.audiences.join(','), repeat.summary].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      out.push(f);
    }
  }
  if (groups.size === 0) return findings;
  const grouped = new Map<Finding, Finding>();
  for (const members of groups.values()) if (members.length > 1) grouped.set(members[0], merged(members));
  return grouped.size ? out.map((f) => grouped.get(f) ?? f) : out;
}

function merged(members: Finding[]): Finding {
  const sorted = [...members].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
  const [first, ...rest] = sorted;
  const summary = originOf(first)!.repeat!.summary;
  const places = sorted.map((m) => originOf(m)!.repeat!.place);
  const named = places.slice(0, PLACES_IN_MESSAGE).join(', ');
  const more = places.length > PLACES_IN_MESSAGE ? ` and ${places.length - PLACES_IN_MESSAGE} more` : '';
  const fix = combineFixes(sorted.flatMap((m) => (m.fix ? [m.fix] : [])));
  return {
    ...first,
    message: `${summary.replace(/\{n\}/g, String(places.length))}: ${named}${more}.`,
    related: rest.map((m) => ({ pointer: m.pointer, ...(m.line !== undefined ? { line: m.line, column: m.column } : {}), message: m.message })),
    // One finding for every place: its fix makes the change at every place.
    ...(fix ? { fix } : {}),
  };
}
