// 1. The packages, installed by name from the suite's registry into a consumer project outside the workspace, run through their installed bins:
// ESLint 10 with [optimocms.configs.recommended], secretlint with the rule, optimocms-scan, optimocms-codemod.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSUMER_FIXTURE_REPORTS, eslintReports as eslintReportsOf } from './support/eslint-reports.js';
import { freshProject } from './support/project.js';
import { run } from './support/run.js';

/** Every reported string must hide the key: no whole key-shaped token may appear. */
const WHOLE_KEY = /(?<![A-Za-z0-9])optimo_(?:live|sandbox)_[A-Za-z0-9]{12,}(?![A-Za-z0-9])/;

let project: ReturnType<typeof freshProject>;
beforeEach(() => {
  project = freshProject('consumer', 'consumer');
});
afterEach(() => project.remove());

const eslintReports = () => eslintReportsOf(project.bin('eslint'), project.dir);

interface ScanReport {
  findings: { rule: string; file: string; line: number; column: number; secret: string; severity: string }[];
  summary: { files: number; findings: number };
}

function scan(): { status: number | null; report: ScanReport; findings: string[] } {
  const result = run(project.bin('optimocms-scan'), ['--format', 'json'], { cwd: project.dir });
  const report = JSON.parse(result.stdout) as ScanReport;
  return { status: result.status, report, findings: report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule} ${finding.secret}`) };
}

describe('ESLint 10 with the plugin installed from the registry', () => {
  it('is the ESLint 10 binary from the registry', () => {
    const version = run(project.bin('eslint'), ['--version'], { cwd: project.dir });
    expect(version.stdout.trim()).toMatch(/^v10\./);
  });

  it('reports exactly the fixture set with configs.recommended', () => {
    const { status, reports, messages } = eslintReports();
    expect(status).toBe(1);
    expect(reports.sort()).toEqual(CONSUMER_FIXTURE_REPORTS);
    for (const message of messages) expect(message).not.toMatch(WHOLE_KEY);
  });
});

describe('secretlint 13 with the rule installed from the registry', () => {
  it('reports each live and sandbox key, masked, with the README config', () => {
    writeFileSync(path.join(project.dir, '.secretlintrc.json'), '{ "rules": [{ "id": "@optimocms/secretlint-rule-api-key" }] }\n');
    const result = run(project.bin('secretlint'), ['--format', 'json', '**/*'], { cwd: project.dir });
    expect(result.status).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { messageId: string; loc: { start: { line: number; column: number } }; message: string; data: { KEY: string } }[] }[];
    const reports = results.flatMap((file) => file.messages.map((message) => `${path.relative(project.dir, file.filePath)}:${message.loc.start.line}:${message.loc.start.column} ${message.messageId}`));
    expect(reports.sort()).toEqual(['.env.production:1:18 LIVE_API_KEY', 'src/cms.ts:4:11 LIVE_API_KEY', 'src/fetch-pages.js:4:29 SANDBOX_API_KEY']);
    for (const file of results) {
      for (const message of file.messages) {
        expect(message.message).not.toMatch(WHOLE_KEY);
        expect(message.data.KEY).toMatch(/^\*+$/);
      }
    }
  });
});

describe('optimocms-scan and optimocms-codemod installed from the registry', () => {
  it('the scanner finds every key and the committed dotenv file', () => {
    const { status, findings } = scan();
    expect(status).toBe(1);
    expect(findings).toEqual([
      '.env.production:1:19 env-file-committed OPTIMOCMS_API_KEY=optimo_live_Vd8K…',
      '.env.production:1:19 live-key optimo_live_Vd8K…',
      'src/cms.ts:4:12 live-key optimo_live_Vd8K…',
      'src/fetch-pages.js:4:30 sandbox-key optimo_sandbox_Hy6T…',
    ]);
  });

  it('the codemod moves the code keys to .env; what the scanner still reports is the manual work it listed', () => {
    const check = run(project.bin('optimocms-codemod'), ['env-keys', '--check'], { cwd: project.dir });
    expect(check.status).toBe(1);
    const sourceBefore = readFileSync(path.join(project.dir, 'src/cms.ts'), 'utf8');

    const dryRun = run(project.bin('optimocms-codemod'), ['env-keys', '--json'], { cwd: project.dir });
    expect(dryRun.status).toBe(0);
    expect(readFileSync(path.join(project.dir, 'src/cms.ts'), 'utf8')).toBe(sourceBefore);
    const plan = JSON.parse(dryRun.stdout) as { manual: { file: string; line: number }[]; variables: { name: string; files: string[] }[] };
    expect(plan.variables.map((variable) => `${variable.name} ${variable.files.join(',')}`).sort()).toEqual([
      'OPTIMOCMS_LIVE_KEY src/cms.ts',
      'OPTIMOCMS_SANDBOX_KEY src/fetch-pages.js',
    ]);
    expect(plan.manual.map((item) => `${item.file}:${item.line}`)).toEqual(['.env.production:1']);
    expect(dryRun.stdout).not.toMatch(WHOLE_KEY);

    const write = run(project.bin('optimocms-codemod'), ['env-keys', '--write'], { cwd: project.dir });
    expect(write.status).toBe(0);
    expect(write.output).not.toMatch(WHOLE_KEY);
    expect(readFileSync(path.join(project.dir, 'src/cms.ts'), 'utf8')).toContain('apiKey: process.env.OPTIMOCMS_LIVE_KEY!,');
    expect(readFileSync(path.join(project.dir, 'src/fetch-pages.js'), 'utf8')).toContain("headers: { 'X-Api-Key': process.env.OPTIMOCMS_SANDBOX_KEY },");
    const envFile = path.join(project.dir, '.env');
    expect(statSync(envFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(envFile, 'utf8')).toMatch(WHOLE_KEY);
    expect(readFileSync(path.join(project.dir, '.env.example'), 'utf8')).toBe('OPTIMOCMS_LIVE_KEY=\nOPTIMOCMS_SANDBOX_KEY=\n');
    expect(readFileSync(path.join(project.dir, '.gitignore'), 'utf8').split('\n')).toContain('.env');

    const after = scan();
    expect(after.status).toBe(1);
    expect([...new Set(after.report.findings.map((finding) => finding.file))]).toEqual(plan.manual.map((item) => item.file));
    // A second run has nothing left to move.
    const again = run(project.bin('optimocms-codemod'), ['env-keys', '--write'], { cwd: project.dir });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 changed');
    // And ESLint no longer sees a hardcoded key.
    expect(eslintReports().reports.filter((report) => report.includes('no-hardcoded-api-key'))).toEqual([]);
  });

  it('the scopes advisor maps the calls it finds', () => {
    const result = run(project.bin('optimocms-codemod'), ['scopes', '--json'], { cwd: project.dir });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { scopes: string[]; keys: { envVar: string | null; calls: { file: string; call: string; scope: string }[] }[] };
    expect(report.scopes).toEqual(['pages:read']);
    expect(report.keys.flatMap((key) => key.calls.map((call) => `${key.envVar} ${call.file} ${call.call} ${call.scope}`))).toEqual([
      'NEXT_PUBLIC_OPTIMOCMS_API_KEY app/search.tsx cms.pages.list() pages:read',
      // The hardcoded header key has no variable name until the codemod gives it one.
      'null src/fetch-pages.js GET /v1/sites/${siteId}/pages pages:read',
    ]);
  });

  it('every bin answers --help with exit 0', () => {
    for (const bin of ['optimocms-scan', 'optimocms-codemod']) {
      expect(existsSync(project.bin(bin))).toBe(true);
      const help = run(project.bin(bin), ['--help'], { cwd: project.dir });
      expect(help.status, bin).toBe(0);
      expect(help.stdout, bin).toContain('Usage');
    }
  });
});
