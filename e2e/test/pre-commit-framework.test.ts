// 4. The pre-commit framework (Debian's `pre-commit`) with this repository as the hook source, as
// docs/recipes/pre-commit-framework.md says: a clone of the repository itself (its root package.json and
// .pre-commit-hooks.yaml, untouched), the recipe's `.pre-commit-config.yaml`, through `pre-commit try-repo`
// and an installed hook. The only change is where the scanner comes from: the suite's registry, chosen for
// the @optimocms scope with an npm config environment variable; everything else comes from npm as for users.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { LIVE_KEY } from './support/keys.js';
import { freshProject, GIT_ENV, git, initRepo } from './support/project.js';
import { run, runOk } from './support/run.js';
import { refuseThenAccept, WHOLE_KEY } from './support/two-commits.js';

const { registry, repoRoot, versions } = inject('e2e');
let scratch: string;
let hookRepo: string;
let hookRevision: string;
let preCommitHome: string;

beforeAll(() => {
  const version = run('pre-commit', ['--version'], { cwd: repoRoot });
  if (version.status !== 0) throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does it)');
  scratch = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-pre-commit-'));
  hookRepo = path.join(scratch, 'optimocms-guard');
  preCommitHome = path.join(scratch, 'pre-commit-home');
  git(scratch, 'clone', '--quiet', repoRoot, hookRepo);
  hookRevision = git(hookRepo, 'rev-parse', 'HEAD').stdout.trim();
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let project: ReturnType<typeof freshProject>;
beforeEach(() => {
  project = freshProject('pre-commit');
  initRepo(project.dir);
});
afterEach(() => project.remove());

const env = (): NodeJS.ProcessEnv => ({ ...GIT_ENV, PRE_COMMIT_HOME: preCommitHome, 'npm_config_@optimocms:registry': registry.url });

/** The recipe's .pre-commit-config.yaml, with the clone and its HEAD for the repository and the released version pinned. */
function recipeConfig(): string {
  const recipe = readFileSync(path.join(repoRoot, 'docs/recipes/pre-commit-framework.md'), 'utf8');
  const [, config = ''] = /```yaml\n([\s\S]*?)```/.exec(recipe) ?? [];
  const pinned = /additional_dependencies: \['@optimocms\/secret-scan@([^']+)'\]/.exec(config);
  expect(pinned, 'the recipe pins the scanner').not.toBeNull();
  return config
    .replace(/^( +- repo: ).*$/m, `$1${hookRepo}`)
    .replace(/^( +rev: ).*$/m, `$1${hookRevision}`)
    .replace(`@optimocms/secret-scan@${pinned?.[1] ?? ''}'`, `@optimocms/secret-scan@${versions['@optimocms/secret-scan'] ?? ''}'`);
}

describe('pre-commit try-repo', () => {
  it('fails on a staged key and passes on clean staged content', () => {
    writeFileSync(path.join(project.dir, 'config.yaml'), `optimocms:\n  api_key: ${LIVE_KEY}\n`);
    git(project.dir, 'add', 'config.yaml');
    const failed = run('pre-commit', ['try-repo', hookRepo, 'optimocms-scan', '--ref', hookRevision], { cwd: project.dir, env: env() });
    expect(failed.status, failed.output).toBe(1);
    expect(failed.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Failed/);
    expect(failed.output).toMatch(/config\.yaml:2:12\s+live-key\s+optimo_live_Tq4W…/);
    expect(failed.output).not.toMatch(WHOLE_KEY);

    writeFileSync(path.join(project.dir, 'config.yaml'), 'optimocms:\n  api_key: ${OPTIMOCMS_API_KEY}\n');
    git(project.dir, 'add', 'config.yaml');
    const passed = run('pre-commit', ['try-repo', hookRepo, 'optimocms-scan', '--ref', hookRevision], { cwd: project.dir, env: env() });
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Passed/);
  });
});

describe('pre-commit install with the recipe config', () => {
  it('installs the pinned scanner from the registry, refuses the commit with a key, accepts it after the codemod', () => {
    writeFileSync(path.join(project.dir, '.pre-commit-config.yaml'), recipeConfig());
    git(project.dir, 'add', '.pre-commit-config.yaml');
    git(project.dir, 'commit', '--quiet', '--no-verify', '--message', 'pre-commit config');
    runOk('pre-commit', ['install', '--install-hooks'], { cwd: project.dir, env: env() });

    // The hook's environment holds the pinned version, installed by name from the registry.
    const installed = runOk('find', [preCommitHome, '-path', '*/node_modules/@optimocms/secret-scan/package.json'], { cwd: scratch }).stdout.trim().split('\n');
    expect(installed.length).toBeGreaterThan(0);
    for (const manifest of installed) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
      expect(pkg.version).toBe(versions['@optimocms/secret-scan']);
    }

    const refused = refuseThenAccept(project.dir, project.bin('optimocms-codemod'), env());
    expect(refused.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Failed/);
  });
});
