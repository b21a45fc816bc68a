import { lintSource } from '@secretlint/core';
import type { SecretLintCoreResultMessage, SecretLintRuleSeverityLevel } from '@secretlint/types';
import { creator, RULE_ID, type Options } from '../src/index.js';

export interface LintOptions {
  filePath?: string;
  options?: Options;
  severity?: SecretLintRuleSeverityLevel;
  allowMessageIds?: string[];
  maskSecrets?: boolean;
  contentType?: 'text' | 'binary';
}

/** Runs the rule through secretlint's own core, as the secretlint CLI does. */
export async function lint(content: string, settings: LintOptions = {}): Promise<SecretLintCoreResultMessage[]> {
  const result = await lintSource({
    source: { content, filePath: settings.filePath ?? '/project/src/index.ts', contentType: settings.contentType ?? 'text' },
    options: {
      maskSecrets: settings.maskSecrets ?? false,
      config: {
        rules: [
          {
            id: RULE_ID,
            rule: creator,
            options: settings.options ?? {},
            ...(settings.severity ? { severity: settings.severity } : {}),
            ...(settings.allowMessageIds ? { allowMessageIds: settings.allowMessageIds } : {}),
          },
        ],
      },
    },
  });
  return result.messages;
}
