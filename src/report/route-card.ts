// The route card: per package, one row per audience with the channel, the verdict, the first blockers and the next step.
import type { PackageReport } from '../engine/types.js';
import { escapeMarkdown } from './escape.js';
import { AUDIENCE_NAMES, CHANNEL_NAMES } from './format.js';

export function routeCard(p: PackageReport): string[] {
  const rows = p.routes.map((r) => {
    const verdict = r.eligible ? '✅ ready' : '❌ blocked';
    const blockers = r.blockers.slice(0, 3).map((b) => escapeMarkdown(b.message)).join('<br>') || '—';
    const more = r.blockers.length > 3 ? `<br>… and ${r.blockers.length - 3} more` : '';
    const next = r.eligible ? escapeMarkdown(r.steps[0] ?? '—') : 'Fix the blockers, then run the check again.';
    return `| ${AUDIENCE_NAMES[r.audience]} | ${escapeMarkdown(CHANNEL_NAMES[r.channel])} | ${verdict} | ${blockers}${more} | ${next} |`;
  });
  return ['| Audience | Channel | Verdict | First blockers | Next step |', '|---|---|---|---|---|', ...rows];
}
