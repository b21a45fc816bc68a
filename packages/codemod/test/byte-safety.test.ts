import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { scanText } from '@optimocms/secret-scan';
import { describe, expect, it } from 'vitest';
import { runEnvKeys, runScopes } from '../src/index.js';
import { GENERIC, LIVE, SANDBOX } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

const require = createRequire(import.meta.url);
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const BOM = '\uFEFF';

function bytes(folder: string, file: string): Buffer {
  return readFileSync(join(folder, file));
}

describe('a file that starts with a UTF-8 byte-order mark', () => {
  it('edits land at the right offsets, the mark stays, and a check afterwards finds nothing left', async () => {
    const folder = tempFolder();
    write(folder, 'cms.ts', `${BOM}// héllo 😀\nexport const a = '${LIVE}';\nexport const b = \`Bearer ${LIVE}\`;\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.files[0]?.edits.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 2, column: 19 }, { line: 3, column: 26 }]);
    expect(read(folder, 'cms.ts')).toBe(`${BOM}// héllo 😀\nexport const a = process.env.OPTIMOCMS_API_KEY!;\nexport const b = \`Bearer \${process.env.OPTIMOCMS_API_KEY}\`;\n`);
    expect(bytes(folder, 'cms.ts').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const check = await runEnvKeys({ cwd: folder });
    expect(check.summary.filesChanged).toBe(0);
    expect(scanText(read(folder, 'cms.ts'), { file: 'cms.ts' })).toEqual([]);
  });
});

describe('a file that is not valid UTF-8', () => {
  it('is left byte for byte as it was and reported, with the position of the first bad byte; the rest of the run goes on', async () => {
    const folder = tempFolder();
    const latin1 = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from(` \u00A9 na\u00EFve\nexport const key = '${LIVE}';\n// fin `), Buffer.from([0xff, 0xfe, 0x80])]);
    writeFileSync(join(folder, 'legacy.js'), latin1);
    // Without keys, a file's encoding is none of the codemod's business.
    writeFileSync(join(folder, 'other.js'), Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    write(folder, 'ok.js', `export const key = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(bytes(folder, 'legacy.js').equals(latin1)).toBe(true);
    expect(report.errors).toEqual([{ file: 'legacy.js', line: 1, column: 7, message: expect.stringMatching(/^is not valid UTF-8/) as unknown as string }]);
    expect(read(folder, 'ok.js')).toBe('export const key = process.env.OPTIMOCMS_API_KEY;\n');
  });
});

describe('a UTF-16 file (with its byte-order mark)', () => {
  it('is left byte for byte as it was and reported, not skipped in silence', async () => {
    const folder = tempFolder();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`export const key = '${LIVE}';\n`, 'utf16le')]);
    writeFileSync(join(folder, 'wide.ts'), utf16);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(bytes(folder, 'wide.ts').equals(utf16)).toBe(true);
    expect(report.errors).toEqual([{ file: 'wide.ts', line: 1, column: 1, message: 'is UTF-16LE text (its byte-order mark says so): rewriting it as UTF-8 would change its bytes; convert it to UTF-8, then run again' }]);
  });
});

describe('literals with escape sequences', () => {
  // Pieces of a single-quoted string's raw text: escapes of every kind, template syntax, and the key.
  const PIECE = fc.constantFrom(' ', '-', '\\n', '\\t', '\\\\', "\\'", '\\"', '\\x41', '\\u00e9', '\\u{1F600}', '\\0', '\\\n', '`', '\\`', '${', '\\${', '$', '{', '😀', 'é', '\\r\\n');

  it('a key inside any escaped string becomes a template with exactly the same value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(PIECE, { maxLength: 6 }), fc.array(PIECE, { maxLength: 6 }), async (before, after) => {
        const folder = tempFolder();
        // `/` keeps the key a key: `\\n` + key would read as `n` glued to it.
        const literal = `'${before.join('')}/${LIVE}/${after.join('')}'`;
        write(folder, 'k.js', `export const k = ${literal};\n`);
        const report = await runEnvKeys({ cwd: folder, write: true });
        expect(report.errors).toEqual([]);
        expect(report.manual).toEqual([]);
        const rewritten = /^export const k = ([\s\S]*);\n$/.exec(read(folder, 'k.js'))?.[1] as string;
        expect(rewritten).toMatch(/process\.env\.OPTIMOCMS_API_KEY/);
        // The value the program builds, with the environment that .env now holds.
        const env = parseEnv(read(folder, '.env'));
        expect(runInNewContext(rewritten, { process: { env } }) === runInNewContext(literal)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a secret of unknown format written with escapes moves with its value, not its spelling', async () => {
    const folder = tempFolder();
    write(folder, 'cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: 'it\\'s\\x20${GENERIC}' });\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual).toEqual([]);
    expect(read(folder, 'cms.ts')).toContain('new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! })');
    expect(read(folder, '.env') === `OPTIMOCMS_API_KEY="it's ${GENERIC}"\n`).toBe(true);
  });

  it('a key spelt with escapes as an SDK apiKey is moved too, as the key it is', async () => {
    const folder = tempFolder();
    const escaped = LIVE.replace('Q', '\\x51');
    write(folder, 'cms.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${escaped}' });\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.variables).toMatchObject([{ name: 'OPTIMOCMS_API_KEY', environment: 'live', secret: 'optimo_live_Q1w2…' }]);
    expect(read(folder, 'cms.ts')).toContain('new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! })');
    expect(read(folder, '.env') === `OPTIMOCMS_API_KEY=${LIVE}\n`).toBe(true);
  });

  it('a legacy octal escape beside a key is manual work: no template can hold it', async () => {
    const folder = tempFolder();
    const text = `var k = 'A\\101 ${LIVE}';\n`;
    write(folder, 'k.js', text);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.errors).toEqual([]);
    expect(report.manual.map(({ kind, line, column }) => ({ kind, line, column }))).toEqual([{ kind: 'unsupported-value', line: 1, column: 16 }]);
    expect(read(folder, 'k.js')).toBe(text);
  });

  it('a JSX attribute with HTML entities keeps its meaning', async () => {
    const folder = tempFolder();
    write(folder, 'page.jsx', `export const p = <Embed src="https://cms.example/?a=1&amp;b=&#50;&#x33;&quot;&key=${LIVE}" alt="\\d" />;\n`);
    await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'page.jsx')).toBe('export const p = <Embed src={`https://cms.example/?a=1&b=23"&key=${process.env.OPTIMOCMS_API_KEY}`} alt="\\d" />;\n');
  });

  it('a JSX attribute with an entity the codemod does not know is manual work', async () => {
    const folder = tempFolder();
    const text = `export const p = <Embed title="&hearts; ${LIVE}" />;\n`;
    write(folder, 'page.jsx', text);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.manual.map((item) => item.kind)).toEqual(['unsupported-value']);
    expect(read(folder, 'page.jsx')).toBe(text);
  });
});

describe('the result still type-checks', () => {
  it('`as const`, `<const>` and an ambient `declare const` in a .d.ts', async () => {
    const folder = tempFolder();
    write(folder, 'tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['es2022'] }, include: ['*.ts'] }));
    write(folder, 'env.d.ts', 'declare const process: { env: Record<string, string | undefined> };\n');
    write(folder, 'keys.ts', `export const a = '${LIVE}' as const;\nexport const b = <const>'${LIVE}';\nexport const c = ('${SANDBOX}') as const;\nexport const d: string = a + b + c;\n`);
    write(folder, 'globals.d.ts', `declare const LEGACY_KEY = '${LIVE}';\ndeclare module 'x' { export const k = '${SANDBOX}'; }\n`);
    const tsc = () => spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: folder, encoding: 'utf8' });
    expect(tsc().status).toBe(0);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'keys.ts')).toBe('export const a = process.env.OPTIMOCMS_LIVE_KEY!;\nexport const b = process.env.OPTIMOCMS_LIVE_KEY!;\nexport const c = process.env.OPTIMOCMS_SANDBOX_KEY!;\nexport const d: string = a + b + c;\n');
    expect(report.manual.map(({ file, line, kind }) => ({ file, line, kind }))).toEqual([
      { file: 'globals.d.ts', line: 1, kind: 'unsupported-position' },
      { file: 'globals.d.ts', line: 2, kind: 'unsupported-position' },
    ]);
    const after = tsc();
    expect(after.stdout + after.stderr).toBe('');
    expect(after.status).toBe(0);
  });
});

describe('a file the parser cannot handle', () => {
  it('1,000 levels of nesting: one error item, and the rest of the run goes on', async () => {
    const folder = tempFolder();
    write(folder, 'a-deep.js', `export const x = ${'['.repeat(1000)}'${LIVE}'${']'.repeat(1000)};\n`);
    write(folder, 'b-ok.js', `export const key = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.errors).toEqual([{ file: 'a-deep.js', message: 'cannot be processed: nested too deeply for the parser (the call stack overflowed)' }]);
    expect(read(folder, 'a-deep.js')).toContain(LIVE);
    expect(read(folder, 'b-ok.js')).toBe('export const key = process.env.OPTIMOCMS_API_KEY;\n');
  });

  it('1,000 levels of nesting in the scopes advisor: one error item, and the other files are still analysed', async () => {
    const folder = tempFolder();
    write(folder, 'a-deep.ts', `import { OptimoCMS } from '@optimocms/sdk';\nexport const x = ${'['.repeat(1000)}1${']'.repeat(1000)};\n`);
    write(folder, 'b-ok.ts', "import { OptimoCMS } from '@optimocms/sdk';\nconst cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });\nexport const pages = cms.pages.list();\n");
    const report = await runScopes({ cwd: folder });
    expect(report.errors).toEqual([{ file: 'a-deep.ts', message: 'cannot be processed: nested too deeply for the parser (the call stack overflowed)' }]);
    expect(report.keys.map((usage) => [usage.envVar, usage.scopes])).toEqual([['OPTIMOCMS_API_KEY', ['pages:read']]]);
  });

  it('valid sloppy-mode JavaScript with octal escapes is migrated; the same in a module is a syntax error', async () => {
    const folder = tempFolder();
    write(folder, 'script.js', `var tab = '\\11', n = 010;\nvar key = '${LIVE}';\n`);
    write(folder, 'module.mjs', `export const tab = '\\11';\nexport const key = '${LIVE}';\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(read(folder, 'script.js')).toBe("var tab = '\\11', n = 010;\nvar key = process.env.OPTIMOCMS_API_KEY;\n");
    expect(report.errors.map(({ file, line, column }) => ({ file, line, column }))).toEqual([{ file: 'module.mjs', line: 1, column: 21 }]);
    expect(read(folder, 'module.mjs')).toContain(LIVE);
  });
});
