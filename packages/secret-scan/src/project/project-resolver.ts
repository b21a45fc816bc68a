import path from 'node:path';
import {
  classifyModulePath,
  fileRuleFor,
  frameworkFromManifest,
  manifestDependencies,
  type FileRule,
  type FrameworkId,
  type ModuleRole,
} from '@optimocms/auth-types';
import { NODE_FILE_SYSTEM, type ProjectFileSystem } from './file-system.js';

/** Something about a project that a tool should warn about (a package.json that is not JSON). */
export interface ProjectProblem {
  readonly file: string;
  readonly message: string;
}

/** The package a file belongs to, and its frameworks. */
export interface ProjectInfo {
  /** Absolute folder of the nearest package.json (or deno.json); `undefined` when there is none. */
  readonly root: string | undefined;
  /** The manifest that was read (package.json, or deno.json for a Deno project without one). */
  readonly manifestPath: string | undefined;
  /** Every framework detected, in precedence order. */
  readonly detected: readonly FrameworkId[];
  /** The framework that decides file roles: the override, else the first detected. */
  readonly framework: FrameworkId | undefined;
  readonly source: 'override' | 'detected' | 'none';
  /** Dependency names of the manifest (for prefixes that need one, e.g. `NG_APP_`). */
  readonly dependencies: ReadonlySet<string>;
  readonly problems: readonly ProjectProblem[];
}

/** A file placed in its project. */
export interface FileContext {
  readonly file: string;
  readonly project: ProjectInfo;
  /** From the project root (from the folder of the file when there is no root), `/` separators. */
  readonly relativePath: string;
  /** By path (framework rules and the path markers of docs/architecture.md); content markers are `moduleKind`'s. */
  readonly role: ModuleRole;
  /** The rule that decided `role`, with `exports` for a mixed file; `undefined` when none did. */
  readonly rule: FileRule | undefined;
}

export interface ProjectResolverOptions {
  /** Use this framework for every file instead of detecting one (a rule's `framework` option, the codemod's `--framework`). */
  framework?: FrameworkId;
  /** Do not look above this folder for a manifest (it is still read itself). */
  stopAt?: string;
  /** The reads (default: node:fs). */
  fileSystem?: ProjectFileSystem;
}

export interface ProjectResolver {
  /** The project of a file (a path to a file, absolute or from the working directory). `override` wins over the resolver's. */
  project(file: string, override?: FrameworkId): ProjectInfo;
  /** The project, relative path and path role of a file. */
  fileContext(file: string, override?: FrameworkId): FileContext;
  /** Forget everything read (an editor session after package.json changed). */
  clear(): void;
}

const MANIFEST = 'package.json';
const DENO_MANIFESTS = ['deno.json', 'deno.jsonc'];
const NO_PROJECT: ProjectInfo = { root: undefined, manifestPath: undefined, detected: [], framework: undefined, source: 'none', dependencies: new Set(), problems: [] };

// A package.json with only `type` (or other settings) scopes module format for a subfolder; it is not an app.
const PACKAGE_FIELDS = ['name', 'dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'workspaces'];
function isPackageRoot(manifest: unknown): boolean {
  return typeof manifest === 'object' && manifest !== null && PACKAGE_FIELDS.some((field) => field in manifest);
}

/**
 * Finds each file's nearest package.json and the frameworks it names, reading
 * every folder once per resolver (cache keyed by folder). Never throws for a
 * project: a package.json that cannot be parsed is reported in `problems` and
 * detection goes on from the config files alone.
 */
export function createProjectResolver(options: ProjectResolverOptions = {}): ProjectResolver {
  const fs = options.fileSystem ?? NODE_FILE_SYSTEM;
  const stopAt = options.stopAt === undefined ? undefined : path.resolve(options.stopAt);
  /** Folder → its project (`null`: the walk found none). */
  const byFolder = new Map<string, ProjectInfo | null>();

  function readProject(folder: string): ProjectInfo | undefined {
    const manifestPath = path.join(folder, MANIFEST);
    const problems: ProjectProblem[] = [];
    let text: string | undefined;
    try {
      text = fs.readText(manifestPath);
    } catch (error) {
      problems.push({ file: manifestPath, message: `cannot be read: ${(error as Error).message}` });
    }
    let manifest: unknown;
    if (text !== undefined) {
      try {
        manifest = JSON.parse(text);
      } catch (error) {
        problems.push({ file: manifestPath, message: `is not valid JSON (${(error as Error).message}); frameworks are detected from config files only` });
      }
    }
    const names = text !== undefined || problems.length > 0 ? fs.listNames(folder) : undefined;
    const denoManifest = DENO_MANIFESTS.find((name) => (names ?? []).includes(name) || (names === undefined && fs.readText(path.join(folder, name)) !== undefined));
    const isRoot = problems.length > 0 || (text !== undefined && isPackageRoot(manifest)) || denoManifest !== undefined;
    if (!isRoot) return undefined;
    const configNames = names ?? fs.listNames(folder);
    const detected = frameworkFromManifest(manifest, configNames);
    return {
      root: folder,
      manifestPath: text !== undefined || problems.length > 0 ? manifestPath : path.join(folder, denoManifest as string),
      detected,
      framework: detected[0],
      source: detected.length > 0 ? 'detected' : 'none',
      dependencies: manifestDependencies(manifest),
      problems,
    };
  }

  function detectedProject(folder: string): ProjectInfo {
    const walked: string[] = [];
    let found: ProjectInfo | undefined;
    for (let current = folder; ; ) {
      const cached = byFolder.get(current);
      if (cached !== undefined) {
        found = cached ?? undefined;
        break;
      }
      walked.push(current);
      found = readProject(current);
      const parent = path.dirname(current);
      if (found || parent === current || current === stopAt) break;
      current = parent;
    }
    for (const visited of walked) byFolder.set(visited, found ?? null);
    return found ?? NO_PROJECT;
  }

  function project(file: string, override = options.framework): ProjectInfo {
    const detected = detectedProject(path.dirname(path.resolve(file)));
    return override === undefined ? detected : { ...detected, framework: override, source: 'override' };
  }

  return {
    project,
    fileContext(file, override) {
      const absolute = path.resolve(file);
      const info = project(absolute, override);
      const relativePath = path.relative(info.root ?? path.dirname(absolute), absolute).split(path.sep).join('/');
      return { file: absolute, project: info, relativePath, role: classifyModulePath(info.framework, relativePath), rule: fileRuleFor(info.framework, relativePath) };
    },
    clear() {
      byFolder.clear();
    },
  };
}

let shared: ProjectResolver | undefined;

/**
 * One resolver for the whole process (an ESLint run lints many files, rule by
 * rule: each package.json is read once). Call `.clear()` when manifests change.
 */
export function sharedProjectResolver(): ProjectResolver {
  return (shared ??= createProjectResolver());
}
