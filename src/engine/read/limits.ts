// Reading limits. A Teams package is a few files and well under a megabyte; these leave ample room
// for real packages while refusing archives built to exhaust memory or time.

/** Most entries read from one zip or folder. */
export const MAX_ENTRIES = 1_000;
/** Largest single file inflated or read (bytes). */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
/** Largest total of all inflated files in one package (bytes). */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/**
 * Largest compression ratio accepted, per entry and for the whole archive (inflated bytes over the archive's
 * size on disk). Real packages are mostly PNGs, which barely compress; zip bombs start near 1000:1, and
 * overlapping-entry bombs reuse one compressed stream for many entries, which only the archive-wide ratio sees.
 */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries (and archives) inflating to less than this are not ratio-checked: tiny files compress well legitimately. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Largest zip file opened at all (bytes). */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Deepest folder nesting walked when reading a folder package. */
export const MAX_FOLDER_DEPTH = 16;
/**
 * Most read problems reported for one package; past it one summary finding says how many more there were,
 * so an archive of 1,000 hostile names gives a readable report, not 1,000 findings.
 */
export const MAX_READ_PROBLEMS = 25;
/**
 * Deepest nesting of arrays and objects parsed in a JSON file; deeper files are refused unparsed, so
 * recursive code (momoa's position parser, rules walking values) never meets a depth that overflows the
 * stack. Four times the default maximum depth of the .NET JSON readers Microsoft's services use (64), so
 * no file those services accept comes near it.
 */
export const MAX_JSON_DEPTH = 256;
/**
 * Largest JSON text parsed (characters). JSON.parse needs about 70 ms per megabyte of small values and rules
 * walk the result; real manifests and API descriptions are kilobytes to a few hundred kilobytes.
 */
export const MAX_JSON_CHARS = 4 * 1024 * 1024;
/**
 * Largest JSON text whose positions come from momoa's syntax tree; larger ones are located by scanning the
 * text, because the tree costs about 130 bytes per value (an 8 MB array of numbers: 1 GB).
 */
export const MAX_AST_CHARS = 256 * 1024;
/** Most pointer lookups by scanning in one large JSON text; past it findings there carry no line. */
export const MAX_TEXT_LOCATES = 200;
/** Archives up to this size are read into memory whole before their entries are listed (faster; see zip.ts). */
export const IN_MEMORY_ARCHIVE_BYTES = 8 * 1024 * 1024;
/**
 * Most values (strings, numbers, members, elements) in one JSON text parsed. Rules and schema validators walk
 * every value, and a validator reporting all errors spends about 15 µs on each bad one (400,000 wrong array items
 * in a manifest: 6 s). A manifest holds hundreds of values, a large connector definition tens of thousands.
 */
export const MAX_JSON_VALUES = 100_000;
/**
 * Largest YAML text parsed (characters). The `yaml` parser runs at about 1.5 s per MiB (JSON.parse: 70 ms), so
 * a YAML API description is bounded far below JSON's limit; real ones are tens of kilobytes.
 */
export const MAX_YAML_CHARS = 512 * 1024;
/**
 * Bounds of one API description's spec checks (swagger-parser's, read through references as they are met,
 * src/engine/openapi/spec-check.ts): references resolved, objects read through them, and time. The largest
 * connector of microsoft/PowerPlatformConnectors needs a few thousand of each and a few milliseconds; references
 * that fan out (each schema naming the next several times) need exponentially many, and stop here with a finding.
 */
export const MAX_SPEC_CHECK_REFS = 50_000;
/**
 * Largest size, in values, an API description may reach once every local `$ref` is replaced by its target (counted
 * without building it). The largest connector of microsoft/PowerPlatformConnectors dereferences to about 100,000.
 */
export const MAX_DEREFERENCED_VALUES = 1_000_000;
export const MAX_SPEC_CHECK_OBJECTS = 200_000;
export const MAX_SPEC_CHECK_MS = 2_000;
/**
 * Most characters of one field's text that a text rule reads (store names and descriptions, agent instructions,
 * connector summaries …). Every expression those rules run is linear (`__tests__/hostile/regex-audit.test.ts`);
 * this bounds their work on a value of megabytes all the same, and the size of what a message quotes. Twice the
 * longest text field Microsoft documents (a declarative agent's instructions, 8,000 characters), so no real text is
 * cut; a field's own length limit is checked on the whole value by its rule or the schema.
 */
export const MAX_FIELD_CHARS = 16_384;
