import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORKS, matchesModelGlob, type FrameworkId, type OutputDir } from '@optimocms/auth-types';
import { createProjectResolver } from '../../project/project-resolver.js';
import { CliError } from '../../cli-kit/cli-error.js';
import { slashRelative } from '../../cli-kit/file-root.js';

/** A build folder to walk, and which of its files ship to browsers (all when `include` is absent). */
export interface BundleFolder {
  absolute: string;
  include?: (absoluteShown: string) => boolean;
}

const GLOB_CHARACTER = /[*?{[]/;

/** The folder a glob's matches lie under: its segments before the first with a glob character. */
function staticRoot(glob: string): string {
  const segments = glob.split('/');
  const index = segments.findIndex((segment) => GLOB_CHARACTER.test(segment));
  return segments.slice(0, index === -1 ? segments.length : index).join('/');
}

/** One folder per output root of the framework's client output, each keeping only the files its globs name. */
function foldersOf(projectDir: string, outputs: readonly OutputDir[]): BundleFolder[] {
  const byRoot = new Map<string, OutputDir[]>();
  for (const output of outputs) byRoot.set(staticRoot(output.glob), [...(byRoot.get(staticRoot(output.glob)) ?? []), output]);
  return [...byRoot]
    .filter(([root]) => root !== '' && existsSync(join(projectDir, root)))
    .map(([root, rootOutputs]) => ({
      absolute: join(projectDir, root),
      include: (absoluteShown: string) => {
        const path = slashRelative(projectDir, absoluteShown);
        return rootOutputs.some((output) => matchesModelGlob(output.glob, path) && !(output.exclude ?? []).some((glob) => matchesModelGlob(glob, path)));
      },
    }));
}

/**
 * `--bundle` without folders: the client output of the project's framework,
 * from the framework model in auth-types, for the project the working
 * directory belongs to (`@optimocms/secret-scan/project`: the nearest
 * package.json and the config files beside it). Server-only output is left
 * out. No framework, or none of its output folders built: a one-line error.
 */
export function defaultBundleFolders(cwd: string): BundleFolder[] {
  const project = createProjectResolver().project(join(cwd, 'package.json'));
  if (project.root === undefined) throw new CliError('--bundle without folders needs a package.json to find the framework: name the build folders (optimocms-scan --bundle dist)', 'usage');
  const shown = slashRelative(cwd, project.manifestPath ?? project.root);
  if (project.detected.length === 0) {
    const problem = project.problems[0] ? ` (${project.problems[0].message})` : '';
    throw new CliError(`no framework with a client build found in ${shown}${problem}: name the build folders (optimocms-scan --bundle dist)`, 'usage');
  }
  for (const id of project.detected) {
    const folders = foldersOf(project.root, FRAMEWORKS[id].clientOutput);
    if (folders.length > 0) return folders;
  }
  const first = project.detected[0] as FrameworkId;
  const expected = FRAMEWORKS[first].clientOutput.map((output) => staticRoot(output.glob)).filter(Boolean);
  throw new CliError(`nothing to scan: no ${FRAMEWORKS[first].name} client build output (${[...new Set(expected)].join(', ')}) in ${slashRelative(cwd, project.root)}: run the build first, or name the folders`);
}
