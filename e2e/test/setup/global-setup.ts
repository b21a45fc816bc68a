// One registry and one release for the whole suite: starts Verdaccio, releases a throwaway clone into it
// (changeset version + pnpm release), then installs the packages by name and version, with ESLint,
// typescript-eslint, secretlint, husky and lint-staged, into one npm consumer project outside the
// workspace. Tests copy their own fresh project next to it and link its node_modules.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import '../support/context.js';
import { repoRoot } from '../support/packages.js';
import { startRegistry } from '../support/registry.js';
import { registryEnv, releaseFromClone } from '../support/release-clone.js';
import { runOk } from '../support/run.js';

/** Registry packages a consumer installs next to ours (lint-staged 17 needs Node 22). */
const REGISTRY_TOOLS = ['eslint@^10.15.0', 'typescript-eslint@^8.74.0', 'typescript@~6.0.3', 'secretlint@^13.0.6', 'husky@^9.1.0', 'lint-staged@^16.0.0'];

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const registry = await startRegistry();
  const scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-consumer-'));
  let releaseDir: string | undefined;
  const teardown = async () => {
    await registry.stop();
    rmSync(scratch, { recursive: true, force: true });
    if (releaseDir) rmSync(path.dirname(releaseDir), { recursive: true, force: true });
  };
  try {
    const release = releaseFromClone(registry);
    releaseDir = release.dir;
    const env = registryEnv(registry, scratch);
    const consumer = path.join(scratch, 'consumer');
    const packDir = path.join(scratch, 'packed');
    runOk('mkdir', ['-p', consumer, packDir], { cwd: scratch });
    const byName = Object.entries(release.versions).map(([name, version]) => `${name}@${version}`);

    writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'e2e-consumer', private: true, type: 'module' }, null, 2)}\n`);
    runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...byName, ...REGISTRY_TOOLS], { cwd: consumer, env });

    // What users download: the registry's tarballs, for the packaging checks.
    runOk('npm', ['pack', '--loglevel=error', '--pack-destination', packDir, ...byName], { cwd: scratch, env });
    const tarballs: Record<string, string> = {};
    for (const name of Object.keys(release.versions)) {
      const file = readdirSync(packDir).find((entry) => entry === `${name.slice(1).replace('/', '-')}-${release.versions[name]}.tgz`);
      if (!file) throw new Error(`npm pack did not download ${name}`);
      tarballs[name] = path.join(packDir, file);
    }

    project.provide('e2e', {
      repoRoot,
      registry: { url: registry.url, npmrc: registry.npmrc },
      releaseClone: release.dir,
      versions: release.versions,
      tarballs,
      consumerNodeModules: path.join(consumer, 'node_modules'),
    });
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
