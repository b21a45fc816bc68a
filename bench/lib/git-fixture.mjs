// A git repository holding a copy of the corpus (one commit), for the tools that read git:
// optimocms-scan in git mode, git-secrets, and the --staged measurement. Rebuilt only when the corpus changes.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, GIT_ENV } from './paths.mjs';

export const GIT_REPO_DIR = join(CORPUS_DIR, 'git-repo');
const MARKER = join(CORPUS_DIR, 'git-repo.json');

export function git(cwd, args, options = {}) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}

/** The path of an up-to-date git copy of `treeDir` for the corpus described by `manifest`. */
export function ensureGitRepo(treeDir, manifest, log) {
  if (existsSync(MARKER) && existsSync(join(GIT_REPO_DIR, '.git'))) {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    if (marker.sha256 === manifest.sha256) return GIT_REPO_DIR;
  }
  log('building the git copy of the corpus (one commit) …');
  const building = `${GIT_REPO_DIR}.tmp-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  rmSync(MARKER, { force: true });
  cpSync(treeDir, building, { recursive: true });
  git(building, ['init', '-q', '-b', 'main']);
  git(building, ['add', '-A']);
  git(building, ['commit', '-q', '-m', 'corpus']);
  rmSync(GIT_REPO_DIR, { recursive: true, force: true });
  renameSync(building, GIT_REPO_DIR);
  writeFileSync(MARKER, JSON.stringify({ sha256: manifest.sha256 }) + '\n');
  return GIT_REPO_DIR;
}
