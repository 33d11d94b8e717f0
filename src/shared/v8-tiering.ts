// How eagerly V8 optimizes this process's code, set by the bundles' entries before the engine runs.
// On V8 11 (Node 20) TurboFan is the only optimizing tier, and its default interrupt budget optimizes a function
// after little execution. Checking hundreds of connectors, whose JSON has ever new shapes, then spends about as much
// CPU compiling and recompiling (deoptimized rule functions, the position index) as checking: --trace-opt summed
// 10 s of TurboFan jobs over the 990 connectors of the scale bench, in a run of 13 s. A budget 16 times larger lets
// a function gather its type feedback first: on the same archive the CLI took 20-25 % less CPU and wall time
// (bench/results.md). V8 12 and later (Node 22, 24) put Maglev between the interpreter and TurboFan and have no
// such flag; there a larger TurboFan threshold measured no better, so nothing is set.
import { setFlagsFromString } from 'node:v8';

/** The interrupt budget, in bytes of bytecode run, that V8 11 uses: 16 times its default of 66 KiB. */
export const INTERRUPT_BUDGET = 16 * 66 * 1024;

/** The V8 flags worth setting for a V8 version ("11.3.244.8-node.38"), or undefined for none. */
export function tieringFlags(v8Version: string): string | undefined {
  const major = Number(/^(\d+)\./.exec(v8Version)?.[1]);
  // Before 12, the flag exists (V8 10 and 11); an unknown flag would be printed to stderr by V8 itself.
  return Number.isInteger(major) && major < 12 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : undefined;
}

/**
 * Sets the flags for this process. Only flags read when a function is compiled, set before the checks run: a flag
 * set later would apply to later compilations only, and flags of the collector must not change at run time at all
 * (V8 stops with "Check failed" when they do). Worker threads share the process's flags.
 */
export function tuneTiering(): void {
  const flags = tieringFlags(process.versions.v8);
  if (flags) setFlagsFromString(flags);
}
