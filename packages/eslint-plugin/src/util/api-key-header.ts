import { isApiKeyHeaderName, isHeaderSetterMethod, isRequestUrlProperty, targetsOtherHost } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName, skipTypeWrappers, staticStringValue } from './static-string.js';

/**
 * Where a value is placed in the X-Api-Key header, as the node that holds it:
 * `{ 'X-Api-Key': v }` (fetch, axios, ky, got, `new Headers`, `axios.create`),
 * `headers.set('X-Api-Key', v)` / `append`, and assignments such as
 * `axios.defaults.headers.common['X-Api-Key'] = v`.
 */
export type HeaderSink =
  | { kind: 'property'; node: TSESTree.Property; value: TSESTree.Node }
  | { kind: 'call'; node: TSESTree.CallExpression; value: TSESTree.Node }
  | { kind: 'assignment'; node: TSESTree.AssignmentExpression; value: TSESTree.Node };

export function headerSinkOfProperty(node: TSESTree.Property): HeaderSink | undefined {
  if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || !isApiKeyHeaderName(propertyKeyName(node))) return undefined;
  return { kind: 'property', node, value: node.value };
}

export function headerSinkOfCall(node: TSESTree.CallExpression): HeaderSink | undefined {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (!isHeaderSetterMethod(callee.property.name)) return undefined;
  const [name, value] = node.arguments;
  if (!name || !value || !isApiKeyHeaderName(staticStringValue(name))) return undefined;
  return { kind: 'call', node, value };
}

export function headerSinkOfAssignment(node: TSESTree.AssignmentExpression): HeaderSink | undefined {
  if (node.left.type !== AST_NODE_TYPES.MemberExpression || !isApiKeyHeaderName(propertyKeyName(node.left))) return undefined;
  return { kind: 'assignment', node, value: node.right };
}

function staticUrlsOfConfig(config: TSESTree.ObjectExpression): string[] {
  const urls: string[] = [];
  for (const property of config.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyKeyName(property);
    const value = isRequestUrlProperty(name) ? staticStringValue(property.value) : undefined;
    if (value !== undefined) urls.push(value);
  }
  return urls;
}

/**
 * True when a headers object literal belongs to a request whose URL is written
 * out and points at another host than the OptimoCMS API: another vendor's
 * `x-api-key` (`fetch('https://api.example.org', { headers })`) is not ours.
 */
export function isForeignRequestHeaders(headers: TSESTree.ObjectExpression): boolean {
  const urls: string[] = [];
  const holder = headers.parent;
  if (holder.type === AST_NODE_TYPES.Property && propertyKeyName(holder) === 'headers' && holder.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const config = holder.parent;
    urls.push(...staticUrlsOfConfig(config));
    const call = config.parent;
    if ((call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) && call.arguments[0] !== config) {
      const url = call.arguments[0] && staticStringValue(skipTypeWrappers(call.arguments[0]));
      if (url !== undefined) urls.push(url);
    }
  }
  return targetsOtherHost(urls);
}
