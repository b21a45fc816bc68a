import type { PublicEnvPrefix } from '../env.js';
import { FRAMEWORKS, FRAMEWORK_MODELS } from './model.js';
import type { FrameworkId } from './types.js';

/**
 * The prefixes a framework inlines into browser code. `dependencies`: the
 * package's dependency names, to drop prefixes that need a missing one
 * (`NG_APP_` without `@ngx-env/builder`); omitted, every prefix counts.
 */
export function publicEnvPrefixesOf(framework: FrameworkId, dependencies?: ReadonlySet<string>): PublicEnvPrefix[] {
  return FRAMEWORKS[framework].publicEnv.prefixes
    .filter(({ requires }) => requires === undefined || dependencies === undefined || dependencies.has(requires))
    .map(({ prefix }) => prefix);
}

/** The frameworks that make a prefix public. */
export function frameworksUsingPrefix(prefix: string): FrameworkId[] {
  return FRAMEWORK_MODELS.filter(({ publicEnv }) => publicEnv.prefixes.some((use) => use.prefix === prefix)).map(({ id }) => id);
}
