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
  {
    id: 'package.toolkit-unset-variable',
    title: 'Every variable a toolkit project packages has a value',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.agentsToolkitEnvironments,
    description:
      'The Agents Toolkit replaces each ${{VAR}} in the packaged files from the process environment or env/.env.<environment>, and stops ' +
      'with "Missing environment variables" when one has no value (an empty value counts as none, except APP_NAME_SUFFIX). A variable ' +
      'that no step of the project\'s yml writes when the project is provisioned will never get one: reported once, on the line that ' +
      'first uses it. The package is still checked, with a stand-in value.',
  },
  {
    id: 'package.toolkit-stand-in',
    title: 'Variables provisioned later were checked with stand-in values',
    severity: 'notice',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.agentsToolkitEnvironments,
    description:
      'A variable a step of the yml writes (teamsApp/create, botAadApp/create, aadApp/create, oauth/register, arm/deploy outputs, …) is ' +
      'often still empty in a pull request: the package is checked with a stand-in of the same kind (a GUID for ids, an https URL on ' +
      'example.com for endpoints and domains), once per variable. A secret (SECRET_*, a name like *_PASSWORD or *_TOKEN, anything in ' +
      '.env.<environment>.user) is never read: a secret in a packaged file is a warning, since everyone who installs the app can read it.',
  },
  {
    id: 'package.toolkit-build',
    title: 'A toolkit project builds as the toolkit builds it',
    severity: 'error',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.agentsToolkitManifest,
    description:
      "What stops the toolkit's zipAppPackage step, or changes the package it writes: a manifest that is missing or not JSON, " +
      "$[file('…')] naming a file that is missing, outside the referencing file's folder or not .txt/.md, a referenced file outside " +
      'the app folder, a value that breaks the JSON once substituted. Warnings for what the toolkit changes silently: an app id that ' +
      'is not a GUID (a new random id at every build), a plugin response template that cannot be read (dropped).',
  },
  {
    id: 'package.toolkit-typespec',
    title: 'An agent written in TypeSpec is checked once compiled',
    severity: 'notice',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.typeSpecForCopilot,
    description:
      'The toolkit compiles main.tsp into appPackage/.generated (declarative agent, plugin, OpenAPI description) when it builds the ' +
      'package; a repository holds no such JSON, so the agent cannot be checked until the package is built. Build first and check the zip.',
  },
  {
    id: 'package.toolkit-connector-code',
    title: "A Graph connector defined in code is checked from its exported definition",
    severity: 'notice',
    audiences: BOTH,
    kinds: ALL_KINDS,
    docs: DOCS.graphManageSchema,
    description:
      "Graph connector samples (TypeScript, C#, PowerShell) create the external connection and its schema through Microsoft Graph at " +
      'run time; the Teams app is checked, but the connection and schema only when they are exported as JSON and checked as a Graph ' +
      'connector definition.',
  },
];
