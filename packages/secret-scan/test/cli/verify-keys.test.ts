// The verification modules on their own: limits that the CLI tests cannot pin down exactly, and the capture's hygiene.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { API_BASE_URL } from '@optimocms/auth-types';
import { endpointUrl, resolveApiUrl } from '../../src/cli/verify/api-url.js';
import { KeyCapture } from '../../src/cli/verify/key-capture.js';
import { scanText, type Match } from '../../src/engine/scan-text.js';
import { httpGet } from '../../src/cli/verify/http-get.js';
import { verifyKeys } from '../../src/cli/verify/verify-keys.js';
import { StandInApi, type Behaviour } from './stand-in-api.js';

const slowKeys = Array.from({ length: 6 }, (_, index) => testKey('live', `slow-${index}`));
let api: StandInApi | undefined;
afterEach(async () => {
  await api?.stop();
  api = undefined;
});

describe('verifyKeys', () => {
  it('keeps at most 4 requests in flight: 6 answers that never come fill exactly 4 slots, then the next', async () => {
    api = new StandInApi(new Map(slowKeys.map((key): [string, Behaviour] => [key, { kind: 'slow' }])));
    const url = new URL(await api.start());
    const results = await verifyKeys(new Map(slowKeys.map((key, index) => [`id${index}`, key])), { baseUrl: url, timeoutMs: 300, budgetMs: 30_000, maxRetries: 3, concurrency: 4 });
    expect(api.peakInFlight).toBe(4);
    expect(api.requests).toHaveLength(6);
    expect([...results.values()].map((result) => result.status)).toEqual(Array(6).fill('unknown'));
  });

  it('a spent budget leaves the remaining keys unknown without a request', async () => {
    api = new StandInApi(new Map(slowKeys.map((key): [string, Behaviour] => [key, { kind: 'slow' }])));
    const url = new URL(await api.start());
    const results = await verifyKeys(new Map(slowKeys.map((key, index) => [`id${index}`, key])), { baseUrl: url, timeoutMs: 10_000, budgetMs: 200, maxRetries: 3, concurrency: 2 });
    // Each key either had a request (ended by the deadline) or none at all once the budget was spent.
    const spent = [...results.values()].filter((result) => result.reason === 'verification time budget spent').length;
    expect(spent).toBeGreaterThan(0);
    expect(spent + api.requests.length).toBe(6);
    expect([...results.values()].every((result) => result.status === 'unknown')).toBe(true);
  });

  it('retries a 429 at most maxRetries times: a key still rate limited is unknown, and says why', async () => {
    const limited = testKey('live', 'always-limited');
    api = new StandInApi(new Map<string, Behaviour>([[limited, { kind: 'rateLimited', seconds: 0, times: Number.POSITIVE_INFINITY, then: { kind: 'ok', limit: 600 } }]]));
    const url = new URL(await api.start());
    for (const maxRetries of [0, 2]) {
      const before = api.requests.length;
      const results = await verifyKeys(new Map([['id', limited]]), { baseUrl: url, timeoutMs: 1500, budgetMs: 30_000, maxRetries, concurrency: 4 });
      expect(results.get('id')).toMatchObject({ status: 'unknown', reason: `still rate limited after ${maxRetries} retries` });
      expect(api.requests.length - before).toBe(maxRetries + 1);
      expect(JSON.stringify([...results])).not.toContain(limited);
    }
  });

  it('waits what details.retryAfter says when the 429 has no Retry-After header, then is active', async () => {
    const limited = testKey('live', 'body-only');
    api = new StandInApi(new Map<string, Behaviour>([[limited, { kind: 'rateLimited', seconds: 0, times: 2, retryAfterIn: 'body', then: { kind: 'ok', limit: 600 } }]]));
    const url = new URL(await api.start());
    // The stand-in really answers so: no header, the wait in the body only (the first of its two 429s).
    const answer = await httpGet(new URL('/v1/sites', url), { 'X-Api-Key': limited }, 1500);
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBeUndefined();
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED', details: { retryAfter: 0 } } });
    const results = await verifyKeys(new Map([['id', limited]]), { baseUrl: url, timeoutMs: 1500, budgetMs: 30_000, maxRetries: 3, concurrency: 4 });
    expect(results.get('id')).toMatchObject({ status: 'active', tier: 'pro' });
    // One 429 left for verifyKeys, then the 200: two requests of its own.
    expect(api.count(limited)).toBe(3);
    expect(JSON.stringify([...results])).not.toContain(limited);
  });

  it('never sends what is not a key token', async () => {
    api = new StandInApi(new Map());
    const url = new URL(await api.start());
    const results = await verifyKeys(new Map([['x', 'not-a-key\r\nX-Other: 1']]), { baseUrl: url, timeoutMs: 300, budgetMs: 1000, maxRetries: 0, concurrency: 4 });
    expect(results.get('x')).toMatchObject({ status: 'unknown', reason: 'not a key token' });
    expect(api.requests).toHaveLength(0);
  });
});

describe('resolveApiUrl', () => {
  it('defaults to the API host; accepts https anywhere and http only on a literal loopback address', () => {
    expect(resolveApiUrl({}).href).toBe(`${API_BASE_URL}/`);
    expect(resolveApiUrl({ OPTIMOCMS_API_URL: 'https://proxy.example/optimo' }).host).toBe('proxy.example');
    expect(resolveApiUrl({ OPTIMOCMS_API_URL: 'http://127.0.0.1:8080' }).port).toBe('8080');
    expect(resolveApiUrl({ OPTIMOCMS_API_URL: 'http://[::1]:8080' }).hostname).toBe('[::1]');
    for (const refused of ['http://localhost:1', 'http://10.0.0.1', 'http://127.0.0.1.example.com', 'ftp://127.0.0.1', 'file:///etc/passwd']) expect(() => resolveApiUrl({ OPTIMOCMS_API_URL: refused }), refused).toThrow(/OPTIMOCMS_API_URL/);
  });

  it('keeps a proxy’s path prefix and drops query and fragment', () => {
    expect(endpointUrl(new URL('https://proxy.example/optimo/?a=1#b'), '/v1/sites').href).toBe('https://proxy.example/optimo/v1/sites');
    expect(endpointUrl(new URL(API_BASE_URL), '/v1/sites').href).toBe('https://api.optimocms.com/v1/sites');
  });
});

describe('KeyCapture', () => {
  const key = testKey('live', 'capture');
  const other = testKey('live', 'capture-other');
  const text = `const k = '${key}';\nconst o = '${other}';`;
  const unit = { path: 'a.ts', committed: true, content: { kind: 'text' as const, text } };
  const match = scanText(text, { file: 'a.ts' })[0] as Match;

  it('prints and serialises as a name only, and forgets every key once they are taken', () => {
    const capture = new KeyCapture({ maxFileSize: 1 << 20, followSymlinks: false });
    capture.add(unit, { kind: 'scanned', bytes: text.length, matches: [match] });
    expect(inspect(capture, { showHidden: true, depth: 5 })).toBe('[KeyCapture]');
    expect(JSON.stringify({ capture })).toBe('{"capture":"[KeyCapture]"}');
    const id = match.fingerprint.slice(-16);
    expect(capture.take([id]).get(id)).toBe(key);
    expect(capture.take([id]).size).toBe(0);
  });

  it('keeps only the keys the scan matched, and reads nothing for a unit without a key match', () => {
    const capture = new KeyCapture({ maxFileSize: 1 << 20, followSymlinks: false });
    capture.add(unit, { kind: 'scanned', bytes: text.length, matches: [match] });
    const otherId = (scanText(text, { file: 'a.ts' })[1] as Match).fingerprint.slice(-16);
    expect(capture.take([otherId]).size).toBe(0);
    // A file that does not exist: read only if the outcome had a key match, so nothing happens here.
    capture.add({ path: 'gone.ts', committed: true, content: { kind: 'file', absolute: '/nonexistent/gone.ts' } }, { kind: 'scanned', bytes: 0, matches: [] });
  });
});
