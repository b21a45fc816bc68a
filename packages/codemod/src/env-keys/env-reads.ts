import { ENV_VAR_PREFIX, isBrowserPublicEnvName, isOptimoSecretEnvName } from '@optimocms/auth-types';
import { findKeyTokens, isPlaceholder } from '@optimocms/secret-scan';

const ENV_READ = /\b(?:process\.env|import\.meta\.env)(?:\.|\[\s*['"`])([A-Za-z_][A-Za-z0-9_]*)/g;

/** The environment variables a code file reads (`process.env.X`, `process.env['X']`, `import.meta.env.X`), by text. */
export function envNamesReadBy(text: string): string[] {
  if (!text.includes('.env')) return [];
  return [...text.matchAll(ENV_READ)].map((match) => match[1] as string);
}

/** The `OPTIMOCMS_*` names among them: names the code already uses for a key, never to be given to another one. */
export function optimoNamesAmong(names: Iterable<string>): Set<string> {
  return new Set([...names].filter((name) => name.startsWith(ENV_VAR_PREFIX)));
}

/** True when a `.env` value is a key: a key token (not a placeholder), or any value of an OptimoCMS credential name. */
function holdsKey(name: string, value: string): boolean {
  if (value === '') return false;
  return isOptimoSecretEnvName(name) || findKeyTokens(value).some((token) => !isPlaceholder(token.value));
}

/**
 * The `.env` variables that hold a key and that the code reads, in `.env`
 * order: `.env.example` must list them as well as the ones a run adds, or a
 * project that already had a `.env` gets an incomplete example.
 */
export function keyVariablesRead(existing: ReadonlyMap<string, string>, read: ReadonlySet<string>): string[] {
  // A browser-public name is never documented as the place for a key (the run moves the key to a server-side name).
  return [...existing].filter(([name, value]) => read.has(name) && !isBrowserPublicEnvName(name) && holdsKey(name, value)).map(([name]) => name);
}
