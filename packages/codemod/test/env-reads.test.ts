import { describe, expect, it } from 'vitest';
import { envNamesReadBy } from '../src/env-keys/env-reads.js';
import { runEnvKeys } from '../src/index.js';
import { LIVE } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

describe('envNamesReadBy: every access form of the framework model', () => {
  it('finds member, call, binding and import reads; not lower-case or foreign members', () => {
    const text = `const a = process.env.A; const b = process.env['B']; import.meta.env.C; Deno.env.get('D'); env.E_F; x.env.NOPE; myenv.NOPE2;
import { G, H as I } from '$env/static/private';
import { J } from 'astro:env/server';
context.cloudflare.env.K; Bun.env.L; env.lower;`;
    expect(envNamesReadBy(text).sort()).toEqual(['A', 'B', 'C', 'D', 'E_F', 'G', 'H', 'J', 'K', 'L']);
  });
});

describe('names the code already reads are never given to another key', () => {
  it('SvelteKit: OPTIMOCMS_API_KEY imported from $env/static/private elsewhere (not in .env) → the key gets the next free name', async () => {
    const folder = tempFolder();
    write(folder, 'package.json', '{ "name": "kit", "devDependencies": { "@sveltejs/kit": "^2.0.0" } }\n');
    write(folder, 'src/routes/a/+server.ts', "import { OPTIMOCMS_API_KEY } from '$env/static/private';\nexport const GET = () => new Response(OPTIMOCMS_API_KEY.length.toString());\n");
    write(folder, 'src/routes/b/+server.ts', `export const GET = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': '${LIVE}' } });\n`);
    const report = await runEnvKeys({ cwd: folder, write: true });
    expect(report.variables.map((variable) => variable.name)).toEqual(['OPTIMOCMS_API_KEY_2']);
    expect(read(folder, 'src/routes/b/+server.ts')).toBe("import { OPTIMOCMS_API_KEY_2 } from '$env/static/private';\nexport const GET = () => fetch('https://api.optimocms.com/v1/sites', { headers: { 'X-Api-Key': OPTIMOCMS_API_KEY_2 } });\n");
  });
});
