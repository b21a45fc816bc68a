// Project convention (not in the OptimoCMS guide): which files our tools treat as code is ours.

/** The files the ESLint plugin lints and the codemod rewrites: JavaScript and TypeScript, with JSX (without the dot). */
export const SCRIPT_EXTENSIONS = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'] as const;

/** The TypeScript ones among them. */
export const TYPESCRIPT_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts'] as const satisfies readonly (typeof SCRIPT_EXTENSIONS)[number][];

/** The JavaScript ones among them. */
export const JAVASCRIPT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs'] as const satisfies readonly (typeof SCRIPT_EXTENSIONS)[number][];

/** Source files of other languages and component formats: a key assigned there is code, not configuration. */
export const OTHER_CODE_EXTENSIONS = [
  'py', 'rb', 'go', 'java', 'kt', 'kts', 'php', 'cs', 'swift', 'rs', 'vue', 'svelte', 'astro', 'scala', 'dart',
] as const;

/** Every extension the scanner treats as source code. */
export const CODE_FILE_EXTENSIONS = [...SCRIPT_EXTENSIONS, ...OTHER_CODE_EXTENSIONS] as const;

/** A glob alternation of extensions, e.g. `{ts,tsx}` for `**\/*.test.{ts,tsx}`. */
export function extensionGlob(extensions: readonly string[]): string {
  return `{${extensions.join(',')}}`;
}

function endsWithExtension(extensions: readonly string[]): RegExp {
  return new RegExp(`\\.(?:${extensions.join('|')})$`, 'i');
}

/** A path ending in a TypeScript extension (any case); not global, so `test` keeps no state. */
export const TYPESCRIPT_FILE_PATTERN = endsWithExtension(TYPESCRIPT_EXTENSIONS);
/** A path ending in a JavaScript or TypeScript extension. */
export const SCRIPT_FILE_PATTERN = endsWithExtension(SCRIPT_EXTENSIONS);
/** A path ending in any code-file extension. */
export const CODE_FILE_PATTERN = endsWithExtension(CODE_FILE_EXTENSIONS);

/** True for a TypeScript file (`.ts`, `.tsx`, `.mts`, `.cts`, any case). */
export function isTypeScriptFile(path: string): boolean {
  return TYPESCRIPT_FILE_PATTERN.test(path);
}

/** True for a TypeScript or JavaScript file. */
export function isScriptFile(path: string): boolean {
  return SCRIPT_FILE_PATTERN.test(path);
}

/** True for a source file of any language the scanner knows. */
export function isCodeFile(path: string): boolean {
  return CODE_FILE_PATTERN.test(path);
}
