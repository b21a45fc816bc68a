// Build tools for e2e tests that run real builds: installed once per test file into `scratch/<name>`, by name
// through the suite's registry (which proxies the npm registry), and linked into each fixture app.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import './context.js';
import { runOk } from './run.js';

/** Installs `packages` (pinned specs) under `scratch/<name>` through the suite's registry; returns the folder. */
export function installToolchain(scratch: string, name: string, packages: readonly string[]): string {
  const { registry } = inject('e2e');
  const toolchain = path.join(scratch, name);
  mkdirSync(toolchain, { recursive: true });
  writeFileSync(path.join(toolchain, 'package.json'), `${JSON.stringify({ name, private: true })}\n`);
  const npmrc = path.join(scratch, '.npmrc');
  writeFileSync(npmrc, registry.npmrc);
  runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packages], { cwd: toolchain, env: { npm_config_registry: registry.url, npm_config_userconfig: npmrc } });
  return toolchain;
}

/** Makes the toolchain's packages resolvable from `app` (its node_modules is a link to the toolchain's). */
export function linkToolchain(toolchain: string, app: string): void {
  symlinkSync(path.join(toolchain, 'node_modules'), path.join(app, 'node_modules'), 'dir');
}
