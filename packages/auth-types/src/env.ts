import { KEY_ENVIRONMENT_PROPERTIES } from './keys.js';

// Project convention (not in the OptimoCMS guide): the guide's examples read OPTIMOCMS_API_KEY; that these are the names to use and look for is ours.
/** Conventional environment variable names for keys. */
export const ENV_VARS = {
  /** The one key of a project that has a single key. */
  apiKey: 'OPTIMOCMS_API_KEY',
  live: KEY_ENVIRONMENT_PROPERTIES.live.envVar,
  sandbox: KEY_ENVIRONMENT_PROPERTIES.sandbox.envVar,
} as const;

/** The conventional names as a tuple. */
export const KEY_ENV_VAR_NAMES = [ENV_VARS.apiKey, ENV_VARS.live, ENV_VARS.sandbox] as const;

/** `'OPTIMOCMS_API_KEY' | 'OPTIMOCMS_LIVE_KEY' | 'OPTIMOCMS_SANDBOX_KEY'`. */
export type KeyEnvVarName = (typeof KEY_ENV_VAR_NAMES)[number];

// Project convention (not in the OptimoCMS guide): the shared prefix of the names above.
/** Every OptimoCMS variable shares this prefix. */
export const ENV_VAR_PREFIX = 'OPTIMOCMS_';

// Project convention (not in the OptimoCMS guide): the guide says "never client-side"; which names bundlers inline comes from each bundler's docs.
/**
 * Prefixes that bundlers inline into browser code, with the bundler that
 * does it. A variable with one of these prefixes is public.
 */
export const PUBLIC_ENV_PREFIXES = [
  { prefix: 'NEXT_PUBLIC_', bundler: 'Next.js' },
  { prefix: 'VITE_', bundler: 'Vite' },
  { prefix: 'REACT_APP_', bundler: 'Create React App' },
  { prefix: 'EXPO_PUBLIC_', bundler: 'Expo' },
  { prefix: 'PUBLIC_', bundler: 'SvelteKit / Astro' },
  { prefix: 'NUXT_PUBLIC_', bundler: 'Nuxt' },
  { prefix: 'GATSBY_', bundler: 'Gatsby' },
  { prefix: 'VUE_APP_', bundler: 'Vue CLI' },
  { prefix: 'STORYBOOK_', bundler: 'Storybook' },
  { prefix: 'NG_APP_', bundler: 'Angular (@ngx-env/builder)' },
  { prefix: 'BUN_PUBLIC_', bundler: 'Bun' },
] as const;

/** One of the browser-public prefixes. */
export type PublicEnvPrefix = (typeof PUBLIC_ENV_PREFIXES)[number]['prefix'];

/** The browser-public prefix `name` starts with, or `undefined` when the name is not public. */
export function publicEnvPrefix(name: string): PublicEnvPrefix | undefined {
  return PUBLIC_ENV_PREFIXES.find(({ prefix }) => name.startsWith(prefix))?.prefix;
}

/** The bundler that inlines `name` into browser code, or `undefined` when the name is not public. */
export function publicEnvBundler(name: string): string | undefined {
  return PUBLIC_ENV_PREFIXES.find(({ prefix }) => name.startsWith(prefix))?.bundler;
}

/** True when a bundler inlines the variable into browser code. */
export function isBrowserPublicEnvName(name: string): boolean {
  return publicEnvBundler(name) !== undefined;
}

// Project convention (not in the OptimoCMS guide): how we recognise a credential's variable name.
/** Words that mark a variable as holding a credential. */
export const SECRET_NAME_WORDS = ['KEY', 'TOKEN', 'SECRET'] as const;

/** True for a name that holds an OptimoCMS credential: contains `OPTIMOCMS` and KEY, TOKEN or SECRET. */
export function isOptimoSecretEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.includes('OPTIMOCMS') && SECRET_NAME_WORDS.some((word) => upper.includes(word));
}

/** A browser-public name that holds an OptimoCMS credential, e.g. `NEXT_PUBLIC_OPTIMOCMS_API_KEY`. */
export function isPublicOptimoSecretEnvName(name: string): boolean {
  return isBrowserPublicEnvName(name) && isOptimoSecretEnvName(name);
}
