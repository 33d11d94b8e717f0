// Collects read problems with a cap, so a hostile archive (1,000 unsafe names) gives a readable report:
// the first MAX_READ_PROBLEMS are listed, the rest are counted in one summary problem per rule.
import { MAX_READ_PROBLEMS } from './limits.js';
import type { ReadProblem } from './package-view.js';

export class ProblemList {
  private readonly listed: ReadProblem[] = [];
  private readonly dropped = new Map<string, number>();

  constructor(private readonly max = MAX_READ_PROBLEMS) {}

  push(problem: ReadProblem): void {
    if (this.listed.length < this.max) this.listed.push(problem);
    else this.dropped.set(problem.ruleId, (this.dropped.get(problem.ruleId) ?? 0) + 1);
  }

  get size(): number {
    return this.listed.length;
  }

  toArray(): ReadProblem[] {
    const summaries = [...this.dropped].map(([ruleId, n]) => ({
      ruleId,
      message: `${n} more problem${n === 1 ? '' : 's'} of this kind ${n === 1 ? 'was' : 'were'} not listed.`,
    }));
    return [...this.listed, ...summaries];
  }
}
