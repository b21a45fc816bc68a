import { ENV_ACCESS_FORMS, ENV_VAR_PREFIX, isBrowserPublicEnvName, isOptimoSecretEnvName } from '@optimocms/auth-types';
import { escapeRegExp, findKeyTokens, isPlaceholder } from '@optimocms/secret-scan';

const NAME = '([A-Za-z_][A-Za-z0-9_]*)';
const pick = <T>(select: (form: (typeof ENV_ACCESS_FORMS)[number]) => T[]) => [...new Set(ENV_ACCESS_FORMS.flatMap(select))];

// Every access form of the framework model, as text patterns: `process.env.X`, `process.env['X']`, `import.meta.env.X`,
// `Bun.env.X`, `Deno.env.get('X')`, an upper-case `env.X` (a Worker's or $env/dynamic's binding).
const MEMBERS = pick((form) => (form.kind === 'member' ? [escapeRegExp(form.object)] : []));
const BINDINGS = pick((form) => (form.kind === 'parameter' ? [form.name] : form.kind === 'import' && form.binding !== undefined ? [form.binding] : []));
const CALLEES = pick((form) => (form.kind === 'call' && form.path === undefined ? [escapeRegExp(form.callee)] : []));
const MEMBER_READ = new RegExp(`(?:\\b(?:${MEMBERS.join('|')})(?:\\.|\\[\\s*['"\`])${NAME}|\\b(?:${CALLEES.join('|')})\\(\\s*['"\`]${NAME}|(?<![.\\w$])(?:${BINDINGS.join('|')})\\.([A-Z_][A-Z0-9_]*))`, 'g');
// `import { A, B as C } from '$env/static/private'` (or astro:env/server): A and B are variables.
const IMPORT_MODULES = pick((form) => (form.kind === 'import' && form.binding === undefined ? [escapeRegExp(form.module)] : []));
const IMPORT_READ = new RegExp(`\\bimport\\s*\\{([^}]*)\\}\\s*from\\s*['"](?:${IMPORT_MODULES.join('|')})['"]`, 'g');

/** The environment variables a code file reads, by any access form of the framework model, by text. */
export function envNamesReadBy(text: string): string[] {
  if (!text.includes('env')) return [];
  const names = [...text.matchAll(MEMBER_READ)].map((match) => (match[1] ?? match[2] ?? match[3]) as string);
  for (const match of text.matchAll(IMPORT_READ)) {
    for (const specifier of (match[1] as string).split(',')) {
      const imported = /^\s*(?:type\s+)?([A-Za-z_][A-Za-z0-9_]*)/.exec(specifier)?.[1];
      if (imported !== undefined) names.push(imported);
    }
  }
  return names;
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
