// The library export is the engine only: pure, no I/O, safe to call from ESLint, secretlint and the codemod.
export * from './engine/index.js';
// One escaper for the tools that build patterns from auth-types' facts (the ESLint plugin, the codemod).
export { escapeRegExp } from './engine/escape-regexp.js';
