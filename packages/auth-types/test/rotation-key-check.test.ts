import { describe, expect, it } from 'vitest';
import { API_BASE_URL, KEY_CHECK_REQUEST, KEY_ROTATION, TIERS, isRotationOverdue, keyAgeDays, requiredScopeForRequest, tierForRateLimit } from '../src/index.js';

const DAY = 86_400_000;

describe('KEY_ROTATION', () => {
  it('quotes the guide and counts a quarter as 90 days (project convention)', () => {
    expect(KEY_ROTATION.guideText).toContain('every quarter');
    expect(KEY_ROTATION.periodDays).toBe(90);
  });

  it('ages in whole days, and overdue only past the period', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(keyAgeDays(new Date(now.getTime() - 90 * DAY), now)).toBe(90);
    expect(isRotationOverdue(new Date(now.getTime() - 90 * DAY), now)).toBe(false);
    expect(isRotationOverdue(new Date(now.getTime() - 91 * DAY), now)).toBe(true);
    expect(keyAgeDays(new Date(now.getTime() + DAY), now)).toBe(0);
    expect(keyAgeDays(new Date('not a date'), now)).toBe(0);
  });
});

describe('key check', () => {
  it('is the guide’s first request, to the API host, needing sites:read', () => {
    expect(`${API_BASE_URL}${KEY_CHECK_REQUEST.path}`).toBe('https://api.optimocms.com/v1/sites');
    expect(requiredScopeForRequest(KEY_CHECK_REQUEST.method, KEY_CHECK_REQUEST.path)).toBe('sites:read');
  });

  it('tells the tier from X-RateLimit-Limit', () => {
    expect(tierForRateLimit(TIERS.free.requestsPerMinute)).toBe('free');
    expect(tierForRateLimit(600)).toBe('pro');
    expect(tierForRateLimit(6_000)).toBe('enterprise');
    expect(tierForRateLimit(1234)).toBeUndefined();
    expect(tierForRateLimit(undefined)).toBeUndefined();
  });
});
