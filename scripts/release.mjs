// `pnpm release`: publishes every public package of packages/* whose version `changeset version` set, in
// dependency order, to the registry of the npm config (npm_config_registry, .npmrc). Before publishing
// anything it checks every package's packed file list with optimocms-scan --pack; it stops at the first
// refusal, with one line.
// Exit 0 published, 1 refused (by the check or by the registry), 2 could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { refusedByPackage } from './release/packed-files.mjs';

const workspace = process.cwd();

class Refusal extends Error {}

/** Public packages of packages/*, each after the workspace packages it depends on. */
function publicPackages() {
  const packagesDir = path.join(workspace, 'packages');
  const packages = readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ dir: path.join(packagesDir, entry.name), manifest: JSON.parse(readFileSync(path.join(packagesDir, entry.name, 'package.json'), 'utf8')) }))
    .filter((pkg) => !pkg.manifest.private)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
  const names = new Set(packages.map((pkg) => pkg.manifest.name));
  const ordered = [];
  const visit = (pkg) => {
    if (ordered.includes(pkg)) return;
    for (const dependency of Object.keys(pkg.manifest.dependencies ?? {})) {
      if (names.has(dependency)) visit(packages.find((other) => other.manifest.name === dependency));
    }
    ordered.push(pkg);
  };
  packages.forEach(visit);
  return ordered;
}

function publish(pkg) {
  const id = `${pkg.manifest.name}@${pkg.manifest.version}`;
  // One package at a time, not `pnpm publish -r`, which silently skips versions already in the registry.
  const result = spawnSync('pnpm', ['publish', '--no-git-checks', '--access', 'public'], { cwd: pkg.dir, encoding: 'utf8' });
  if (result.error) throw new Error(`pnpm could not start: ${result.error.message}`);
  if (result.status === 0) return console.log(`release: published ${id}`);
  const output = `${result.stdout}\n${result.stderr}`;
  if (/\b409\b|EPUBLISHCONFLICT|already present|cannot publish over/i.test(output)) {
    throw new Refusal(`${id} is already in the registry, which refuses a second publish of a version: run changeset version first`);
  }
  const reason = output.split('\n').find((line) => /ERR|error/i.test(line))?.trim() ?? `pnpm publish exited ${result.status}`;
  throw new Refusal(`${id} was not published: ${reason}`);
}

try {
  // It takes no arguments: `node scripts/release.mjs --help` must not publish anything.
  const [argument] = process.argv.slice(2);
  if (argument !== undefined) throw new Error(`unknown argument ${argument}: pnpm release takes none (it publishes every public package after checking each with optimocms-scan --pack)`);
  const packages = publicPackages();
  if (packages.length === 0) throw new Error(`no public package under ${path.join(workspace, 'packages')}`);
  for (const pkg of packages) {
    if (!existsSync(path.join(pkg.dir, 'dist'))) throw new Error(`${pkg.manifest.name} is not built: run pnpm build first`);
  }
  // One optimocms-scan --pack over every package: the check users run in their own prepublishOnly.
  const refusals = refusedByPackage(packages.map((pkg) => pkg.dir), workspace);
  for (const pkg of packages) {
    const [refused] = refusals.get(pkg.dir) ?? [];
    if (refused) throw new Refusal(`refused before publishing: ${pkg.manifest.name} would publish ${refused.file}, which ${refused.reason}`);
  }
  for (const pkg of packages) publish(pkg);
} catch (error) {
  console.error(`release: ${error.message.split('\n')[0]}`);
  process.exitCode = error instanceof Refusal ? 1 : 2;
}
