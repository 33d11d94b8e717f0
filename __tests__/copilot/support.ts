// Runs only the Copilot rules on an in-memory package and picks one rule's findings.
import { copilotRules } from '../../src/engine/rules/copilot/index.js';
import type { Finding } from '../../src/engine/types.js';
import { check, type FileRecord } from '../helpers/packages.js';

export async function ruleFindings(record: FileRecord, ruleId: string): Promise<Finding[]> {
  const report = await check(record, { rules: copilotRules });
  return report.findings.filter((f) => f.ruleId === ruleId);
}

export async function copilotFindings(record: FileRecord): Promise<Finding[]> {
  return (await check(record, { rules: copilotRules })).findings;
}
