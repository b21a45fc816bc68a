import { CliError } from '../../cli-kit/cli-error.js';
import { resolveApiUrl } from './api-url.js';
import { VERIFY_DEFAULTS, type VerifyOptions } from './verify-keys.js';

/** Per-request timeout and total budget, in ms: for slow proxies, and for tests that need short ones. */
export const TIMEOUT_ENV = 'OPTIMOCMS_VERIFY_TIMEOUT_MS';
export const BUDGET_ENV = 'OPTIMOCMS_VERIFY_BUDGET_MS';

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d{1,9}$/.test(text) || value < 1) throw new CliError(`${name} expects a whole number of milliseconds from 1, got "${text.slice(0, 20)}"`);
  return value;
}

/** Everything `--verify` needs from the environment, read before scanning so that a bad setting fails fast. */
export function verifySettings(env: NodeJS.ProcessEnv): VerifyOptions {
  return {
    baseUrl: resolveApiUrl(env),
    timeoutMs: milliseconds(env, TIMEOUT_ENV, VERIFY_DEFAULTS.timeoutMs),
    budgetMs: milliseconds(env, BUDGET_ENV, VERIFY_DEFAULTS.budgetMs),
    maxRetries: VERIFY_DEFAULTS.maxRetries,
    concurrency: VERIFY_DEFAULTS.concurrency,
  };
}
