import { KEY_TOKEN, SDK, type KeyEnvironment } from '@optimocms/auth-types';
import { findKeyTokens, InlineAllow, isPlaceholder, LineLocator, redact, scanText, type KeyToken } from '@optimocms/secret-scan';
import { Node, SyntaxKind, type SourceFile } from 'ts-morph';
import { isForeignRequestHeaders } from './api-key-header.js';
import { replacementText } from './apply-edits.js';
import { formatDotenvValue } from './dotenv.js';
import { decodeJsxEntities } from './jsx-entities.js';
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
    if (literal === '' || isPlaceholder(literal)) continue;
    // The range is the literal's raw content: escapes may make it longer than the value.
    const start = value.getStart() + 1;
    const end = value.getEnd() - 1;
    const plain = text.slice(start, end) === literal;
    // A key written plainly is found by the token search; one spelt with escapes (`\\x41`) only here.
    if (plain && literal.startsWith(KEY_TOKEN.commonPrefix)) continue;
    const token = plain ? undefined : findKeyTokens(literal).find((candidate) => candidate.start === 0 && candidate.end === literal.length);
    found.push({ start, end, value: literal, environment: token?.environment });
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
  // The scanner's rule: a marker covers findings on its line within INLINE_ALLOW_REACH characters (one marker never hides a whole minified line).
  const inlineAllow = new InlineAllow(text);
  const edits = new Map<number, LiteralEdit>();
  const manual: ManualItem[] = [];
  for (const candidate of candidates) {
    const { line, column } = locator.locate(candidate.start);
    if (inlineAllow.covers(candidate.start, candidate.end)) continue;
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
    if (isAmbient(owner)) {
      report('unsupported-position', 'key in an ambient declaration (`declare`, a .d.ts file): it describes a value, it holds none at run time', 'declare it by type instead (declare const KEY: string), give it its value from the environment where the code is built, then rotate the key');
      continue;
    }
    if (candidate.environment === undefined && isHeaderValueOfForeignRequest(owner)) continue;
    const secret = secretAsRead(owner, candidate, text);
    if (secret === undefined) {
      report('unsupported-value', 'secret written with escape sequences (or JSX entities) in the middle of a longer string', 'move the value into .env by hand, read it from process.env, then rotate it');
      continue;
    }
    if (formatDotenvValue(secret.value) === undefined) {
      report('unsupported-value', 'secret that a .env line cannot hold exactly (a line break, or all three quote characters)', 'store it in your secret manager, read it from process.env, then rotate it');
      continue;
    }
    const context = valueContextOf(owner, bindings);
    const site: SecretSite = { file, start: secret.start, end: secret.end, line, column, value: secret.value, environment: secret.environment, kind: context.kind };
    const existing = edits.get(owner.getStart());
    if (existing) {
      if (existing.sites.some((other) => other.start === site.start)) continue;
      existing.sites.push(site);
      existing.whole = false;
      continue;
    }
    const ownerKind = owner.getKind();
    const whole = isQuoted(owner) && owner.getStart() + 1 === secret.start && owner.getEnd() - 1 === secret.end;
    // `'…' as const` cannot become `process.env.X! as const` (a const assertion takes literals only): the assertion goes too.
    const range = (whole && constAssertionAround(owner)) || owner;
    edits.set(owner.getStart(), {
      start: range.getStart(),
      end: range.getEnd(),
      sites: [site],
      whole,
      needsString: context.needsString,
      jsxAttribute: Node.isJsxAttribute(owner.getParent()),
      literalKind: ownerKind,
    });
  }
  const rewritable = [...edits.values()].filter((edit) => {
    if (edit.whole || replacementText(edit, text.slice(edit.start, edit.end), () => 'X', false) !== undefined) return true;
    for (const site of edit.sites) {
      manual.push({ file, line: site.line, column: site.column, kind: 'unsupported-value', secret: redact(site.value), message: 'key in a string whose other escapes no template literal can hold (a legacy octal escape such as \\101)', step: 'rewrite the escape (\\x41), then run the codemod again; or move the key by hand' });
    }
    return false;
  });
  for (const edit of rewritable) if (!edit.whole) for (const site of edit.sites) site.kind = 'string-part';
  return { edits: dropNestedEdits(rewritable, manual), manual };
}

/** In a .d.ts file or under `declare` (`declare const`, `declare module`, `declare global`): types only, no run-time value. */
function isAmbient(node: Node): boolean {
  return node.getSourceFile().isDeclarationFile() || node.getAncestors().some((ancestor) => Node.isAmbientable(ancestor) && ancestor.hasDeclareKeyword());
}

function isQuoted(owner: Node): boolean {
  return owner.getKind() === SyntaxKind.StringLiteral || owner.getKind() === SyntaxKind.NoSubstitutionTemplateLiteral;
}

/**
 * The secret as the program reads it. A key token is letters and digits, as
 * written. A secret of unknown format that starts the literal is the whole
 * literal's value, escapes and JSX entities decoded (the engine reads raw
 * text up to the first quote, which an escaped quote cuts short). Part of a
 * longer string is kept only when it is written without escapes.
 */
function secretAsRead(owner: Node, candidate: Candidate, text: string): Candidate | undefined {
  if (candidate.environment !== undefined) return candidate;
  const jsx = Node.isJsxAttribute(owner.getParent());
  if (isQuoted(owner) && candidate.start === owner.getStart() + 1) {
    const content = { start: owner.getStart() + 1, end: owner.getEnd() - 1 };
    const value = jsx ? decodeJsxEntities(text.slice(content.start, content.end)) : (owner as Node & { getLiteralValue(): string }).getLiteralValue();
    return value === undefined ? undefined : { ...candidate, ...content, value };
  }
  const raw = text.slice(candidate.start, candidate.end);
  return raw.includes('\\') || (jsx && raw.includes('&')) ? undefined : candidate;
}

/** The `as const` / `<const>` assertion around a literal (through parentheses), if any. */
function constAssertionAround(literal: Node): Node | undefined {
  let parent = literal.getParent();
  while (parent && Node.isParenthesizedExpression(parent)) parent = parent.getParent();
  if (parent && (Node.isAsExpression(parent) || Node.isTypeAssertion(parent)) && parent.getTypeNode()?.getText() === 'const') return parent;
  return undefined;
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

