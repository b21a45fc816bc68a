import { isApiKeyHeaderName, requiredScope, requiredScopeForRequest, SDK, type Scope } from '@optimocms/auth-types';
import { Node, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { propertyNameOf } from '../ast/static-strings.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { declarationsOf } from './declarations.js';
import { keyRefsOf, type KeyRef } from './key-refs.js';
import { clientKeysOf } from './sdk-client.js';
import { objectLiteralOf, staticTextOf } from './static-text.js';

/** One OptimoCMS call found in the code. */
export interface FoundCall {
  kind: 'sdk' | 'rest';
  file: string;
  line: number;
  column: number;
  /** `cms.pages.list()` or `POST /v1/sites/${id}/publish`. */
  call: string;
  /** The env vars of the key the call is made with (`null`: the code does not tell). */
  keys: KeyRef[];
  scope: Scope | undefined;
  /** Why `scope` is undefined. */
  reason?: string;
}

function property(config: Node | undefined, name: string): Node | undefined {
  if (!config || !Node.isObjectLiteralExpression(config)) return undefined;
  for (const element of config.getProperties()) {
    if (Node.isPropertyAssignment(element) && propertyNameOf(element.getNameNode()) === name) return element.getInitializer();
    if (Node.isShorthandPropertyAssignment(element) && element.getName() === name) return element.getNameNode();
  }
  return undefined;
}

/** The keys sent in the X-Api-Key header of a request config (`{ headers: { 'X-Api-Key': … } }`). */
function headerKeys(config: Node | undefined): KeyRef[] | undefined {
  const headers = objectLiteralOf(property(config, 'headers'));
  if (!headers || !Node.isObjectLiteralExpression(headers)) return undefined;
  for (const element of headers.getProperties()) {
    if (Node.isPropertyAssignment(element) && isApiKeyHeaderName(propertyNameOf(element.getNameNode()))) return keyRefsOf(element.getInitializer());
  }
  return undefined;
}

function position(node: Node): { line: number; column: number } {
  const { line, column } = node.getSourceFile().getLineAndColumnAtPos(node.getStart());
  return { line, column };
}

const AXIOS_METHODS_WITHOUT_BODY = new Set(['get', 'delete', 'head', 'options']);
const AXIOS_METHODS_WITH_BODY = new Set(['post', 'put', 'patch']);

/** axios itself or an instance from `axios.create(config)` (whose config gives a base URL and headers). */
function axiosOf(node: Node, depth = 0): { config: Node | undefined } | undefined {
  const expression = unwrapExpression(node);
  if (!Node.isIdentifier(expression) || depth > 4) return undefined;
  for (const declaration of declarationsOf(expression)) {
    if (Node.isImportClause(declaration) || Node.isNamespaceImport(declaration) || Node.isImportSpecifier(declaration)) {
      const source = declaration.getFirstAncestor(Node.isImportDeclaration)?.getModuleSpecifierValue();
      if (source === 'axios') return { config: undefined };
    }
    if (Node.isVariableDeclaration(declaration)) {
      const initializer = declaration.getInitializer();
      const value = initializer && unwrapExpression(initializer);
      if (value && Node.isCallExpression(value)) {
        const callee = value.getExpression();
        if (callee.getText() === 'require' && value.getArguments()[0]?.getText().slice(1, -1) === 'axios') return { config: undefined };
        if (Node.isPropertyAccessExpression(callee) && callee.getName() === 'create' && axiosOf(callee.getExpression(), depth + 1)) {
          return { config: objectLiteralOf(value.getArguments()[0]) };
        }
      }
    }
  }
  return undefined;
}

interface RestRequest {
  url: Node | undefined;
  baseUrl: Node | undefined;
  method: Node | string | undefined;
  configs: (Node | undefined)[];
}

/** fetch(url, init) and the axios call forms, as URL, method and configs. */
function restRequestOf(call: CallExpression): RestRequest | undefined {
  const callee = unwrapExpression(call.getExpression());
  const args = call.getArguments();
  const calleeText = callee.getText();
  if (calleeText === 'fetch' || calleeText === 'globalThis.fetch' || calleeText === 'window.fetch') {
    const init = objectLiteralOf(args[1]);
    return { url: args[0], baseUrl: undefined, method: property(init, 'method') ?? 'GET', configs: [init] };
  }
  if (Node.isPropertyAccessExpression(callee)) {
    const instance = axiosOf(callee.getExpression());
    if (!instance) return undefined;
    const method = callee.getName();
    const baseUrl = property(instance.config, 'baseURL');
    if (method === 'request') {
      const config = objectLiteralOf(args[0]);
      return { url: property(config, 'url'), baseUrl: property(config, 'baseURL') ?? baseUrl, method: property(config, 'method') ?? 'GET', configs: [instance.config, config] };
    }
    const configArgument = AXIOS_METHODS_WITHOUT_BODY.has(method) ? args[1] : AXIOS_METHODS_WITH_BODY.has(method) ? args[2] : undefined;
    if (!AXIOS_METHODS_WITHOUT_BODY.has(method) && !AXIOS_METHODS_WITH_BODY.has(method)) return undefined;
    return { url: args[0], baseUrl, method: method.toUpperCase(), configs: [instance.config, objectLiteralOf(configArgument)] };
  }
  const instance = axiosOf(callee);
  if (!instance) return undefined;
  const config = objectLiteralOf(args.length > 1 ? args[1] : args[0]);
  const url = args.length > 1 ? args[0] : property(config, 'url');
  return { url, baseUrl: property(config, 'baseURL') ?? property(instance.config, 'baseURL'), method: property(config, 'method') ?? 'GET', configs: [instance.config, config] };
}

const HOST_PREFIX = new RegExp(`^(?:https?:)?//${SDK.apiHost.replaceAll('.', '\\.')}(?=/|$)`, 'i');

/** A REST call to the OptimoCMS API, or `undefined` for any other request. */
function restCall(call: CallExpression, file: string): FoundCall | undefined {
  const request = restRequestOf(call);
  if (!request?.url) return undefined;
  const base = request.baseUrl ? staticTextOf(request.baseUrl).text : '';
  const urlText = staticTextOf(request.url).text;
  const url = /^(?:https?:)?\/\//i.test(urlText) || base === '' ? urlText : `${base.replace(/\/$/, '')}/${urlText.replace(/^\//, '')}`;
  const keys = request.configs.map(headerKeys).find((found) => found !== undefined);
  let path: string | undefined;
  if (HOST_PREFIX.test(url)) path = url.replace(HOST_PREFIX, '') || '/';
  // A base the code does not fix (`${API_URL}/v1/…`) with our header is ours; a URL naming another host is not.
  else if (keys !== undefined && !/^(?:https?:)?\/\//i.test(url) && url.includes(`${SDK.apiVersionPrefix}/`)) path = url.slice(url.indexOf(`${SDK.apiVersionPrefix}/`));
  if (path === undefined) return undefined;
  const method = typeof request.method === 'string' ? { text: request.method, exact: true } : request.method ? staticTextOf(request.method) : { text: 'GET', exact: true };
  const shown = `${method.exact ? method.text.toUpperCase() : method.text} ${path}`;
  const found: FoundCall = { kind: 'rest', file, ...position(call), call: shown, keys: keys ?? [null], scope: undefined };
  if (!method.exact) return { ...found, reason: 'the HTTP method is not a literal' };
  const scope = requiredScopeForRequest(method.text, path);
  return scope ? { ...found, scope } : { ...found, reason: 'the scope model does not know this request' };
}

/** `cms.<resource>.<operation>(…)` (or `cms.<operation>(…)`) on an OptimoCMS client. */
function sdkCall(call: CallExpression, file: string): FoundCall | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const operation = callee.getName();
  const holder = callee.getExpression();
  if (Node.isPropertyAccessExpression(holder)) {
    const keys = clientKeysOf(holder.getExpression());
    if (keys) {
      const resource = holder.getName();
      const shown = `${holder.getExpression().getText()}.${resource}.${operation}()`;
      const scope = requiredScope(resource, operation);
      const found: FoundCall = { kind: 'sdk', file, ...position(call), call: shown, keys, scope };
      return scope ? found : { ...found, reason: 'the scope model does not know this call' };
    }
  }
  const keys = clientKeysOf(holder);
  if (!keys) return undefined;
  return { kind: 'sdk', file, ...position(call), call: `${holder.getText()}.${operation}()`, keys, scope: undefined, reason: 'the scope model does not know this call' };
}

/** Every OptimoCMS SDK and REST call of a file. */
export function findCalls(sourceFile: SourceFile, file: string): FoundCall[] {
  const calls: FoundCall[] = [];
  for (const call of sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const found = sdkCall(call, file) ?? restCall(call, file);
    if (found) calls.push(found);
  }
  return calls;
}
