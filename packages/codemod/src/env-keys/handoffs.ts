import type { Handoff } from '@optimocms/auth-types';
import { Node, type SourceFile } from 'ts-morph';
import { exportNamesAt } from './export-names.js';

/** True when `node` is (part of) what its function returns: in a `return` expression, or an arrow's expression body. */
function isReturned(node: Node): boolean {
  for (let current: Node | undefined = node; current; current = current.getParent()) {
    const parent = current.getParent();
    if (Node.isReturnStatement(current)) return true;
    if (parent && Node.isArrowFunction(parent) && parent.getBody() === current && !Node.isBlock(current)) return true;
    if (Node.isFunctionLikeDeclaration(current) || Node.isSourceFile(current)) return false;
  }
  return false;
}

/**
 * The handoff that would ship the value at `offset` to the browser even from
 * an env read: what a server export returns into the page (`load`,
 * `getServerSideProps`, `loader`), or a JSX attribute of a server component
 * (its props are serialized into the page). `undefined` when none does.
 */
export function handoffAt(sourceFile: SourceFile, offset: number, handoffs: readonly Handoff[]): Handoff | undefined {
  const node = sourceFile.getDescendantAtPos(offset);
  if (!node) return undefined;
  return handoffs.find((handoff) => {
    if (handoff.kind === 'component-props') return node.getFirstAncestor((ancestor) => Node.isJsxAttribute(ancestor)) !== undefined;
    if (handoff.kind !== 'export-return') return false;
    const exported = exportNamesAt(sourceFile, offset);
    return exported.some((name) => (handoff.exports ?? []).includes(name)) && isReturned(node);
  });
}
