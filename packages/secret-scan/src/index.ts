// The library export is the engine only: pure, no I/O, safe to call from ESLint, secretlint and the codemod.
export * from './engine/index.js';
