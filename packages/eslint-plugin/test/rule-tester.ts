// Wires @typescript-eslint/rule-tester to vitest and provides the parsers and test keys the rule tests share.
import { createRequire } from 'node:module';
import { KEY_PREFIXES } from '@optimocms/auth-types';
import { findKeyTokens, redact } from '@optimocms/secret-scan';
import { GUIDE_EXAMPLE_KEY, keyWithBody } from '@optimocms/test-keys';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

export { RuleTester };

// ESLint's own default parser, resolved through eslint (it is not a direct dependency).
const requireFromEslint = createRequire(createRequire(import.meta.url).resolve('eslint/package.json'));
const espree = requireFromEslint('espree') as TSESLint.Parser.LooseParserModule;

/** Plain JavaScript with JSX, parsed by espree as ESLint does without a parser configured. */
export const javascript = {
  parser: espree,
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
} as const;

/** TSX through the typescript-eslint parser. */
export const tsx = { parserOptions: { ecmaFeatures: { jsx: true } } } as const;

/**
 * Made-up keys, assembled at run time so that no key-shaped literal sits in
 * this repository (our own scanner must stay quiet on it).
 */
export const LIVE = KEY_PREFIXES.live;
export const SANDBOX = KEY_PREFIXES.sandbox;
/** The guide's own example of a hardcoded key. */
export const GUIDE_KEY = GUIDE_EXAMPLE_KEY;
export const LIVE_KEY = keyWithBody('live', 'Q1w2E3r4T5y6U7i8');
export const SANDBOX_KEY = keyWithBody('sandbox', 'Zx9Yw8Vu7Ts6');

/** Replaces every key in `text` by its redacted form (the engine's `redact`). */
export function redactKeys(text: string): string {
  let result = text;
  for (const token of findKeyTokens(text).reverse()) result = result.slice(0, token.start) + redact(token.value) + result.slice(token.end);
  return result;
}

/**
 * Runs a rule's cases, each named after its code with the keys redacted:
 * RuleTester titles tests with their code, and no test name may hold a full key.
 * (The rule is passed untyped: rule-tester pins an older @typescript-eslint/utils.)
 */
export function testRule<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options, unknown>,
  tests: RunTests<MessageIds, Options>,
  tester: RuleTester = new RuleTester(),
): void {
  const named = <T extends { code: string; name?: string }>(test: T): T => ({ ...test, name: test.name ?? redactKeys(test.code) });
  tester.run(name, rule as never, {
    valid: tests.valid.map((test) => (typeof test === 'string' ? { code: test, name: redactKeys(test) } : named(test))),
    invalid: tests.invalid.map(named),
  } as never);
}
