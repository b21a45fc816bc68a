// 4. The pre-commit framework (Debian's `pre-commit`) with this repository's .pre-commit-hooks.yaml, through
// `pre-commit try-repo` and through an installed hook. The hook source is a temporary git repository holding
// that manifest; only its additional_dependencies are pointed at the packed tarballs, since the scanner is not
// on the npm registry yet (pre-commit installs them with `npm install -g`, from the local files).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { LIVE_KEY } from './support/keys.js';
import { freshProject, GIT_ENV, git, initRepo } from './support/project.js';
import { run, runOk } from './support/run.js';
import { refuseThenAccept, WHOLE_KEY } from './support/two-commits.js';

const REGISTRY_DEPENDENCY = "additional_dependencies: ['@optimocms/secret-scan']";

let hookRepo: string;
let hookRevision: string;
let preCommitHome: string;

beforeAll(() => {
  const { repoRoot, tarballs } = inject('e2e');
  const version = run('pre-commit', ['--version'], { cwd: repoRoot });
  if (version.status !== 0) throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does it)');

  hookRepo = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-hook-source-'));
  preCommitHome = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-pre-commit-home-'));
  const manifest = readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
  expect(manifest.split(REGISTRY_DEPENDENCY)).toHaveLength(2);
  const localDependencies = [tarballs['@optimocms/secret-scan'], tarballs['@optimocms/auth-types']].map((tarball) => `'${tarball ?? ''}'`).join(', ');
  writeFileSync(path.join(hookRepo, '.pre-commit-hooks.yaml'), manifest.replace(REGISTRY_DEPENDENCY, `additional_dependencies: [${localDependencies}]`));
  // pre-commit runs `npm install` and `npm pack` in the hook source before installing the dependencies.
  writeFileSync(path.join(hookRepo, 'package.json'), `${JSON.stringify({ name: 'optimocms-guard', version: '0.0.0', private: true }, null, 2)}\n`);
  git(hookRepo, 'init', '--quiet', '--initial-branch=main');
  git(hookRepo, 'add', '--all');
  git(hookRepo, 'commit', '--quiet', '--message', 'hook source');
  hookRevision = git(hookRepo, 'rev-parse', 'HEAD').stdout.trim();
});

afterAll(() => {
  rmSync(hookRepo, { recursive: true, force: true });
  rmSync(preCommitHome, { recursive: true, force: true });
});

let project: ReturnType<typeof freshProject>;
beforeEach(() => {
  project = freshProject('pre-commit');
  initRepo(project.dir);
});
afterEach(() => project.remove());

const env = (): NodeJS.ProcessEnv => ({ ...GIT_ENV, PRE_COMMIT_HOME: preCommitHome });

describe('pre-commit try-repo', () => {
  it('fails on a staged key and passes on clean staged content', () => {
    writeFileSync(path.join(project.dir, 'config.yaml'), `optimocms:\n  api_key: ${LIVE_KEY}\n`);
    git(project.dir, 'add', 'config.yaml');
    const failed = run('pre-commit', ['try-repo', hookRepo, 'optimocms-scan'], { cwd: project.dir, env: env() });
    expect(failed.status, failed.output).toBe(1);
    expect(failed.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Failed/);
    expect(failed.output).toMatch(/config\.yaml:2:12\s+live-key\s+optimo_live_Tq4W…/);
    expect(failed.output).not.toMatch(WHOLE_KEY);

    writeFileSync(path.join(project.dir, 'config.yaml'), 'optimocms:\n  api_key: ${OPTIMOCMS_API_KEY}\n');
    git(project.dir, 'add', 'config.yaml');
    const passed = run('pre-commit', ['try-repo', hookRepo, 'optimocms-scan'], { cwd: project.dir, env: env() });
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Passed/);
  });
});

describe('pre-commit install', () => {
  it('refuses the commit with a key, accepts it after the codemod', () => {
    writeFileSync(
      path.join(project.dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${hookRevision}\n    hooks:\n      - id: optimocms-scan\n`,
    );
    git(project.dir, 'add', '.pre-commit-config.yaml');
    git(project.dir, 'commit', '--quiet', '--no-verify', '--message', 'pre-commit config');
    runOk('pre-commit', ['install'], { cwd: project.dir, env: env() });

    const refused = refuseThenAccept(project.dir, project.bin('optimocms-codemod'), env());
    expect(refused.output).toMatch(/optimocms-scan \(OptimoCMS API keys\)\.+Failed/);
  });
});
