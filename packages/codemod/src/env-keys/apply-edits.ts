import { SyntaxKind, type SourceFile } from 'ts-morph';
import type { LiteralEdit } from './secret-sites.js';
import { jsxPartAsTemplate, stringPartAsTemplate } from './template-text.js';
import type { SecretSite } from './types.js';

/** The env var that holds a secret. */
export type NameOf = (site: SecretSite) => string;

export function envReference(name: string): string {
  return `process.env.${name}`;
}

/** A part of the literal between secrets as template raw text: template parts stay as written, string parts are converted. */
function partAsTemplate(edit: LiteralEdit, raw: string): string | undefined {
  if (edit.literalKind !== SyntaxKind.StringLiteral) return raw;
  return edit.jsxAttribute ? jsxPartAsTemplate(raw) : stringPartAsTemplate(raw);
}

/**
 * The new text of one literal: `process.env.X(!)`, or a template with
 * `${process.env.X}` where the secrets were; `undefined` when the rest of the
 * literal cannot be said in a template (see `stringPartAsTemplate`).
 */
export function replacementText(edit: LiteralEdit, literalText: string, nameOf: NameOf, typescript: boolean): string | undefined {
  if (edit.whole) {
    const site = edit.sites[0] as SecretSite;
    const expression = `${envReference(nameOf(site))}${typescript && edit.needsString ? '!' : ''}`;
    return edit.jsxAttribute ? `{${expression}}` : expression;
  }
  const sites = [...edit.sites].sort((a, b) => a.start - b.start);
  // Inside the quotes / backticks; template spans are kept as they are.
  let cursor = edit.start + 1;
  let body = '';
  for (const site of sites) {
    const before = partAsTemplate(edit, literalText.slice(cursor - edit.start, site.start - edit.start));
    if (before === undefined) return undefined;
    body += `${before}\${${envReference(nameOf(site))}}`;
    cursor = site.end;
  }
  const rest = partAsTemplate(edit, literalText.slice(cursor - edit.start, literalText.length - 1));
  if (rest === undefined) return undefined;
  const template = `\`${body}${rest}\``;
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
    const replacement = replacementText(edit, literal, nameOf, typescript);
    // findSecretSites hands a literal that no template can hold to a human: reaching this is a bug.
    if (replacement === undefined) throw new Error(`literal at offset ${edit.start} cannot be rewritten`);
    text = text.slice(0, edit.start) + replacement + text.slice(edit.end);
  }
  return text;
}
