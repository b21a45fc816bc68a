import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { environmentConfigBlobs } from '../../src/cli/scan/environment-run.js';
import { isEnvironmentConfigFile } from '../../src/engine/environment-places.js';
import { createRepo, git } from './helpers.js';

// Index paths, and whether each is an environment config file: config files at the top and nested, dotfiles,
// case, templates, fixtures, near misses, non-ASCII.
const PATHS: readonly (readonly [string, boolean])[] = [
  ['.env.production', true],
  ['apps/web/.env.production.local', true],
  ['deploy/prod.env', true],
  ['deploy/Prod.env', true],
  ['dir with space/.env.staging', true],
  ['ünïcode/.env.production', true],
  ['.env', false],
  ['.env.local', false],
  ['.env.production.example', false],
  ['.ENV.PRODUCTION', false],
  ['test/fixtures/.env.production', false],
  ['e2e/.env.production', false],
  ['.envrc', false],
  ['config/.environment/prod.ts', false],
  ['src/env.ts', false],
  ['docker-compose.prod.yml', true],
  ['infra/compose.staging.yaml', true],
  ['docker-compose.override.yml', true],
  ['docker-compose.yml', false],
  ['Docker-Compose.prod.yml', false],
  ['docker-compose.prod.yml.bak', false],
  ['.github/workflows/deploy.yml', true],
  ['packages/a/.github/workflows/release.yaml', true],
  ['.github/workflows/nested/deploy.yml', false],
  ['.GitHub/workflows/deploy.yml', false],
  ['.github/workflows.yml', false],
  ['.gitlab-ci.yml', true],
  ['ci/.gitlab-ci.yaml', true],
  ['.gitlab-ci.yml.orig', false],
  ['netlify.toml', true],
  ['site/netlify.toml', true],
  ['NETLIFY.TOML', false],
  ['vercel.json', true],
  ['apps/x/vercel.json', true],
  ['vercel.jsonc', false],
  ['src/cms.ts', false],
  ['README.md', false],
];
const LINKS = [
  ['120000', 'linked/.env.production'],
  ['160000', 'vendor/.env.production'],
] as const;

/** The index of a repository holding `PATHS` (one blob each), a symlink and a gitlink, and its `ls-files -s -z` listing. */
function indexListing(): { repo: string; listing: Buffer } {
  const repo = createRepo();
  const blob = spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo, input: 'A=1\n', encoding: 'utf8' }).stdout.trim();
  const entries = [...PATHS.map(([path]) => ['100644', path] as const), ...LINKS];
  git(repo, 'update-index', '--add', ...entries.flatMap(([mode, path]) => ['--cacheinfo', `${mode},${blob},${path}`]));
  const listing = spawnSync('git', ['ls-files', '-s', '-z'], { cwd: repo }).stdout;
  return { repo, listing };
}

describe('environmentConfigBlobs', () => {
  it('finds exactly the config files that classifying every index entry finds, with their blobs', () => {
    const { repo, listing } = indexListing();
    const everyEntry = listing
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((entry) => ({ mode: entry.slice(0, 6), path: entry.slice(entry.indexOf('\t') + 1) }));
    expect(everyEntry).toHaveLength(PATHS.length + LINKS.length);
    const classified = everyEntry.filter(({ mode, path }) => mode === '100644' && isEnvironmentConfigFile(path)).map(({ path }) => path);
    const found = environmentConfigBlobs(listing);
    expect([...found.keys()]).toEqual(classified);
    expect([...found.keys()].sort()).toEqual(PATHS.filter(([, config]) => config).map(([path]) => path).sort());
    for (const [path, blob] of found) expect(blob, path).toBe(git(repo, 'rev-parse', `:${path}`).trim());
  });

  it('is empty for an empty index', () => {
    expect(environmentConfigBlobs(Buffer.alloc(0))).toEqual(new Map());
  });
});
