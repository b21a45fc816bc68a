import { SyntaxKind, type SourceFile } from 'ts-morph';
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

/**
 * Applies the edits to the parsed text, last first so that earlier offsets
 * stay valid. Each edit replaces exactly one literal's own range (found on the
 * ts-morph tree), so everything outside the literals (formatting, comments,
 * quotes, semicolons) is left as it was; splicing the text instead of calling
 * `replaceWithText` per literal spares a re-parse of the file per edit.
 */
export function applyEdits(sourceFile: SourceFile, edits: readonly LiteralEdit[], nameOf: NameOf, typescript: boolean): string {
  let text = sourceFile.getFullText();
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const literal = text.slice(edit.start, edit.end);
    text = text.slice(0, edit.start) + replacementText(edit, literal, nameOf, typescript) + text.slice(edit.end);
  }
  return text;
}
