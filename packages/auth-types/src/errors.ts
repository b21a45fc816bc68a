import { isScope, type Scope } from './scopes.js';

/** The authentication errors of the guide, with their HTTP status. */
export const AUTH_ERRORS = {
  UNAUTHORIZED: { status: 401, description: 'Missing or invalid API key' },
  FORBIDDEN: { status: 403, description: 'Key does not have the required scope' },
  RATE_LIMIT_EXCEEDED: { status: 429, description: 'Too many requests' },
} as const;

/** One of the three authentication error codes. */
export type AuthErrorCode = keyof typeof AUTH_ERRORS;

/** The error codes as a tuple, in the guide's order. */
export const AUTH_ERROR_CODES = Object.keys(AUTH_ERRORS) as AuthErrorCode[];

/** `meta` of every API response. */
export interface ResponseMeta {
  requestId: string;
  /** ISO 8601 time of the response. */
  timestamp: string;
}

/** Body of an error response other than RATE_LIMIT_EXCEEDED. */
export interface ApiErrorBody<C extends string = string> {
  code: C;
  message: string;
  details?: Record<string, unknown>;
}

/** Body of a 429 response: `details.retryAfter` is the number of seconds to wait. */
export interface RateLimitErrorBody extends ApiErrorBody<'RATE_LIMIT_EXCEEDED'> {
  details: { retryAfter: number } & Record<string, unknown>;
}

/** The error envelope: `{ error: { code, message, details? }, meta: { requestId, timestamp } }`. */
export interface ApiErrorEnvelope {
  error: ApiErrorBody | RateLimitErrorBody;
  meta: ResponseMeta;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates an unknown JSON value (a parsed response body) against the error
 * envelope. A RATE_LIMIT_EXCEEDED error must carry a non-negative
 * `details.retryAfter`.
 */
export function isApiErrorEnvelope(value: unknown): value is ApiErrorEnvelope {
  if (!isRecord(value) || !isRecord(value.error) || !isRecord(value.meta)) return false;
  const { code, message, details } = value.error;
  const { requestId, timestamp } = value.meta;
  if (typeof code !== 'string' || typeof message !== 'string') return false;
  if (typeof requestId !== 'string' || typeof timestamp !== 'string') return false;
  if (details !== undefined && !isRecord(details)) return false;
  if (code === 'RATE_LIMIT_EXCEEDED') {
    const retryAfter = details?.retryAfter;
    return typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0;
  }
  return true;
}

/** True when the envelope is one of the three authentication errors. */
export function isAuthErrorCode(code: unknown): code is AuthErrorCode {
  return typeof code === 'string' && Object.hasOwn(AUTH_ERRORS, code);
}

/** What a FORBIDDEN message says before the scope: "API key does not have scope: pages:write". */
export const FORBIDDEN_MESSAGE_PREFIX = 'API key does not have scope: ';

/** The guide's FORBIDDEN message for a missing scope. */
export function forbiddenMessage(scope: Scope): string {
  return `${FORBIDDEN_MESSAGE_PREFIX}${scope}`;
}

/** The guide's 429 message, e.g. "Rate limit exceeded. Try again in 45 seconds." */
export function rateLimitExceededMessage(retryAfterSeconds: number): string {
  return `Rate limit exceeded. Try again in ${retryAfterSeconds} seconds.`;
}

// Lenient on purpose: real messages may be wrapped ("Forbidden. API key does not have scope:publish:write.").
const MISSING_SCOPE = /does not have scope:\s*([A-Za-z_-]+:[A-Za-z_-]+)/;

/**
 * The scope a FORBIDDEN message names, e.g. `pages:write` from
 * "API key does not have scope: pages:write"; `undefined` when the message
 * names no valid scope.
 */
export function parseMissingScope(message: string): Scope | undefined {
  const scope = MISSING_SCOPE.exec(message.slice(0, 10_000))?.[1];
  return isScope(scope) ? scope : undefined;
}
