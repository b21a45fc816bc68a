import { API_BASE_URL } from '@optimocms/auth-types';
import { CliError } from '../../cli-kit/cli-error.js';

/** Overrides the API origin, for proxies and tests. */
export const API_URL_ENV = 'OPTIMOCMS_API_URL';

// Literal addresses only: a name such as `localhost` is resolved by DNS and /etc/hosts, which could send a key elsewhere.
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|\[::1\])$/;

/**
 * The origin `--verify` sends keys to: the OptimoCMS API, or `OPTIMOCMS_API_URL`
 * when it is https, or plain http on a literal loopback address. Anything
 * else is refused, since the key would travel in clear or to another host.
 */
export function resolveApiUrl(env: NodeJS.ProcessEnv): URL {
  const text = env[API_URL_ENV];
  if (text === undefined || text === '') return new URL(API_BASE_URL);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CliError(`${API_URL_ENV} is not a URL`);
  }
  // Credentials in the URL would be sent with every key; refused rather than stripped, so the user sees it.
  if (url.username !== '' || url.password !== '') throw new CliError(`${API_URL_ENV} must not hold a user name or password`);
  const shown = `${url.protocol}//${url.host}`;
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return url;
  throw new CliError(`${API_URL_ENV} must be an https URL, or http on 127.0.0.1 or [::1] (got ${shown}): a key is never sent in clear to another host`);
}

/** The URL of `path` under the origin (a proxy's own path prefix is kept). */
export function endpointUrl(base: URL, path: string): URL {
  const url = new URL(base.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = '';
  url.hash = '';
  return url;
}
