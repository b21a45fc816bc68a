import type { Scope } from './scopes.js';

// Project convention (not in the OptimoCMS guide): the guide names scopes, not the calls that need them.
/**
 * Our model of the API reference: which scope each SDK call and each REST
 * request needs. The public reference is not available to us, so this table
 * is the documented model (see the package README); anything it does not list
 * is unknown, never guessed.
 */
export const SDK_SCOPE_MODEL = {
  sites: { list: 'sites:read', get: 'sites:read', create: 'sites:write', update: 'sites:write', delete: 'sites:write', publish: 'publish:write' },
  pages: { list: 'pages:read', get: 'pages:read', create: 'pages:write', update: 'pages:write', delete: 'pages:write' },
  media: { list: 'media:read', get: 'media:read', upload: 'media:write', delete: 'media:write' },
  analytics: { get: 'analytics:read', query: 'analytics:read', summary: 'analytics:read' },
  ai: { generate: 'ai:write', translate: 'ai:write', assist: 'ai:write' },
  products: { list: 'ecommerce:read', get: 'ecommerce:read', create: 'ecommerce:write', update: 'ecommerce:write', delete: 'ecommerce:write' },
  orders: { list: 'ecommerce:read', get: 'ecommerce:read' },
  coupons: { list: 'ecommerce:read', get: 'ecommerce:read', create: 'ecommerce:write', update: 'ecommerce:write', delete: 'ecommerce:write' },
  bookings: { list: 'booking:read', get: 'booking:read', availability: 'booking:read', create: 'booking:write', update: 'booking:write', cancel: 'booking:write' },
  loyalty: { get: 'loyalty:read', balance: 'loyalty:read', earn: 'loyalty:write', redeem: 'loyalty:write' },
  webhooks: { list: 'webhooks:read', get: 'webhooks:read', create: 'webhooks:write', update: 'webhooks:write', delete: 'webhooks:write' },
  forms: { list: 'forms:read', get: 'forms:read', submissions: 'forms:read' },
  push: { send: 'push:write' },
} as const satisfies Record<string, Record<string, Scope>>;

/** A resource of the SDK client, e.g. `pages` in `cms.pages.create()`. */
export type SdkResource = keyof typeof SDK_SCOPE_MODEL;

/** The scope an SDK call `cms.<resource>.<operation>()` needs, or `undefined` when the model does not know it. */
export function requiredScope(resource: string, operation: string): Scope | undefined {
  if (!Object.hasOwn(SDK_SCOPE_MODEL, resource)) return undefined;
  const operations: Readonly<Record<string, Scope>> = SDK_SCOPE_MODEL[resource as SdkResource];
  return Object.hasOwn(operations, operation) ? operations[operation] : undefined;
}

/** An HTTP method the REST model knows. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One row of the REST model: `{name}` segments match any one path segment. */
export interface RestRoute {
  readonly method: HttpMethod;
  readonly path: string;
  readonly scope: Scope;
}

const site = '/v1/sites/{siteId}';

/** The REST request → scope model. */
export const REST_SCOPE_MODEL: readonly RestRoute[] = [
  { method: 'GET', path: '/v1/sites', scope: 'sites:read' },
  { method: 'POST', path: '/v1/sites', scope: 'sites:write' },
  { method: 'GET', path: site, scope: 'sites:read' },
  { method: 'PATCH', path: site, scope: 'sites:write' },
  { method: 'PUT', path: site, scope: 'sites:write' },
  { method: 'DELETE', path: site, scope: 'sites:write' },
  { method: 'POST', path: `${site}/publish`, scope: 'publish:write' },
  { method: 'GET', path: `${site}/pages`, scope: 'pages:read' },
  { method: 'POST', path: `${site}/pages`, scope: 'pages:write' },
  { method: 'GET', path: `${site}/pages/{pageId}`, scope: 'pages:read' },
  { method: 'PATCH', path: `${site}/pages/{pageId}`, scope: 'pages:write' },
  { method: 'PUT', path: `${site}/pages/{pageId}`, scope: 'pages:write' },
  { method: 'DELETE', path: `${site}/pages/{pageId}`, scope: 'pages:write' },
  { method: 'GET', path: `${site}/media`, scope: 'media:read' },
  { method: 'POST', path: `${site}/media`, scope: 'media:write' },
  { method: 'GET', path: `${site}/media/{mediaId}`, scope: 'media:read' },
  { method: 'DELETE', path: `${site}/media/{mediaId}`, scope: 'media:write' },
  { method: 'GET', path: `${site}/analytics`, scope: 'analytics:read' },
  { method: 'POST', path: '/v1/ai/generate', scope: 'ai:write' },
  { method: 'POST', path: '/v1/ai/translate', scope: 'ai:write' },
  { method: 'POST', path: '/v1/ai/assist', scope: 'ai:write' },
  { method: 'GET', path: `${site}/products`, scope: 'ecommerce:read' },
  { method: 'POST', path: `${site}/products`, scope: 'ecommerce:write' },
  { method: 'GET', path: `${site}/products/{productId}`, scope: 'ecommerce:read' },
  { method: 'PATCH', path: `${site}/products/{productId}`, scope: 'ecommerce:write' },
  { method: 'DELETE', path: `${site}/products/{productId}`, scope: 'ecommerce:write' },
  { method: 'GET', path: `${site}/orders`, scope: 'ecommerce:read' },
  { method: 'GET', path: `${site}/orders/{orderId}`, scope: 'ecommerce:read' },
  { method: 'GET', path: `${site}/coupons`, scope: 'ecommerce:read' },
  { method: 'POST', path: `${site}/coupons`, scope: 'ecommerce:write' },
  { method: 'DELETE', path: `${site}/coupons/{couponId}`, scope: 'ecommerce:write' },
  { method: 'GET', path: `${site}/bookings`, scope: 'booking:read' },
  { method: 'POST', path: `${site}/bookings`, scope: 'booking:write' },
  { method: 'GET', path: `${site}/bookings/{bookingId}`, scope: 'booking:read' },
  { method: 'PATCH', path: `${site}/bookings/{bookingId}`, scope: 'booking:write' },
  { method: 'GET', path: `${site}/availability`, scope: 'booking:read' },
  { method: 'GET', path: `${site}/loyalty/{customerId}`, scope: 'loyalty:read' },
  { method: 'POST', path: `${site}/loyalty/{customerId}/earn`, scope: 'loyalty:write' },
  { method: 'POST', path: `${site}/loyalty/{customerId}/redeem`, scope: 'loyalty:write' },
  { method: 'GET', path: '/v1/webhooks', scope: 'webhooks:read' },
  { method: 'POST', path: '/v1/webhooks', scope: 'webhooks:write' },
  { method: 'GET', path: '/v1/webhooks/{webhookId}', scope: 'webhooks:read' },
  { method: 'PATCH', path: '/v1/webhooks/{webhookId}', scope: 'webhooks:write' },
  { method: 'DELETE', path: '/v1/webhooks/{webhookId}', scope: 'webhooks:write' },
  { method: 'GET', path: `${site}/forms`, scope: 'forms:read' },
  { method: 'GET', path: `${site}/forms/{formId}/submissions`, scope: 'forms:read' },
  { method: 'POST', path: `${site}/push/campaigns`, scope: 'push:write' },
];

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** Removes scheme, host, query and fragment: `https://api.optimocms.com/v1/sites?x=1` → `/v1/sites`. */
function pathOf(urlOrPath: string): string {
  const withoutOrigin = urlOrPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return withoutOrigin.split(/[?#]/, 1)[0] ?? '';
}

/**
 * The scope a REST request needs, e.g. `requiredScopeForRequest('POST',
 * '/v1/sites/abc/publish')` → `publish:write`. Accepts a full URL. A path
 * segment written as `{x}`, `:x` or `${…}` (an unknown value) matches any
 * parameter. `undefined` when the model does not know the request.
 */
export function requiredScopeForRequest(method: string, urlOrPath: string): Scope | undefined {
  const upper = method.toUpperCase();
  const segments = segmentsOf(pathOf(urlOrPath));
  const route = REST_SCOPE_MODEL.find(
    (candidate) =>
      candidate.method === upper &&
      segmentsMatch(segmentsOf(candidate.path), segments),
  );
  return route?.scope;
}

function segmentsMatch(pattern: string[], actual: string[]): boolean {
  return (
    pattern.length === actual.length &&
    pattern.every((segment, index) => segment.startsWith('{') || segment === actual[index])
  );
}
