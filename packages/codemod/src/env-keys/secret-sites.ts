import { SDK, type KeyEnvironment } from '@optimocms/auth-types';
import { hasInlineAllow, isPlaceholder, LineLocator, redact, scanText, type KeyToken } from '@optimocms/secret-scan';
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import { isForeignRequestHeaders } from './api-key-header.js';
import { unwrapExpression } from '../ast/unwrap-expression.js';
import { sdkBindingsOf, sdkOptionsOf, type SdkBindings } from './sdk-bindings.js';
import type { ManualItem, SecretSite } from './types.js';
import { valueContextOf } from './value-context.js';

/** A literal to rewrite, with every secret inside it. */
export interface LiteralEdit {
  /** The literal's own range (without leading trivia). */
  start: number;
  end: number;
  sites: SecretSite[];
  /** The literal is exactly one secret: it becomes `process.env.X` rather than a template. */
  whole: boolean;
  needsString: boolean;
  /** The literal is a JSX attribute value: the expression goes in braces. */
  jsxAttribute: boolean;
  literalKind: SyntaxKind;
}

export interface CodeFileSites {
  edits: LiteralEdit[];
  manual: ManualItem[];
}

/** A secret found by text, before the parse tells where it sits. */
interface Candidate {
  start: number;
  end: number;
  value: string;
  environment: KeyEnvironment | undefined;
}

const STRING_PARTS = new Set([SyntaxKind.StringLiteral, SyntaxKind.NoSubstitutionTemplateLiteral, SyntaxKind.TemplateHead, SyntaxKind.TemplateMiddle, SyntaxKind.TemplateTail]);

/** The literal that owns a string part: the string itself, or the whole template expression. */
function ownerOf(node: Node): Node {
  const kind = node.getKind();
  if (kind === SyntaxKind.TemplateHead) return node.getParentOrThrow();
  if (kind === SyntaxKind.TemplateMiddle || kind === SyntaxKind.TemplateTail) return node.getParentOrThrow().getParentOrThrow();
  return node;
}

function isJsDoc(node: Node): boolean {
  for (let current: Node | undefined = node; current; current = current.getParent()) {
    const kind = current.getKind();
    if (kind >= SyntaxKind.FirstJSDocNode && kind <= SyntaxKind.LastJSDocNode) return true;
  }
  return false;
}

/** False where only a literal may stand: module specifiers, literal types, property names, enum members. */
function isValuePosition(owner: Node): boolean {
  const parent = owner.getParent();
  if (!parent) return false;
  if (Node.isLiteralTypeNode(parent) || Node.isImportDeclaration(parent) || Node.isExportDeclaration(parent) || Node.isExternalModuleReference(parent) || Node.isEnumMember(parent) || Node.isModuleDeclaration(parent)) return false;
  if (parent.getKind() === SyntaxKind.ImportAttribute || Node.isImportTypeNode(parent) || Node.isExportSpecifier(parent) || Node.isImportSpecifier(parent)) return false;
  if (Node.isTaggedTemplateExpression(parent)) return false;
  const named = parent as Node & { getNameNode?: () => Node };
  return typeof named.getNameNode !== 'function' || named.getNameNode() !== owner;
}

/** Literal `apiKey` values of `new OptimoCMS({ … })` that are not key-shaped but are secrets all the same. */
function sdkApiKeyLiterals(sourceFile: SourceFile, bindings: SdkBindings, text: string): Candidate[] {
  const found: Candidate[] = [];
  if (bindings.classNames.size === 0 && bindings.namespaceNames.size === 0) return found;
  for (const construction of sourceFile.getDescendantsOfKind(SyntaxKind.NewExpression)) {
    const options = sdkOptionsOf(construction, bindings);
    if (!options || !Node.isObjectLiteralExpression(options)) continue;
    const property = options.getProperty(SDK.apiKeyOption);
    if (!property || !Node.isPropertyAssignment(property)) continue;
    const initializer = property.getInitializer();
    const value = initializer && unwrapExpression(initializer);
    if (!value || !(Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value))) continue;
    const literal = value.getLiteralValue();
    const start = value.getStart() + 1;
    // Key-shaped values are found by the token search; escapes would make offsets lie.
    if (literal === '' || isPlaceholder(literal) || literal.startsWith('optimo_') || text.slice(start, start + literal.length) !== literal) continue;
    found.push({ start, end: start + literal.length, value: literal, environment: undefined });
  }
  return found;
}

/** Secrets of an unknown format that the engine flags: `X-Api-Key` header values, `OPTIMOCMS_API_KEY = '…'`. */
function genericCandidates(text: string, file: string): Candidate[] {
  return scanText(text, { file, rules: ['generic-key-assignment'] }).map((match) => ({
    start: match.start,
    end: match.end,
    value: text.slice(match.start, match.end),
    environment: undefined,
  }));
}

export interface FindSitesOptions {
  file: string;
  text: string;
  /** Key tokens of the text, placeholders already dropped. */
  tokens: readonly KeyToken[];
  /** The text may hold secrets of unknown format (a header, an `OPTIMOCMS_` name, an SDK `apiKey`). */
  checkGeneric: boolean;
}

/**
 * Finds where each secret of a parsed code file sits and what to do with
 * it: rewrite the literal that holds it, or leave it to a human (comments,
 * JSX text, literal types, tagged templates, property names).
 */
export function findSecretSites(sourceFile: SourceFile, options: FindSitesOptions): CodeFileSites {
  const { file, text } = options;
  const bindings = sdkBindingsOf(sourceFile);
  const candidates: Candidate[] = options.tokens.map((token) => ({ start: token.start, end: token.end, value: token.value, environment: token.environment }));
  if (options.checkGeneric) {
    const taken = new Set(candidates.map((candidate) => candidate.start));
    for (const candidate of [...genericCandidates(text, file), ...sdkApiKeyLiterals(sourceFile, bindings, text)]) {
      if (!taken.has(candidate.start)) {
        taken.add(candidate.start);
        candidates.push(candidate);
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start);

  const locator = new LineLocator(text);
  const edits = new Map<number, LiteralEdit>();
  const manual: ManualItem[] = [];
  for (const candidate of candidates) {
    const { line, column } = locator.locate(candidate.start);
    if (hasInlineAllow(locator.lineText(candidate.start))) continue;
    const report = (kind: ManualItem['kind'], message: string, step: string) => {
      manual.push({ file, line, column, kind, secret: redact(candidate.value), message, step });
    };
    const node = sourceFile.getDescendantAtPos(candidate.start);
    if (!node || candidate.start < node.getStart() || Node.isCommentNode(node) || isJsDoc(node)) {
      report('comment', 'key in a comment', 'delete the key from the comment, then rotate it: it is in your history');
      continue;
    }
    if (!STRING_PARTS.has(node.getKind()) || candidate.end > node.getEnd()) {
      const where = node.getKind() === SyntaxKind.JsxText ? 'key in JSX text' : `key in a ${node.getKindName()}`;
      report('unsupported-position', where, 'replace it by hand with a server-side read of the environment variable');
      continue;
    }
    const owner = ownerOf(node);
    if (!isValuePosition(owner)) {
      report('unsupported-position', 'key where only a literal may stand (a type, a module name, a property name, an enum member or a tagged template)', 'restructure the code so that the key is read from process.env at run time');
      continue;
    }
    if (candidate.environment === undefined && isHeaderValueOfForeignRequest(owner)) continue;
    const context = valueContextOf(owner, bindings);
    const site: SecretSite = { file, start: candidate.start, end: candidate.end, line, column, value: candidate.value, environment: candidate.environment, kind: context.kind };
    const existing = edits.get(owner.getStart());
    if (existing) {
      existing.sites.push(site);
      existing.whole = false;
      continue;
    }
    const ownerKind = owner.getKind();
    const quoted = ownerKind === SyntaxKind.StringLiteral || ownerKind === SyntaxKind.NoSubstitutionTemplateLiteral;
    const whole = quoted && owner.getStart() + 1 === candidate.start && owner.getEnd() - 1 === candidate.end;
    edits.set(owner.getStart(), {
      start: owner.getStart(),
      end: owner.getEnd(),
      sites: [site],
      whole,
      needsString: context.needsString,
      jsxAttribute: Node.isJsxAttribute(owner.getParent()),
      literalKind: ownerKind,
    });
  }
  for (const edit of edits.values()) if (!edit.whole) for (const site of edit.sites) site.kind = 'string-part';
  return { edits: dropNestedEdits([...edits.values()], manual), manual };
}

/** A header value of a request to another host (the generic rule does not know URLs). */
function isHeaderValueOfForeignRequest(owner: Node): boolean {
  const property = owner.getParent();
  const headers = property?.getParent();
  return property !== undefined && headers !== undefined && Node.isPropertyAssignment(property) && Node.isObjectLiteralExpression(headers) && isForeignRequestHeaders(headers);
}

/** A literal inside another edited literal (`` `${'…'}` ``) cannot be edited separately: leave it to a human. */
function dropNestedEdits(edits: LiteralEdit[], manual: ManualItem[]): LiteralEdit[] {
  return edits.filter((edit) => {
    const outer = edits.find((other) => other !== edit && other.start <= edit.start && edit.end <= other.end);
    if (!outer) return true;
    for (const site of edit.sites) {
      manual.push({ file: site.file, line: site.line, column: site.column, kind: 'unsupported-position', secret: redact(site.value), message: 'key in a string nested in a template that holds another key', step: 'move both keys to environment variables by hand' });
    }
    return false;
  });
}

