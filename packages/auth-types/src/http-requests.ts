import { API_KEY_HEADER } from './keys.js';

// Project convention (not in the OptimoCMS guide): the guide shows curl and the SDK only; how
// HTTP clients set a header or name a request's URL comes from those clients' documentation.

/** Methods that set one header by name: `Headers#set` / `append`, Node's `setHeader`. */
export const HEADER_SETTER_METHODS = ['set', 'append', 'setHeader'] as const;

/** Properties of a request config that hold its URL: `url` (fetch-likes, axios), `baseURL` (axios), `prefixUrl` (ky, got), and their other spellings. */
export const REQUEST_URL_PROPERTIES = ['url', 'baseURL', 'baseUrl', 'prefixUrl', 'prefixURL'] as const;

const HEADER_NAME = API_KEY_HEADER.toLowerCase();
const SETTERS: ReadonlySet<string> = new Set(HEADER_SETTER_METHODS);
const URL_PROPERTIES: ReadonlySet<string> = new Set(REQUEST_URL_PROPERTIES);

/** Header names are case-insensitive: `X-Api-Key`, `x-api-key`, `X-API-KEY`. */
export function isApiKeyHeaderName(name: string | undefined): boolean {
  return name?.length === HEADER_NAME.length && name.toLowerCase() === HEADER_NAME;
}

/** True for a method name in {@link HEADER_SETTER_METHODS}. */
export function isHeaderSetterMethod(name: string): boolean {
  return SETTERS.has(name);
}

/** True for a property name in {@link REQUEST_URL_PROPERTIES}. */
export function isRequestUrlProperty(name: string | undefined): boolean {
  return name !== undefined && URL_PROPERTIES.has(name);
}
