import { describe, expect, it } from 'vitest';
import { createRepo, expectOneLineError, git, liveKey, locations, parseReport, remember, runCli, sandboxKey, write, type JsonReport } from './helpers.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const FIXTURE = liveKey('F1xtur3K3yAbc1');
const BARE = sandboxKey('B4r3M4rk3rXyz2');
const LOOSE = sandboxKey('L00s3K3yQwe3r4');
remember(FIXTURE, BARE, LOOSE);

interface Suppressed {
  rule: string;
  file: string;
  line: number;
  suppression: { by: string; justification?: string };
}

function suppressedOf(report: JsonReport): string[] {
  return ((report as unknown as { suppressed?: Suppressed[] }).suppressed ?? []).map((entry) => `${entry.file}:${entry.line} ${entry.rule} by ${entry.suppression.by}${entry.suppression.justification ? `: ${entry.suppression.justification}` : ''}`);
}

const BARE_LINE = `const bare = '${BARE}'; # gitleaks:allow`;
/** Where the bare marker is: the finding --require-reason adds. */
const BARE_MARKER = `src/cms.ts:2:${BARE_LINE.indexOf('gitleaks:allow') + 1} inline-allow-without-reason`;

/** A repository with a reasoned marker, a bare one, and an unmarked key. */
function markedRepo(): string {
  const repo = createRepo();
  write(repo, 'src/cms.ts', [`const fixture = '${FIXTURE}'; // optimocms-scan-allow: test fixture, revoked`, BARE_LINE, `const loose = '${LOOSE}';`, ''].join('\n'));
  git(repo, 'add', '.');
  return repo;
}

describe('inline allow markers with reasons', () => {
  it('suppress by default; the JSON report lists what they hid and why, and the summary counts them', () => {
    const repo = markedRepo();
    const result = runCli(['--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(locations(report)).toEqual(['src/cms.ts:3:16 sandbox-key']);
    expect(suppressedOf(report)).toEqual(['src/cms.ts:1 live-key by inline: test fixture, revoked', 'src/cms.ts:2 sandbox-key by inline']);
    expect(report.summary.suppressed).toEqual({ config: 0, baseline: 0, inline: 2 });
    expect(runCli([], { cwd: repo }).stdout).toMatch(/suppressed 2 inline/);
  });

  it('--require-reason makes a bare marker that hides a finding a finding, at the marker', () => {
    const repo = markedRepo();
    const result = runCli(['--require-reason', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(locations(report)).toEqual([BARE_MARKER, 'src/cms.ts:3:16 sandbox-key']);
    expect((report.findings[0] as unknown as { detail: string }).detail).toBe('gitleaks:allow without a reason covers sandbox-key optimo_sandbox_B4r3…');
    // A reason written after it: clean.
    write(repo, 'src/cms.ts', [`const fixture = '${FIXTURE}'; // optimocms-scan-allow: test fixture`, `const bare = '${BARE}'; # gitleaks:allow: migrated from gitleaks`, ''].join('\n'));
    expect(runCli(['--require-reason'], { cwd: repo }).code).toBe(0);
  });

  it('--require-reason works on --staged and --history too', () => {
    const repo = markedRepo();
    expect(locations(parseReport(runCli(['--staged', '--require-reason', '--format', 'json'], { cwd: repo })))).toEqual([BARE_MARKER, 'src/cms.ts:3:16 sandbox-key']);
    git(repo, 'commit', '-q', '-m', 'markers');
    const history = parseReport(runCli(['--history', '--require-reason', '--format', 'json'], { cwd: repo }));
    expect(locations(history)).toEqual([BARE_MARKER, 'src/cms.ts:3:16 sandbox-key']);
    expect(history.findings[0]?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('--no-inline-allow ignores every marker (for CI); combined with --require-reason it is a usage error', () => {
    const repo = markedRepo();
    const report = parseReport(runCli(['--no-inline-allow', '--format', 'json'], { cwd: repo }));
    expect(locations(report)).toEqual(['src/cms.ts:1:18 live-key', 'src/cms.ts:2:15 sandbox-key', 'src/cms.ts:3:16 sandbox-key']);
    expect(suppressedOf(report)).toEqual([]);
    expectOneLineError(runCli(['--no-inline-allow', '--require-reason'], { cwd: repo }), /^optimocms-scan: --require-reason and --no-inline-allow cannot be combined/);
  });
});

describe('SARIF lists suppressed findings as suppressed results', () => {
  it('inline markers as inSource with their reason, the config and the baseline as external; the log validates', () => {
    const repo = markedRepo();
    write(repo, 'fixtures/keys.txt', `${LOOSE}\n`);
    write(repo, '.optimocms-scan.json', JSON.stringify({ allowlist: { paths: ['fixtures/'] } }));
    write(repo, 'legacy.env', `OPTIMOCMS_SANDBOX_KEY=${BARE}\n`);
    git(repo, 'add', '.');
    expect(runCli(['--write-baseline', 'baseline.json', 'legacy.env'], { cwd: repo }).code).toBe(0);

    const result = runCli(['--format', 'sarif', '--baseline', 'baseline.json'], { cwd: repo });
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const results = sarif.runs[0]?.results ?? [];
    const shown = results.map((entry) => `${entry.locations[0]?.physicalLocation.artifactLocation.uri}:${entry.locations[0]?.physicalLocation.region['startLine']} ${entry.ruleId} ${JSON.stringify(entry.suppressions ?? null)}`);
    expect(shown).toEqual([
      'src/cms.ts:3 sandbox-key null',
      'src/cms.ts:1 live-key [{"kind":"inSource","status":"accepted","justification":"test fixture, revoked"}]',
      'src/cms.ts:2 sandbox-key [{"kind":"inSource","status":"accepted"}]',
      'fixtures/keys.txt:1 sandbox-key [{"kind":"external","status":"accepted","justification":"allowlisted in config .optimocms-scan.json"}]',
      'legacy.env:1 sandbox-key [{"kind":"external","status":"accepted","justification":"accepted in baseline baseline.json"}]',
    ]);
    // Suppressed results keep their fingerprints, so code scanning matches them with earlier alerts.
    expect(results.every((entry) => entry.partialFingerprints['primaryLocationLineHash'])).toBe(true);
  });

  it('a key written in a reason is shown only redacted', () => {
    const repo = createRepo();
    write(repo, 'a.ts', `const a = '${FIXTURE}'; // optimocms-scan-allow: same as ${LOOSE}\n`);
    const result = runCli(['--format', 'sarif'], { cwd: repo });
    expect(result.stdout).toContain('"justification": "same as optimo_sandbox_L00s…"');
  });
});
