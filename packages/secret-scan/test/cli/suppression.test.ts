import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepo, expectOneLineError, git, liveKey, locations, parseReport, remember, runCli, sandboxKey, write, type JsonReport } from './helpers.js';

const OLD = liveKey('B4s3l1n3dK3yX');
const NEW = sandboxKey('Fr3shK3yN0tB1');
const FIXTURE = liveKey('F1xtur3K3yZ9q');
remember(OLD, NEW, FIXTURE);

describe('baseline', () => {
  it('round trip: write, scan clean, move lines (still suppressed), add a key (found); never stores a secret', () => {
    const repo = createRepo();
    write(repo, 'src/a.ts', `export const a = '${OLD}';\n`);
    write(repo, '.env', `OPTIMOCMS_API_KEY=${OLD}\n`);
    git(repo, 'add', '.');

    const written = runCli(['--write-baseline', 'baseline.json'], { cwd: repo });
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/recorded 3 findings in baseline baseline\.json/);
    const raw = readFileSync(join(repo, 'baseline.json'), 'utf8');
    expect(raw).not.toContain(OLD);
    expect(raw).not.toContain(OLD.slice(0, 16));
    const baseline = JSON.parse(raw) as { findings: Record<string, unknown>[] };
    expect(baseline.findings.map((entry) => Object.keys(entry).sort())).toEqual(Array(3).fill(['file', 'fingerprint', 'line', 'rule']));
    expect(baseline.findings.map((entry) => `${String(entry['file'])}:${String(entry['line'])} ${String(entry['rule'])}`)).toEqual(['.env:1 env-file-committed', '.env:1 live-key', 'src/a.ts:1 live-key']);

    const clean = runCli(['--baseline', 'baseline.json', '--format', 'json'], { cwd: repo });
    expect(clean.code).toBe(0);
    expect(parseReport(clean).summary.suppressed).toEqual({ config: 0, baseline: 3 });

    write(repo, 'src/a.ts', `// moved down\n\n\nexport const a = '${OLD}';\n`);
    expect(runCli(['--baseline', 'baseline.json'], { cwd: repo }).code).toBe(0);

    write(repo, 'src/b.ts', `export const b = '${NEW}';\n`);
    write(repo, 'src/c.ts', `export const same = '${OLD}';\n`);
    const found = runCli(['--baseline', 'baseline.json', '--format', 'json'], { cwd: repo });
    expect(found.code).toBe(1);
    // The old key in a new file is a new finding: fingerprints hold the file.
    expect(locations(parseReport(found))).toEqual(['src/b.ts:1:19 sandbox-key', 'src/c.ts:1:22 live-key']);
  });

  it('accepts a --format json report as a baseline, also for --staged', () => {
    const repo = createRepo();
    write(repo, 'k.ts', `const k = '${OLD}';\n`);
    git(repo, 'add', '.');
    runCli(['--format', 'json', '--output', 'report.json'], { cwd: repo });
    expect(runCli(['--staged', '--baseline', 'report.json'], { cwd: repo }).code).toBe(0);
  });

  it('a bad baseline is one line, exit 2', () => {
    const repo = createRepo();
    write(repo, 'bad.json', '{ "findings": [ { "rule": "live-key" } ] }');
    write(repo, 'broken.json', '{ "findings": [');
    expectOneLineError(runCli(['--baseline', 'bad.json'], { cwd: repo }), /baseline bad\.json: "findings\[0\]\.fingerprint" must be a non-empty string/);
    expectOneLineError(runCli(['--baseline', 'broken.json'], { cwd: repo }), /baseline broken\.json: invalid JSON/);
    expectOneLineError(runCli(['--baseline', 'missing.json'], { cwd: repo }), /baseline missing\.json: cannot read \(no such file\)/);
    expectOneLineError(runCli(['--write-baseline', 'no/such/dir/b.json'], { cwd: repo }), /cannot write .*b\.json: its folder does not exist/);
  });
});

describe('config allowlist', () => {
  const repo = createRepo();
  write(repo, 'fixtures/keys.txt', `${FIXTURE}\n`);
  write(repo, 'packages/x/test/fixtures/deep/k.ts', `'${FIXTURE}'\n`);
  write(repo, 'snapshots/a.snap', `${FIXTURE}\n`);
  write(repo, 'src/real.ts', `const k = '${NEW}';\n`);
  write(repo, 'src/known.ts', `const k = '${OLD}';\n`);
  write(repo, 'src/inline.ts', [`const a = '${OLD}'; // optimocms-scan-allow`, `const b = '${OLD}'; // gitleaks:allow`, `b = '${OLD}'  # pragma: allowlist secret`, ''].join('\n'));
  git(repo, 'add', '.');
  const all = parseReport(runCli(['--format', 'json'], { cwd: repo }));
  const known = all.findings.find((finding) => finding.file === 'src/known.ts')?.fingerprint as string;

  it('inline markers (ours, gitleaks, detect-secrets) suppress their line', () => {
    expect(all.findings.map((finding) => finding.file)).not.toContain('src/inline.ts');
    // A live key in a fixture is also in a test place (environment-mismatch).
    expect(all.findings.map((finding) => finding.file)).toEqual(['fixtures/keys.txt', 'fixtures/keys.txt', 'packages/x/test/fixtures/deep/k.ts', 'packages/x/test/fixtures/deep/k.ts', 'snapshots/a.snap', 'src/known.ts', 'src/real.ts']);
    expect(all.summary.suppressed).toEqual({ config: 0, baseline: 0, inline: 3 });
  });

  it('.optimocms-scan.json: path globs (rooted, folder/, name-only) and fingerprints', () => {
    write(repo, '.optimocms-scan.json', JSON.stringify({ allowlist: { paths: ['fixtures/', 'packages/*/test/fixtures/**', '*.snap'], fingerprints: [known] } }));
    const result = runCli(['--format', 'json'], { cwd: repo });
    const report: JsonReport = parseReport(result);
    expect(locations(report)).toEqual(['src/real.ts:1:12 sandbox-key']);
    expect(report.summary.suppressed).toEqual({ config: 6, baseline: 0, inline: 3 });
    // Found from a subfolder too: the config lives at the repository root.
    expect(parseReport(runCli(['--format', 'json', '.'], { cwd: join(repo, 'src') })).findings.map((finding) => finding.file)).toEqual(['real.ts']);
  });

  it('the "optimocms-scan" field of package.json, and --config FILE', () => {
    const other = createRepo();
    write(other, 'fixtures/keys.txt', `${FIXTURE}\n`);
    write(other, 'package.json', JSON.stringify({ name: 'x', 'optimocms-scan': { allowlist: { paths: ['fixtures/**'] } } }));
    expect(runCli([], { cwd: other }).code).toBe(0);
    write(other, 'strict.json', '{ "allowlist": { "paths": [] } }');
    expect(runCli(['--config', 'strict.json'], { cwd: other }).code).toBe(1);
  });

  it('a bad config is one line that names the field, exit 2', () => {
    const bad = createRepo();
    const cases: [unknown, RegExp][] = [
      [{ allowlist: { paths: 'fixtures/**' } }, /config \.optimocms-scan\.json: "allowlist\.paths" must be an array of strings/],
      [{ allowlist: { paths: ['ok', 3] } }, /"allowlist\.paths\[1\]" must be a non-empty string/],
      [{ allowlist: { fingerprints: ['abc'] } }, /"allowlist\.fingerprints\[0\]" is not a fingerprint/],
      [{ allowlist: { path: [] } }, /unknown field "allowlist\.path" \(expected "allowlist\.paths" or "allowlist\.fingerprints"\)/],
      [{ allowList: {} }, /unknown field "allowList"/],
      [[], /must be a JSON object/],
    ];
    for (const [config, message] of cases) {
      write(bad, '.optimocms-scan.json', JSON.stringify(config));
      expectOneLineError(runCli([], { cwd: bad }), message);
    }
    write(bad, '.optimocms-scan.json', '{ allowlist: }');
    expectOneLineError(runCli([], { cwd: bad }), /config \.optimocms-scan\.json: invalid JSON/);
    write(bad, 'pkg.json', '{}');
    expectOneLineError(runCli(['--config', 'nope.json'], { cwd: bad }), /config nope\.json: cannot read \(no such file\)/);
  });
});
