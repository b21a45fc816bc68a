import { SyntaxKind } from 'ts-morph';
import type { LiteralEdit } from './secret-sites.js';
import { readExpression, readMayBeUndefined, serverReadOf, type ServerRead } from './server-reads.js';
import { jsxPartAsTemplate, stringPartAsTemplate } from './template-text.js';
import type { SecretSite } from './types.js';

/** The env var that holds a secret. */
export type NameOf = (site: SecretSite) => string;

const DEFAULT_READ = serverReadOf(undefined);

/** A part of the literal between secrets as template raw text: template parts stay as written, string parts are converted. */
function partAsTemplate(edit: LiteralEdit, raw: string): string | undefined {
  if (edit.literalKind !== SyntaxKind.StringLiteral) return raw;
  return edit.jsxAttribute ? jsxPartAsTemplate(raw) : stringPartAsTemplate(raw);
}

/**
 * The new text of one literal: `process.env.X(!)` (or the framework's read),
 * or a template with `${process.env.X}` where the secrets were; `undefined`
 * when the rest of the literal cannot be said in a template (see `stringPartAsTemplate`).
 */
export function replacementText(edit: LiteralEdit, literalText: string, nameOf: NameOf, typescript: boolean, read: ServerRead = DEFAULT_READ): string | undefined {
  const envReference = (name: string) => readExpression(read, name);
  if (edit.whole) {
    const site = edit.sites[0] as SecretSite;
    const expression = `${envReference(nameOf(site))}${typescript && edit.needsString && readMayBeUndefined(read) ? '!' : ''}`;
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

/** Text inserted at an offset (an import of the variables), applied with the literal edits. */
export interface Insertion {
  at: number;
  text: string;
}

/**
 * Applies the edits to the file's text (the parsed text, or the original of
 * a component whose block was parsed alone: the offsets are the same), last
 * first so that earlier offsets stay valid. Each edit replaces exactly one
 * literal's own range (found on the ts-morph tree), so everything outside the
 * literals (formatting, comments, quotes, semicolons) is left as it was;
 * splicing the text instead of calling `replaceWithText` per literal spares a
 * re-parse of the file per edit.
 */
export function applyEdits(original: string, edits: readonly LiteralEdit[], nameOf: NameOf, typescript: boolean, read: ServerRead = DEFAULT_READ, insertions: readonly Insertion[] = []): string {
  let text = original;
  const changes = [...edits.map((edit) => ({ at: edit.start, edit })), ...insertions.map((insertion) => ({ at: insertion.at, insertion }))];
  // Same offset: the insertion (an import) goes before the edit that follows it.
  for (const change of changes.sort((a, b) => b.at - a.at || ('edit' in a ? -1 : 1))) {
    if ('insertion' in change) {
      text = text.slice(0, change.at) + change.insertion.text + text.slice(change.at);
      continue;
    }
    const { edit } = change;
    const literal = text.slice(edit.start, edit.end);
    const replacement = replacementText(edit, literal, nameOf, typescript, read);
    // findSecretSites hands a literal that no template can hold to a human: reaching this is a bug.
    if (replacement === undefined) throw new Error(`literal at offset ${edit.start} cannot be rewritten`);
    text = text.slice(0, edit.start) + replacement + text.slice(edit.end);
  }
  return text;
}
