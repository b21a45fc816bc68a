import { spawnSync } from 'node:child_process';
import { parseEnv } from 'node:util';
import { parse as dotenvParse } from 'dotenv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEnvKeys } from '../src/index.js';
import { formatDotenvValue } from '../src/env-keys/dotenv.js';
import { GENERIC } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

/** What Node's parser and the dotenv package read from one `NAME=…` line. */
function readBack(line: string): { node: string | undefined; dotenv: string | undefined } {
  return { node: parseEnv(line).X, dotenv: dotenvParse(line).X };
}

// Characters that mean something to one dotenv parser or another, and a few that mean nothing.
const TRICKY = fc.constantFrom("'", '"', '`', '$', '{', '}', '#', ' ', '\t', '\\', 'n', 'r', '=', ':', '@', ',', '/', '.', '+', '~', '-', '_', 'a', 'Z', '0', 'é', '😀', 'export ');
const VALUE = fc.array(TRICKY, { maxLength: 12 }).map((parts) => parts.join(''));

describe('values written to .env', () => {
  it('Node (util.parseEnv) and dotenv read back exactly the value; only what no line can hold is refused', () => {
    fc.assert(
      fc.property(VALUE, (value) => {
        const formatted = formatDotenvValue(value);
        if (formatted !== undefined) {
          expect(readBack(`X=${formatted}\n`)).toEqual({ node: value, dotenv: value });
        } else {
          // All three quote characters, or a `\n` / `\r` sequence besides both other quotes.
          const quotes = ["'", '"', '`'].filter((quote) => value.includes(quote)).length;
          expect(quotes === 3 || (quotes === 2 && /\\[nr]/.test(value))).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    for (const value of [`it's "${GENERIC}"`, `a$b #c ${GENERIC}`, ` ${GENERIC} `, `\${HOME}${GENERIC}`]) expect(formatDotenvValue(value)).toBeDefined();
  });

  it('an SDK apiKey with quotes, $, # and spaces reaches .env as `node --env-file` and dotenv read it', async () => {
    const folder = tempFolder();
    const secret = `it's "${GENERIC}" $HOME #1`;
    write(folder, 'cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: ${JSON.stringify(secret)} });\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual).toEqual([]);
    expect(read(folder, 'cms.ts')).toContain('apiKey: process.env.OPTIMOCMS_API_KEY! });');
    const env = read(folder, '.env');
    expect(dotenvParse(env).OPTIMOCMS_API_KEY === secret).toBe(true);
    expect(parseEnv(env).OPTIMOCMS_API_KEY === secret).toBe(true);
    // The real loader, compared inside the child so that the secret is never printed.
    const child = spawnSync(process.execPath, ['--env-file=.env', '-e', 'process.stdout.write(String(process.env.OPTIMOCMS_API_KEY === process.env.EXPECTED))'], { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', EXPECTED: secret } });
    expect(child.stdout).toBe('true');
  });

  it('a value .env cannot hold is manual work, never written half', async () => {
    const folder = tempFolder();
    write(folder, 'cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${GENERIC}\\'"\`' });\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual.map((item) => item.kind)).toEqual(['unsupported-value']);
    expect(report.variables).toEqual([]);
    expect(report.files).toEqual([]);
  });
});
