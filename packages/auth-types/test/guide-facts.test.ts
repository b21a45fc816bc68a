// Every fact in the tables of the OptimoCMS authentication guide
// (published by OptimoCMS; see docs/architecture.md, "Rules of the house"), copied here by
// hand from the guide, never derived from src: when src drifts from the guide,
// this file fails.
import { describe, expect, it } from 'vitest';
import {
  API_KEY_HEADER,
  AUTH_ERRORS,
  AUTH_ERROR_CODES,
  FORBIDDEN_MESSAGE_PREFIX,
  KEY_ENVIRONMENT_PROPERTIES,
  KEY_PREFIXES,
  RATE_LIMIT_HEADERS,
  RATE_LIMIT_HEADER_DEFINITIONS,
  SCOPES,
  SCOPE_DEFINITIONS,
  SCOPE_PRESETS,
  SDK,
  TIERS,
  UNLIMITED,
  forbiddenMessage,
  isApiErrorEnvelope,
  parseMissingScope,
  rateLimitExceededMessage,
} from '../src/index.js';

// "Scopes" table, in the guide's order.
const GUIDE_SCOPES: readonly (readonly [string, string])[] = [
  ['sites:read', 'List and retrieve sites'],
  ['sites:write', 'Create and update sites'],
  ['pages:read', 'List and retrieve pages'],
  ['pages:write', 'Create, update and delete pages'],
  ['media:read', 'List and retrieve media files'],
  ['media:write', 'Upload and delete media'],
  ['analytics:read', 'Retrieve analytics data'],
  ['ai:write', 'AI generation, translation and content assist'],
  ['publish:write', 'Publish sites'],
  ['ecommerce:read', 'Read products, orders and coupons'],
  ['ecommerce:write', 'Manage products and coupons'],
  ['booking:read', 'Retrieve bookings and availability'],
  ['booking:write', 'Create and manage bookings'],
  ['loyalty:read', 'Retrieve loyalty points'],
  ['loyalty:write', 'Earn and redeem points'],
  ['webhooks:read', 'Retrieve webhook configuration'],
  ['webhooks:write', 'Create and manage webhooks'],
  ['forms:read', 'Retrieve form submissions'],
  ['push:write', 'Send push notification campaigns'],
];

// "Sandbox vs. Live keys" table: Prefix, Data, Rate limits, Cost, Publishing.
const GUIDE_ENVIRONMENTS = {
  sandbox: {
    prefix: 'optimo_sandbox_',
    data: 'Test data, no real deployments',
    rateLimits: 'Same as your tier',
    cost: "Free (AI calls don't count)",
    publishing: 'No effect (dry-run)',
  },
  live: {
    prefix: 'optimo_live_',
    data: 'Production data',
    rateLimits: 'Same as your tier',
    cost: 'Normal',
    publishing: 'Site is actually published',
  },
};

// "Rate limits" table: Requests/min, Burst (per second), Daily maximum.
const GUIDE_TIERS = [
  ['free', 'Free', 60, 10, 5_000],
  ['pro', 'Pro', 600, 50, 100_000],
  ['enterprise', 'Enterprise', 6_000, 200, 'Unlimited'],
] as const;

// "Rate limit headers" table.
const GUIDE_RATE_LIMIT_HEADERS = [
  ['X-RateLimit-Limit', 'Maximum requests in the current window'],
  ['X-RateLimit-Remaining', 'Remaining requests'],
  ['X-RateLimit-Reset', 'Unix timestamp when the window resets'],
] as const;

// "Error codes" table.
const GUIDE_ERRORS = [
  [401, 'UNAUTHORIZED', 'Missing or invalid API key'],
  [403, 'FORBIDDEN', 'Key does not have the required scope'],
  [429, 'RATE_LIMIT_EXCEEDED', 'Too many requests'],
] as const;

// The guide's two example bodies, verbatim.
const GUIDE_429_BODY = {
  error: {
    code: 'RATE_LIMIT_EXCEEDED',
    message: 'Rate limit exceeded. Try again in 45 seconds.',
    details: { retryAfter: 45 },
  },
  meta: { requestId: 'req_abc123', timestamp: '2026-05-26T12:00:00Z' },
};
const GUIDE_403_BODY = {
  error: { code: 'FORBIDDEN', message: 'API key does not have scope: pages:write' },
  meta: { requestId: 'req_err123', timestamp: '2026-05-26T12:00:00Z' },
};

describe('the guide’s facts', () => {
  it('authenticates with the X-Api-Key header against api.optimocms.com/v1', () => {
    expect(API_KEY_HEADER).toBe('X-Api-Key');
    expect(SDK.apiHost).toBe('api.optimocms.com');
    expect(SDK.apiVersionPrefix).toBe('/v1');
    expect(SDK.packageName).toBe('@optimocms/sdk');
    expect(SDK.clientClass).toBe('OptimoCMS');
    expect(SDK.apiKeyOption).toBe('apiKey');
  });

  it('has the 19 scopes with their descriptions, in order', () => {
    expect(SCOPES).toEqual(GUIDE_SCOPES.map(([scope]) => scope));
    expect(SCOPES.map((scope) => [scope, SCOPE_DEFINITIONS[scope].description])).toEqual(GUIDE_SCOPES);
  });

  it('has both scope examples', () => {
    expect(SCOPE_PRESETS).toEqual({
      readOnlyContent: ['sites:read', 'pages:read', 'media:read'],
      ciCdDeploy: ['sites:read', 'pages:write', 'media:write', 'publish:write'],
    });
  });

  it.each(Object.entries(GUIDE_ENVIRONMENTS))('describes %s keys as the sandbox-vs-live table does', (environment, row) => {
    const properties = KEY_ENVIRONMENT_PROPERTIES[environment as keyof typeof KEY_ENVIRONMENT_PROPERTIES];
    expect(properties).toMatchObject(row);
    expect(KEY_PREFIXES[environment as keyof typeof KEY_PREFIXES]).toBe(row.prefix);
  });

  it('lists the environments in the table’s order and nothing else in the prefixes', () => {
    expect(Object.keys(KEY_ENVIRONMENT_PROPERTIES)).toEqual(['sandbox', 'live']);
    expect(Object.keys(KEY_PREFIXES).sort()).toEqual(['live', 'sandbox']);
  });

  it.each(GUIDE_TIERS)('has the %s tier’s limits', (id, name, perMinute, burst, daily) => {
    expect(TIERS[id]).toEqual({
      name,
      requestsPerMinute: perMinute,
      burstPerSecond: burst,
      dailyMax: daily === 'Unlimited' ? UNLIMITED : daily,
    });
  });

  it('has exactly the three tiers', () => {
    expect(Object.keys(TIERS)).toEqual(GUIDE_TIERS.map(([id]) => id));
  });

  it('names the three rate-limit headers, with Retry-After for the wait', () => {
    expect(RATE_LIMIT_HEADER_DEFINITIONS.map(({ header, description }) => [header, description])).toEqual(GUIDE_RATE_LIMIT_HEADERS);
    expect(RATE_LIMIT_HEADERS.retryAfter).toBe('Retry-After');
  });

  it('has the error table', () => {
    expect(AUTH_ERROR_CODES).toEqual(GUIDE_ERRORS.map(([, code]) => code));
    expect(AUTH_ERROR_CODES.map((code) => [AUTH_ERRORS[code].status, code, AUTH_ERRORS[code].description])).toEqual(GUIDE_ERRORS);
  });

  it('accepts the guide’s 429 body and requires each part of it', () => {
    expect(isApiErrorEnvelope(GUIDE_429_BODY)).toBe(true);
    expect(rateLimitExceededMessage(GUIDE_429_BODY.error.details.retryAfter)).toBe(GUIDE_429_BODY.error.message);
    const without = (change: (body: typeof GUIDE_429_BODY) => void): unknown => {
      const body = structuredClone(GUIDE_429_BODY);
      change(body);
      return body;
    };
    expect(isApiErrorEnvelope(without((body) => delete (body.error as { details?: unknown }).details))).toBe(false);
    expect(isApiErrorEnvelope(without((body) => delete (body.meta as { requestId?: unknown }).requestId))).toBe(false);
    expect(isApiErrorEnvelope(without((body) => delete (body.meta as { timestamp?: unknown }).timestamp))).toBe(false);
  });

  it('formats and reads the FORBIDDEN message `API key does not have scope: <scope>`', () => {
    expect(isApiErrorEnvelope(GUIDE_403_BODY)).toBe(true);
    expect(FORBIDDEN_MESSAGE_PREFIX).toBe('API key does not have scope: ');
    expect(forbiddenMessage('pages:write')).toBe(GUIDE_403_BODY.error.message);
    expect(parseMissingScope(GUIDE_403_BODY.error.message)).toBe('pages:write');
  });
});
