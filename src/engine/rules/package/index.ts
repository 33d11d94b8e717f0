// Package-level rules (structure, JSON, placeholders, unused files). Read problems are listed in read-problems.ts.
import type { Rule } from '../rule.js';
import { jsonParses, manifestAtRoot, referencedFilesPresent } from './structure.js';
import { placeholdersFunctional, placeholdersResolved } from './placeholders.js';
import { noUnusedFiles } from './unused-files.js';

export const packageRules: readonly Rule[] = [manifestAtRoot, jsonParses, referencedFilesPresent, placeholdersResolved, placeholdersFunctional, noUnusedFiles];
