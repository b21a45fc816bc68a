import { describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { createRepo, expectOneLineError, git, redacted, remember, runCli, temporaryDirectory, write } from './helpers.js';

const PUSHED = testKey('live', 'inventory-pushed');
const LOCAL = testKey('sandbox', 'inventory-local');
const TAGGED = testKey('live', 'inventory-tagged');
const STAGED_NEW = testKey('live', 'inventory-staged');
remember(PUSHED, LOCAL, TAGGED, STAGED_NEW);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, '+00:00');

function commit(repo: string, message: string, date: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', message, '--date', date);
  return git(repo, 'rev-parse', 'HEAD').trim();
}

interface Row {
  key: string;
  secret: string;
  environment: string;
  firstSeen: { commit?: string; authorDate?: string; file?: string; line?: number };
  lastSeen: { commit?: string; authorDate?: string };
  commits: number;
  files: string[];
  inHead: boolean;
  exposure: string;
  pushedIn?: string[];
  ageDays: number;
  rotationOverdue: boolean;
  action: string;
}
interface InventoryJson {
  keys: Row[];
  summary: { keys: number; needAction: number; pushed: number; local: number; staged: number; overdue: number; rotationPeriodDays: number; otherFindings: number };
  scan: { commits?: number };
  generatedAt: string;
}

/**
 * A clone of a bare remote: PUSHED committed 200 days ago and pushed, then removed (and pushed);
 * LOCAL committed and not pushed (still in HEAD); TAGGED only on a tagged commit of a branch that was deleted.
 */
function repository() {
  const remote = temporaryDirectory();
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const repo = createRepo();
  git(repo, 'remote', 'add', 'origin', remote);
  write(repo, 'src/cms.ts', `export const key = '${PUSHED}';\n`);
  const first = commit(repo, 'add the key', daysAgo(200));
  write(repo, 'src/cms.ts', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
  write(repo, 'README.md', '# app\n');
  commit(repo, 'move the key out', daysAgo(100));
  git(repo, 'push', '-q', 'origin', 'main');
  git(repo, 'checkout', '-q', '-b', 'release');
  write(repo, 'release.ts', `export const key = '${TAGGED}';\n`);
  const tagged = commit(repo, 'release build', daysAgo(30));
  git(repo, 'tag', 'v1.0.0');
  git(repo, 'checkout', '-q', 'main');
  git(repo, 'branch', '-q', '-D', 'release');
  write(repo, 'scripts/seed.sh', `export OPTIMOCMS_SANDBOX_KEY=${LOCAL}\n`);
  const local = commit(repo, 'seed script', daysAgo(2));
  return { repo, first, tagged, local };
}

describe('--history --inventory', () => {
  const { repo, first, tagged, local } = repository();

  it('one row per key: first and last commit, HEAD, exposure, age against quarterly rotation, action; exit 1', () => {
    const result = runCli(['--history', '--inventory', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const inventory = JSON.parse(result.stdout) as InventoryJson;
    expect(inventory.keys.map((row) => [row.secret, row.environment, row.firstSeen.commit, row.inHead, row.exposure, row.pushedIn, row.rotationOverdue, row.action])).toEqual([
      [redacted(PUSHED), 'live', first, false, 'pushed', ['origin/main', 'v1.0.0'], true, 'revoke'],
      [redacted(TAGGED), 'live', tagged, false, 'pushed', ['v1.0.0'], false, 'revoke'],
      [redacted(LOCAL), 'sandbox', local, true, 'local', undefined, false, 'rewrite-then-rotate'],
    ]);
    const [pushed] = inventory.keys;
    expect(pushed?.ageDays).toBeGreaterThanOrEqual(199);
    expect(pushed?.firstSeen).toMatchObject({ file: 'src/cms.ts', line: 1 });
    expect(pushed?.key).toMatch(/^[0-9a-f]{16}$/);
    expect(inventory.summary).toEqual({ keys: 3, needAction: 3, pushed: 2, local: 1, staged: 0, overdue: 1, rotationPeriodDays: 90, otherFindings: 0 });
    expect(inventory.scan.commits).toBe(4);
    // The key id is the hash every fingerprint of the key ends with: an inventory row and a finding can be joined.
    const findings = JSON.parse(runCli(['--history', '--format', 'json'], { cwd: repo }).stdout) as { findings: { fingerprint: string }[] };
    expect(findings.findings.map((finding) => finding.fingerprint.slice(-16)).sort()).toEqual(inventory.keys.map((row) => row.key).sort());
  });

  it('a key pushed later is pushed too; last seen is its newest commit', () => {
    const clone = repository();
    write(clone.repo, 'scripts/again.sh', `OPTIMOCMS_SANDBOX_KEY=${LOCAL}\n`);
    const again = commit(clone.repo, 'again', daysAgo(1));
    git(clone.repo, 'push', '-q', 'origin', 'main');
    const row = (JSON.parse(runCli(['--history', '--inventory', '--format', 'json'], { cwd: clone.repo }).stdout) as InventoryJson).keys.find((candidate) => candidate.secret === redacted(LOCAL));
    expect(row).toMatchObject({ exposure: 'pushed', pushedIn: ['origin/main'], commits: 2, files: ['scripts/again.sh', 'scripts/seed.sh'], action: 'revoke' });
    expect(row?.lastSeen.commit).toBe(again);
  });

  it('text: a table with the redacted keys, what each action means, and a summary line', () => {
    const { stdout } = runCli(['--history', '--inventory'], { cwd: repo });
    expect(stdout).toMatch(/^key\s+env\s+first seen\s+last seen\s+in HEAD\s+exposure\s+age\s+action$/m);
    expect(stdout).toContain(`${redacted(PUSHED)}     live     ${first.slice(0, 12)}`);
    expect(stdout).toContain('pushed (origin/main, v1.0.0)');
    expect(stdout).toMatch(/revoke now: Reachable from a remote-tracking branch or a tag/);
    expect(stdout).toMatch(/rewrite, then rotate: Only in local commits/);
    expect(stdout).toContain('overdue: Rotate your API keys every quarter.');
    expect(stdout).toContain('✖ 3 keys (2 pushed, 1 only in local commits) · 3 need action · 1 overdue for rotation (older than 90 days)');
  });

  it('markdown for an incident ticket, written with -o', () => {
    const result = runCli(['--history', '--inventory', '--format', 'markdown', '-o', 'keys.md'], { cwd: repo });
    expect(result.code).toBe(1);
    const markdown = runCli(['--history', '--inventory', '--format', 'markdown'], { cwd: repo }).stdout;
    expect(markdown).toMatch(/^## OptimoCMS API keys in git history$/m);
    expect(markdown).toContain('| key id | key | env | first seen | last seen | in HEAD | exposure | age | action |');
    expect(markdown).toContain(`\`${redacted(PUSHED)}\` | live |`);
    expect(markdown).toMatch(/^- \*\*revoke now\*\*: /m);
  });

  it('a range limits the rows to the keys those commits added', () => {
    const inventory = JSON.parse(runCli(['--history', 'HEAD~1..HEAD', '--inventory', '--format', 'json'], { cwd: repo }).stdout) as InventoryJson;
    expect(inventory.keys.map((row) => row.secret)).toEqual([redacted(LOCAL)]);
  });

  it('a history without keys: exit 0', () => {
    const clean = createRepo();
    write(clean, 'a.ts', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
    commit(clean, 'clean', daysAgo(1));
    const result = runCli(['--history', '--inventory'], { cwd: clean });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ no OptimoCMS key found');
    const empty = runCli(['--history', '--inventory', '--format', 'json'], { cwd: createRepo() });
    expect(empty.code).toBe(0);
    expect((JSON.parse(empty.stdout) as InventoryJson).keys).toEqual([]);
  });
});

describe('--staged --inventory', () => {
  it('a staged key already in pushed history says so (revoke now); a new one is only staged', () => {
    const { repo, first } = repository();
    write(repo, 'src/again.ts', `export const key = '${PUSHED}';\nexport const fresh = '${STAGED_NEW}';\n`);
    git(repo, 'add', 'src/again.ts');
    const result = runCli(['--staged', '--inventory', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const rows = (JSON.parse(result.stdout) as InventoryJson).keys;
    expect(rows.map((row) => [row.secret, row.exposure, row.action, row.firstSeen.commit, row.pushedIn])).toEqual([
      [redacted(PUSHED), 'pushed', 'revoke', first, ['origin/main', 'v1.0.0']],
      [redacted(STAGED_NEW), 'staged', 'unstage', undefined, undefined],
    ]);
    expect(rows[0]?.rotationOverdue).toBe(true);
    const text = runCli(['--staged', '--inventory'], { cwd: repo }).stdout;
    expect(text).toContain('staged src/again.ts');
    expect(text).toContain('unstage: About to be committed');
  });
});

describe('--inventory usage', () => {
  const repo = createRepo();
  it('needs --history or --staged; reports in text, json or markdown; markdown only for it', () => {
    expectOneLineError(runCli(['--inventory'], { cwd: repo }), /--inventory needs --history \(every key ever committed\) or --staged/);
    expectOneLineError(runCli(['--history', '--inventory', '--format', 'sarif'], { cwd: repo }), /--inventory reports in text, json or markdown, not sarif/);
    expectOneLineError(runCli(['--format', 'markdown'], { cwd: repo }), /--format markdown is the --inventory report/);
  });
});
