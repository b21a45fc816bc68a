import { Node } from 'ts-morph';

/** Skips `(…)`, `await`, `x as T`, `x!`, `x satisfies T`, `<T>x`: the value underneath is what both commands reason about. */
export function unwrapExpression(node: Node): Node {
  let current = node;
  for (;;) {
    if (Node.isParenthesizedExpression(current) || Node.isAsExpression(current) || Node.isNonNullExpression(current) || Node.isSatisfiesExpression(current) || Node.isAwaitExpression(current) || Node.isTypeAssertion(current)) {
      current = current.getExpression();
    } else {
      return current;
    }
  }
}
