import type { KeyEnvironment } from './keys.js';
import type { Scope } from './scopes.js';

// Project convention (not in the OptimoCMS guide): the `optimocms.keys.ts` manifest and its `defineKeys` helper are ours.
/** Where a project declares its keys, and the helper that declares them: tools look for both by name. */
export const KEY_MANIFEST = {
  fileName: 'optimocms.keys.ts',
  helperName: 'defineKeys',
} as const;

/** One API key a project uses, as declared in its `optimocms.keys.ts`. */
export interface KeyDefinition {
  /** The key's name, as in the dashboard ("Production Backend"). */
  readonly name: string;
  readonly environment: KeyEnvironment;
  /** The scopes the key is created with: the minimum it needs. */
  readonly scopes: readonly Scope[];
  readonly description?: string;
  /** The environment variable that holds it, e.g. `OPTIMOCMS_LIVE_KEY`. */
  readonly envVar?: string;
}

/**
 * Declares a project's keys. An identity function: it exists so that the
 * declarations are type-checked and so that tools can find them.
 *
 * @example
 * export default defineKeys([
 *   { name: 'Website (read-only)', environment: 'live', scopes: ['sites:read', 'pages:read', 'media:read'] },
 * ]);
 */
export function defineKeys<const T extends readonly KeyDefinition[]>(keys: T): T {
  return keys;
}
