import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptBlocks } from '../src/ast/script-blocks.js';
import { runEnvKeys } from '../src/index.js';
import { LIVE, LIVE_2, SANDBOX, leakedSecrets } from './helpers/keys.js';
import { tempFolder, write } from './helpers/project.js';

// Components: only the server block's literals may change (Astro frontmatter); every other byte stays, whatever the
// markup, line breaks, BOM or non-ASCII text around it. Keys by index, so a failing case prints no key.
const KEYS = [LIVE, LIVE_2, SANDBOX];
const EOL = fc.constantFrom('\n', '\r\n', '\r');
const MARKUP = fc.constantFrom('<h1>Title é 😀</h1>', '<!-- <script>not code</script> -->', '<p class="a">{value}</p>', '', '  ', '<style>p { color: red; }</style>', '<Layout title="x">', '</Layout>');
const CODE = fc.constantFrom('const a = 1;', '// comment 😀', "import Layout from '../layouts/Layout.astro';", '/* block */', '', 'export const prerender = true;');

interface Generated {
  text: string;
  /** Text before / after the frontmatter's key literal, which must come out unchanged. */
  before: string;
  after: string;
  keysInBrowser: number;
}

const ASTRO = fc
  .record({
    eol: EOL,
    bom: fc.boolean(),
    head: fc.array(CODE, { maxLength: 3 }),
    tail: fc.array(CODE, { maxLength: 3 }),
    markup: fc.array(MARKUP, { maxLength: 4 }),
    key: fc.integer({ min: 0, max: KEYS.length - 1 }),
    browserKey: fc.option(fc.integer({ min: 0, max: KEYS.length - 1 }), { nil: undefined }),
    markupKey: fc.boolean(),
  })
  .map(({ eol, bom, head, tail, markup, key, browserKey, markupKey }): Generated & { bom: boolean } => {
    const before = `---${eol}${head.join(eol)}${eol}const apiKey: string = `;
    const script = browserKey === undefined ? '' : `<script>${eol}  const k = '${KEYS[browserKey]}';${eol}</script>${eol}`;
    const after = `;${eol}${tail.join(eol)}${eol}---${eol}${markup.join(eol)}${eol}${script}${markupKey ? `<p data-k="${KEYS[0]}"></p>${eol}` : ''}`;
    return { text: `${before}'${KEYS[key]}'${after}`, before, after, keysInBrowser: (browserKey === undefined ? 0 : 1) + (markupKey ? 1 : 0), bom };
  });

describe('component files: byte safety (property)', () => {
  it('an .astro file: only the frontmatter literal changes, <script> and markup keys are manual items, BOM and line breaks kept', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "site", "dependencies": { "astro": "^5.0.0" } }\n');
    await fc.assert(
      fc.asyncProperty(ASTRO, async ({ text, before, after, keysInBrowser, bom }) => {
        const file = join(folder, 'src/pages/index.astro');
        write(folder, 'src/pages/index.astro', '');
        writeFileSync(file, Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]));
        writeFileSync(join(folder, '.env'), '');
        const report = await runEnvKeys({ cwd: folder, write: true });
        const bytes = readFileSync(file);
        const out = bytes.toString('utf8');
        expect(report.errors).toEqual([]);
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(bom);
        expect(out).toBe(`${bom ? '\uFEFF' : ''}${before}import.meta.env.${report.variables[0]?.name}${after}`);
        expect(report.manual.filter((item) => item.kind === 'client-module')).toHaveLength(keysInBrowser);
        expect(leakedSecrets(JSON.stringify(report))).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('a .vue or .svelte component ships to the browser: never written, every key a manual item', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "spa", "devDependencies": { "vite": "^7.0.0" } }\n');
    const COMPONENT = fc.record({
      extension: fc.constantFrom('vue', 'svelte'),
      eol: EOL,
      attributes: fc.constantFrom('', ' lang="ts"', ' setup lang="ts"', ' context="module"'),
      markup: fc.array(MARKUP, { maxLength: 3 }),
      key: fc.integer({ min: 0, max: KEYS.length - 1 }),
    });
    await fc.assert(
      fc.asyncProperty(COMPONENT, async ({ extension, eol, attributes, markup, key }) => {
        const name = `src/Widget.${extension}`;
        rmSync(join(folder, 'src'), { recursive: true, force: true });
        const text = `${markup.join(eol)}${eol}<script${attributes}>${eol}const k = '${KEYS[key]}';${eol}</script>${eol}${markup.join(eol)}`;
        write(folder, name, text);
        const report = await runEnvKeys({ cwd: folder, write: true });
        expect(readFileSync(join(folder, name), 'utf8')).toBe(text);
        expect(report.manual.map((item) => [item.file, item.kind, item.line])).toEqual([[name, 'client-module', text.split(/\r\n|\r|\n/).findIndex((line) => line.startsWith('const k')) + 1]]);
        expect(report.files).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('scriptBlocks: <script> inside an HTML comment is markup; the block offsets enclose exactly the code', () => {
    const text = '<!-- <script>no</script> -->\n<script setup lang="ts">\nconst a = 1;\n</script >\n<template><p/></template>\n';
    const blocks = scriptBlocks('A.vue', text);
    expect(blocks.map((block) => [block.kind, block.typescript, block.attributes, text.slice(block.start, block.end)])).toEqual([['script', true, 'setup lang="ts"', '\nconst a = 1;\n']]);
    const astro = '\n---\r\nconst x = 1;\r\n---\r\n<script>let y;</script>';
    expect(scriptBlocks('p.astro', astro).map((block) => [block.kind, astro.slice(block.start, block.end)])).toEqual([['frontmatter', 'const x = 1;'], ['script', 'let y;']]);
  });
});
