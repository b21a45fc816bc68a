import { isApiKeyHeaderName, isHeaderSetterMethod, isRequestUrlProperty, targetsOtherHost } from '@optimocms/auth-types';
import { Node } from 'ts-morph';
import { propertyNameOf, staticStringOf } from '../ast/static-strings.js';

/** True when `value` is placed in the X-Api-Key header by the call `call` (`headers.set('X-Api-Key', value)`). */
export function isHeaderSetterValue(call: Node, value: Node): boolean {
  if (!Node.isCallExpression(call)) return false;
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee) || !isHeaderSetterMethod(callee.getName())) return false;
  const [name, argument] = call.getArguments();
  return argument === value && isApiKeyHeaderName(staticStringOf(name));
}

/** True when an assignment puts its right side in the header (`axios.defaults.headers.common['X-Api-Key'] = v`). */
export function isHeaderAssignment(assignment: Node): boolean {
  if (!Node.isBinaryExpression(assignment) || assignment.getOperatorToken().getText() !== '=') return false;
  const left = assignment.getLeft();
  if (Node.isPropertyAccessExpression(left)) return isApiKeyHeaderName(left.getName());
  if (Node.isElementAccessExpression(left)) return isApiKeyHeaderName(staticStringOf(left.getArgumentExpression()));
  return false;
}

/**
 * True when the object that holds a header sits in a request whose URL is
 * written out and points at another host than the OptimoCMS API: another
 * vendor's `x-api-key` is not ours to move into an OPTIMOCMS_ variable.
 */
export function isForeignRequestHeaders(headers: Node): boolean {
  const urls: string[] = [];
  const holder = headers.getParent();
  if (holder && Node.isPropertyAssignment(holder) && propertyNameOf(holder.getNameNode()) === 'headers') {
    const config = holder.getParent();
    if (Node.isObjectLiteralExpression(config)) {
      for (const property of config.getProperties()) {
        if (!Node.isPropertyAssignment(property)) continue;
        const name = propertyNameOf(property.getNameNode());
        const value = isRequestUrlProperty(name) ? staticStringOf(property.getInitializer()) : undefined;
        if (value !== undefined) urls.push(value);
      }
      const call = config.getParent();
      if ((Node.isCallExpression(call) || Node.isNewExpression(call)) && call.getArguments()[0] !== config) {
        const url = staticStringOf(call.getArguments()[0]);
        if (url !== undefined) urls.push(url);
      }
    }
  }
  return targetsOtherHost(urls);
}
