import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptBlocks } from '../src/ast/script-blocks.js';
import { runEnvKeys } from '../src/index.js';
import { PACKAGE_ROOT, copyFrameworkFixture, filesUnder, read, write } from './helpers/project.js';

// `tsc --noEmit` over each framework fixture after the codemod: the rewrites type-check with the types the framework
// provides. Those come from the real packages where the repository has them (Vite's import.meta.env, @types/node);
// otherwise from declarations with the framework's own signatures, written the way the framework generates them
// (SvelteKit's `svelte-kit sync` declares one `string` export of $env/static/private per .env variable).
const require = createRequire(import.meta.url);
const TSC = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
const ROOT_REQUIRE = createRequire(join(PACKAGE_ROOT, '..', '..', 'package.json'));
const VITE_CLIENT = join(dirname(ROOT_REQUIRE.resolve('vite/package.json')), 'client.d.ts');
const TYPE_ROOTS = join(PACKAGE_ROOT, '..', '..', 'node_modules', '@types');

const SDK = `declare module '@optimocms/sdk' {
  export class OptimoCMS {
    constructor(options: { apiKey: string });
    pages: { list(): Promise<unknown[]> };
  }
}
`;

const AMBIENT: Record<string, (env: string[]) => string> = {
  sveltekit: (env) => `${SDK}declare module '$env/static/private' {
${env.map((name) => `  export const ${name}: string;`).join('\n')}
}
declare module '@sveltejs/kit' {
  export function json(data: unknown): Response;
}
`,
  astro: () => `/// <reference path="${VITE_CLIENT}" />
declare module 'astro' {
  export type APIRoute = (context: { request: Request }) => Response | Promise<Response>;
}
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
`,
  // lib.deno.ns.d.ts: Deno.env.get(key: string): string | undefined.
  deno: () => `declare const Deno: {
  env: { get(key: string): string | undefined };
  serve(handler: () => Response | Promise<Response>): void;
};
`,
  next: () => `${SDK}declare namespace JSX {
  interface IntrinsicElements { [name: string]: Record<string, unknown> }
  type Element = unknown;
}
`,
  vite: () => '',
};

function tsc(folder: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', '.', '--noEmit'], { cwd: folder, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The fixture migrated, its .astro frontmatter copied out as `.frontmatter.ts` (what `astro check` checks as TypeScript), with the framework's types. */
async function migrated(name: string): Promise<string> {
  const folder = copyFrameworkFixture(name);
  const report = await runEnvKeys({ cwd: folder, write: true });
  expect(report.errors).toEqual([]);
  for (const file of filesUnder(folder).filter((path) => path.endsWith('.astro'))) {
    const text = read(folder, file);
    const frontmatter = scriptBlocks(file, text).find((block) => block.kind === 'frontmatter');
    if (frontmatter) write(folder, `${file}.frontmatter.ts`, `${text.slice(frontmatter.start, frontmatter.end)}\nexport {};\n`);
  }
  const env = readFileSync(join(folder, '.env'), 'utf8').split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf('=')));
  // The names the fixture already imported ($env/static/private) are in the .env the framework reads too.
  write(folder, 'ambient.d.ts', (AMBIENT[name] as (env: string[]) => string)([...new Set([...env, 'OPTIMOCMS_SITE'])]));
  // Route types where svelte-kit sync writes them, found through rootDirs as in a SvelteKit project.
  if (name === 'sveltekit') write(folder, '.svelte-kit/types/src/routes/blog/$types.d.ts', 'export type PageServerLoad = () => Promise<Record<string, unknown>>;\n');
  write(folder, 'tsconfig.json', JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve', lib: ['es2022', 'dom'], skipLibCheck: true,
      typeRoots: [TYPE_ROOTS], types: name === 'vite' || name === 'next' ? ['node'] : [], rootDirs: ['.', '.svelte-kit/types'],
    },
    include: ['**/*.ts', '**/*.tsx', '.svelte-kit/types/**/*.ts'],
  }));
  return folder;
}

describe('the framework rewrites type-check (tsc --noEmit)', () => {
  it.each(['sveltekit', 'astro', 'deno', 'next', 'vite'])('%s', async (name) => {
    const folder = await migrated(name);
    expect(tsc(folder)).toEqual({ status: 0, output: '' });
  });

  it('the check can fail: Deno.env.get without the `!` the codemod adds is string | undefined', async () => {
    const folder = await migrated('deno');
    write(folder, 'main.ts', read(folder, 'main.ts').replace("Deno.env.get('OPTIMOCMS_API_KEY')!", "Deno.env.get('OPTIMOCMS_API_KEY')"));
    expect(tsc(folder).output).toContain("Type 'string | undefined' is not assignable to type 'string'");
  });

  it('the check can fail: a SvelteKit load without the $env/static/private import the codemod adds', async () => {
    const folder = await migrated('sveltekit');
    const file = 'src/routes/blog/+page.server.ts';
    write(folder, file, read(folder, file).replace("import { OPTIMOCMS_API_KEY } from '$env/static/private';\n", ''));
    expect(tsc(folder).output).toContain("Cannot find name 'OPTIMOCMS_API_KEY'");
  });
});
