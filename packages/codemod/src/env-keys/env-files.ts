import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import { CodemodError } from '../codemod-error.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { isIgnoredByGit } from '../files/git.js';
import { appendLines, formatDotenvValue, parseDotenv } from './dotenv.js';
import { readSourceText, withBom } from './source-text.js';

export const ENV_FILE = '.env';
export const ENV_EXAMPLE_FILE = '.env.example';
export const GITIGNORE_FILE = '.gitignore';
/** `.env` holds secrets: only its owner may read it. */
export const ENV_FILE_MODE = 0o600;

export type FileAction = 'create' | 'append' | 'unchanged';

/** What happens to one of the three project files. Holds `.env` content: never print `before` / `after`. */
export interface EnvFileChange {
  file: string;
  action: FileAction;
  /** Variable names (or `.gitignore` entries) added. */
  added: string[];
  before: string | undefined;
  after: string;
}

export interface EnvFilesPlan {
  gitignore: EnvFileChange;
  env: EnvFileChange;
  envExample: EnvFileChange;
}

function read(cwd: string, file: string): string | undefined {
  const path = join(cwd, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** `.env` as a run finds it. Read once per run: its keys, its variables and the text the plan appends to all come from here. */
export interface EnvFileState {
  /** Decoded as the scanner decodes it, without a byte-order mark; `undefined` when there is no `.env` file (or it is binary). */
  text: string | undefined;
  /** A UTF-8 byte-order mark, kept when the plan appends. */
  bom: boolean;
  /** The variables it holds, name → value. */
  variables: ReadonlyMap<string, string>;
  /** Why lines cannot be appended without changing its other bytes (UTF-16 or UTF-32, not valid UTF-8). */
  unwritable?: string;
}

/** Reads `.env` (through a symbolic link too) for one run; one that is not a text file stops the run before anything is written over it. */
export function readEnvFile(cwd: string): EnvFileState {
  const path = join(cwd, ENV_FILE);
  const found = statSync(path, { throwIfNoEntry: false });
  if (found === undefined) return { text: undefined, bom: false, variables: new Map() };
  const source = found.isFile() ? readSourceText(path) : undefined;
  if (source === undefined) throw new CodemodError(`${ENV_FILE} is not a text file: move it away, then run again`);
  const state = { text: source.text, bom: source.bom, variables: parseDotenv(source.text) };
  return source.unwritable === undefined ? state : { ...state, unwritable: source.unwritable.reason };
}

function envLine(name: string, value: string): string {
  const formatted = formatDotenvValue(value);
  // findSecretSites leaves such values to a human: reaching this is a bug, and an empty value would lose the key.
  if (formatted === undefined) throw new Error(`the value of ${name} cannot be written to ${ENV_FILE}`);
  return `${name}=${formatted}`;
}

function change(file: string, before: string | undefined, lines: string[], added: string[]): EnvFileChange {
  const after = appendLines(before ?? '', lines);
  return { file, action: added.length === 0 ? 'unchanged' : before === undefined ? 'create' : 'append', added, before, after };
}

function isEnvIgnored(cwd: string, inGit: boolean, gitignore: string | undefined): boolean {
  if (inGit) return isIgnoredByGit(cwd, ENV_FILE);
  return gitignore !== undefined && ignore().add(gitignore).ignores(ENV_FILE);
}

export interface PlanContext {
  /** `.env` already holds keys: it must be ignored even when this run moves nothing. */
  envHoldsKeys?: boolean;
  /** `.env` variables holding keys that the code reads: listed in `.env.example` beside the new ones. */
  keyVariablesRead?: readonly string[];
}

/**
 * Plans the three files: `.gitignore` gets `.env` (when keys go or already
 * are in it) unless git already ignores it, `.env` gets each new variable
 * with its secret (never an existing name), `.env.example` gets every
 * variable name with an empty value; when it is written at all, it also gets
 * the key variables `.env` already held for the code, so that it is complete.
 */
export function planEnvFiles(cwd: string, inGit: boolean, envFile: EnvFileState, variables: readonly { name: string; value: string; source: 'new' | 'existing' }[], context: PlanContext = {}): EnvFilesPlan {
  const gitignoreBefore = read(cwd, GITIGNORE_FILE);
  const needsIgnore = (variables.length > 0 || context.envHoldsKeys === true) && !isEnvIgnored(cwd, inGit, gitignoreBefore);
  const gitignore = change(GITIGNORE_FILE, gitignoreBefore, needsIgnore ? [ENV_FILE] : [], needsIgnore ? [ENV_FILE] : []);

  const envBefore = envFile.text === undefined ? undefined : withBom(envFile.text, envFile.bom);
  const fresh = variables.filter((variable) => variable.source === 'new' && !envFile.variables.has(variable.name));
  // Appending as UTF-8 would rewrite a UTF-16 file, or turn its legacy bytes into U+FFFD: the run stops before any write.
  if (fresh.length > 0 && envFile.unwritable !== undefined) throw new CodemodError(`${ENV_FILE} ${envFile.unwritable}: adding ${fresh.map((variable) => variable.name).join(', ')} would change its other bytes; convert it to UTF-8, then run again`);
  const env = change(ENV_FILE, envBefore, fresh.map((variable) => envLine(variable.name, variable.value)), fresh.map((variable) => variable.name));

  const exampleBefore = read(cwd, ENV_EXAMPLE_FILE);
  const inExample = exampleBefore === undefined ? new Map<string, string>() : parseDotenv(exampleBefore);
  const missing = (names: Iterable<string>) => [...new Set(names)].filter((name) => !inExample.has(name));
  const fromRun = missing(variables.map((variable) => variable.name));
  const documented = fromRun.length === 0 ? [] : missing([...fromRun, ...(context.keyVariablesRead ?? [])]);
  const envExample = change(ENV_EXAMPLE_FILE, exampleBefore, documented.map((name) => `${name}=`), documented);
  return { gitignore, env, envExample };
}

/** Writes the planned files in the safe order: `.gitignore` before `.env`, so that no secret lands in a file git would pick up. */
export function writeEnvFiles(cwd: string, plan: EnvFilesPlan): void {
  if (plan.gitignore.action !== 'unchanged') writeFileAtomic(join(cwd, GITIGNORE_FILE), plan.gitignore.after);
  if (plan.env.action !== 'unchanged') writeFileAtomic(join(cwd, ENV_FILE), plan.env.after, plan.env.action === 'create' ? ENV_FILE_MODE : undefined);
  if (plan.envExample.action !== 'unchanged') writeFileAtomic(join(cwd, ENV_EXAMPLE_FILE), plan.envExample.after);
}
