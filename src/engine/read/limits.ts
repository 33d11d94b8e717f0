// Reading limits. A Teams package is a few files and well under a megabyte; these leave ample room
// for real packages while refusing archives built to exhaust memory or time.

/** Most entries read from one zip or folder. */
export const MAX_ENTRIES = 1_000;
/** Largest single file inflated or read (bytes). */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
/** Largest total of all inflated files in one package (bytes). */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Largest compression ratio accepted for an entry bigger than RATIO_FLOOR_BYTES. */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries smaller than this are not ratio-checked: tiny files compress well legitimately. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Largest zip file opened at all (bytes). */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Deepest folder nesting walked when reading a folder package. */
export const MAX_FOLDER_DEPTH = 16;
