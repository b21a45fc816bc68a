import { API_KEY_HEADER, KEY_CHECK_REQUEST, isApiKey } from '@optimocms/auth-types';
import { endpointUrl } from './api-url.js';
import { classifyAnswer } from './classify-answer.js';
import { HttpFailure, httpGet } from './http-get.js';
import type { Verification } from './verification.js';

export interface VerifyOptions {
  /** The API origin, already checked by `resolveApiUrl`. */
  baseUrl: URL;
  /** Per request, connect to last byte. */
  timeoutMs: number;
  /** For the whole run, retries and waits included: a key not checked by then is unknown. */
  budgetMs: number;
  /** Retries of a 429, per key. */
  maxRetries: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** The clock (tests inject one for checkedAt). */
  now?: () => Date;
}

// Project convention: the guide gives no client limits; four in flight stays under every tier's burst (10/s on Free).
export const VERIFY_DEFAULTS = { timeoutMs: 10_000, budgetMs: 60_000, maxRetries: 3, concurrency: 4 } as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One key: the check request, retried on 429 after the wait the server asks for, within the run's deadline. */
async function verifyOne(key: string, url: URL, options: VerifyOptions, deadline: number): Promise<Verification> {
  const now = options.now ?? (() => new Date());
  const done = (verification: Omit<Verification, 'checkedAt'>): Verification => ({ ...verification, checkedAt: now().toISOString() });
  // Only a whole key token goes into a header: nothing else can be mistaken for one, and no character can break the request.
  if (!isApiKey(key)) return done({ status: 'unknown', reason: 'not a key token' });
  for (let attempt = 0; ; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) return done({ status: 'unknown', reason: 'verification time budget spent' });
    let classified;
    try {
      const answer = await httpGet(url, { [API_KEY_HEADER]: key, Accept: 'application/json' }, Math.min(options.timeoutMs, left));
      classified = classifyAnswer(answer, now());
    } catch (error) {
      return done({ status: 'unknown', reason: error instanceof HttpFailure ? error.reason : 'request failed' });
    }
    if (classified.kind === 'done') return done(classified.verification);
    if (attempt >= options.maxRetries) return done({ status: 'unknown', reason: `still rate limited after ${options.maxRetries} retries` });
    // The guide: wait what Retry-After (or details.retryAfter) says, then retry. A wait past the deadline is not worth starting.
    const waitMs = classified.seconds * 1000;
    if (Date.now() + waitMs >= deadline) return done({ status: 'unknown', reason: `rate limited; Retry-After ${classified.seconds} s exceeds the time budget` });
    await sleep(waitMs);
  }
}

/**
 * Checks each key once (one request per distinct key, more only for a 429),
 * at most `concurrency` in flight, each only in the `X-Api-Key` header to
 * the one check URL. Results are keyed like the input; keys are never
 * returned, logged or put into a reason.
 */
export async function verifyKeys(keys: ReadonlyMap<string, string>, options: VerifyOptions): Promise<Map<string, Verification>> {
  const url = endpointUrl(options.baseUrl, KEY_CHECK_REQUEST.path);
  const deadline = Date.now() + options.budgetMs;
  const queue = [...keys.entries()];
  const results = new Map<string, Verification>();
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [id, key] = next;
      results.set(id, await verifyOne(key, url, options, deadline));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, queue.length)) }, worker));
  return results;
}
