// Package-level rules (structure, JSON). Read problems are listed in read-problems.ts.
import type { Rule } from '../rule.js';
import { jsonParses, manifestAtRoot, referencedFilesPresent } from './structure.js';

export const packageRules: readonly Rule[] = [manifestAtRoot, jsonParses, referencedFilesPresent];
