import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SCRIPT_FILE_PATTERN, SDK, type FrameworkId, type KeyEnvironment } from '@optimocms/auth-types';
import { findKeyTokens, isPlaceholder, LineLocator, redact, scanText } from '@optimocms/secret-scan';
import { checkWritable } from '@optimocms/secret-scan/cli-kit';
import { CodemodError } from '../codemod-error.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { isInsideWorkTree, isTracked, uncommittedFiles } from '../files/git.js';
import { listFiles } from '../files/list-files.js';
import { redactedUnifiedDiff, redactStrings } from '../report/redacted-diff.js';
import { ENV_EXAMPLE_FILE, ENV_FILE, GITIGNORE_FILE, planEnvFiles, readEnvFile, writeEnvFiles, type EnvFilesPlan, type FileAction } from './env-files.js';
import { envNamesReadBy, keyVariablesRead, optimoNamesAmong } from './env-reads.js';
import { assignEnvVarNames, envVarNameProblem, type DistinctSecret } from './env-var-names.js';
import { manualItemsFor } from './non-code-files.js';
import { readSourceText, withBom, type SourceText } from './source-text.js';
import { COMPONENT_FILE } from '../ast/script-blocks.js';
import { createFilePlacer } from './file-place.js';
import { planFile } from './file-plan.js';
import type { FileMigrator, PendingFile } from './file-migration.js';
import type { FileError, ManualItem, ReportedEdit } from './types.js';

export interface EnvKeysOptions {
  /** The project root: `.env`, `.env.example` and `.gitignore` live here. */
  cwd: string;
  paths?: readonly string[];
  /** Apply the changes (default: dry run). */
  write?: boolean;
  /** `--env-var NAME`: the variable for the single key found. */
  envVar?: string;
  /** Write although git has uncommitted changes to the files, or tracks `.env`. */
  force?: boolean;
  /** `--framework`: the framework of every file, instead of detecting it from each file's nearest package.json. */
  framework?: FrameworkId;
  onProgress?: (done: number, total: number) => void;
}

export interface ChangedFile {
  file: string;
  edits: ReportedEdit[];
  /** Unified diff with every secret redacted. */
  diff: string;
}

export interface VariableReport {
  name: string;
  environment: KeyEnvironment | null;
  /** Redacted. */
  secret: string;
  /** `existing`: `.env` already held this secret under this name. */
  source: 'new' | 'existing';
  occurrences: number;
  files: string[];
}

export interface EnvFileReport {
  file: string;
  action: FileAction;
  added: string[];
  /** Present when the file is a symbolic link: what the link holds (its target as written). Writes go through the link to that file; the link stays a link. */
  symlinkTarget?: string;
}

export interface EnvKeysReport {
  command: 'env-keys';
  mode: 'dry-run' | 'write';
  summary: { filesScanned: number; filesChanged: number; filesUnchanged: number; manualItems: number; errors: number };
  variables: VariableReport[];
  files: ChangedFile[];
  envFiles: EnvFileReport[];
  manual: ManualItem[];
  errors: FileError[];
  notes: string[];
  /** Whether the changes were written (false in a dry run). */
  written: boolean;
  /** Folders that could not be read (with why): their files were not checked, so the run is incomplete. */
  unreadableFolders: string[];
}

// `apiKey: '…'` written out: the only generic secret the engine's text rules do not see.
const LITERAL_API_KEY_OPTION = new RegExp(`\\b${SDK.apiKeyOption}\\s*:\\s*['"\`]`);

/**
 * Cheap text tests that decide whether a code file may hold a secret of
 * unknown format: the engine's generic rule (an `X-Api-Key` header or an
 * `OPTIMOCMS_*_KEY` assigned a literal), or an SDK `apiKey` written as a literal.
 */
function mayHoldGenericSecret(text: string, file: string): boolean {
  if (text.includes(SDK.packageName) && LITERAL_API_KEY_OPTION.test(text)) return true;
  return scanText(text, { file, rules: ['generic-key-assignment'] }).length > 0;
}

/** A code file with candidates that UTF-8 text cannot write back byte for byte: left alone, and said. */
function unwritableError(file: string, text: string, { offset, reason }: { offset: number; reason: string }): FileError {
  const { line, column } = new LineLocator(text).locate(offset);
  return { file, line, column, message: `${reason}: rewriting it as UTF-8 would change its bytes; convert it to UTF-8, then run again` };
}

function sortItems<T extends { file: string; line?: number; column?: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
}

/**
 * `optimocms-codemod env-keys`: moves hardcoded keys into `.env` and
 * rewrites the code to read them from `process.env`. Every file's text is
 * checked for key tokens before anything is parsed; only files with
 * candidates are parsed, one at a time, and no type-checked program is built.
 */
export async function runEnvKeys(options: EnvKeysOptions): Promise<EnvKeysReport> {
  const { cwd } = options;
  if (options.envVar !== undefined) {
    const problem = envVarNameProblem(options.envVar);
    if (problem) throw new CodemodError(problem, 'usage');
  }
  const unreadableFolders: string[] = [];
  const errors: FileError[] = [];
  const nestedRepositories: string[] = [];
  const links: string[] = [];
  const files = listFiles(cwd, options.paths ?? [], {
    onUnreadableFolder: (path, reason) => unreadableFolders.push(`${path} (${reason})`),
    onUndecodableName: (file) => errors.push({ file, message: 'the file name is not valid UTF-8: rename it so that it can be checked' }),
    onNestedRepository: (path) => nestedRepositories.push(path),
    onSymbolicLink: (path) => links.push(path),
  });
  const listed = new Set(files);
  let migrator: FileMigrator | undefined;
  const placeOf = createFilePlacer(cwd, options.framework);
  const unplaced: string[] = [];
  const manual: ManualItem[] = [];
  const read = new Set<string>();
  const toRewrite: (PendingFile & { bom: boolean })[] = [];
  const envFile = readEnvFile(cwd);
  // `.env` is where keys belong; listed (or a link), it is not ignored yet: the plan adds it to .gitignore.
  const envHoldsKeys = envFile.text !== undefined && (listed.has(ENV_FILE) || links.includes(ENV_FILE)) && findKeyTokens(envFile.text).some((token) => !isPlaceholder(token.value));

  for (const [index, file] of files.entries()) {
    options.onProgress?.(index, files.length);
    if (file === ENV_FILE) continue;
    let source: SourceText | undefined;
    try {
      source = readSourceText(join(cwd, file));
    } catch (error) {
      errors.push({ file, message: `cannot be read: ${(error as Error).message}` });
      continue;
    }
    if (source === undefined) continue;
    const { text } = source;
    // No `optimo_` gate: a key spelt with escapes (`'\u006fptimo_live_…'`) holds none, and findKeyTokens prefilters itself.
    const tokens = findKeyTokens(text).filter((token) => !isPlaceholder(token.value));
    if (!SCRIPT_FILE_PATTERN.test(file) && !COMPONENT_FILE.test(file)) {
      if (tokens.length > 0) manual.push(...manualItemsFor(file, text, tokens));
      continue;
    }
    for (const name of envNamesReadBy(text)) read.add(name);
    const checkGeneric = mayHoldGenericSecret(text, file);
    if (tokens.length === 0 && !checkGeneric) continue;
    // Browser code is never rewritten (issue #12: a bundler inlines `{}.X`): the plan makes it manual work.
    const plan = planFile(file, text, tokens, placeOf(file, text), checkGeneric);
    manual.push(...plan.manual);
    if (plan.migration === undefined) continue;
    if (source.unwritable !== undefined) {
      errors.push(unwritableError(file, text, source.unwritable));
      continue;
    }
    migrator ??= (await import('./file-migration.js')).createFileMigrator();
    const migrated = migrator.migrate({ file, text, ...plan.migration });
    if ('error' in migrated) {
      errors.push(migrated.error);
      continue;
    }
    manual.push(...migrated.manual);
    if (migrated.pending) toRewrite.push({ ...migrated.pending, bom: source.bom });
    if (migrated.pending && plan.unplaced === true) unplaced.push(file);
  }
  options.onProgress?.(files.length, files.length);
  const linkNotes: string[] = [];
  for (const link of links) {
    // `.env` is written through its link (the plan names the target): keys already behind it were counted above.
    if (link === ENV_FILE) continue;
    if (link === GITIGNORE_FILE || link === ENV_EXAMPLE_FILE) {
      // Also written through (the plan names the target when it changes); a key behind it is reported as in the file itself.
      const behind = readBehindLink(cwd, link);
      if (behind !== undefined) manual.push(...manualItemsFor(link, behind, findKeyTokens(behind).filter((token) => !isPlaceholder(token.value))));
      continue;
    }
    const { note, items } = symbolicLinkReport(cwd, link, listed);
    linkNotes.push(note);
    manual.push(...items);
  }

  // Distinct secrets in order of first appearance (files are sorted): stable names from run to run.
  const distinct = new Map<string, DistinctSecret>();
  for (const { sites } of toRewrite) {
    for (const site of sites) {
      if (!distinct.has(site.value)) distinct.set(site.value, { value: site.value, environment: site.environment });
    }
  }
  if (options.envVar !== undefined && distinct.size > 1) {
    throw new CodemodError(`--env-var names a single key, but ${distinct.size} distinct keys were found; run without --env-var, or on fewer paths`, 'usage');
  }
  const existing = envFile.variables;
  const naming = assignEnvVarNames({
    secrets: [...distinct.values()],
    ...(options.envVar === undefined ? {} : { override: options.envVar }),
    existing,
    referenced: optimoNamesAmong(read),
  });
  const nameOf = (value: string) => (naming.names.get(value) as { name: string }).name;

  const changed: ChangedFile[] = [];
  const newTexts = new Map<string, { text: string; bom: boolean }>();
  const usage = new Map<string, { occurrences: number; files: Set<string> }>();
  for (const entry of toRewrite) {
    const after = entry.apply((site) => nameOf(site.value));
    const { sites } = entry;
    for (const site of sites) {
      const seen = usage.get(site.value) ?? { occurrences: 0, files: new Set<string>() };
      seen.occurrences++;
      seen.files.add(entry.file);
      usage.set(site.value, seen);
    }
    if (after === entry.text) continue;
    newTexts.set(entry.file, { text: after, bom: entry.bom });
    changed.push({
      file: entry.file,
      edits: sites.map((site) => ({ line: site.line, column: site.column, kind: site.kind, variable: nameOf(site.value), secret: redact(site.value) })),
      diff: redactedUnifiedDiff(entry.file, entry.text, after, [...new Set(sites.map((site) => site.value))]),
    });
  }

  const variables = [...distinct.values()].map((secret) => ({ ...secret, ...(naming.names.get(secret.value) as { name: string; source: 'new' | 'existing' }) }));
  const inGit = isInsideWorkTree(cwd);
  const plan = planEnvFiles(cwd, inGit, envFile, variables, { envHoldsKeys, keyVariablesRead: keyVariablesRead(existing, read) });
  const notes = [...naming.notes];
  const envTracked = inGit && isTracked(cwd, ENV_FILE);
  if (envTracked && variables.length > 0) notes.push('.env is tracked by git: run `git rm --cached .env` and commit before writing secrets to it');
  for (const folder of unreadableFolders) notes.push(`cannot read folder ${folder}: its files were not checked`);
  for (const repository of nestedRepositories) notes.push(`${repository} is a submodule or nested repository: left alone (run the codemod there)`);
  notes.push(...linkNotes);
  if (unplaced.length > 0) notes.push(unplacedNote(unplaced));

  let written = false;
  if (options.write === true && (changed.length > 0 || plan.env.action !== 'unchanged' || plan.envExample.action !== 'unchanged' || plan.gitignore.action !== 'unchanged')) {
    if (inGit) refuseUnsafeWrite(cwd, plan, [...newTexts.keys()], envTracked, options.force === true);
    // Every target checked before the first write: a read-only code file must not stop the run after .env holds the keys.
    const targets = [...[plan.gitignore, plan.env, plan.envExample].filter((change) => change.action !== 'unchanged').map((change) => change.file), ...newTexts.keys()];
    for (const file of targets) checkWritable(join(cwd, file));
    writeEnvFiles(cwd, plan);
    for (const [file, { text, bom }] of newTexts) writeFileAtomic(join(cwd, file), withBom(text, bom));
    written = true;
  }

  const reportedVariables: VariableReport[] = variables.map((variable) => {
    const seen = usage.get(variable.value);
    return {
      name: variable.name,
      environment: variable.environment ?? null,
      secret: redact(variable.value),
      source: variable.source,
      occurrences: seen?.occurrences ?? 0,
      files: [...(seen?.files ?? [])].sort(),
    };
  });
  const envFiles = [plan.gitignore, plan.env, plan.envExample].map(({ file, action, added }): EnvFileReport => {
    const target = symlinkTargetOf(join(cwd, file));
    return { file, action, added, ...(target === undefined ? {} : { symlinkTarget: target }) };
  });
  // Every string the report carries is printed (text or --json): notes and error messages can quote a secret too.
  return redactStrings<EnvKeysReport>({
    command: 'env-keys',
    mode: options.write === true ? 'write' : 'dry-run',
    summary: {
      filesScanned: files.length,
      filesChanged: changed.length,
      // Errors about files the listing could not hand over (names that are not UTF-8) are not among `files`.
      filesUnchanged: files.length - changed.length - new Set(errors.map((error) => error.file).filter((file) => listed.has(file))).size,
      manualItems: manual.length,
      errors: errors.length,
    },
    variables: reportedVariables,
    files: changed,
    envFiles,
    manual: sortItems(manual),
    errors: sortItems(errors),
    notes,
    written,
    unreadableFolders,
  }, [...distinct.keys()]);
}

/** What a symbolic link holds (its target as written), or `undefined` when the path is not a link. */
function symlinkTargetOf(absolute: string): string | undefined {
  try {
    return lstatSync(absolute).isSymbolicLink() ? readlinkSync(absolute) : undefined;
  } catch {
    return undefined;
  }
}

/** The text of the regular file behind a link, or `undefined` (dangling, a folder, binary, unreadable). */
function readBehindLink(cwd: string, link: string): string | undefined {
  try {
    if (!statSync(join(cwd, link)).isFile()) return undefined;
    return readSourceText(join(cwd, link))?.text;
  } catch {
    return undefined;
  }
}

/**
 * Issue #11: the codemod neither follows nor rewrites a symbolic link (the
 * scanner skips it too), but says so. A link whose target is a file the run
 * checks anyway is only named; the keys in any other file behind a link are
 * manual items, so that `--check` does not call the tree clean.
 */
function symbolicLinkReport(cwd: string, link: string, listed: ReadonlySet<string>): { note: string; items: ManualItem[] } {
  const absolute = join(cwd, link);
  const target = symlinkTargetOf(absolute) ?? '?';
  const named = `${link} is a symbolic link (→ ${target})`;
  let real: string;
  let isFile: boolean;
  try {
    real = realpathSync(absolute);
    isFile = statSync(real).isFile();
  } catch {
    return { note: `${named} to nothing (or a loop): not followed`, items: [] };
  }
  if (!isFile) return { note: `${named} to a folder: not followed, its files were not checked (run the codemod there)`, items: [] };
  let root = cwd;
  try {
    root = realpathSync(cwd);
  } catch {
    // The project root was listed a moment ago: keep it as given.
  }
  const inside = relative(root, real);
  if (!inside.startsWith('..') && listed.has(inside.split(sep).join('/'))) {
    return { note: `${named}: not followed; the file it points at (${inside.split(sep).join('/')}) is checked on its own`, items: [] };
  }
  let text: string | undefined;
  try {
    text = readSourceText(absolute)?.text;
  } catch (error) {
    return { note: `${named}: not followed, and the file behind it cannot be read (${(error as Error).message}): check it for keys by hand`, items: [] };
  }
  const tokens = text === undefined ? [] : findKeyTokens(text).filter((token) => !isPlaceholder(token.value));
  const items = text === undefined ? [] : manualItemsFor(link, text, tokens, {
    kind: 'symbolic-link',
    message: `key in the file behind a symbolic link (${target}; line and column are in that file): the codemod does not rewrite through links`,
    step: `move the key out of ${target} by hand and read it from process.env (or replace the link with a copy of the file and run the codemod again), then rotate the key`,
  });
  const keys = items.length === 0 ? '' : `; the file behind it holds ${items.length} key${items.length === 1 ? '' : 's'}, left in place (see the manual work)`;
  return { note: `${named}: not followed, not rewritten${keys}`, items };
}

/** docs/architecture.md: where static analysis cannot know, the build-output check decides, and the tool says so. */
function unplacedNote(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  return `${files.length} rewritten file${files.length === 1 ? '' : 's'} (${shown}) run wherever ${files.length === 1 ? 'its importers run' : 'their importers run'}: if browser code imports ${files.length === 1 ? 'it' : 'them'}, the key reaches the bundle; after building, check the output with optimocms-scan --bundle`;
}

/** docs/architecture.md: never write a secret into a file git tracks; like @next/codemod, never overwrite uncommitted work. */
function refuseUnsafeWrite(cwd: string, plan: EnvFilesPlan, codeFiles: readonly string[], envTracked: boolean, force: boolean): void {
  if (force) return;
  if (envTracked && plan.env.action !== 'unchanged') {
    throw new CodemodError('.env is tracked by git, so the keys would be committed: run `git rm --cached .env`, commit, then run again (or pass --force)');
  }
  const touched = [...codeFiles];
  if (plan.gitignore.action === 'append') touched.push(GITIGNORE_FILE);
  if (plan.envExample.action === 'append') touched.push(ENV_EXAMPLE_FILE);
  const dirty = uncommittedFiles(cwd, touched);
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 3).join(', ') + (dirty.length > 3 ? ` and ${dirty.length - 3} more` : '');
    throw new CodemodError(`uncommitted changes to files the codemod would rewrite (${shown}): commit or stash them first, or pass --force`);
  }
}
