import { join } from 'node:path';
import { KEY_MANIFEST, SCRIPT_FILE_PATTERN, SDK, type FrameworkId, type Scope } from '@optimocms/auth-types';
import { listFiles } from '../files/list-files.js';
import { readTextFile } from '../files/read-text.js';
import { COMPONENT_FILE, isolateBlocks, scriptBlocks } from '../ast/script-blocks.js';
import { createProjectResolver } from '@optimocms/secret-scan/project';
import { readPathAliases } from './path-aliases.js';
import { redactStrings } from '../report/redacted-diff.js';
import type { FileError } from '../ast/file-error.js';
import { expandCandidates, relativeImportsOf } from './candidate-files.js';
import { compareKeys, environmentOfEnvVar, sortScopes, withholdOverBroad, type CallSite, type KeyComparison, type KeyUsage } from './compare-keys.js';
import type { KeyRef } from './key-refs.js';

export interface ScopesOptions {
  cwd: string;
  paths?: readonly string[];
  /** `--framework`: the framework of every file, instead of detecting it per file. */
  framework?: FrameworkId;
  onProgress?: (done: number, total: number) => void;
}

export interface UnmappedCall extends CallSite {
  keys: KeyRef[];
  reason: string;
}

export interface ScopesReport {
  command: 'scopes';
  summary: { filesScanned: number; filesAnalyzed: number; calls: number; unmappedCalls: number; declaredKeys: number };
  /** Every scope the code needs, whatever the key. */
  scopes: Scope[];
  keys: KeyUsage[];
  unmapped: UnmappedCall[];
  declared: KeyComparison[];
  notes: string[];
  errors: FileError[];
  /** False when a declared key is over-broad or misses a scope. */
  ok: boolean;
  /** True when a folder or a file name could not be read, or the scopes of a declared key could not all be read: not everything was checked. */
  incomplete: boolean;
  /** Candidate files that could not be read or parsed: a scope no analysed call uses may be used there, so none is called over-broad. */
  unanalysedFiles: string[];
}

/** Words that make a file worth analysing on its own. */
const SEEDS = [SDK.packageName, SDK.apiHost, KEY_MANIFEST.helperName, '.apiKeys.'];

/**
 * `optimocms-codemod scopes`: the least-privilege advisor. Text-level
 * prefilter, then a ts-morph project (with a type checker for symbol
 * resolution) over the files that mention the SDK, the API host or key
 * declarations, plus the files that import them and that they import.
 */
export async function runScopes(options: ScopesOptions): Promise<ScopesReport> {
  const unreadableFolders: string[] = [];
  const errors: FileError[] = [];
  const nestedRepositories: string[] = [];
  let undecodable = 0;
  const files = listFiles(options.cwd, options.paths ?? [], {
    onUnreadableFolder: (path, reason) => unreadableFolders.push(`${path} (${reason})`),
    onUndecodableName: (file) => {
      undecodable++;
      errors.push({ file, message: 'the file name is not valid UTF-8: rename it so that it can be analysed' });
    },
    onNestedRepository: (path) => nestedRepositories.push(path),
  }).filter((file) => SCRIPT_FILE_PATTERN.test(file) || COMPONENT_FILE.test(file));
  const texts = new Map<string, string>();
  const seeds = new Set<string>();
  files.forEach((file, index) => {
    options.onProgress?.(index, files.length);
    try {
      const read = readTextFile(join(options.cwd, file));
      if (read === undefined) return;
      // A component's script blocks, the markup blanked: lines and columns stay the file's.
      const text = COMPONENT_FILE.test(file) ? isolateBlocks(read, scriptBlocks(file, read)) : read;
      texts.set(file, text);
      if (SEEDS.some((seed) => text.includes(seed))) seeds.add(file);
    } catch (error) {
      errors.push({ file, message: `cannot be read: ${(error as Error).message}` });
    }
  });
  options.onProgress?.(files.length, files.length);
  const known = new Set(texts.keys());
  const project = createProjectResolver(options.framework === undefined ? {} : { framework: options.framework }).project(join(options.cwd, 'package.json'));
  const aliases = readPathAliases(options.cwd, options.framework === undefined ? project.detected : [options.framework]);
  const imports = new Map<string, string[]>();
  // Without aliases, only a file that names `./` can import another: the others skip the specifier scan.
  for (const [file, text] of texts) if (aliases.size > 0 || text.includes('./')) imports.set(file, relativeImportsOf(file, text, known, aliases));
  const selected = [...expandCandidates(seeds, imports)].sort();

  const pathOf = (file: string) => (COMPONENT_FILE.test(file) ? `${file}.ts` : file);
  const { calls, declared, errors: parseErrors } = selected.length === 0 ? { calls: [], declared: [], errors: [] } : (await import('./analyze-project.js')).analyzeProject(selected, texts, { pathOf, aliases });
  errors.push(...parseErrors);

  const usages = new Map<KeyRef, KeyUsage>();
  const unmapped: UnmappedCall[] = [];
  for (const call of calls) {
    const site: CallSite = { kind: call.kind, file: call.file, line: call.line, column: call.column, call: call.call };
    if (!call.scope) {
      unmapped.push({ ...site, keys: call.keys, reason: call.reason ?? 'unknown call' });
      continue;
    }
    for (const key of call.keys) {
      const usage = usages.get(key) ?? { envVar: key, environment: environmentOfEnvVar(key), scopes: [], calls: [] };
      usage.calls.push({ ...site, scope: call.scope });
      usages.set(key, usage);
    }
  }
  const keys = [...usages.values()]
    .map((usage) => ({ ...usage, scopes: sortScopes(usage.calls.map((call) => call.scope)) }))
    .sort((a, b) => (a.envVar ?? '\uffff').localeCompare(b.envVar ?? '\uffff'));
  const { comparisons, notes } = compareKeys(declared, keys);
  // Never "remove" a scope that a file nobody could read may use: the verdict is unknown, and the files are named.
  const unanalysedFiles = [...new Set(errors.map((error) => error.file))].sort();
  if (unanalysedFiles.length > 0) for (const comparison of comparisons) withholdOverBroad(comparison);
  for (const folder of unreadableFolders) notes.push(`cannot read folder ${folder}: its files were not analysed`);
  for (const repository of nestedRepositories) notes.push(`${repository} is a submodule or nested repository: not analysed (run scopes there)`);
  // A call can quote a URL with a key in its query, an error message a line of code: everything printed is redacted.
  return redactStrings<ScopesReport>({
    command: 'scopes',
    summary: { filesScanned: files.length, filesAnalyzed: selected.length, calls: calls.length, unmappedCalls: unmapped.length, declaredKeys: declared.length },
    scopes: sortScopes(keys.flatMap((usage) => usage.scopes)),
    keys,
    unmapped,
    declared: comparisons,
    notes,
    errors,
    ok: comparisons.every((comparison) => comparison.overBroad.length === 0 && comparison.missing.length === 0),
    incomplete: unreadableFolders.length > 0 || undecodable > 0 || comparisons.some((comparison) => comparison.status === 'unknown'),
    unanalysedFiles,
  });
}
