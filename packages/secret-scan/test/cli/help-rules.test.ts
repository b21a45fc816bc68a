import { describe, expect, it } from 'vitest';
import { RUN_RULE_IDS } from '../../src/cli/scan/run-rules.js';
import { runCli, temporaryDirectory } from './helpers.js';

describe('--help', () => {
  it('names the rules across files and the inline-marker flags', () => {
    const result = runCli(['--help'], { cwd: temporaryDirectory() });
    expect(result.code).toBe(0);
    for (const text of ['key-reused-across-environments', 'environment-mismatch', 'inline-allow-without-reason', '--require-reason', '--no-inline-allow', 'optimocms-scan-allow: test fixture']) expect(result.stdout).toContain(text);
    expect(RUN_RULE_IDS).toEqual(['key-reused-across-environments', 'environment-mismatch', 'inline-allow-without-reason']);
  });
});
