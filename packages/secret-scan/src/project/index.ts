// `@optimocms/secret-scan/project`: which package and framework a file belongs to (reads package.json and config file
// names; cached per folder). Used by the ESLint plugin, the codemod and the scanner alike.
export { createProjectResolver, sharedProjectResolver, type FileContext, type ProjectInfo, type ProjectProblem, type ProjectResolver, type ProjectResolverOptions } from './project-resolver.js';
export { NODE_FILE_SYSTEM, type ProjectFileSystem } from './file-system.js';
