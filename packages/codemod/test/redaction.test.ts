import { describe, expect, it } from 'vitest';
import { runEnvKeys, runScopes } from '../src/index.js';
import { formatEnvKeysText } from '../src/report/env-keys-text.js';
import { formatScopesText } from '../src/report/scopes-text.js';
import { GENERIC, LIVE, LIVE_2, leakedSecrets } from './helpers/keys.js';
import { tempFolder, write } from './helpers/project.js';

const plain = (text: string) => text;
const NO_COLOR = { red: plain, green: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };

/** A project whose printed output used to quote secrets: a diff context line, a parse error, a REST URL. */
function project(): string {
  const folder = tempFolder();
  // Another vendor's header is not moved, but the scanner flags it: as a context line of the diff it must be redacted too.
  write(folder, 'src/a.ts', `export const k = '${LIVE}';\nexport const r = fetch('https://api.example.org', { headers: { 'x-api-key': '${GENERIC}' } });\n`);
  // The parser's message quotes the tag name.
  write(folder, 'src/b.tsx', `export const x = <${LIVE_2}></div>;\n`);
  write(folder, 'src/rest.ts', `export const q = fetch('https://api.optimocms.com/v1/nope/${LIVE_2}', { method: 'POST', headers: { 'X-Api-Key': process.env.OPTIMOCMS_API_KEY! } });\n`);
  return folder;
}

describe('every line the codemod prints goes through the scanner redaction', () => {
  it('env-keys: diff context lines, parse errors, the JSON report and the text report', async () => {
    const folder = project();
    const report = await runEnvKeys({ cwd: folder });
    expect(report.files.map((file) => file.file)).toEqual(['src/a.ts', 'src/rest.ts']);
    expect(report.files[0]?.diff).toContain("'x-api-key': 'Gh7J…'");
    expect(report.errors.map((error) => error.message)).toEqual(["does not parse: Expected corresponding JSX closing tag for 'optimo_live_Z9x8…'."]);
    expect(leakedSecrets(JSON.stringify(report))).toBe(0);
    expect(leakedSecrets(formatEnvKeysText(report, NO_COLOR))).toBe(0);
  });

  it('scopes: a call that quotes a key in its URL, in the JSON and the text report', async () => {
    const folder = project();
    const report = await runScopes({ cwd: folder });
    expect(report.unmapped.map((call) => call.call)).toEqual(['POST /v1/nope/optimo_live_Z9x8…']);
    expect(leakedSecrets(JSON.stringify(report))).toBe(0);
    expect(leakedSecrets(formatScopesText(report, NO_COLOR))).toBe(0);
  });
});
