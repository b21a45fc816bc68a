import { describe, expect, it } from 'vitest';
import { AUTH_ERRORS, AUTH_ERROR_CODES, isApiErrorEnvelope, isAuthErrorCode, parseMissingScope } from '../src/index.js';

const meta = { requestId: 'req_abc123', timestamp: '2026-01-01T00:00:00Z' };

describe('AUTH_ERRORS', () => {
  it('has the three codes with their HTTP status', () => {
    expect(AUTH_ERROR_CODES).toEqual(['UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMIT_EXCEEDED']);
    expect(AUTH_ERRORS.UNAUTHORIZED.status).toBe(401);
    expect(AUTH_ERRORS.FORBIDDEN.status).toBe(403);
    expect(AUTH_ERRORS.RATE_LIMIT_EXCEEDED.status).toBe(429);
    expect(AUTH_ERRORS.FORBIDDEN.description).toBe('Key does not have the required scope');
    expect(isAuthErrorCode('FORBIDDEN')).toBe(true);
    expect(isAuthErrorCode('toString')).toBe(false);
  });
});

describe('isApiErrorEnvelope', () => {
  it('accepts the envelope, with and without details', () => {
    expect(isApiErrorEnvelope({ error: { code: 'UNAUTHORIZED', message: 'Invalid API key' }, meta })).toBe(true);
    expect(
      isApiErrorEnvelope({ error: { code: 'FORBIDDEN', message: 'x', details: { scope: 'pages:write' } }, meta }),
    ).toBe(true);
    expect(isApiErrorEnvelope(JSON.parse(JSON.stringify({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow down', details: { retryAfter: 30 } }, meta })))).toBe(true);
  });

  it('requires details.retryAfter on RATE_LIMIT_EXCEEDED', () => {
    expect(isApiErrorEnvelope({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x' }, meta })).toBe(false);
    expect(isApiErrorEnvelope({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retryAfter: '30' } }, meta })).toBe(false);
    expect(isApiErrorEnvelope({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x', details: { retryAfter: -1 } }, meta })).toBe(false);
  });

  it.each([
    null, undefined, 0, 'error', [], [{ error: {}, meta }],
    { error: null, meta }, { error: { code: 1, message: 'x' }, meta }, { error: { code: 'X' }, meta },
    { error: { code: 'X', message: 'x' } }, { error: { code: 'X', message: 'x' }, meta: { requestId: 1, timestamp: 'x' } },
    { error: { code: 'X', message: 'x', details: [] }, meta }, { error: { code: 'X', message: 'x'.repeat(1e6), details: 'x' }, meta },
  ])('rejects garbage %#', (value) => {
    expect(isApiErrorEnvelope(value)).toBe(false);
  });
});

describe('parseMissingScope', () => {
  it('pulls the scope out of a FORBIDDEN message', () => {
    expect(parseMissingScope('API key does not have scope: pages:write')).toBe('pages:write');
    expect(parseMissingScope('Forbidden. API key does not have scope:publish:write.')).toBe('publish:write');
  });

  it('returns undefined for other messages or invalid scopes', () => {
    expect(parseMissingScope('API key does not have scope: pages:wrte')).toBeUndefined();
    expect(parseMissingScope('Invalid API key')).toBeUndefined();
    expect(parseMissingScope('does not have scope: '.repeat(100_000))).toBeUndefined();
  });
});
