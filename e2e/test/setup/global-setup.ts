// Packs every package once and installs the tarballs, with ESLint, typescript-eslint, secretlint,
// husky and lint-staged from the npm registry, into one consumer project outside the workspace.
// Tests copy their own fresh project next to it and link its node_modules.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import '../support/context.js';
import { publishablePackages, repoRoot } from '../support/packages.js';
import { runOk } from '../support/run.js';

/** Registry packages a consumer installs next to ours (lint-staged 17 needs Node 22). */
const REGISTRY_TOOLS = ['eslint@^10.15.0', 'typescript-eslint@^8.74.0', 'typescript@~6.0.3', 'secretlint@^13.0.6', 'husky@^9.1.0', 'lint-staged@^16.0.0'];

export default function setup(project: TestProject): () => void {
  const packDir = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-pack-'));
  const consumer = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-consumer-'));

  const tarballs: Record<string, string> = {};
  for (const pkg of publishablePackages()) {
    const before = new Set(readdirSync(packDir));
    runOk('pnpm', ['pack', '--pack-destination', packDir], { cwd: pkg.dir });
    const created = readdirSync(packDir).filter((file) => !before.has(file));
    if (created.length !== 1 || !created[0]) throw new Error(`pnpm pack in ${pkg.dir} created ${created.length} files`);
    tarballs[pkg.name] = path.join(packDir, created[0]);
  }

  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'e2e-consumer', private: true, type: 'module' }, null, 2)}\n`);
  // One npm install: each tarball's ^0.0.0 dependency on another is met by that tarball, never the registry.
  runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...Object.values(tarballs), ...REGISTRY_TOOLS], { cwd: consumer });

  project.provide('e2e', { repoRoot, tarballs, consumerNodeModules: path.join(consumer, 'node_modules') });
  return () => {
    rmSync(packDir, { recursive: true, force: true });
    rmSync(consumer, { recursive: true, force: true });
  };
}
