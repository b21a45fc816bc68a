import { API_KEY_HEADER } from '@optimocms/auth-types';

const HEADER_NAME = API_KEY_HEADER.toLowerCase();

/** Header names are case-insensitive: `X-Api-Key`, `x-api-key`, `X-API-KEY`. */
export function isApiKeyHeaderName(name: string | undefined): boolean {
  return name?.toLowerCase() === HEADER_NAME;
}
