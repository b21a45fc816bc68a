// The release as it will happen, on a throwaway clone of the repository's committed state: install,
// `changeset version`, then `pnpm release` (scripts/release.mjs) into the suite's registry.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishablePackages, repoRoot, type PackageManifest } from './packages.js';
import { GIT_ENV, git } from './project.js';
import { runOk } from './run.js';
import type { Registry } from './registry.js';

export interface ReleaseClone {
  dir: string;
  /** Package name → the version `changeset version` gave it, now in the registry. */
  versions: Record<string, string>;
}

/** npm and pnpm settings that point at `registry` and nowhere else (the user's own config is ignored). */
export function registryEnv(registry: Registry, npmrcDir: string): NodeJS.ProcessEnv {
  const userconfig = path.join(npmrcDir, '.npmrc-e2e-registry');
  writeFileSync(userconfig, registry.npmrc);
  return { npm_config_registry: registry.url, npm_config_userconfig: userconfig };
}

export function releaseFromClone(registry: Registry): ReleaseClone {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-release-')), 'repo');
  try {
    return release(registry, dir);
  } catch (error) {
    rmSync(path.dirname(dir), { recursive: true, force: true });
    throw error;
  }
}

function release(registry: Registry, dir: string): ReleaseClone {
  git(path.dirname(dir), 'clone', '--quiet', repoRoot, dir);
  git(dir, 'checkout', '--quiet', '-B', 'main');
  // The committed lockfile, from pnpm's store where it can (the workspace install filled it).
  runOk('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--ignore-scripts', '--reporter=silent'], { cwd: dir });
  runOk(process.execPath, [path.join(dir, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, env: GIT_ENV });

  const versions: Record<string, string> = {};
  for (const pkg of publishablePackages()) {
    const cloned = path.join(dir, path.relative(repoRoot, pkg.dir));
    // The build the suite runs after (turbo's ^build), rather than a second full build in the clone.
    cpSync(path.join(pkg.dir, 'dist'), path.join(cloned, 'dist'), { recursive: true });
    versions[pkg.name] = (JSON.parse(readFileSync(path.join(cloned, 'package.json'), 'utf8')) as PackageManifest).version;
  }
  writeFileSync(path.join(dir, '.npmrc'), registry.npmrc);
  runOk('pnpm', ['release'], { cwd: dir, env: { npm_config_registry: registry.url } });
  return { dir, versions };
}
