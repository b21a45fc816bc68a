import { Node } from 'ts-morph';
import { unwrapExpression } from './unwrap-expression.js';

/** The static name of a property (`a`, `'a'`, `["a"]`), or `undefined`. */
export function propertyNameOf(nameNode: Node): string | undefined {
  if (Node.isIdentifier(nameNode) || Node.isPrivateIdentifier(nameNode)) return nameNode.getText();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode) || Node.isNumericLiteral(nameNode)) return String(nameNode.getLiteralValue());
  if (Node.isComputedPropertyName(nameNode)) return staticStringOf(nameNode.getExpression());
  return undefined;
}

/** The static string a node holds (`'a'`, `` `a` ``), or `undefined`. */
export function staticStringOf(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const expression = unwrapExpression(node);
  return Node.isStringLiteral(expression) || Node.isNoSubstitutionTemplateLiteral(expression) ? expression.getLiteralValue() : undefined;
}
