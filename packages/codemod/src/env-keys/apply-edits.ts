import { SyntaxKind, type Node, type SourceFile } from 'ts-morph';
import type { LiteralEdit } from './secret-sites.js';
import type { SecretSite } from './types.js';

/** The env var that holds a secret. */
export type NameOf = (site: SecretSite) => string;

export function envReference(name: string): string {
  return `process.env.${name}`;
}

/** In a template literal a backtick and `${` are syntax: escape them. */
function escapeForTemplate(raw: string, jsxAttribute: boolean): string {
  // A JSX attribute string has no escapes: its backslashes are characters.
  const literalBackslashes = jsxAttribute ? raw.replaceAll('\\', '\\\\') : raw;
  return literalBackslashes.replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** The new text of one literal: `process.env.X(!)`, or a template with `${process.env.X}` where the secrets were. */
export function replacementText(edit: LiteralEdit, literalText: string, nameOf: NameOf, typescript: boolean): string {
  if (edit.whole) {
    const site = edit.sites[0] as SecretSite;
    const expression = `${envReference(nameOf(site))}${typescript && edit.needsString ? '!' : ''}`;
    return edit.jsxAttribute ? `{${expression}}` : expression;
  }
  const sites = [...edit.sites].sort((a, b) => a.start - b.start);
  const isTemplate = edit.literalKind !== SyntaxKind.StringLiteral;
  // Inside the quotes / backticks; template spans are kept as they are.
  let cursor = edit.start + 1;
  let body = '';
  for (const site of sites) {
    const before = literalText.slice(cursor - edit.start, site.start - edit.start);
    body += isTemplate ? before : escapeForTemplate(before, edit.jsxAttribute);
    body += `\${${envReference(nameOf(site))}}`;
    cursor = site.end;
  }
  const rest = literalText.slice(cursor - edit.start, literalText.length - 1);
  body += isTemplate ? rest : escapeForTemplate(rest, edit.jsxAttribute);
  const template = `\`${body}\``;
  return edit.jsxAttribute ? `{${template}}` : template;
}

/** The node whose own range is exactly [start, end). */
function nodeAtRange(sourceFile: SourceFile, start: number, end: number): Node {
  let node: Node | undefined = sourceFile.getDescendantAtPos(start);
  while (node && !(node.getStart() === start && node.getEnd() === end)) node = node.getParent();
  if (!node) throw new Error(`no node at ${start}-${end} in ${sourceFile.getFilePath()}`);
  return node;
}

/**
 * Applies the edits with ts-morph's `replaceWithText` on each literal only,
 * last first so that earlier offsets stay valid: everything outside the
 * literals (formatting, comments, quotes, semicolons) is left as it was.
 */
export function applyEdits(sourceFile: SourceFile, edits: readonly LiteralEdit[], nameOf: NameOf, typescript: boolean): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  for (const edit of ordered) {
    const node = nodeAtRange(sourceFile, edit.start, edit.end);
    node.replaceWithText(replacementText(edit, node.getText(), nameOf, typescript));
  }
  return sourceFile.getFullText();
}
