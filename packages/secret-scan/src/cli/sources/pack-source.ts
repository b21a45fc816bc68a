import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../../cli-kit/cli-error.js';
import { slashRelative } from '../../cli-kit/file-root.js';
import { artefactRoot } from './artefact-root.js';
import type { ArtefactDetector } from '../artefact/scan-artefact.js';
import { packList } from './pack-list.js';
import type { Source, SourceContext, SourceUnit } from './source.js';
import { publicWorkspacePackages } from './workspace-packages.js';


/**
 * What `npm pack` would publish (`--pack`): npm's file list for each named
 * package folder, or each public package of the workspace. Files are read
 * where they are; whether they are ignored by git does not matter, being
 * packed does.
 */
export async function openPackSource({ cwd, absolutePaths }: SourceContext): Promise<Source> {
  const dirs = absolutePaths.length > 0 ? [...absolutePaths] : publicWorkspacePackages(cwd);
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'package.json'))) throw new CliError(`${slashRelative(cwd, dir)}: no package.json, not a package folder`, 'usage');
  }
  const root = artefactRoot(dirs, cwd);
  // One npm process per package, all at once: npm's start-up dominates, not the listing.
  const lists = await Promise.all(dirs.map((dir) => packList(dir, slashRelative(cwd, dir))));
  const units: SourceUnit[] = lists.flatMap((list, index) =>
    list.files.map((file): SourceUnit => {
      const absolute = join(dirs[index] as string, file);
      return { path: slashRelative(root.dir, absolute), committed: true, content: { kind: 'file', absolute } };
    }),
  );
  const detector: ArtefactDetector = { kind: 'pack', root: root.dir, values: [], hints: { envPrefixes: [], definedNames: [] } };
  return {
    root,
    units: () => [units],
    detector,
    rules: ['key-in-package'],
    summary: () => ({ scanned: { packages: lists.map((list) => `${list.name}${list.version ? `@${list.version}` : ''}`) } }),
  };
}
