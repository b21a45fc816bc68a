import { ENV_VAR_PREFIX, ENV_VARS, KEY_PREFIXES } from '@optimocms/auth-types';
import { RULE_IDS, RULES, type RuleId, type RuleMeta } from '../../engine/rules.js';
import { RUN_RULE_IDS, RUN_RULES, type RunRuleId } from '../scan/run-rules.js';

/**
 * Rules of the artefact scans (`--bundle`, `--pack`): what shipped, decided
 * by where the text was found, not by the engine. Ids are a public contract,
 * like the engine's.
 */
export const ARTEFACT_RULE_IDS = ['key-in-bundle', 'env-value-in-bundle', 'key-in-package'] as const;

export type ArtefactRuleId = (typeof ARTEFACT_RULE_IDS)[number];

/** Any rule a report can name. */
export type ReportRuleId = RuleId | RunRuleId | ArtefactRuleId;

export interface ReportRuleMeta extends Omit<RuleMeta, 'id'> {
  readonly id: ReportRuleId;
}

const REVOKE = 'Revoke the key in Settings → API Keys and create a new one: every visitor could read it.';

export const ARTEFACT_RULES: Readonly<Record<ArtefactRuleId, ReportRuleMeta>> = {
  'key-in-bundle': {
    id: 'key-in-bundle',
    severity: 'error',
    shortDescription: 'OptimoCMS API key in client build output',
    fullDescription: `A live or sandbox key (${KEY_PREFIXES.live}…, ${KEY_PREFIXES.sandbox}…) is in the files the build sends to browsers: bundles, prerendered HTML, RSC payloads or source maps.`,
    help: `${REVOKE} Then find how it got there (the likely cause is named with each finding) and keep the key in server code only.`,
  },
  'env-value-in-bundle': {
    id: 'env-value-in-bundle',
    severity: 'error',
    shortDescription: "The value of the project's key variable in client build output",
    fullDescription: `The exact value of a key variable of the project (${ENV_VARS.apiKey} or another ${ENV_VAR_PREFIX}… credential, or any variable holding a key), read from .env files or the environment, is in the files the build sends to browsers, whatever its format.`,
    help: `${REVOKE} Then find how it got there (the likely cause is named with each finding) and read the variable in server code only.`,
  },
  'key-in-package': {
    id: 'key-in-package',
    severity: 'error',
    shortDescription: 'OptimoCMS API key or dotenv file in a published package',
    fullDescription: 'A file that npm pack would publish holds a live or sandbox key (a source map through its sourcesContent too), or is a dotenv file: everyone who installs the package gets it.',
    help: 'Remove the file from the package (the "files" field of package.json, or .npmignore), revoke any key it held, and check again with optimocms-scan --pack before publishing.',
  },
};

export const REPORT_RULES: Readonly<Record<ReportRuleId, ReportRuleMeta>> = { ...RULES, ...RUN_RULES, ...ARTEFACT_RULES };

/** Every rule a report can name: the engine's, the run's (environment places, inline reasons), then the artefact rules. */
export const REPORT_RULE_IDS: readonly ReportRuleId[] = [...RULE_IDS, ...RUN_RULE_IDS, ...ARTEFACT_RULE_IDS];

/** The rules a file, --staged or --history scan can report (SARIF lists them): the engine's and the run's. */
export const SCAN_RULE_IDS: readonly ReportRuleId[] = [...RULE_IDS, ...RUN_RULE_IDS];
