import { Node } from 'ts-morph';

/** Alias chains and call graphs are followed this deep (cycles end here too). */
export const MAX_DEPTH = 8;

/**
 * The declarations a name refers to, through imports and re-exports: the
 * aliased declarations first (another module's `export const cms = …`),
 * then the alias itself (an import from a package that is not installed).
 */
export function declarationsOf(node: Node): Node[] {
  const symbol = node.getSymbol();
  if (!symbol) return [];
  const declarations: Node[] = [];
  if (symbol.isAlias()) declarations.push(...(symbol.getAliasedSymbol()?.getDeclarations() ?? []));
  declarations.push(...symbol.getDeclarations());
  return declarations;
}

/** The expressions a function returns (an arrow's expression body included). */
export function returnedExpressions(declaration: Node): Node[] {
  let fn: Node | undefined = declaration;
  if (Node.isVariableDeclaration(declaration)) fn = declaration.getInitializer();
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isFunctionExpression(fn) || Node.isArrowFunction(fn) || Node.isMethodDeclaration(fn))) return [];
  const body = fn.getBody();
  if (!body) return [];
  if (!Node.isBlock(body)) return [body];
  const returned: Node[] = [];
  body.forEachDescendant((descendant, traversal) => {
    // Returns of nested functions are theirs, not ours.
    if (Node.isFunctionLikeDeclaration(descendant) || Node.isArrowFunction(descendant) || Node.isFunctionExpression(descendant)) traversal.skip();
    else if (Node.isReturnStatement(descendant)) {
      const expression = descendant.getExpression();
      if (expression) returned.push(expression);
    }
  });
  return returned;
}

/** `this.name = value` in the constructor of the class that declares the property `name`. */
export function constructorAssignments(property: Node): Node[] {
  if (!Node.isPropertyDeclaration(property)) return [];
  const owner = property.getParent();
  if (!Node.isClassDeclaration(owner) && !Node.isClassExpression(owner)) return [];
  const values: Node[] = [];
  for (const constructor of owner.getConstructors()) {
    constructor.forEachDescendant((descendant) => {
      if (!Node.isBinaryExpression(descendant) || descendant.getOperatorToken().getText() !== '=') return;
      const left = descendant.getLeft();
      if (Node.isPropertyAccessExpression(left) && left.getExpression().getText() === 'this' && left.getName() === property.getName()) values.push(descendant.getRight());
    });
  }
  return values;
}
