import { Node } from 'ts-morph';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { declarationsOf, MAX_DEPTH } from './declarations.js';

/**
 * The text a string expression builds, with every part the code does not
 * fix written as `${source}`: `` `${BASE}/sites/${id}` `` with
 * `const BASE = 'https://api.optimocms.com/v1'` gives
 * `https://api.optimocms.com/v1/sites/${id}`. Constants are followed
 * through imports; `exact` is false when any part stayed unknown.
 */
export function staticTextOf(node: Node, depth = 0): { text: string; exact: boolean } {
  const expression = unwrapExpression(node);
  const unknown = { text: `\${${expression.getText()}}`, exact: false };
  if (depth > MAX_DEPTH) return unknown;
  if (Node.isStringLiteral(expression) || Node.isNoSubstitutionTemplateLiteral(expression)) return { text: expression.getLiteralValue(), exact: true };
  if (Node.isTemplateExpression(expression)) {
    let text = expression.getHead().getLiteralText();
    let exact = true;
    for (const span of expression.getTemplateSpans()) {
      const part = staticTextOf(span.getExpression(), depth + 1);
      text += part.text + span.getLiteral().getLiteralText();
      exact &&= part.exact;
    }
    return { text, exact };
  }
  if (Node.isBinaryExpression(expression) && expression.getOperatorToken().getText() === '+') {
    const left = staticTextOf(expression.getLeft(), depth + 1);
    const right = staticTextOf(expression.getRight(), depth + 1);
    return { text: left.text + right.text, exact: left.exact && right.exact };
  }
  if (Node.isIdentifier(expression) || Node.isPropertyAccessExpression(expression)) {
    const target = Node.isPropertyAccessExpression(expression) ? expression.getNameNode() : expression;
    for (const declaration of declarationsOf(target)) {
      if (Node.isVariableDeclaration(declaration) || Node.isPropertyAssignment(declaration)) {
        const initializer = declaration.getInitializer();
        if (initializer) {
          const value = staticTextOf(initializer, depth + 1);
          if (value.exact) return value;
        }
      }
    }
  }
  return unknown;
}

/** The object literal a config argument is, following one variable (`fetch(url, init)` with `const init = {…}`). */
export function objectLiteralOf(node: Node | undefined, depth = 0): Node | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  if (Node.isObjectLiteralExpression(expression)) return expression;
  if (Node.isNewExpression(expression) && expression.getExpression().getText() === 'Headers') return objectLiteralOf(expression.getArguments()[0], depth + 1);
  if (Node.isIdentifier(expression)) {
    for (const declaration of declarationsOf(expression)) {
      if (Node.isVariableDeclaration(declaration)) return objectLiteralOf(declaration.getInitializer(), depth + 1);
    }
  }
  return undefined;
}
