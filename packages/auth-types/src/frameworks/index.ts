export * from './types.js';
export { FRAMEWORKS, FRAMEWORK_MODELS, SERVER_PATH_MARKERS, FALLBACK_FILE_RULES, SECRET_ENV_FILE_GLOBS, COMPONENT_SOURCE_EXTENSIONS, ENV_ACCESS_FORMS, isFrameworkId } from './model.js';
export { frameworkFromManifest, manifestDependencies, type PackageManifest } from './detect.js';
export { classifyModulePath, clientOutputOf, exportRole, exportRoles, fileRuleFor, shipsToBrowser } from './classify.js';
export { publicEnvPrefixesOf, frameworksUsingPrefix } from './public-env.js';
export { matchesGlob as matchesModelGlob } from './glob.js';
