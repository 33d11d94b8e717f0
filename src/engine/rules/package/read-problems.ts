// Problems met while reading an archive or folder. They are reported as findings of these rules.
import type { RuleMeta } from '../../types.js';
import { BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';

const ALL_KINDS = ['teams-app', 'power-platform-connector', 'graph-connector', 'unknown'] as const;

export const readProblemRules: readonly RuleMeta[] = [
  {
    id: 'package.zip-corrupt',
    title: 'The archive cannot be read',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description: 'The file is not a zip archive, or its structure is damaged (truncated, bad central directory, bad checksums).',
  },
  {
    id: 'package.zip-entry-refused',
    title: 'An archive entry is unsafe and was not read',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description:
      'Entry names that are absolute, use backslashes, climb out with "..", repeat, or are symbolic links could write outside the package when it is unpacked; encrypted entries cannot be validated.',
  },
  {
    id: 'package.zip-limit',
    title: 'The package exceeds a reading limit',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description:
      'Too many entries, an entry or total inflated size too large, or a compression ratio typical of zip bombs. Real packages are far below these limits.',
  },
  {
    id: 'package.unrecognized',
    title: 'Not a package this tool knows',
    severity: 'error',
    audiences: BOTH,
    kinds: ['unknown'],
    docs: DOCS.appPackage,
    description:
      'Neither a Teams app (manifest.json at the root), a Power Platform connector (apiDefinition.swagger.json, apiProperties.json) nor a Graph connector definition was found.',
  },
];
