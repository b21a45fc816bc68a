import { ENV_VARS, KEY_PREFIXES } from '@optimocms/auth-types';

/** Rule ids: a public contract (reports, baselines and allowlists name them). */
export const RULE_IDS = [
  'live-key',
  'sandbox-key',
  'env-file-committed',
  'public-env-exposure',
  'generic-key-assignment',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

/** What a rule reports, for text output, SARIF and documentation. */
export interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly shortDescription: string;
  readonly fullDescription: string;
  /** What to do about a finding. */
  readonly help: string;
}

const MOVE_TO_ENV =
  `Revoke the key in Settings → API Keys, create a new one, and read it from an environment variable (${ENV_VARS.apiKey}) that is set outside the repository.`;

export const RULES: Readonly<Record<RuleId, RuleMeta>> = {
  'live-key': {
    id: 'live-key',
    severity: 'error',
    shortDescription: 'OptimoCMS live API key',
    fullDescription: `A production OptimoCMS API key (${KEY_PREFIXES.live}…) is written in a file. Anyone who can read the file can act on production data with its scopes.`,
    help: MOVE_TO_ENV,
  },
  'sandbox-key': {
    id: 'sandbox-key',
    severity: 'error',
    shortDescription: 'OptimoCMS sandbox API key',
    fullDescription: `A sandbox OptimoCMS API key (${KEY_PREFIXES.sandbox}…) is written in a file. Sandbox keys reach test data only, but they are still credentials.`,
    help: MOVE_TO_ENV,
  },
  'env-file-committed': {
    id: 'env-file-committed',
    severity: 'error',
    shortDescription: 'Dotenv file with OptimoCMS values is committed',
    fullDescription: 'A dotenv file (.env, .env.local, .env.production, …) that assigns an OPTIMOCMS_* variable, or a browser-public key variable such as VITE_OPTIMOCMS_API_KEY, is tracked or staged. Dotenv files hold real values and must stay out of git.',
    help: 'Run `git rm --cached <file>`, add the file to .gitignore, commit an .env.example with empty values instead, and rotate any key it held.',
  },
  'public-env-exposure': {
    id: 'public-env-exposure',
    severity: 'error',
    shortDescription: 'OptimoCMS credential in a browser-public env var',
    fullDescription: 'A variable with a browser-public prefix (NEXT_PUBLIC_, VITE_, PUBLIC_, …) holds an OptimoCMS key, token or secret. Bundlers inline such variables into the JavaScript shipped to every visitor.',
    help: 'Rename the variable without the public prefix (e.g. OPTIMOCMS_API_KEY), read it only in server code, and call OptimoCMS from a backend route that holds the key.',
  },
  'generic-key-assignment': {
    id: 'generic-key-assignment',
    severity: 'warning',
    shortDescription: 'Literal value assigned to an OptimoCMS key variable or X-Api-Key header',
    fullDescription: 'A literal credential-like value is assigned to OPTIMOCMS_API_KEY / OPTIMOCMS_LIVE_KEY / OPTIMOCMS_SANDBOX_KEY or sent as the X-Api-Key header, without a known key prefix (a key of an unknown or older format).',
    help: MOVE_TO_ENV,
  },
};
