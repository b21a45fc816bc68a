// A git repository whose history is the real corpus committed in several commits: the packages in
// sorted order in COMMITS slices (the planted hosts still without their keys), then one commit that
// adds the keys to files already committed (hunks in the middle of existing files, as a leak in a
// real project looks). Its HEAD is the real corpus, so it also serves git-mode scans and --staged.
// Fixed author and committer dates make the commit ids the same on every machine.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git } from './git-fixture.mjs';
import { GIT_ENV } from './paths.mjs';
import { REAL_DIR, REAL_TREE_DIR, hashTree, plantedHosts } from '../real-corpus.mjs';

export const REAL_REPO_DIR = join(REAL_DIR, 'git-repo');
const MARKER = join(REAL_DIR, 'git-repo.json');
const COMMITS = 12;

const commitAt = (cwd, message, day) => {
  const date = `2026-01-${String(day).padStart(2, '0')}T12:00:00Z`;
  git(cwd, ['commit', '-q', '-m', message], { env: { ...process.env, ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
};

/** The path of an up-to-date history repository of the real corpus described by `manifest`. */
export function ensureRealGitRepo(manifest, log) {
  if (existsSync(MARKER) && existsSync(join(REAL_REPO_DIR, '.git')) && JSON.parse(readFileSync(MARKER, 'utf8')).sha256 === manifest.sha256) return REAL_REPO_DIR;
  log(`building the git history of the real corpus (${COMMITS} commits of packages, then one that plants the keys) …`);
  const building = `${REAL_REPO_DIR}.tmp-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  rmSync(MARKER, { force: true });
  cpSync(REAL_TREE_DIR, building, { recursive: true });
  const hosts = plantedHosts(manifest.seed);
  for (const host of hosts) writeFileSync(join(building, host.path), host.original);
  git(building, ['init', '-q', '-b', 'main']);
  const packages = readdirSync(building).filter((name) => name !== '.git').sort();
  const size = Math.ceil(packages.length / COMMITS);
  for (let i = 0; i < COMMITS; i++) {
    const slice = packages.slice(i * size, (i + 1) * size);
    if (slice.length === 0) break;
    git(building, ['add', '--', ...slice]);
    commitAt(building, `packages ${slice[0]} … ${slice[slice.length - 1]}`, i + 1);
  }
  for (const host of hosts) writeFileSync(join(building, host.path), host.planted);
  git(building, ['add', '--', ...hosts.map((host) => host.path)]);
  commitAt(building, 'configure the OptimoCMS clients', COMMITS + 1);
  if (hashTree(building) !== manifest.sha256) throw new Error('the history repository does not end in the real corpus');
  rmSync(REAL_REPO_DIR, { recursive: true, force: true });
  renameSync(building, REAL_REPO_DIR);
  writeFileSync(MARKER, JSON.stringify({ sha256: manifest.sha256, commits: COMMITS + 1 }) + '\n');
  return REAL_REPO_DIR;
}
