import { createRequire } from 'node:module';
import path from 'node:path';
import { SDK, SDK_SCOPE_MODEL, requiredScope, requiredScopeForRequest, type Scope } from '@optimocms/auth-types';
import type * as ts from 'typescript';
import { componentUsage } from './component-usage.js';

/** What the OptimoCMS calls of one TypeScript program need. */
export interface ProgramUsage {
  /** Each needed scope with the calls that need it (`cms.pages.list()` at `app/page.tsx:3`). */
  needed: Map<Scope, string[]>;
  /**
   * Scopes that calls the model does not map might need. `'all'` when such a
   * call could need any scope (unknown resource, computed access): then no
   * scope can be called unused.
   */
  uncertain: Set<Scope> | 'all';
  /** How many OptimoCMS calls were found. */
  calls: number;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const cache = new WeakMap<ts.Program, ProgramUsage>();

// `typescript` is an optional peer dependency: load it only when a type-aware check runs.
let typescript: typeof ts | undefined;
function loadTypeScript(): typeof ts {
  typescript ??= createRequire(import.meta.url)('typescript') as typeof ts;
  return typescript;
}

/** Scopes any operation of an SDK resource may need (`products` → ecommerce scopes). */
function scopesOfSdkResource(resource: string): Scope[] {
  if (!Object.hasOwn(SDK_SCOPE_MODEL, resource)) return [];
  return Object.values(SDK_SCOPE_MODEL[resource as keyof typeof SDK_SCOPE_MODEL]);
}

/** A URL written as a literal or a template (`${id}` segments become `{x}`), else `undefined`. */
function staticUrl(t: typeof ts, node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (t.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{x}${span.literal.text}`).join('');
  return undefined;
}

function isOptimoUrl(url: string): boolean {
  return url.includes(SDK.apiHost) || url.startsWith(`${SDK.apiVersionPrefix}/`);
}

/**
 * The scopes that the OptimoCMS calls of a program need, computed once per
 * program (cached by the `ts.Program` object): SDK calls `cms.<resource>.<op>()`
 * on a value whose type is the SDK's `OptimoCMS` class, and REST requests to the
 * OptimoCMS API by `fetch`, `axios.<method>` and the like, mapped with auth-types'
 * request → scope model.
 */
export function programUsage(program: ts.Program): ProgramUsage {
  const cached = cache.get(program);
  if (cached) return cached;
  const t = loadTypeScript();
  const checker = program.getTypeChecker();
  const usage: ProgramUsage = { needed: new Map(), uncertain: new Set(), calls: 0 };

  const need = (scope: Scope, site: string): void => {
    const sites = usage.needed.get(scope) ?? [];
    sites.push(site);
    usage.needed.set(scope, sites);
  };
  const uncertain = (scopes: readonly Scope[] | 'all'): void => {
    if (usage.uncertain === 'all') return;
    if (scopes === 'all') usage.uncertain = 'all';
    else for (const scope of scopes) usage.uncertain.add(scope);
  };

  function isClientType(type: ts.Type): boolean {
    if (type.isUnion()) return type.types.some(isClientType);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    return symbol?.getName() === SDK.clientClass;
  }

  function isSdkClient(expression: ts.Expression): boolean {
    return isClientType(checker.getTypeAtLocation(expression));
  }

  function site(file: ts.SourceFile, node: ts.Node, text: string): string {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return `${text} at ${path.relative(program.getCurrentDirectory(), file.fileName).replaceAll('\\', '/')}:${line + 1}`;
  }

  function visitCall(file: ts.SourceFile, call: ts.CallExpression): void {
    const callee = call.expression;
    // cms.<resource>.<operation>()
    if (t.isPropertyAccessExpression(callee)) {
      const operation = callee.name.text;
      const target = callee.expression;
      if (t.isPropertyAccessExpression(target) && isSdkClient(target.expression)) {
        const resource = target.name.text;
        const scope = requiredScope(resource, operation);
        usage.calls++;
        if (scope) need(scope, site(file, call, `${target.expression.getText(file)}.${resource}.${operation}()`));
        else uncertain(Object.hasOwn(SDK_SCOPE_MODEL, resource) ? scopesOfSdkResource(resource) : 'all');
        return;
      }
      if (t.isElementAccessExpression(target) && isSdkClient(target.expression)) {
        usage.calls++;
        uncertain('all');
        return;
      }
    }
    // fetch(url, { method }), axios.post(url), ky.get(url), got.patch(url)
    const name = t.isIdentifier(callee) ? callee.text : t.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (name === undefined) return;
    const isFetch = name === 'fetch';
    if (!isFetch && !HTTP_METHODS.has(name)) return;
    const url = staticUrl(t, call.arguments[0]);
    if (url === undefined || !isOptimoUrl(url)) return;
    let method = isFetch ? 'GET' : name.toUpperCase();
    const init = call.arguments[1];
    if (isFetch && init && t.isObjectLiteralExpression(init)) {
      for (const property of init.properties) {
        if (t.isPropertyAssignment(property) && property.name.getText(file) === 'method') {
          const value = staticUrl(t, property.initializer);
          if (value === undefined) method = '';
          else method = value.toUpperCase();
        }
      }
    }
    usage.calls++;
    const scope = method === '' ? undefined : requiredScopeForRequest(method, url);
    if (scope) need(scope, site(file, call, `${method} ${url}`));
    else uncertain('all');
  }

  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || file.fileName.includes('/node_modules/')) continue;
    const visit = (node: ts.Node): void => {
      if (t.isCallExpression(node)) visitCall(file, node);
      t.forEachChild(node, visit);
    };
    visit(file);
  }
  // Scopes used only in .vue/.svelte/.astro/.mdx files (outside any TypeScript program) are used too.
  const configFile = program.getCompilerOptions().configFilePath;
  const components = componentUsage(typeof configFile === 'string' ? path.dirname(configFile) : program.getCurrentDirectory());
  usage.calls += components.calls;
  for (const [scope, sites] of components.needed) for (const where of sites) need(scope, where);
  uncertain(components.uncertain === 'all' ? 'all' : [...components.uncertain]);
  cache.set(program, usage);
  return usage;
}
