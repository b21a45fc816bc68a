import { isApiKeyHeaderName, SDK } from '@optimocms/auth-types';
import { Node, SyntaxKind, type TypeNode } from 'ts-morph';
import { propertyNameOf } from '../ast/static-strings.js';
import { isHeaderAssignment, isHeaderSetterValue } from './api-key-header.js';
import { sdkOptionsOf, type SdkBindings } from './sdk-bindings.js';
import type { SiteKind } from './types.js';

/** Where a value lands: the node that stands for it in its parent, once `(…)`, `as T` and ternary branches are climbed. */
export interface ValueContext {
  /** The outermost node that carries the value (a ternary when the literal is one of its branches). */
  position: Node;
  parent: Node | undefined;
  kind: SiteKind;
  /** TypeScript needs `process.env.X!` here: the literal was a `string`, `process.env.X` is `string | undefined`. */
  needsString: boolean;
}

function climb(node: Node): { position: Node; viaConditional: boolean } {
  let position = node;
  let viaConditional = false;
  for (let parent = position.getParent(); parent; parent = position.getParent()) {
    if (Node.isParenthesizedExpression(parent) || Node.isAsExpression(parent) || Node.isSatisfiesExpression(parent) || Node.isTypeAssertion(parent)) {
      position = parent;
    } else if (Node.isConditionalExpression(parent) && parent.getCondition() !== position) {
      position = parent;
      viaConditional = true;
    } else {
      break;
    }
  }
  return { position, viaConditional };
}

/** Operators whose operands may be `undefined` without a type error. */
const UNDEFINED_TOLERANT_OPERATORS = new Set(['??', '||', '&&', '==', '===', '!=', '!==', '+', '+=']);

/** True when an explicit annotation accepts `undefined`: `any`, `unknown`, or a union with `undefined`. */
function admitsUndefined(type: TypeNode | undefined): boolean {
  if (!type) return false;
  const kind = type.getKind();
  if (kind === SyntaxKind.AnyKeyword || kind === SyntaxKind.UnknownKeyword || kind === SyntaxKind.UndefinedKeyword) return true;
  if (Node.isUnionTypeNode(type)) return type.getTypeNodes().some(admitsUndefined);
  return Node.isParenthesizedTypeNode(type) && admitsUndefined(type.getTypeNode());
}

function isSdkApiKeyProperty(property: Node, bindings: SdkBindings): boolean {
  if (!Node.isPropertyAssignment(property) || propertyNameOf(property.getNameNode()) !== SDK.apiKeyOption) return false;
  const options = property.getParent();
  const construction = options.getParent();
  return construction !== undefined && sdkOptionsOf(construction, bindings) === options;
}

/**
 * Classifies the place of a literal and decides whether its replacement
 * needs `!` in TypeScript. The rule: a literal is a `string`, and every
 * place that received it keeps receiving a `string` (`process.env.X!`),
 * except where `undefined` is plainly accepted: `??`, `||`, `&&`,
 * comparisons and `+` operands, and declarations whose annotation admits
 * `undefined` (`?:`, `| undefined`, `any`, `unknown`). Without a type checker
 * the codemod cannot see where an unannotated `const k = '…'` flows, so it
 * keeps it a `string` too: that is what keeps `tsc` passing as before.
 */
export function valueContextOf(literal: Node, bindings: SdkBindings): ValueContext {
  const { position, viaConditional } = climb(literal);
  const parent = position.getParent();
  const result = (kind: SiteKind, needsString: boolean): ValueContext => ({
    position,
    parent,
    kind: viaConditional && kind !== 'sdk-api-key' && kind !== 'api-key-header' ? 'conditional' : kind,
    needsString,
  });
  if (!parent) return result('other', true);
  if (Node.isPropertyAssignment(parent) && parent.getInitializer() === position) {
    if (isSdkApiKeyProperty(parent, bindings)) return result('sdk-api-key', true);
    return result(isApiKeyHeaderName(propertyNameOf(parent.getNameNode())) ? 'api-key-header' : 'property', true);
  }
  if (Node.isJsxAttribute(parent)) return result('property', true);
  if (Node.isCallExpression(parent) || Node.isNewExpression(parent)) {
    return result(isHeaderSetterValue(parent, position) ? 'api-key-header' : 'argument', true);
  }
  if (Node.isBinaryExpression(parent)) {
    if (isHeaderAssignment(parent) && parent.getRight() === position) return result('api-key-header', true);
    return result('other', !UNDEFINED_TOLERANT_OPERATORS.has(parent.getOperatorToken().getText()));
  }
  if (Node.isTemplateSpan(parent)) return result('other', false);
  if (Node.isVariableDeclaration(parent)) return result('variable', !admitsUndefined(parent.getTypeNode()));
  if (Node.isPropertyDeclaration(parent)) return result('class-field', !parent.hasQuestionToken() && !admitsUndefined(parent.getTypeNode()));
  if (Node.isParameterDeclaration(parent)) return result('default-parameter', !admitsUndefined(parent.getTypeNode()));
  if (Node.isBindingElement(parent)) return result('default-parameter', true);
  if (Node.isExpressionStatement(parent) || Node.isVoidExpression(parent) || Node.isTypeOfExpression(parent)) return result('other', false);
  return result('other', true);
}
