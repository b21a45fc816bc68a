import { readFileSync } from 'node:fs';
import { escapeRegExp } from '@optimocms/secret-scan';
import { walkFiles } from '@optimocms/secret-scan/cli-kit';
import path from 'node:path';
import { COMPONENT_SOURCE_EXTENSIONS, SDK, SDK_SCOPE_MODEL, requiredScope, requiredScopeForRequest, type Scope } from '@optimocms/auth-types';

/** What the OptimoCMS calls in component files need (the same shape as a program's usage). */
export interface ComponentUsage {
  needed: Map<Scope, string[]>;
  uncertain: Set<Scope> | 'all';
  calls: number;
  /** The component files read, from the root. */
  files: string[];
}

/**
 * Component formats a TypeScript program does not hold, whose scripts and markup call OptimoCMS too:
 * the framework model's source extensions (`.vue`, `.svelte`, `.astro`, shared with the codemod's
 * script blocks), plus `.mdx`. MDX is the plugin's own addition: no framework of the model owns it and
 * the codemod reads MDX as documentation, not code, but an MDX page's JSX and imports call OptimoCMS
 * like a component does (the README's MDX setup lints it).
 */
export const COMPONENT_EXTENSIONS: readonly string[] = [...COMPONENT_SOURCE_EXTENSIONS, 'mdx'].map((extension) => `.${extension}`);
const RESOURCES = Object.keys(SDK_SCOPE_MODEL);
// `cms.pages.list(`: a resource of the SDK's scope model, then an operation call; `cms.pages[op](` is uncertain.
const SDK_CALL = new RegExp(`\\.\\s*(${RESOURCES.join('|')})\\s*(?:\\.\\s*([A-Za-z_$][\\w$]*)\\s*\\(|\\[)`, 'g');
const QUOTED_URL = new RegExp(`(['"\`])((?:https?://${escapeRegExp(SDK.apiHost)})?${escapeRegExp(SDK.apiVersionPrefix)}/[^'"\`\\s]*)\\1`, 'g');
const CALLER = /\b(fetch|get|post|put|patch|delete)\s*\(\s*$/;
const METHOD = /\bmethod\s*:\s*['"]([A-Za-z]+)['"]/;

function scopesOfResource(resource: string): Scope[] {
  return Object.values(SDK_SCOPE_MODEL[resource as keyof typeof SDK_SCOPE_MODEL]);
}

/**
 * The component files under `root`, listed as the scanner lists a folder
 * (cli-kit's walk: .gitignore honoured, never `.git` or `node_modules`).
 * `complete` is false when a folder could not be read: its files' calls are unknown.
 */
function componentFiles(root: string): { files: string[]; complete: boolean } {
  const files: string[] = [];
  let complete = true;
  const onProblem = (): void => {
    complete = false;
  };
  walkFiles(root, root, { noIgnore: false, followSymlinks: false, notice: () => undefined, onUnreadableFolder: onProblem }, (file) => {
    if (COMPONENT_EXTENSIONS.includes(path.extname(file.path))) files.push(file.absolute);
  });
  return { files, complete };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * The scopes that OptimoCMS calls in `.vue`, `.svelte`, `.astro` and `.mdx`
 * files under `root` need. A TypeScript program does not hold these files,
 * so their calls are found in the text: `x.<resource>.<operation>(` with a
 * resource of the SDK's scope model, and request URLs of the OptimoCMS API.
 * Without types a call is taken to be OptimoCMS's: a scope is then kept, never
 * reported unused by mistake (removing a used scope breaks the app with 403s).
 */
export function componentUsage(root: string): ComponentUsage {
  const usage: ComponentUsage = { needed: new Map(), uncertain: new Set(), calls: 0, files: [] };
  const uncertain = (scopes: readonly Scope[] | 'all'): void => {
    if (usage.uncertain === 'all') return;
    if (scopes === 'all') usage.uncertain = 'all';
    else for (const scope of scopes) usage.uncertain.add(scope);
  };
  const listed = componentFiles(root);
  // A folder or file that could not be read may hold calls: no scope may then be called unused.
  if (!listed.complete) uncertain('all');
  for (const file of listed.files) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    usage.files.push(relative);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      uncertain('all');
      continue;
    }
    const site = (index: number, what: string): string => `${what} at ${relative}:${lineOf(text, index)}`;
    for (const match of text.matchAll(SDK_CALL)) {
      const [, resource = '', operation] = match;
      usage.calls++;
      const scope = operation === undefined ? undefined : requiredScope(resource, operation);
      if (scope) usage.needed.set(scope, [...(usage.needed.get(scope) ?? []), site(match.index, `.${resource}.${operation}()`)]);
      else uncertain(scopesOfResource(resource));
    }
    for (const match of text.matchAll(QUOTED_URL)) {
      const caller = CALLER.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
      const url = (match[2] ?? '').replaceAll(/\$\{[^}]*\}/g, '{x}');
      usage.calls++;
      let method: string | undefined;
      if (caller === 'fetch') method = METHOD.exec(text.slice(match.index, match.index + 300).split(')')[0] ?? '')?.[1]?.toUpperCase() ?? 'GET';
      else if (caller !== undefined) method = caller.toUpperCase();
      const scope = method === undefined ? undefined : requiredScopeForRequest(method, url);
      if (scope) usage.needed.set(scope, [...(usage.needed.get(scope) ?? []), site(match.index, `${method} ${url}`)]);
      else uncertain('all');
    }
  }
  return usage;
}
