import { SDK } from '@optimocms/auth-types';
import { Node, SyntaxKind } from 'ts-morph';
import { unwrapExpression } from './unwrap-expression.js';

/** `require('@optimocms/sdk')`, `import('@optimocms/sdk')`, with or without `await`. */
export function isSdkModuleLoad(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (!Node.isCallExpression(expression)) return false;
  const callee = expression.getExpression();
  const isLoader = callee.getKind() === SyntaxKind.ImportKeyword || (Node.isIdentifier(callee) && callee.getText() === 'require');
  const [source] = expression.getArguments();
  return isLoader && source !== undefined && Node.isStringLiteral(source) && source.getLiteralValue() === SDK.packageName;
}
