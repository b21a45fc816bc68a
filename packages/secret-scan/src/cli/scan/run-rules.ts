import { KEY_ENVIRONMENT_PROPERTIES } from '@optimocms/auth-types';
import type { RuleMeta } from '../../engine/rules.js';

/**
 * Rules a run adds after detection, from the findings of every file: where
 * keys are used (environment places), and inline markers without a reason.
 * Ids are a public contract, like the engine's.
 */
export const RUN_RULE_IDS = ['key-reused-across-environments', 'environment-mismatch', 'inline-allow-without-reason'] as const;

export type RunRuleId = (typeof RUN_RULE_IDS)[number];

export interface RunRuleMeta extends Omit<RuleMeta, 'id'> {
  readonly id: RunRuleId;
}

const { live, sandbox } = KEY_ENVIRONMENT_PROPERTIES;

export const RUN_RULES: Readonly<Record<RunRuleId, RunRuleMeta>> = {
  'key-reused-across-environments': {
    id: 'key-reused-across-environments',
    severity: 'error',
    shortDescription: 'The same OptimoCMS key in places of different environments',
    fullDescription:
      'One key (by fingerprint) is used by places that belong to different environments: .env.development and .env.production, CI jobs or GitHub environments, Docker Compose override files, Netlify contexts, Vercel targets. The guide asks for separate keys per environment, so that one can be revoked without breaking the others.',
    help: 'Create a separate key for each environment in Settings → API Keys (sandbox for development and testing, live for production), give each place its own, and revoke the shared one.',
  },
  'environment-mismatch': {
    id: 'environment-mismatch',
    severity: 'error',
    shortDescription: 'A live key in a development or test place, or a sandbox key in a production place',
    fullDescription: `A live key where development or tests run (.env.development, .env.test, test files, fixtures, Storybook): tests touch ${live.data.toLowerCase()} and cost money (${live.cost.toLowerCase()} cost). Or a sandbox key where production runs (.env.production, a production job or context): publishing has no effect (${sandbox.publishing.replace(/^No effect /, '').replace(/[()]/g, '')}).`,
    help: 'Use sandbox keys for development and testing and live keys for production, as the guide says: swap the key for one of the right kind (and revoke a live key that sat in test code).',
  },
  'inline-allow-without-reason': {
    id: 'inline-allow-without-reason',
    severity: 'warning',
    shortDescription: 'Inline allow marker without a reason (--require-reason)',
    fullDescription: 'An optimocms-scan-allow, gitleaks:allow or pragma: allowlist secret marker suppresses a finding but does not say why. With --require-reason every marker that suppresses a finding must carry a reason after a colon.',
    help: 'Write why after the marker: `optimocms-scan-allow: test fixture, not a real key`. The reason shows in SARIF as the suppression\'s justification.',
  },
};
