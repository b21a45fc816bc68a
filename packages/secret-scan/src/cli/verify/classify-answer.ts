import { AUTH_ERRORS, isApiErrorEnvelope, parseMissingScope, parseRateLimitHeaders, parseRetryAfter, tierForRateLimit, type ApiErrorEnvelope } from '@optimocms/auth-types';
import type { HttpAnswer } from './http-get.js';
import type { Verification } from './verification.js';

/** A final verdict, or a 429 to retry after `seconds`. */
export type Classified = { kind: 'done'; verification: Omit<Verification, 'checkedAt'> } | { kind: 'retry'; seconds: number };

function envelopeOf(body: string): ApiErrorEnvelope | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isApiErrorEnvelope(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const unknown = (reason: string): Classified => ({ kind: 'done', verification: { status: 'unknown', reason } });

/** Reads one answer to `GET /v1/sites` with the guide's contract: statuses and codes from `AUTH_ERRORS`, headers through auth-types' parsers. */
export function classifyAnswer(answer: HttpAnswer, now: Date): Classified {
  if (answer.status === 200) {
    const tier = tierForRateLimit(parseRateLimitHeaders(answer.headers).limit);
    return { kind: 'done', verification: { status: 'active', ...(tier ? { tier } : {}) } };
  }
  if (answer.status >= 300 && answer.status < 400) return unknown(`redirected (HTTP ${answer.status}), not followed`);
  const envelope = envelopeOf(answer.body);
  const code = envelope?.error.code;
  if (answer.status === AUTH_ERRORS.FORBIDDEN.status && code === 'FORBIDDEN') {
    const missingScope = parseMissingScope((envelope as ApiErrorEnvelope).error.message);
    return { kind: 'done', verification: { status: 'active', ...(missingScope ? { missingScope } : {}) } };
  }
  if (answer.status === AUTH_ERRORS.UNAUTHORIZED.status && code === 'UNAUTHORIZED') return { kind: 'done', verification: { status: 'invalid' } };
  if (answer.status === AUTH_ERRORS.RATE_LIMIT_EXCEEDED.status) {
    // The header first (the guide's curl advice), else the body's details.retryAfter, which the envelope guard checked.
    const header = parseRetryAfter(answer.headers, now);
    const body = code === 'RATE_LIMIT_EXCEEDED' ? (envelope?.error.details?.['retryAfter'] as number | undefined) : undefined;
    const seconds = header ?? body;
    return seconds === undefined ? unknown('rate limited (HTTP 429) without a usable Retry-After') : { kind: 'retry', seconds };
  }
  // A code is shown only in the guide's shape (UPPER_SNAKE): a server that echoes the request must not put the key in a report.
  const shownCode = code !== undefined && /^[A-Z][A-Z_]{0,39}$/.test(code) ? `, ${code}` : '';
  const detail = code === undefined ? (envelope === undefined && answer.body.trim() !== '' ? ', body not the error envelope' : '') : shownCode;
  return unknown(`unexpected answer (HTTP ${answer.status}${detail})`);
}
