// The JSON report: the contract every other output is derived from (DESIGN.md §3).
import type { Report } from '../engine/types.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
