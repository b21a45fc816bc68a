import { SCRIPT_FILE_PATTERN, TYPESCRIPT_FILE_PATTERN } from '@optimocms/auth-types';

/** Files the codemod rewrites (TypeScript and JavaScript, with JSX): auth-types' list, shared with every tool. */
export const TRANSFORMABLE = SCRIPT_FILE_PATTERN;
/** TypeScript files: the only ones that get `!`. */
export const TYPESCRIPT = TYPESCRIPT_FILE_PATTERN;
