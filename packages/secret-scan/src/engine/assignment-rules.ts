import {
  API_KEY_HEADER,
  ENV_VAR_PREFIX,
  KEY_ENV_VAR_NAMES,
  KEY_TOKEN,
  PUBLIC_ENV_PREFIXES,
  SECRET_ENV_FILE_GLOBS,
  isCodeFile,
  isPublicOptimoSecretEnvName,
  matchesModelGlob,
} from '@optimocms/auth-types';
import { readAssignedValue, type AssignedValue, type ReadOptions } from './assigned-value.js';
import { escapeRegExp } from './escape-regexp.js';
import { isLineBreak } from './line-breaks.js';
import { isPlaceholder } from './placeholder.js';
import type { Candidates } from './prefilter.js';
import type { RuleId } from './rules.js';

/** A finding before positions, redaction and fingerprints are added. */
export interface RawFinding {
  rule: RuleId;
  start: number;
  end: number;
  /** The sensitive value (never shown in full; hashed into the fingerprint). */
  value: string;
  /** The variable the value is assigned to, shown before the redacted value. */
  name?: string;
}

const IDENTIFIER_CHARACTER = /[A-Za-z0-9_]/;

function isWordBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !IDENTIFIER_CHARACTER.test(char);
}

/** The whole identifier (`[A-Za-z0-9_]+`) around `index`. */
function identifierAround(text: string, index: number): { start: number; end: number } {
  let start = index;
  let end = index;
  while (start > 0 && IDENTIFIER_CHARACTER.test(text[start - 1] as string)) start--;
  while (end < text.length && IDENTIFIER_CHARACTER.test(text[end] as string)) end++;
  return { start, end };
}

// ── where a name is assigned rather than referenced or read ────────────────

// `$NAME`, `${NAME}`, `${NAME:-default}`: the variable is referenced, not assigned.
function isReference(text: string, nameStart: number): boolean {
  const before = text[nameStart - 1];
  return before === '$' || (before === '{' && text[nameStart - 2] === '$');
}

// A colon after a member read (`dev ? process.env.NAME : x`), a ternary branch or a case label assigns nothing.
const READ_BEFORE_COLON = /(?:[.?]|\bcase)[ \t]*['"`]?$/;

// Name/value pairs: `{"name": "X-Api-Key", "value": "…"}` (HAR, Postman, ECS task definitions,
// Terraform) and `- name: OPTIMOCMS_API_KEY` then `value: …` (Kubernetes): the name is the
// `name`/`key` field, and its value is the sibling `value` field that follows (not `valueFrom`).
const PAIR_NAME_FIELD = /\b(?:name|key)['"]?[ \t]*[:=][ \t]*['"]?$/;
const PAIR_VALUE_FIELD = /['"]?[ \t]*,?\s*['"]?value\b/y;

// `NAME: string = 'value'` (TypeScript), `NAME: str = "value"` (Python): the value follows the annotation.
// Blanks around `=` are required: a YAML value such as `c2VjcmV0=` is not an annotation.
const TYPE_THEN_EQUALS = /[ \t]*:[ \t]*[A-Za-z_$][\w$.]*(?:\[\])?(?:[ \t]*\|[ \t]*[A-Za-z_$][\w$.]*(?:\[\])?)*[ \t]+(?==[ \t])/y;

function afterTypeAnnotation(text: string, nameEnd: number): number {
  TYPE_THEN_EQUALS.lastIndex = nameEnd;
  return TYPE_THEN_EQUALS.test(text) ? TYPE_THEN_EQUALS.lastIndex : nameEnd;
}

function pairedValue(text: string, nameEnd: number): AssignedValue | undefined {
  PAIR_VALUE_FIELD.lastIndex = nameEnd;
  return PAIR_VALUE_FIELD.test(text) ? readAssignedValue(text, PAIR_VALUE_FIELD.lastIndex) : undefined;
}

/** The value assigned to the name at `start`…`end`, or `undefined` when the name is only referenced or read. */
function valueAssignedTo(text: string, start: number, end: number, options?: ReadOptions): AssignedValue | undefined {
  if (isReference(text, start)) return undefined;
  const before = text.slice(Math.max(0, start - 16), start);
  if (PAIR_NAME_FIELD.test(before)) return pairedValue(text, end);
  const assigned = readAssignedValue(text, afterTypeAnnotation(text, end), options);
  if (assigned?.separator === ':' && READ_BEFORE_COLON.test(before)) return undefined;
  return assigned;
}

// ── public-env-exposure ─────────────────────────────────────────────────────

// Unquoted values that declare rather than assign: a type (`NAME: string`), a schema (`NAME: z.string()`).
const TYPE_ANNOTATION = /^(?:string|number|boolean|undefined|any|unknown|never)\b/;
const CALL_EXPRESSION = /^[A-Za-z_][\w$]*(?:\.[A-Za-z_$][\w$]*)*\(/;
const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

// Dockerfile `ENV NAME value`: the only place where a blank assigns. Looks back over blanks,
// `ENV` and blanks to the line start, and no further (minified lines are long).
function followsDockerfileEnv(text: string, nameStart: number): boolean {
  let at = nameStart;
  while (isBlank(text[at - 1])) at--;
  if (at === nameStart || at < 3 || text.slice(at - 3, at).toUpperCase() !== 'ENV') return false;
  at -= 3;
  while (isBlank(text[at - 1])) at--;
  return at === 0 || isLineBreak(text[at - 1]);
}

/**
 * A browser-public variable named like an OptimoCMS credential, assigned any
 * value (a reference too: it is inlined all the same). `names`: the offsets of
 * `OPTIMOCMS` in the text ({@link Candidates}).
 */
export function findPublicEnvExposures(text: string, names: readonly number[]): RawFinding[] {
  const findings: RawFinding[] = [];
  let previousEnd = 0;
  for (const at of names) {
    // A name with the marker twice (`VITE_OPTIMOCMS_OPTIMOCMS_KEY`) is one name.
    if (at < previousEnd) continue;
    const name = identifierAround(text, at);
    previousEnd = name.end;
    const nameText = text.slice(name.start, name.end);
    if (!isPublicOptimoSecretEnvName(nameText)) continue;
    const assigned = valueAssignedTo(text, name.start, name.end, { whitespace: followsDockerfileEnv(text, name.start) });
    if (!assigned || (!assigned.quoted && (TYPE_ANNOTATION.test(assigned.value) || CALL_EXPRESSION.test(assigned.value)))) continue;
    findings.push({ rule: 'public-env-exposure', start: name.start, end: name.end, value: assigned.value, name: nameText });
  }
  return findings;
}

// ── generic-key-assignment ──────────────────────────────────────────────────

const LITERAL = /^[A-Za-z0-9_\-+/=.~]+$/;
const DOTTED_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
const GENERIC_MIN_LENGTH = 16;

function characterClasses(value: string): number {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value));
}

/** A literal that looks like a credential of an unknown format. */
function isGenericSecret(assigned: AssignedValue, codeFile: boolean): boolean {
  const { value } = assigned;
  if (codeFile && !assigned.quoted) return false;
  return (
    value.length >= GENERIC_MIN_LENGTH &&
    LITERAL.test(value) &&
    !DOTTED_REFERENCE.test(value) &&
    !value.startsWith(KEY_TOKEN.commonPrefix) &&
    characterClasses(value) >= 2 &&
    !isPlaceholder(value)
  );
}

const HEADER_NAME_CHARACTER = /[A-Za-z0-9_-]/;

/**
 * A literal of 16+ characters without a known prefix, assigned to one of the
 * conventional key variables or sent as the `X-Api-Key` header. References
 * (`${NAME}`, `$NAME`, `process.env.NAME`, `secrets.NAME`), empty values and
 * placeholders are not findings. Works from the {@link Candidates} offsets:
 * every conventional name starts with the `OPTIMOCMS` marker.
 */
export function findGenericAssignments(text: string, file: string | undefined, candidates: Pick<Candidates, 'names' | 'headers'>): RawFinding[] {
  const findings: RawFinding[] = [];
  // In code, an unquoted value is an identifier, not a literal.
  const codeFile = file !== undefined && isCodeFile(file);
  const report = (assigned: AssignedValue | undefined) => {
    if (assigned && isGenericSecret(assigned, codeFile)) {
      findings.push({ rule: 'generic-key-assignment', start: assigned.start, end: assigned.end, value: assigned.value });
    }
  };
  for (const at of candidates.names) {
    if (!isWordBoundary(text, at - 1)) continue;
    const name = KEY_ENV_VAR_NAMES.find((candidate) => text.startsWith(candidate, at));
    if (name && isWordBoundary(text, at + name.length)) report(valueAssignedTo(text, at, at + name.length));
  }
  for (const at of candidates.headers) {
    const end = at + API_KEY_HEADER.length;
    if (HEADER_NAME_CHARACTER.test(text[at - 1] ?? ' ') || HEADER_NAME_CHARACTER.test(text[end] ?? ' ')) continue;
    report(valueAssignedTo(text, at, end, { comma: true }));
  }
  return findings.sort((a, b) => a.start - b.start);
}

// ── env-file-committed ──────────────────────────────────────────────────────

const DOTENV_NAME = /^\.env(?:\.[\w.-]+)?$/;
const DOTENV_TEMPLATE = /\.(?:example|sample|template|defaults|dist)$/;

/**
 * `.env`, `.env.local`, `config/.env.staging`, Wrangler's `.dev.vars` (the
 * model's `SECRET_ENV_FILE_GLOBS`), …; not `.env.example`, `.env.sample`,
 * `.env.template`, `.env.defaults`.
 */
export function isDotenvFile(file: string): boolean {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return (DOTENV_NAME.test(base) || SECRET_ENV_FILE_GLOBS.some((glob) => matchesModelGlob(glob, base))) && !DOTENV_TEMPLATE.test(base);
}

// `${OTHER}` / `$OTHER`: interpolation (docker compose, dotenv-expand), not a value.
const VARIABLE_REFERENCE = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/;
// `OPTIMOCMS_*`, or a browser-public one (`VITE_OPTIMOCMS_API_KEY`): the prefixes are the framework model's.
const PUBLIC_PREFIX = `(?:${PUBLIC_ENV_PREFIXES.map(({ prefix }) => escapeRegExp(prefix)).join('|')})?`;
const DOTENV_ASSIGNMENT = new RegExp(`^[ \\t]*(?:export[ \\t]+)?(${PUBLIC_PREFIX}${escapeRegExp(ENV_VAR_PREFIX)}[A-Za-z0-9_]*)[ \\t]*=`, 'gm');

/**
 * Each `OPTIMOCMS_*` variable a dotenv file assigns a non-empty value, and
 * each browser-public key variable (`NEXT_PUBLIC_OPTIMOCMS_API_KEY`): a file
 * that holds only those is still a committed key.
 */
export function findDotenvAssignments(text: string): RawFinding[] {
  const findings: RawFinding[] = [];
  if (!text.includes(ENV_VAR_PREFIX)) return findings;
  DOTENV_ASSIGNMENT.lastIndex = 0;
  for (let match = DOTENV_ASSIGNMENT.exec(text); match; match = DOTENV_ASSIGNMENT.exec(text)) {
    const name = match[1] as string;
    // A public setting (`VITE_OPTIMOCMS_SITE_ID`) is meant to be public; a public key variable is not.
    if (!name.startsWith(ENV_VAR_PREFIX) && !isPublicOptimoSecretEnvName(name)) continue;
    const nameEnd = match.index + match[0].length - 1;
    const assigned = readAssignedValue(text, nameEnd);
    // A placeholder (`your-api-key-here`) holds nothing yet: the staged real value will be caught when it comes.
    if (assigned && !VARIABLE_REFERENCE.test(assigned.value) && !isPlaceholder(assigned.value)) findings.push({ rule: 'env-file-committed', start: assigned.start, end: assigned.end, value: assigned.value, name });
  }
  return findings;
}
