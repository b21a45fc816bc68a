// scripts/release/packed-files.mjs on fixture packages built in a temp folder: npm's own packed file list,
// and which of those files the release refuses to publish.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fingerprint } from '@optimocms/secret-scan';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { packedFiles, refusedFiles } from '../../scripts/release/packed-files.mjs';
import { LIVE, LIVE_KEY, SANDBOX_KEY } from './support/keys.js';
import { WHOLE_KEY } from './support/two-commits.js';

let repo: string;
let dir: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-packed-files-'));
  dir = path.join(repo, 'packages/fixture');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

/** A package with `files` as its pack list and the given files on disk. */
function fixturePackage(packList: string[], files: Record<string, string>): void {
  for (const [file, content] of Object.entries({ 'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0', files: packList }), ...files })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

const sourceMap = (source: string) => JSON.stringify({ version: 3, sources: ['../src/index.ts'], sourcesContent: [source], mappings: 'AAAA' });

it("lists what npm pack would pack, honouring the package's files field", () => {
  fixturePackage(['dist', '!dist/**/*.map'], { 'dist/index.js': '', 'dist/index.js.map': sourceMap(''), 'src/index.ts': '', 'README.md': '' });
  expect(packedFiles(dir)).toEqual(['README.md', 'dist/index.js', 'package.json']);
});

it('passes a package of code, docs and maps without keys, placeholders included', async () => {
  const files = { 'dist/index.js': 'export const key = process.env.OPTIMOCMS_API_KEY;\n', 'dist/index.js.map': sourceMap(`// e.g. ${LIVE}your_key_here\n`), 'README.md': `Set \`${LIVE}xxxxxxxxxxxx\`.\n` };
  fixturePackage(['dist', 'README.md'], files);
  expect(await refusedFiles(dir, packedFiles(dir), repo)).toEqual([]);
});

it('refuses every dotenv file, with or without keys', async () => {
  fixturePackage(['dist', '.env', '.env.local', '.env.example'], { 'dist/index.js': '', '.env': '', '.env.local': 'DEBUG=1\n', '.env.example': 'OPTIMOCMS_API_KEY=\n' });
  const refused = await refusedFiles(dir, packedFiles(dir), repo);
  expect(refused).toEqual(['.env', '.env.example', '.env.local'].map((file) => ({ file, reason: 'is a dotenv file' })));
});

it('refuses a test fixture and a source map holding keys, without printing them', async () => {
  fixturePackage(['dist', 'test'], {
    'dist/index.js': '',
    'dist/index.js.map': sourceMap(`const live = '${LIVE_KEY}';\nconst sandbox = '${SANDBOX_KEY}';\n`),
    'test/fixtures/client.ts': `\n\nnew OptimoCMS({ apiKey: '${SANDBOX_KEY}' });\n`,
  });
  const refused = await refusedFiles(dir, packedFiles(dir), repo);
  expect(refused).toEqual([
    { file: 'dist/index.js.map', reason: 'is a source map holding a key (optimo_live_Tq4W… at line 1, and 1 more)' },
    { file: 'test/fixtures/client.ts', reason: 'holds a key (optimo_sandbox_Bk7D… at line 3)' },
  ]);
  expect(JSON.stringify(refused)).not.toMatch(WHOLE_KEY);
});

it(".optimocms-scan.json: a reviewed fingerprint lets that key in that file through; the path allowlist does not", async () => {
  fixturePackage(['README.md', 'test'], { 'README.md': `The guide's example: ${LIVE_KEY}\n`, 'test/fixtures/key.txt': `${LIVE_KEY}\n` });
  const allowlist = { paths: ['packages/*/test/fixtures/**'], fingerprints: [fingerprint('live-key', 'packages/fixture/README.md', LIVE_KEY)] };
  writeFileSync(path.join(repo, '.optimocms-scan.json'), JSON.stringify({ allowlist }));
  expect(await refusedFiles(dir, packedFiles(dir), repo)).toEqual([{ file: 'test/fixtures/key.txt', reason: 'holds a key (optimo_live_Tq4W… at line 1)' }]);
});
