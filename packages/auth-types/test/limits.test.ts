import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  RATE_LIMIT_HEADERS,
  TIERS,
  UNLIMITED,
  backoffDelay,
  isUnlimited,
  parseRateLimitHeaders,
  parseRetryAfter,
  type TierId,
} from '../src/index.js';

describe('TIERS', () => {
  it('has Free, Pro and Enterprise with growing limits', () => {
    expectTypeOf<TierId>().toEqualTypeOf<'free' | 'pro' | 'enterprise'>();
    expect(Object.values(TIERS).map((tier) => tier.name)).toEqual(['Free', 'Pro', 'Enterprise']);
    expect(TIERS.free.requestsPerMinute).toBeLessThan(TIERS.pro.requestsPerMinute);
    expect(TIERS.pro.requestsPerMinute).toBeLessThan(TIERS.enterprise.requestsPerMinute);
    expect(TIERS.free.burstPerSecond).toBeLessThan(TIERS.pro.burstPerSecond);
  });

  it('represents Enterprise’s unlimited daily maximum so that JSON round-trips it', () => {
    expect(isUnlimited(TIERS.enterprise.dailyMax)).toBe(true);
    expect(isUnlimited(TIERS.free.dailyMax)).toBe(false);
    expect(JSON.parse(JSON.stringify(TIERS))).toEqual(TIERS);
    expect(JSON.parse(JSON.stringify(TIERS)).enterprise.dailyMax).toBe(UNLIMITED);
  });
});

describe('parseRateLimitHeaders', () => {
  it('reads a fetch Headers object', () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1767225600' });
    expect(parseRateLimitHeaders(headers)).toEqual({ limit: 60, remaining: 0, resetAt: new Date(1767225600 * 1000) });
  });

  it('reads a plain record case-insensitively, including arrays and numbers', () => {
    expect(parseRateLimitHeaders({ 'x-ratelimit-limit': ['600'], 'x-ratelimit-remaining': 12 })).toEqual({
      limit: 600,
      remaining: 12,
      resetAt: undefined,
    });
  });

  it.each([
    [{}, 'missing'],
    [{ 'X-RateLimit-Limit': '-1', 'X-RateLimit-Remaining': 'abc', 'X-RateLimit-Reset': '1.5' }, 'negative, non-numeric, fractional'],
    [{ 'X-RateLimit-Limit': '', 'X-RateLimit-Remaining': 'NaN', 'X-RateLimit-Reset': '9'.repeat(400) }, 'empty, NaN, huge'],
    [{ 'X-RateLimit-Limit': undefined }, 'undefined'],
  ])('gives absent values, never NaN, for bad headers (%#: %s)', (headers, _label) => {
    expect(parseRateLimitHeaders(headers)).toEqual({ limit: undefined, remaining: undefined, resetAt: undefined });
  });

  it('names the headers', () => {
    expect(RATE_LIMIT_HEADERS).toEqual({
      limit: 'X-RateLimit-Limit',
      remaining: 'X-RateLimit-Remaining',
      reset: 'X-RateLimit-Reset',
      retryAfter: 'Retry-After',
    });
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter({ 'Retry-After': '30' }, now)).toBe(30);
    expect(parseRetryAfter(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:01:00 GMT' }), now)).toBe(60);
    expect(parseRetryAfter({ 'retry-after': 'Wed, 31 Dec 2025 00:00:00 GMT' }, now)).toBe(0);
  });
  it.each(['', '-5', 'soon', 'x'.repeat(100)])('ignores %j', (value) => {
    expect(parseRetryAfter({ 'Retry-After': value }, now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base up to the cap', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(100)).toBe(30_000);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 500 })).toBe(500);
  });
  it('never waits less than retryAfter', () => {
    expect(backoffDelay(0, { retryAfterSeconds: 30 })).toBe(30_000);
    expect(backoffDelay(10, { retryAfterSeconds: 1 })).toBe(30_000);
  });
  it('applies full jitter from the given random source', () => {
    expect(backoffDelay(2, { random: () => 0.5 })).toBe(1000);
    expect(backoffDelay(2, { random: () => 0, retryAfterSeconds: 2 })).toBe(2000);
  });
  it('treats nonsense attempts and retryAfter as zero', () => {
    expect(backoffDelay(-3)).toBe(500);
    expect(backoffDelay(Number.NaN, { retryAfterSeconds: Number.NaN })).toBe(500);
  });
});
