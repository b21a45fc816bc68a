import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { createRepo, expectOneLineError, git, remember, runCli, write, type JsonReport } from './helpers.js';
import { runCliAsync } from './run-cli-async.js';
import { sarifValidator, type SarifLog } from './sarif-schema.js';
import { StandInApi, type Behaviour } from './stand-in-api.js';

const key = (name: string) => testKey('live', `verify-${name}`);
const KEYS = {
  pro: key('pro'),
  scopeless: key('scopeless'),
  revoked: key('revoked'),
  limited: key('limited'),
  slow: key('slow'),
  malformed: key('malformed'),
  dropped: key('dropped'),
  redirected: key('redirected'),
  longWait: key('long-wait'),
  serverError: key('server-error'),
  inline: key('inline'),
  config: key('config'),
  baseline: key('baseline'),
  revokedInline: key('revoked-inline'),
  sandbox: testKey('sandbox', 'verify-sandbox'),
  echoed: key('echoed'),
  bodyOnly: key('body-only'),
  headerOnly: key('header-only'),
  headerWins: key('header-wins'),
  headerWinsLonger: key('header-wins-longer'),
  alwaysLimited: key('always-limited'),
};
remember(...Object.values(KEYS));

type VerifiedFinding = JsonReport['findings'][number] & { verification?: { status: string; tier?: string; missingScope?: string; checkedAt: string; reason?: string }; ignoredBy?: string };
interface VerifiedReport {
  findings: VerifiedFinding[];
  summary: JsonReport['summary'] & { verified?: Record<string, number> };
}

const elsewhere = new StandInApi(new Map());
const proxy = new StandInApi(new Map());
let elsewhereUrl = '';
let proxyUrl = '';

const behaviours = (): Map<string, Behaviour> =>
  new Map<string, Behaviour>([
    [KEYS.pro, { kind: 'ok', limit: 600 }],
    [KEYS.scopeless, { kind: 'forbidden' }],
    [KEYS.revoked, { kind: 'unauthorized' }],
    [KEYS.limited, { kind: 'rateLimited', seconds: 0, times: 2, then: { kind: 'ok', limit: 60 } }],
    [KEYS.slow, { kind: 'slow' }],
    [KEYS.malformed, { kind: 'malformed' }],
    [KEYS.dropped, { kind: 'drop' }],
    [KEYS.redirected, { kind: 'redirect', location: `${elsewhereUrl}/v1/sites` }],
    [KEYS.longWait, { kind: 'rateLimited', seconds: 45, times: 1, then: { kind: 'ok', limit: 600 } }],
    [KEYS.serverError, { kind: 'serverError' }],
    [KEYS.inline, { kind: 'ok', limit: 6000 }],
    [KEYS.config, { kind: 'ok', limit: 600 }],
    [KEYS.baseline, { kind: 'forbidden' }],
    [KEYS.revokedInline, { kind: 'unauthorized' }],
    [KEYS.sandbox, { kind: 'ok', limit: 60 }],
    [KEYS.echoed, { kind: 'echo' }],
    // 429s that say how long to wait in one place only, or in both with different waits, or never stop.
    [KEYS.bodyOnly, { kind: 'rateLimited', seconds: 0, times: 2, retryAfterIn: 'body', then: { kind: 'ok', limit: 600 } }],
    [KEYS.headerOnly, { kind: 'rateLimited', seconds: 0, times: 1, retryAfterIn: 'header', then: { kind: 'ok', limit: 600 } }],
    [KEYS.headerWins, { kind: 'rateLimited', seconds: 0, bodySeconds: 45, times: 1, then: { kind: 'ok', limit: 600 } }],
    [KEYS.headerWinsLonger, { kind: 'rateLimited', seconds: 45, bodySeconds: 0, times: 1, then: { kind: 'ok', limit: 600 } }],
    [KEYS.alwaysLimited, { kind: 'rateLimited', seconds: 0, times: Number.POSITIVE_INFINITY, then: { kind: 'ok', limit: 600 } }],
  ]);

// Short limits so that the slow answer ends quickly; generous enough for a loaded machine. No assertion on time.
const verifyEnv = (url: string) => ({ OPTIMOCMS_API_URL: url, OPTIMOCMS_VERIFY_TIMEOUT_MS: '1500', OPTIMOCMS_VERIFY_BUDGET_MS: '30000', HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl, http_proxy: proxyUrl, NODE_USE_ENV_PROXY: '1' });

beforeAll(async () => {
  elsewhereUrl = await elsewhere.start();
  proxyUrl = await proxy.start();
});
afterAll(async () => {
  await elsewhere.stop();
  await proxy.stop();
});

async function withApi<T>(run: (url: string, api: StandInApi) => Promise<T>): Promise<T> {
  const api = new StandInApi(behaviours());
  const url = await api.start();
  try {
    return await run(url, api);
  } finally {
    await api.stop();
  }
}

const byFile = (report: VerifiedReport) => new Map(report.findings.map((finding) => [finding.file, finding]));

describe('--verify: one request per distinct key, read with the guide’s contract', () => {
  const repo = createRepo();
  const files = ['pro', 'scopeless', 'revoked', 'limited', 'slow', 'malformed', 'dropped', 'redirected', 'longWait', 'serverError'] as const;
  for (const name of files) write(repo, `keys/${name}.ts`, `export const key = '${KEYS[name]}';\n`);
  // The same key twice: still one request.
  write(repo, 'keys/pro-again.ts', `export const again = '${KEYS.pro}';\n`);
  write(repo, 'keys/sandbox.sh', `curl -H "X-Api-Key: ${KEYS.sandbox}" https://api.optimocms.com/v1/sites\n`);

  it('sorts keys into active (tier, missing scope), invalid and unknown, within the limits', async () => {
    await withApi(async (url, api) => {
      const result = await runCliAsync(['--verify', '--format', 'json'], { cwd: repo, env: verifyEnv(url) });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as VerifiedReport;
      const found = byFile(report);
      const verdict = (name: string) => found.get(`keys/${name}.ts`)?.verification;
      expect(verdict('pro')).toMatchObject({ status: 'active', tier: 'pro' });
      expect(verdict('pro-again')).toMatchObject({ status: 'active', tier: 'pro' });
      expect(found.get('keys/sandbox.sh')?.verification).toMatchObject({ status: 'active', tier: 'free' });
      expect(verdict('scopeless')).toMatchObject({ status: 'active', missingScope: 'sites:read' });
      expect(verdict('scopeless')?.tier).toBeUndefined();
      expect(verdict('revoked')).toMatchObject({ status: 'invalid' });
      expect(found.get('keys/revoked.ts')?.severity).toBe('note');
      expect(verdict('limited')).toMatchObject({ status: 'active', tier: 'free' });
      expect(verdict('slow')).toMatchObject({ status: 'unknown', reason: 'no answer within 1500 ms' });
      expect(verdict('malformed')).toMatchObject({ status: 'unknown', reason: 'unexpected answer (HTTP 401, body not the error envelope)' });
      expect(verdict('dropped')?.status).toBe('unknown');
      expect(verdict('dropped')?.reason).toMatch(/network error|connection dropped/);
      expect(verdict('redirected')).toMatchObject({ status: 'unknown', reason: 'redirected (HTTP 302), not followed' });
      expect(verdict('longWait')).toMatchObject({ status: 'unknown', reason: 'rate limited; Retry-After 45 s exceeds the time budget' });
      expect(verdict('serverError')).toMatchObject({ status: 'unknown', reason: 'unexpected answer (HTTP 500, INTERNAL)' });
      for (const finding of report.findings) expect(Number.isNaN(Date.parse(finding.verification?.checkedAt ?? ''))).toBe(false);
      expect(report.summary.verified).toEqual({ active: 4, invalid: 1, unknown: 6, revealed: 0 });
      expect(result.stderr).toContain(`verified 11 keys with ${url}: 4 active, 1 invalid, 6 unknown`);

      // One request per distinct key; the rate-limited one twice more after its Retry-After; none followed the redirect or went through the proxy.
      for (const name of [...files, 'sandbox'] as const) expect(api.count(KEYS[name]), name).toBe(name === 'limited' ? 3 : 1);
      expect(elsewhere.requests).toHaveLength(0);
      expect(proxy.requests).toHaveLength(0);
      expect(api.peakInFlight).toBeLessThanOrEqual(4);
      // The key travels only in X-Api-Key, to GET /v1/sites.
      for (const request of api.requests) {
        expect([request.method, request.url]).toEqual(['GET', '/v1/sites']);
        const others = Object.entries(request.headers).filter(([name]) => name !== 'x-api-key');
        for (const secret of Object.values(KEYS)) expect(JSON.stringify(others)).not.toContain(secret.slice(12));
      }
    });
  });

  it('text shows the verdict under each finding, SARIF in the message and properties (a dead key as a note)', async () => {
    await withApi(async (url) => {
      const text = await runCliAsync(['--verify', 'keys/pro.ts', 'keys/scopeless.ts', 'keys/revoked.ts'], { cwd: repo, env: verifyEnv(url) });
      expect(text.stdout).toContain('key active (Pro)');
      expect(text.stdout).toContain('key active (lacks sites:read)');
      expect(text.stdout).toContain('key invalid or revoked');
      const sarif = JSON.parse((await runCliAsync(['--verify', '--format', 'sarif', 'keys/pro.ts', 'keys/revoked.ts'], { cwd: repo, env: verifyEnv(url) })).stdout) as { runs: { results: { level: string; message: { text: string }; properties?: { verification?: { status: string } } }[] }[] };
      const results = sarif.runs[0]?.results ?? [];
      expect(results.map((result) => [result.level, result.properties?.verification?.status])).toEqual([
        ['error', 'active'],
        ['note', 'invalid'],
      ]);
      expect(results[0]?.message.text).toContain('key active (Pro)');
      const validate = sarifValidator();
      expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    });
  });

  it('only dead keys: reported as notes, exit 0', async () => {
    await withApi(async (url) => {
      const result = await runCliAsync(['--verify', '--format', 'json', 'keys/revoked.ts'], { cwd: repo, env: verifyEnv(url) });
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as VerifiedReport).findings.map((finding) => finding.severity)).toEqual(['note']);
    });
  });

  it('never by default: a plain scan sends nothing, whatever OPTIMOCMS_API_URL says', async () => {
    await withApi(async (url, api) => {
      const result = await runCliAsync(['--format', 'json'], { cwd: repo, env: verifyEnv(url) });
      expect(result.code).toBe(1);
      expect(api.requests).toHaveLength(0);
      expect((JSON.parse(result.stdout) as VerifiedReport).findings.every((finding) => finding.verification === undefined)).toBe(true);
    });
  });
});

describe('--verify: an ignore never hides a working key', () => {
  const repo = createRepo();
  write(repo, 'accepted.ts', `export const accepted = '${KEYS.baseline}';\n`);
  git(repo, 'add', '.');
  expect(runCli(['--write-baseline', '.optimocms-baseline.json'], { cwd: repo }).code).toBe(0);
  write(repo, 'marked.ts', `export const marked = '${KEYS.inline}'; // optimocms-scan-allow\nexport const dead = '${KEYS.revokedInline}'; // optimocms-scan-allow\n`);
  write(repo, 'fixtures/allowed.ts', `export const allowed = '${KEYS.config}';\n`);
  write(repo, '.optimocms-scan.json', JSON.stringify({ allowlist: { paths: ['fixtures/**'] } }));

  it('without --verify every key is hidden; with it the active ones are reported, saying which ignore covered them', async () => {
    expect(runCli(['--baseline', '.optimocms-baseline.json'], { cwd: repo }).code).toBe(0);
    await withApi(async (url, api) => {
      const result = await runCliAsync(['--verify', '--baseline', '.optimocms-baseline.json', '--format', 'json'], { cwd: repo, env: verifyEnv(url) });
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as VerifiedReport;
      expect(report.findings.map((finding) => [finding.file, finding.line, finding.ignoredBy, finding.verification?.status])).toEqual([
        ['accepted.ts', 1, 'baseline', 'active'],
        ['fixtures/allowed.ts', 1, 'config', 'active'],
        ['marked.ts', 1, 'inline', 'active'],
      ]);
      // The dead key under an inline marker stays hidden (listed as suppressed), but was checked; the active ones are no longer listed as suppressed.
      expect(api.count(KEYS.revokedInline)).toBe(1);
      const listed = (JSON.parse(result.stdout) as { suppressed?: { rule: string; file: string; line: number; suppression: { by: string } }[] }).suppressed ?? [];
      expect(listed.filter((entry) => entry.rule === 'live-key').map((entry) => [entry.file, entry.line, entry.suppression.by])).toEqual([['marked.ts', 2, 'inline']]);
      expect(result.stderr).toContain('3 findings of an active key reported although ignored');
      // SARIF: the active keys are plain results; only the dead one is a suppressed result.
      const sarif = JSON.parse((await runCliAsync(['--verify', '--baseline', '.optimocms-baseline.json', '--format', 'sarif'], { cwd: repo, env: verifyEnv(url) })).stdout) as SarifLog;
      const validate = sarifValidator();
      expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
      const keyResults = (sarif.runs[0]?.results ?? []).filter((result) => result.ruleId === 'live-key');
      expect(keyResults.map((result) => [result.locations[0]?.physicalLocation.artifactLocation.uri, result.locations[0]?.physicalLocation.region['startLine'], result.suppressions?.[0]?.kind])).toEqual([
        ['accepted.ts', 1, undefined],
        ['fixtures/allowed.ts', 1, undefined],
        ['marked.ts', 1, undefined],
        ['marked.ts', 2, 'inSource'],
      ]);
    });
  });
});

describe('--verify on history and in the inventory', () => {
  const repo = createRepo();
  write(repo, 'old.ts', `export const key = '${KEYS.revoked}';\nexport const other = '${KEYS.pro}';\n`);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'keys');
  write(repo, 'old.ts', 'export const key = process.env.OPTIMOCMS_API_KEY;\n');
  git(repo, 'commit', '-q', '-am', 'gone');

  it('checks keys read from the commits; the inventory marks a dead key as needing no action', async () => {
    await withApi(async (url) => {
      const history = JSON.parse((await runCliAsync(['--history', '--verify', '--format', 'json'], { cwd: repo, env: verifyEnv(url) })).stdout) as VerifiedReport;
      expect(history.findings.map((finding) => finding.verification?.status)).toEqual(['invalid', 'active']);
      const result = await runCliAsync(['--history', '--inventory', '--verify', '--format', 'json'], { cwd: repo, env: verifyEnv(url) });
      expect(result.code).toBe(1);
      const inventory = JSON.parse(result.stdout) as { keys: { secret: string; action: string; verification?: { status: string } }[] };
      expect(inventory.keys.map((row) => [row.action, row.verification?.status])).toEqual([
        ['none', 'invalid'],
        ['rewrite-then-rotate', 'active'],
      ]);
    });
  });
});

describe('--verify and 429 RATE_LIMIT_EXCEEDED: where the wait is read from, and the retry limit', () => {
  const repo = createRepo();
  const names = ['bodyOnly', 'headerOnly', 'headerWins', 'headerWinsLonger', 'alwaysLimited'] as const;
  for (const name of names) write(repo, `keys/${name}.ts`, `export const key = '${KEYS[name]}';\n`);

  it('waits what details.retryAfter says without a Retry-After header, the header winning when both are sent; still limited after 3 retries is unknown', async () => {
    for (const format of ['json', 'text', 'sarif']) {
      await withApi(async (url, api) => {
        const result = await runCliAsync(['--verify', '--format', format], { cwd: repo, env: verifyEnv(url) });
        expect(result.code, format).toBe(1);
        expect(result.stderr).toContain(`verified 5 keys with ${url}: 3 active, 0 invalid, 2 unknown`);
        // Requests the stand-in received. bodyOnly: two 429s, then 200. headerOnly: one 429, then 200. headerWins: one 429 (header 0 s,
        // body 45 s), then 200. headerWinsLonger: one 429 (header 45 s, past the 30 s budget; body 0 s), no retry. alwaysLimited: 1 + 3 retries, all 429.
        const requests = Object.fromEntries(names.map((name) => [name, api.count(KEYS[name])]));
        expect(requests, format).toEqual({ bodyOnly: 3, headerOnly: 2, headerWins: 2, headerWinsLonger: 1, alwaysLimited: 4 });
        expect(result.stdout, format).toContain('still rate limited after 3 retries');
        if (format !== 'json') return;
        const found = byFile(JSON.parse(result.stdout) as VerifiedReport);
        const verdict = (name: (typeof names)[number]) => found.get(`keys/${name}.ts`)?.verification;
        expect(verdict('bodyOnly')).toMatchObject({ status: 'active', tier: 'pro' });
        expect(verdict('headerOnly')).toMatchObject({ status: 'active', tier: 'pro' });
        expect(verdict('headerWins')).toMatchObject({ status: 'active', tier: 'pro' });
        expect(verdict('headerWinsLonger')).toMatchObject({ status: 'unknown', reason: 'rate limited; Retry-After 45 s exceeds the time budget' });
        expect(verdict('alwaysLimited')).toMatchObject({ status: 'unknown', reason: 'still rate limited after 3 retries' });
      });
    }
  });
});

describe('--verify and a server that echoes the key', () => {
  const repo = createRepo();
  write(repo, 'echo.ts', `export const key = '${KEYS.echoed}';\n`);

  it('reports the answer without the code it put the key in (outputs are checked for full keys)', async () => {
    await withApi(async (url) => {
      for (const format of ['json', 'text', 'sarif']) {
        const result = await runCliAsync(['--verify', '--format', format], { cwd: repo, env: verifyEnv(url) });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('unexpected answer (HTTP 500)');
      }
    });
  });
});

describe('--verify settings', () => {
  const repo = createRepo();
  write(repo, 'a.ts', `export const key = '${KEYS.pro}';\n`);

  it('OPTIMOCMS_API_URL must be https, or http on a literal loopback address; limits must be numbers', () => {
    expectOneLineError(runCli(['--verify'], { cwd: repo, env: { OPTIMOCMS_API_URL: 'http://example.com' } }), /^optimocms-scan: OPTIMOCMS_API_URL must be an https URL, or http on 127\.0\.0\.1 or \[::1\] \(got http:\/\/example\.com\)/);
    expectOneLineError(runCli(['--verify'], { cwd: repo, env: { OPTIMOCMS_API_URL: 'http://localhost:9' } }), /OPTIMOCMS_API_URL must be an https URL/);
    expectOneLineError(runCli(['--verify'], { cwd: repo, env: { OPTIMOCMS_API_URL: 'https://user:pw@proxy.example' } }), /must not hold a user name or password/);
    expectOneLineError(runCli(['--verify'], { cwd: repo, env: { OPTIMOCMS_API_URL: 'not a url' } }), /OPTIMOCMS_API_URL is not a URL/);
    expectOneLineError(runCli(['--verify'], { cwd: repo, env: { OPTIMOCMS_API_URL: 'http://127.0.0.1:9', OPTIMOCMS_VERIFY_TIMEOUT_MS: 'soon' } }), /OPTIMOCMS_VERIFY_TIMEOUT_MS expects a whole number of milliseconds/);
  });

  it('applies to file, --staged and --history scans, and not with --write-baseline', () => {
    expectOneLineError(runCli(['--verify', '--pack'], { cwd: repo }), /--verify applies to file, --staged and --history scans, not to --pack/);
    expectOneLineError(runCli(['--verify', '--write-baseline', 'b.json'], { cwd: repo }), /--verify and --write-baseline cannot be combined/);
  });
});
