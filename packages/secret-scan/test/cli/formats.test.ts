import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from './sarif-schema.js';
import { createRepo, expectNoFullKey, git, liveKey, parseReport, redacted, remember, runCli, sandboxKey, write } from './helpers.js';

const KEY = liveKey('F0rm4tsK3yQw1');
// A browser-public name, assembled so that this file itself does not expose one.
const PUBLIC_NAME = ['VITE', 'OPTIMOCMS', 'API', 'KEY'].join('_');
const OTHER = sandboxKey('F0rm4tsK3yAs2');
remember(KEY, OTHER);

const repo = createRepo();
write(repo, 'src/app.ts', `import x from 'y';\nconst live = '${KEY}';\nconst sandbox = '${OTHER}';\n`);
write(repo, 'dir with space/.env', `OPTIMOCMS_SANDBOX_KEY=${OTHER}\n${PUBLIC_NAME}=${KEY}\n`);
write(repo, 'headers.sh', 'curl -H "X-Api-Key: Zq8Lm2Np4Rt6Vx9B" https://api.optimocms.com\n');
git(repo, 'add', '.');

describe('json', () => {
  it('has the documented field names, redacted secrets and a summary', () => {
    const result = runCli(['--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['rule', 'file', 'line', 'column', 'endColumn', 'secret', 'fingerprint', 'severity']));
      expect(finding.fingerprint).toMatch(new RegExp(`^${finding.rule}:.+:[0-9a-f]{16}$`));
      expect(finding).not.toHaveProperty('commit');
    }
    expect(report.findings.map((finding) => [finding.file, finding.line, finding.column, finding.endColumn, finding.rule, finding.secret, finding.severity])).toEqual([
      ['dir with space/.env', 1, 23, 23 + OTHER.length, 'env-file-committed', `OPTIMOCMS_SANDBOX_KEY=${redacted(OTHER)}`, 'error'],
      ['dir with space/.env', 1, 23, 23 + OTHER.length, 'sandbox-key', redacted(OTHER), 'error'],
      ['dir with space/.env', 2, 1, 23, 'public-env-exposure', `${PUBLIC_NAME}=${redacted(KEY)}`, 'error'],
      // A committed dotenv file holding a browser-public key variable is a committed key too.
      ['dir with space/.env', 2, 24, 24 + KEY.length, 'env-file-committed', `${PUBLIC_NAME}=${redacted(KEY)}`, 'error'],
      ['dir with space/.env', 2, 24, 24 + KEY.length, 'live-key', redacted(KEY), 'error'],
      ['headers.sh', 1, 21, 37, 'generic-key-assignment', 'Zq8L…', 'warning'],
      ['src/app.ts', 2, 15, 15 + KEY.length, 'live-key', redacted(KEY), 'error'],
      ['src/app.ts', 3, 18, 18 + OTHER.length, 'sandbox-key', redacted(OTHER), 'error'],
    ]);
    expect(report.summary).toMatchObject({ files: 3, findings: 8, skipped: { binary: 0, tooLarge: 0, symlink: 0, unreadable: 0 } });
    expect(report.summary.bytes).toBe(['src/app.ts', 'dir with space/.env', 'headers.sh'].reduce((sum, file) => sum + readFileSync(join(repo, file)).length, 0));
    expect(typeof report.summary.durationMs).toBe('number');
    expect(result.stdout).not.toContain('Zq8Lm2Np4Rt6Vx9B');
  });
});

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with what GitHub code scanning reads', () => {
    const result = runCli(['--format', 'sarif'], { cwd: repo });
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string; informationUri: string; version: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string } }[] } };
        results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[]; partialFingerprints: Record<string, string> }[];
      }[];
    };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject what is not SARIF.
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);

    const [run] = sarif.runs;
    expect(sarif.version).toBe('2.1.0');
    expect(run?.tool.driver).toMatchObject({ name: 'optimocms-scan', informationUri: expect.stringMatching(/^https:\/\//), version: expect.any(String) });
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['live-key', 'sandbox-key', 'env-file-committed', 'public-env-exposure', 'generic-key-assignment', 'key-reused-across-environments', 'environment-mismatch', 'inline-allow-without-reason']);
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.shortDescription.text && rule.fullDescription.text && rule.help.text && rule.help.markdown).toBeTruthy();
    }
    expect(run?.results).toHaveLength(8);
    const first = run?.results.find((result) => result.locations[0]?.physicalLocation.artifactLocation.uri.startsWith('src/'));
    expect(first?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/app.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 15 + KEY.length },
    });
    expect(first?.level).toBe('error');
    expect(first?.message.text).toContain(redacted(KEY));
    expect(run?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation.uri)).toContain('dir%20with%20space/.env');
    const hashes = run?.results.map((result) => result.partialFingerprints['primaryLocationLineHash']);
    expect(new Set(hashes).size).toBe(8);
    expect(hashes?.every((hash) => /^[0-9a-f]{16}:\d+$/.test(hash ?? ''))).toBe(true);
  });

  it('keeps primaryLocationLineHash when lines move (it comes from the line-free fingerprint)', () => {
    const moved = createRepo();
    write(moved, 'a.ts', `const k = '${KEY}';\n`);
    const before = JSON.parse(runCli(['--format', 'sarif'], { cwd: moved }).stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    write(moved, 'a.ts', `// new first line\n\nconst k = '${KEY}';\n`);
    const after = JSON.parse(runCli(['--format', 'sarif'], { cwd: moved }).stdout) as typeof before;
    expect(after.runs[0]?.results[0]?.partialFingerprints).toEqual(before.runs[0]?.results[0]?.partialFingerprints);
  });

  it('is valid with no results too', () => {
    const clean = createRepo();
    write(clean, 'a.ts', 'export {};\n');
    const result = runCli(['--format', 'sarif'], { cwd: clean });
    expect(result.code).toBe(0);
    expect(sarifValidator()(JSON.parse(result.stdout))).toBe(true);
  });
});

describe('text', () => {
  it('groups by file with file:line:col  rule  secret lines, a hint per rule and a one-line summary; no ANSI off a TTY', () => {
    const result = runCli([], { cwd: repo });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 12)).toEqual([
      `dir with space/.env:1:23  env-file-committed   OPTIMOCMS_SANDBOX_KEY=${redacted(OTHER)}`,
      `dir with space/.env:1:23  sandbox-key          ${redacted(OTHER)}`,
      `dir with space/.env:2:1   public-env-exposure  ${PUBLIC_NAME}=${redacted(KEY)}`,
      `dir with space/.env:2:24  env-file-committed   ${PUBLIC_NAME}=${redacted(KEY)}`,
      `dir with space/.env:2:24  live-key             ${redacted(KEY)}`,
      '',
      'headers.sh:1:21  generic-key-assignment  Zq8L…',
      '',
      `src/app.ts:2:15  live-key     ${redacted(KEY)}`,
      `src/app.ts:3:18  sandbox-key  ${redacted(OTHER)}`,
      '',
      expect.stringMatching(/^env-file-committed: Run `git rm --cached <file>`/),
    ]);
    expect(lines.at(-2)).toMatch(/^✖ 8 findings in 3 files · scanned 3 files \(\d+ B\) in \d+ ms$/);
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('colours with FORCE_COLOR, never with NO_COLOR', () => {
    expect(runCli([], { cwd: repo, env: { FORCE_COLOR: '1' } }).stdout).toContain('\x1b[31m');
    expect(runCli([], { cwd: repo, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\x1b[');
  });
});

describe('--output', () => {
  it('writes the report atomically (no temporary file left) and prints the summary on stderr', () => {
    const result = runCli(['--format', 'json', '--output', 'out/../report.json'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^optimocms-scan: 8 findings in 3 files · .* · report written to out\/\.\.\/report\.json\n$/);
    const written = readFileSync(join(repo, 'report.json'), 'utf8');
    expectNoFullKey(written);
    expect((JSON.parse(written) as { summary: { findings: number } }).summary.findings).toBe(8);
    expect(readdirSync(repo).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
