/** Files the codemod rewrites (TypeScript and JavaScript, with JSX). */
export const TRANSFORMABLE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;
/** TypeScript files: the only ones that get `!`. */
export const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/i;
