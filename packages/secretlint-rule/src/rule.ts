import type { SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types';
import { scanText, type RuleId } from '@optimocms/secret-scan';
import { createAllowMatcher } from './allow-patterns.js';
import { MESSAGE_IDS, messages } from './messages.js';

export const RULE_ID = '@optimocms/secretlint-rule-api-key';

/** Options in `.secretlintrc.json`: `{ "id": "@optimocms/secretlint-rule-api-key", "options": { "allows": [...] } }`. */
export interface Options {
  /**
   * Keys to allow, as secretlint's RegExp-like strings: `"/^optimo_sandbox_/"` is a regular
   * expression, any other string matches literally. A key matching any of them is not reported.
   */
  allows?: string[];
}

/** The scanner's two key rules: the rule reports exactly the keys `optimocms-scan` reports as live-key / sandbox-key. */
const KEY_RULES: readonly RuleId[] = ['live-key', 'sandbox-key'];

export const creator: SecretLintRuleCreator<Options> = {
  messages,
  meta: {
    id: RULE_ID,
    type: 'scanner',
    recommended: true,
    supportedContentTypes: ['text'],
    docs: {
      url: 'https://github.com/optimocms/optimocms-guard/blob/main/packages/secretlint-rule/README.md',
    },
  },
  create(context, options) {
    const t = context.createTranslator(messages);
    const isAllowed = createAllowMatcher(options.allows ?? []);
    return {
      file(source: SecretLintSourceCode) {
        const text = source.content;
        // Same engine, same rules as the scanner: placeholders and inline allow comments are dropped there.
        for (const match of scanText(text, { rules: KEY_RULES })) {
          if (!match.environment || isAllowed(text.slice(match.start, match.end))) continue;
          context.report({
            message: t(MESSAGE_IDS[match.environment], { KEY: match.secret }),
            range: [match.start, match.end],
          });
        }
      },
    };
  },
};

