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
      'Neither a Teams app (manifest.json at the root), a Power Platform connector (apiDefinition.swagger.json, apiProperties.json) nor a Copilot (Graph) connector definition was found.',
  },
  {
    id: 'package.json-encoding',
    title: 'JSON files are UTF-8',
    severity: 'warning',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description:
      'Bytes that are not valid UTF-8 are an error: the text read differs from what was written (each bad byte becomes U+FFFD). ' +
      'UTF-16 (with or without a byte-order mark) is a warning: this tool reads it, but Microsoft does not document that its ' +
      'upload and review services do, and JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1). UTF-8 with a byte-order mark is accepted.',
  },
  {
    id: 'package.json-duplicate-key',
    title: 'No key appears twice in one JSON object',
    severity: 'warning',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description:
      'JSON.parse keeps the last value of a repeated key, other parsers keep the first or reject the file (RFC 8259 §4: names ' +
      'should be unique), so what this tool checks may not be what Teams or Partner Center reads. A warning, because which value ' +
      'the services keep is not documented.',
  },
  {
    id: 'package.json-too-deep',
    title: 'JSON files are not nested absurdly deep',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.appPackage,
    description:
      'Arrays and objects nested more than 256 levels deep are refused unparsed: no real manifest or API description comes near ' +
      "it (the .NET JSON readers Microsoft's services use stop at 64 by default), and deeper input only serves to overflow recursive parsers.",
  },
];
