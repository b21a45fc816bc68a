/** Response headers that describe the rate limit. */
export const RATE_LIMIT_HEADERS = {
  limit: 'X-RateLimit-Limit',
  remaining: 'X-RateLimit-Remaining',
  /** Unix time, in seconds, at which the window resets. */
  reset: 'X-RateLimit-Reset',
  retryAfter: 'Retry-After',
} as const;

/** The guide's "Rate limit headers" table: sent on every API response. */
export const RATE_LIMIT_HEADER_DEFINITIONS = [
  { header: RATE_LIMIT_HEADERS.limit, description: 'Maximum requests in the current window' },
  { header: RATE_LIMIT_HEADERS.remaining, description: 'Remaining requests' },
  { header: RATE_LIMIT_HEADERS.reset, description: 'Unix timestamp when the window resets' },
] as const;

/** The rate-limit state of a response; a header that is missing or malformed is `undefined`, never NaN. */
export interface RateLimitInfo {
  limit: number | undefined;
  remaining: number | undefined;
  resetAt: Date | undefined;
}

/** Anything that carries headers: a fetch `Headers`, or a plain (Node-style) record. */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | number | undefined>>;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? String(value[0]) : String(value as string | number);
  }
  return undefined;
}

/** A non-negative integer header value, or `undefined`. */
function parseCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Reads `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`. */
export function parseRateLimitHeaders(headers: HeaderSource): RateLimitInfo {
  const reset = parseCount(readHeader(headers, RATE_LIMIT_HEADERS.reset));
  return {
    limit: parseCount(readHeader(headers, RATE_LIMIT_HEADERS.limit)),
    remaining: parseCount(readHeader(headers, RATE_LIMIT_HEADERS.remaining)),
    resetAt: reset === undefined ? undefined : new Date(reset * 1000),
  };
}

/**
 * Seconds to wait according to `Retry-After`: either delay-seconds (the
 * guide's form) or an HTTP date (RFC 9110, which the guide does not mention
 * but HTTP allows). `undefined` when absent or malformed.
 */
export function parseRetryAfter(headers: HeaderSource, now: Date = new Date()): number | undefined {
  const value = readHeader(headers, RATE_LIMIT_HEADERS.retryAfter)?.trim();
  if (value === undefined || value === '') return undefined;
  const seconds = parseCount(value);
  if (seconds !== undefined) return seconds;
  // HTTP dates start with a day name (RFC 9110 §5.6.7); anything else is malformed.
  if (value.length > 64 || !/^[A-Za-z]{3}/.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

// Project convention (not in the OptimoCMS guide): the guide says the SDK retries "with exponential backoff" but gives no numbers; 500 ms base and 30 s cap are ours.
/** Options of {@link backoffDelay}. */
export interface BackoffOptions {
  /** Delay before the first retry, in ms. Default 500. */
  baseMs?: number;
  /** Upper bound of the exponential part, in ms. Default 30 000. */
  maxMs?: number;
  /** Seconds the server asked to wait (`Retry-After` or `details.retryAfter`); never undercut. */
  retryAfterSeconds?: number | undefined;
  /** Random source in [0, 1) for full jitter; omit for a deterministic delay. */
  random?: () => number;
}

/**
 * Delay in ms before retry number `attempt` (0-based) of a 429: exponential
 * backoff (`baseMs · 2^attempt`, capped at `maxMs`, optional jitter), never
 * shorter than what the server asked for with `retryAfter`.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, maxMs = 30_000, retryAfterSeconds, random } = options;
  const safeAttempt = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.min(safeAttempt, 52));
  const jittered = random ? Math.floor(exponential * random()) : exponential;
  const serverMs =
    retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0
      ? retryAfterSeconds * 1000
      : 0;
  return Math.max(jittered, serverMs);
}
