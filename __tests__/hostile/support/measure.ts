// Time and peak memory of one case, for the table the hostile suite writes to .tmp/. Recorded, never
// asserted on time (timing belongs to `npm run bench`); memory is asserted only loosely by the tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collection before each case makes the baseline comparable between cases.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Measured<T> {
  result: T;
  ms: number;
  /** Peak of heap + external (array buffers) above the baseline, in MiB, sampled every millisecond. */
  peakMiB: number;
}

const MiB = 1024 * 1024;
const jsMemory = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  gc();
  const baseline = jsMemory();
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, jsMemory());
  }, 1);
  const started = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - started;
    peak = Math.max(peak, jsMemory());
    return { result, ms, peakMiB: Math.max(0, (peak - baseline) / MiB) };
  } finally {
    clearInterval(timer);
  }
}

export interface Row {
  name: string;
  ruleIds: string;
  /** The whole checkPaths call: the hostile package and the good one after it. */
  ms: number;
  /** The hostile package alone, as its report's stats.ms says (reading included). */
  packageMs?: number;
  peakMiB: number;
}

/** Collects rows and writes them as a markdown table to .tmp/hostile/<suite>.md (and prints it). */
export class CaseTable {
  private readonly rows: Row[] = [];
  constructor(private readonly suite: string) {}

  add(row: Row): void {
    this.rows.push(row);
  }

  write(): string {
    const lines = [
      `| case | finding (rule ids) | package ms | run ms | peak MiB |`,
      `|---|---|---:|---:|---:|`,
      ...this.rows.map((r) => `| ${r.name} | ${r.ruleIds || '—'} | ${r.packageMs?.toFixed(1) ?? '—'} | ${r.ms.toFixed(1)} | ${r.peakMiB.toFixed(1)} |`),
    ];
    const note = 'package ms: the hostile package alone (its stats.ms); run ms: checkPaths over it and a good package; peak MiB: heap + external above the baseline, sampled every millisecond. Not asserted: timing belongs to the benchmark.';
    const text = `## ${this.suite}\n\n${lines.join('\n')}\n\n${note}\n`;
    const dir = resolve(process.cwd(), '.tmp', 'hostile');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, `${this.suite}.md`), text);
    console.log(text);
    return text;
  }
}
