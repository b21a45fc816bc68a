import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError } from '../../cli-kit/cli-error.js';
import { isInside, slashRelative } from '../../cli-kit/file-root.js';
import { artefactRoot } from './artefact-root.js';
import { ARTEFACT_RULE_IDS } from '../artefact/artefact-rules.js';
import { readBuildHints } from '../artefact/build-hints.js';
import { MIN_VALUE_LENGTH, readEnvValues } from '../artefact/env-values.js';
import type { ArtefactDetector } from '../artefact/scan-artefact.js';
import { bundlePathKind, walkBundleFolder, type BundleFile } from './bundle-files.js';
import { defaultBundleFolders, type BundleFolder } from './bundle-folders.js';
import type { Source, SourceContext, SourceUnit } from './source.js';

/** The nearest folder at or above `dir` with a package.json: where a project's .env files and build config live. */
function projectDirOf(dir: string, stop: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json'))) return current;
    if (current === stop || dirname(current) === current) return dir;
  }
}

/** A build file to scan. One whose name is not UTF-8 cannot be (the artefact detector reads by path): counted unreadable, so the scan is incomplete, never clean. */
function bundleUnit(file: BundleFile, path: string): SourceUnit {
  if (file.absoluteBytes !== undefined) return { path, committed: false, skipped: 'unreadable', note: 'name not valid UTF-8' };
  return { path, committed: false, content: { kind: 'file', absolute: file.absolute } };
}

/**
 * Client build output (`--bundle`): the folders named, or the client output
 * folders of the project's framework. Every file is read whatever .gitignore
 * says; findings are key tokens and the project's own key values, traced to
 * the original source through source maps.
 */
export function openBundleSource({ options, cwd, absolutePaths, notices }: SourceContext): Source {
  const folders: BundleFolder[] = absolutePaths.length > 0 ? absolutePaths.map((absolute) => ({ absolute })) : defaultBundleFolders(cwd);
  const root = artefactRoot(folders.map((folder) => folder.absolute), cwd);
  const show = (absolute: string) => slashRelative(cwd, absolute);
  const files = new Map<string, BundleFile>();
  const units: SourceUnit[] = [];
  for (const folder of folders) {
    const kind = bundlePathKind(folder.absolute);
    if (kind.kind === 'missing' || kind.kind === 'other') throw new CliError(`${show(folder.absolute)}: not a build folder or file`, 'usage');
    if (kind.symlink) notices.note(show(folder.absolute), 'is a symbolic link: scanning the folder it points to');
    if (kind.kind === 'file') {
      files.set(folder.absolute, { absolute: folder.absolute, shown: folder.absolute });
      continue;
    }
    const walk = walkBundleFolder(folder.absolute, options.followSymlinks, folder.include);
    for (const file of walk.files) files.set(file.shown, file);
    for (const link of walk.symlinks) units.push({ path: slashRelative(root.dir, link), committed: false, skipped: 'symlink' });
    for (const { shown, reason } of walk.unreadable) units.push({ path: slashRelative(root.dir, shown), committed: false, skipped: 'unreadable', note: `cannot read folder (${reason})` });
    for (const { shown, message } of walk.notes) notices.note(show(shown), message);
  }
  if (files.size === 0) {
    const named = folders.map((folder) => show(folder.absolute)).join(', ');
    throw new CliError(`nothing to scan in ${named}: no files (run the build first); a scan of nothing is not a pass`);
  }
  for (const file of files.values()) units.push(bundleUnit(file, slashRelative(root.dir, file.shown)));

  const stop = root.dir;
  const projectDirs = [projectDirOf(cwd, stop), ...folders.map((folder) => projectDirOf(dirname(folder.absolute), isInside(stop, folder.absolute) ? stop : dirname(folder.absolute)))];
  const env = readEnvValues(projectDirs, options.envFromProcess ? process.env : undefined);
  const variables = [...new Set(env.values.map((value) => value.name))].sort();
  if (variables.length === 0) {
    const where = env.files.length > 0 ? env.files.map(show).join(', ') : 'no .env file found';
    notices.note('env-value-in-bundle', `not checked: no key variable with a value of ${MIN_VALUE_LENGTH}+ characters (${where}${options.envFromProcess ? ', process environment' : '; add --env-from-process in CI'})`);
  }
  const detector: ArtefactDetector = { kind: 'bundle', root: root.dir, values: env.values, hints: readBuildHints(projectDirs, root.dir, variables) };
  return {
    root,
    units: () => [units],
    detector,
    rules: ARTEFACT_RULE_IDS.filter((rule) => rule !== 'key-in-package'),
    summary: () => ({ scanned: { folders: folders.map((folder) => show(folder.absolute)), variables } }),
  };
}
