import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// This repository, three levels up: packages/secret-scan/test/cli → the root.
const REPOSITORY_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

describe('this repository', () => {
  it('is clean under its own .optimocms-scan.json (made-up keys live only in allowlisted fixture folders)', () => {
    const result = runCli(['--format', 'json', REPOSITORY_ROOT], { cwd: process.cwd() });
    const report = JSON.parse(result.stdout) as { findings: { file: string; line: number; rule: string }[]; summary: { files: number } };
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`)).toEqual([]);
    expect(result.code).toBe(0);
    expect(report.summary.files).toBeGreaterThan(50);
  });
});
