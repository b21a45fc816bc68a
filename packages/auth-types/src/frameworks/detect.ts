import { matchesGlob } from './glob.js';
import { FRAMEWORK_MODELS } from './model.js';
import type { FrameworkId } from './types.js';

/** The parts of a package.json that detection reads. */
export interface PackageManifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** Every dependency name a manifest declares; a field that is not an object is ignored. */
export function manifestDependencies(manifest: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof manifest !== 'object' || manifest === null) return names;
  for (const field of DEPENDENCY_FIELDS) {
    const value = (manifest as Record<string, unknown>)[field];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const name of Object.keys(value)) names.add(name);
  }
  return names;
}

/**
 * The frameworks a package uses, in precedence order (meta-frameworks before
 * Vite, Vite before server runtimes): the first is the one that decides file
 * roles. `configFileNames`: the file names in the package root (e.g. from
 * `readdir`), for config files such as `next.config.mjs` or `deno.json`.
 */
export function frameworkFromManifest(manifest: PackageManifest | unknown, configFileNames: readonly string[] = []): FrameworkId[] {
  const dependencies = manifestDependencies(manifest);
  return FRAMEWORK_MODELS.filter(
    ({ detect }) =>
      detect.dependencies.some((name) => dependencies.has(name)) ||
      detect.configFiles.some((glob) => configFileNames.some((file) => matchesGlob(glob, file))),
  ).map(({ id }) => id);
}
