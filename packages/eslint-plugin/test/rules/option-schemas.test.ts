// Options that would crash a rule are rejected by its schema when ESLint reads the config.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

const linter = new Linter();

function verify(rule: keyof typeof rules, options: unknown): Linter.LintMessage[] {
  // A file that reaches the glob matching of both rules: a key read in a module whose kind is asked.
  const code = "const key = process.env.OPTIMOCMS_API_KEY;\nexport const cms = 'optimo_' + key;";
  return linter.verify(
    code,
    [{ plugins: { optimocms: { rules: rules as never } }, rules: { [`optimocms/${rule}`]: ['error', options] } }],
    { filename: 'src/cms.test.js' },
  );
}

describe('rule option schemas', () => {
  it.each([
    { rule: 'no-client-side-api-key', options: { clientGlobs: [''] } },
    { rule: 'no-client-side-api-key', options: { clientGlobs: ['src/**', ''] } },
    { rule: 'no-hardcoded-api-key', options: { checkSandboxKeysInTests: false, testFilePatterns: [''] } },
  ] as const)('$rule rejects an empty string in $options', ({ rule, options }) => {
    expect(() => verify(rule, options)).toThrow(/Key "optimocms\/[a-z-]+":\s+Value "" should NOT be shorter than 1 characters/);
  });

  it.each([
    { rule: 'no-client-side-api-key', options: { clientGlobs: ['web/**'] } },
    { rule: 'no-hardcoded-api-key', options: { checkSandboxKeysInTests: false, testFilePatterns: ['**/*.test.js'] } },
  ] as const)('$rule accepts $options', ({ rule, options }) => {
    expect(verify(rule, options)).toEqual([]);
  });
});
