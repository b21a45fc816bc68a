import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/index.js';
import { createRepo, git, liveKey, parseReport, remember, runCli, sandboxKey, write, type JsonReport } from './helpers.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';

const SHARED = liveKey('Sh4r3dL1v3K3y9');
const SANDBOX = sandboxKey('Sh4r3dS4ndB0x8');
const OTHER = liveKey('0th3rL1v3K3y77');
remember(SHARED, SANDBOX, OTHER);

const ENVIRONMENT_RULES = new Set(['key-reused-across-environments', 'environment-mismatch']);

interface EnvironmentFinding {
  rule: string;
  file: string;
  line: number;
  place?: string;
  detail?: string;
  fingerprint: string;
  related?: { file: string; line: number; column: number; place: string };
}

/** The environment rules' findings: `rule file:line [place] ← related place`. */
function environmentFindings(report: JsonReport): string[] {
  return (report.findings as unknown as EnvironmentFinding[]).filter((finding) => ENVIRONMENT_RULES.has(finding.rule)).map((finding) => `${finding.rule} ${finding.file}:${finding.line} [${finding.place}]${finding.related ? ` ← ${finding.related.place}:${finding.related.line}` : ''}`);
}

function scanJson(repo: string, ...args: string[]): JsonReport {
  return parseReport(runCli([...args, '--format', 'json'], { cwd: repo }));
}

describe('key-reused-across-environments and environment-mismatch on a file scan', () => {
  it('dotenv files: one reuse per place of another stage, naming the first place; a live key in development is a mismatch', () => {
    const repo = createRepo();
    write(repo, '.env.development', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, 'config/.env.staging', `# staging\nOPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    const report = scanJson(repo);
    expect(environmentFindings(report)).toEqual([
      'environment-mismatch .env.development:1 [.env.development]',
      'key-reused-across-environments .env.production:1 [.env.production] ← .env.development:1',
      'key-reused-across-environments config/.env.staging:2 [config/.env.staging] ← .env.development:1',
    ]);
    const mismatch = (report.findings as unknown as EnvironmentFinding[]).find((finding) => finding.rule === 'environment-mismatch');
    expect(mismatch?.detail).toBe('live key in a development place (.env.development): development touches production data and costs money (normal cost); use a sandbox key');
    // Baselines hold these fingerprints: the key finding's, under the derived rule; a reuse's names the first place too.
    const keyPrint = (report.findings as unknown as EnvironmentFinding[]).find((finding) => finding.rule === 'live-key' && finding.file === '.env.development')?.fingerprint ?? '';
    const keyHash = keyPrint.slice(keyPrint.lastIndexOf(':') + 1);
    expect(mismatch?.fingerprint).toBe(`environment-mismatch:.env.development:${keyHash}`);
    const reuse = (report.findings as unknown as EnvironmentFinding[]).find((finding) => finding.rule === 'key-reused-across-environments' && finding.file === '.env.production');
    expect(reuse?.fingerprint).toBe(fingerprint('key-reused-across-environments', '.env.production', `${keyHash}\0.env.development`));
  });

  it('a sandbox key in production says publishing has no effect; a live key in a test file says tests touch production data', () => {
    const repo = createRepo();
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SANDBOX}\n`);
    write(repo, 'src/cms.test.ts', `const key = '${OTHER}';\n`);
    write(repo, 'src/Button.stories.tsx', `export const key = '${OTHER}';\n`);
    write(repo, 'test/fixtures/.env.production', `OPTIMOCMS_API_KEY=${OTHER}\n`);
    const report = scanJson(repo);
    const details = (report.findings as unknown as EnvironmentFinding[]).filter((finding) => finding.rule === 'environment-mismatch').map((finding) => `${finding.file}: ${finding.detail}`);
    expect(details).toEqual([
      '.env.production: sandbox key in a production place (.env.production): publishing has no effect (dry-run) and data is test data; use a live key',
      'src/Button.stories.tsx: live key in a development place (src/Button.stories.tsx): development touches production data and costs money (normal cost); use a sandbox key',
      'src/cms.test.ts: live key in a test place (src/cms.test.ts): tests touch production data and cost money (normal cost); use a sandbox key',
      'test/fixtures/.env.production: live key in a test place (test/fixtures/.env.production): tests touch production data and cost money (normal cost); use a sandbox key',
    ]);
    // The stories (development) and the test places (test) share OTHER: that is a reuse too.
    expect(environmentFindings(report).filter((line) => line.startsWith('key-reused'))).toEqual([
      'key-reused-across-environments src/cms.test.ts:1 [src/cms.test.ts] ← src/Button.stories.tsx:1',
      'key-reused-across-environments test/fixtures/.env.production:1 [test/fixtures/.env.production] ← src/Button.stories.tsx:1',
    ]);
  });

  it('GitHub Actions jobs and environments, Netlify contexts, Vercel targets and compose overrides are places', () => {
    const repo = createRepo();
    write(repo, '.github/workflows/ci.yml', ['on: push', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    env:', `      OPTIMOCMS_API_KEY: ${SANDBOX}`, '  ship:', '    environment: production', '    env:', `      OPTIMOCMS_API_KEY: ${SANDBOX}`, ''].join('\n'));
    write(repo, 'netlify.toml', ['[context.deploy-preview.environment]', `  OPTIMOCMS_API_KEY = "${SHARED}"`, '[context.production.environment]', `  OPTIMOCMS_API_KEY = "${SHARED}"`, ''].join('\n'));
    write(repo, 'vercel.json', JSON.stringify({ environmentVariables: [{ key: 'OPTIMOCMS_API_KEY', value: OTHER, target: ['production'] }, { key: 'OPTIMOCMS_API_KEY', value: OTHER, target: ['preview'] }] }, null, 2));
    write(repo, 'docker-compose.override.yml', `services:\n  web:\n    environment:\n      OPTIMOCMS_API_KEY: ${OTHER}\n`);
    expect(environmentFindings(scanJson(repo))).toEqual([
      'environment-mismatch .github/workflows/ci.yml:10 [.github/workflows/ci.yml job ship (environment production)]',
      'key-reused-across-environments .github/workflows/ci.yml:10 [.github/workflows/ci.yml job ship (environment production)] ← .github/workflows/ci.yml job test:6',
      'environment-mismatch docker-compose.override.yml:4 [docker-compose.override.yml]',
      'key-reused-across-environments netlify.toml:4 [netlify.toml [context.production]] ← netlify.toml [context.deploy-preview]:2',
      'key-reused-across-environments vercel.json:5 [vercel.json target production] ← docker-compose.override.yml:4',
      'key-reused-across-environments vercel.json:12 [vercel.json target preview] ← docker-compose.override.yml:4',
    ]);
  });

  it('is quiet for one stage, for staging (the guide gives it no kind of key), for files that are no place, and for marked keys', () => {
    const repo = createRepo();
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, 'docker-compose.prod.yml', `services:\n  web:\n    environment:\n      OPTIMOCMS_API_KEY: ${SHARED}\n`);
    write(repo, '.env.staging', `OPTIMOCMS_API_KEY=${SANDBOX}\n`);
    write(repo, 'src/cms.ts', `const key = '${SANDBOX}';\n`);
    write(repo, '.env.test', `OPTIMOCMS_API_KEY=${SHARED} # optimocms-scan-allow: the e2e suite runs against production on purpose\n`);
    const report = scanJson(repo);
    expect(environmentFindings(report)).toEqual([]);
    expect(report.findings.map((finding) => finding.rule)).not.toContain('key-reused-across-environments');
  });
});

describe('--staged compares the staged files with the environment config files of the index', () => {
  it('a key staged in .env.development that the index holds in .env.production is a reuse, at .env.production', () => {
    const repo = createRepo();
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    git(repo, 'add', '.env.production');
    git(repo, 'commit', '-q', '-m', 'production');
    write(repo, '.env.development', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    git(repo, 'add', '.env.development');
    // Working-tree only: never compared (the commit does not record it).
    write(repo, '.env.staging', `OPTIMOCMS_API_KEY=${SHARED}\n`);

    const staged = scanJson(repo, '--staged');
    expect(environmentFindings(staged)).toEqual([
      'environment-mismatch .env.development:1 [.env.development]',
      'key-reused-across-environments .env.production:1 [.env.production] ← .env.development:1',
    ]);
    // The same finding, fingerprint included, as a scan of the whole tree gives.
    git(repo, 'commit', '-q', '-m', 'development');
    const reuse = (report: JsonReport) => report.findings.find((finding) => finding.rule === 'key-reused-across-environments' && finding.file === '.env.production')?.fingerprint;
    expect(reuse(scanJson(repo, '.env.development', '.env.production'))).toBe(reuse(staged));
  });

  it('reads the index, not the working tree, for the other places', () => {
    const repo = createRepo();
    write(repo, '.github/workflows/deploy.yml', ['jobs:', '  deploy:', '    environment: production', '    env:', `      OPTIMOCMS_API_KEY: ${SHARED}`, ''].join('\n'));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'deploy');
    // Edited away in the working tree, still in the index: the commit would still hold both.
    write(repo, '.github/workflows/deploy.yml', 'jobs: {}\n');
    write(repo, 'src/cms.test.ts', `const key = '${SHARED}';\n`);
    git(repo, 'add', 'src/cms.test.ts');
    expect(environmentFindings(scanJson(repo, '--staged'))).toEqual([
      'key-reused-across-environments .github/workflows/deploy.yml:5 [.github/workflows/deploy.yml job deploy (environment production)] ← src/cms.test.ts:1',
      'environment-mismatch src/cms.test.ts:1 [src/cms.test.ts]',
    ]);
  });

  it('a reuse between two files that are not staged is not this commit\'s', () => {
    const repo = createRepo();
    write(repo, '.env.development', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'both');
    write(repo, 'src/cms.ts', `const key = '${OTHER}';\n`);
    git(repo, 'add', 'src/cms.ts');
    expect(environmentFindings(scanJson(repo, '--staged'))).toEqual([]);
  });
});

describe('baselines and SARIF', () => {
  it('are baselined by fingerprint like every finding: a reuse with another first place is a new finding', () => {
    const repo = createRepo();
    write(repo, '.env.development', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    expect(runCli(['--write-baseline', 'baseline.json'], { cwd: repo }).code).toBe(0);
    const baseline = readFileSync(join(repo, 'baseline.json'), 'utf8');
    expect(baseline).toContain('"rule": "key-reused-across-environments"');
    expect(runCli(['--baseline', 'baseline.json'], { cwd: repo }).code).toBe(0);
    // Lines move: still suppressed.
    write(repo, '.env.production', `# moved\n\nOPTIMOCMS_API_KEY=${SHARED}\n`);
    expect(runCli(['--baseline', 'baseline.json'], { cwd: repo }).code).toBe(0);
    // .env.development is gone and the key is in .env.test: the reuse in .env.production names another first place, a new finding.
    write(repo, '.env.test', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    rmSync(join(repo, '.env.development'));
    const report = scanJson(repo, '--baseline', 'baseline.json');
    expect(environmentFindings(report)).toEqual(['key-reused-across-environments .env.production:3 [.env.production] ← .env.test:1', 'environment-mismatch .env.test:1 [.env.test]']);
  });

  it('SARIF carries the second place as a related location and validates', () => {
    const repo = createRepo();
    write(repo, '.env.development', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    write(repo, '.env.production', `OPTIMOCMS_API_KEY=${SHARED}\n`);
    const result = runCli(['--format', 'sarif'], { cwd: repo });
    const sarif = JSON.parse(result.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [run] = sarif.runs;
    const ruleIds = run?.tool.driver.rules.map((rule) => rule.id) ?? [];
    expect(ruleIds).toEqual(expect.arrayContaining(['key-reused-across-environments', 'environment-mismatch', 'inline-allow-without-reason']));
    const reuse = run?.results.find((entry) => entry.ruleId === 'key-reused-across-environments');
    expect(reuse?.ruleIndex).toBe(ruleIds.indexOf('key-reused-across-environments'));
    expect(reuse?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('.env.production');
    expect(reuse?.relatedLocations).toEqual([{ id: 1, physicalLocation: { artifactLocation: { uri: '.env.development', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 19, endLine: 1, endColumn: 19 + SHARED.length } }, message: { text: 'the same key, first used here: .env.development' } }]);
    expect(reuse?.message.text).toMatch(/^The same OptimoCMS key in places of different environments: optimo_live_Sh4r…\. the same key as \.env\.development \(development\), here in a production place/);
  });
});
