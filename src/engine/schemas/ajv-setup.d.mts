// Types of ajv-setup.mjs (plain JavaScript, shared with scripts/compile-schemas.mjs).
export declare const AJV_OPTIONS: Readonly<{ allErrors: true; strict: false; strictTypes: false; validateSchema: false; inlineRefs: false }>;
export declare const OPENAPI_AJV_OPTIONS: Readonly<{ allErrors: true; strict: false; validateFormats: false }>;
export declare const OPENAPI_COMPILED: Readonly<{ v2: string; v3: string }>;
export declare const CONFIG_AJV_OPTIONS: Readonly<{ allErrors: true }>;
export declare const CONFIG_COMPILED: string;
export declare const FORMATS: readonly ('uri' | 'email' | 'regex' | 'uuid')[];
export declare const STANDALONE_RUNTIME: readonly string[];
export declare function fixSchemaText(text: string): string;
export declare function anonymous<T extends Record<string, unknown>>(schema: T): T;
export declare function compiledFileOf(schemaRelPath: string): string;
