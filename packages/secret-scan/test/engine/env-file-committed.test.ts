import { PUBLIC_ENV_PREFIXES } from '@optimocms/auth-types';
import { describe, expect, it } from 'vitest';
import { isDotenvFile, scanText } from '../../src/index.js';
import { API_KEY_VAR, GENERIC, LIVE_KEY, LIVE_KEY_VAR, SANDBOX_KEY_VAR, brief } from './fixtures.js';

const committed = (text: string, file = '.env') => scanText(text, { file, rules: ['env-file-committed'] });

describe('isDotenvFile', () => {
  it.each(['.dev.vars', '.dev.vars.staging', 'workers/api/.dev.vars'])('recognises the Cloudflare Workers secrets file %s', (file) => expect(isDotenvFile(file)).toBe(true));
  it.each(['.dev.vars.example', 'dev.vars', '.dev.varsity'])('does not treat %s as a secrets file', (file) => expect(isDotenvFile(file)).toBe(false));
  it.each(['.env', '.env.local', '.env.production', '.env.development.local', 'config/.env.staging', 'apps/web/.env', 'C:\\repo\\.env.test'])(
    'recognises %s',
    (file) => expect(isDotenvFile(file)).toBe(true),
  );
  it.each(['.env.example', '.env.sample', '.env.template', '.env.defaults', 'config/.env.example', '.env.local.example', 'env', '.envrc', 'my.env.ts', 'src/.env.d.ts.bak/x', 'dotenv.js', '.environment'])(
    'does not treat %s as a dotenv file',
    (file) => expect(isDotenvFile(file)).toBe(false),
  );
});

describe('env-file-committed', () => {
  it('reports each OPTIMOCMS_* variable assigned a value, at the value', () => {
    const text = `# OptimoCMS\n${API_KEY_VAR}=${GENERIC}\nOTHER=1\n${LIVE_KEY_VAR}="${GENERIC}"\n`;
    expect(brief(text, { file: '.env', rules: ['env-file-committed'] })).toEqual([
      { rule: 'env-file-committed', line: 2, column: 19, endColumn: 39 },
      { rule: 'env-file-committed', line: 4, column: 21, endColumn: 41 },
    ]);
  });

  it.each(PUBLIC_ENV_PREFIXES.map(({ prefix }) => prefix))('reports a dotenv file that holds only a %sOPTIMOCMS key variable', (prefix) => {
    const [match, ...rest] = committed(`${prefix}${API_KEY_VAR}=${GENERIC}\n`);
    expect(rest).toEqual([]);
    expect(match?.rule).toBe('env-file-committed');
    expect(match?.secret).toBe(`${prefix}${API_KEY_VAR}=aB3d…`);
  });

  it('leaves public settings that are not keys, and names that only contain the marker', () => {
    expect(committed('VITE_OPTIMOCMS_SITE_ID=site_8f2k3j\nNEXT_PUBLIC_OPTIMOCMS_URL=https://example.com\n')).toEqual([]);
    expect(committed(`MY_${API_KEY_VAR}=${GENERIC}\n`)).toEqual([]);
  });

  it.each(['.env', '.env.local', '.env.production', 'config/.env.staging'])('runs on %s', (file) => {
    expect(committed(`${API_KEY_VAR}=${GENERIC}\n`, file)).toHaveLength(1);
  });

  it.each(['.env.example', '.env.sample', '.env.template', '.env.defaults', 'src/config.ts', 'README.md'])('never runs on %s', (file) => {
    expect(committed(`${API_KEY_VAR}=${GENERIC}\n`, file)).toEqual([]);
  });

  it('names the variable and redacts the value', () => {
    const [match] = committed(`${API_KEY_VAR}=${GENERIC}\n`);
    expect(match?.secret).toBe(`${API_KEY_VAR}=aB3d…`);
    expect(match?.severity).toBe('error');
  });

  const assigned: [string, string][] = [
    ['export', `export ${API_KEY_VAR}=${GENERIC}`],
    ['double quotes', `${API_KEY_VAR}="${GENERIC}"`],
    ['single quotes', `${API_KEY_VAR}='${GENERIC}'`],
    ['an inline comment', `${API_KEY_VAR}=${GENERIC} # production key`],
    ['blanks around =', `  ${SANDBOX_KEY_VAR} = ${GENERIC}`],
    ['a non-key OptimoCMS setting', 'OPTIMOCMS_SITE_ID=site_8f2k3j'],
    ['a key-shaped value', `${API_KEY_VAR}=${LIVE_KEY}`],
    ['CRLF line endings', `${API_KEY_VAR}=${GENERIC}\r\nOTHER=1\r\n`],
  ];
  for (const [name, line] of assigned) {
    it(`reports an assignment with ${name}`, () => expect(committed(`${line}\n`)).toHaveLength(1));
  }

  it('reads a CR-only dotenv file line by line', () => {
    const text = `# OptimoCMS\r${API_KEY_VAR}=${GENERIC}\rOTHER=1\r${LIVE_KEY_VAR}="${GENERIC}"\r`;
    expect(brief(text, { file: '.env', rules: ['env-file-committed'] })).toEqual([
      { rule: 'env-file-committed', line: 2, column: 19, endColumn: 39 },
      { rule: 'env-file-committed', line: 4, column: 21, endColumn: 41 },
    ]);
  });

  it('does not take a value across a CR-only line break', () => {
    expect(committed(`${API_KEY_VAR}="${GENERIC}\r"\r`)).toEqual([]);
  });

  it('does not take the CR of a CRLF line into the value', () => {
    const [match] = committed(`${API_KEY_VAR}=${GENERIC}\r\n`);
    expect(match?.end).toBe(`${API_KEY_VAR}=${GENERIC}`.length);
  });

  const notAssigned: [string, string][] = [
    ['an empty value', `${API_KEY_VAR}=`],
    ['empty double quotes', `${API_KEY_VAR}=""`],
    ['empty single quotes', `${API_KEY_VAR}=''`],
    ['only a comment', `${API_KEY_VAR}= # set me`],
    ['an interpolation', `${API_KEY_VAR}=\${OTHER}`],
    ['a quoted interpolation', `${API_KEY_VAR}="\${OTHER}"`],
    ['a bare variable reference', `${API_KEY_VAR}=$OTHER`],
    ['a placeholder', `${API_KEY_VAR}=your-api-key-here`],
    ['an x-run placeholder', `${API_KEY_VAR}=xxxxxxxxxxxxxxxx`],
    ['a commented-out line', `# ${API_KEY_VAR}=${GENERIC}`],
    ['another prefix', `STRIPE_SECRET_KEY=${GENERIC}`],
  ];
  for (const [name, line] of notAssigned) {
    it(`does not report ${name}`, () => expect(committed(`${line}\n`)).toEqual([]));
  }

  it('is off when the file is not committed', () => {
    expect(committed(`${API_KEY_VAR}=${GENERIC}\n`)).toHaveLength(1);
    expect(scanText(`${API_KEY_VAR}=${GENERIC}\n`, { file: '.env', committed: false, rules: ['env-file-committed'] })).toEqual([]);
  });

  it('still reports key tokens in an uncommitted dotenv file', () => {
    expect(scanText(`${API_KEY_VAR}=${LIVE_KEY}\n`, { file: '.env', committed: false }).map((match) => match.rule)).toEqual(['live-key']);
  });

  it('reports a key in a committed dotenv file as both a key and a committed value', () => {
    expect(scanText(`${API_KEY_VAR}=${LIVE_KEY}\n`, { file: '.env' }).map((match) => match.rule)).toEqual(['env-file-committed', 'live-key']);
  });

  it('reports a generic value once (env-file-committed), not also as generic-key-assignment', () => {
    expect(scanText(`${API_KEY_VAR}=${GENERIC}\n`, { file: '.env' }).map((match) => match.rule)).toEqual(['env-file-committed']);
    expect(scanText(`${API_KEY_VAR}=${GENERIC}\n`, { file: '.env', committed: false }).map((match) => match.rule)).toEqual(['generic-key-assignment']);
  });
});
