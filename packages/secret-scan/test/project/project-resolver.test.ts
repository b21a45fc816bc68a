import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_FILE_SYSTEM, createProjectResolver, type ProjectFileSystem } from '../../src/project/index.js';

let root: string;

function write(file: string, text = ''): string {
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, text);
  return absolute;
}

const json = (value: unknown) => JSON.stringify(value);

/** The real file system, counting reads per path. */
function countingFileSystem(): ProjectFileSystem & { reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const count = (file: string) => reads.set(file, (reads.get(file) ?? 0) + 1);
  return {
    reads,
    readText(file) {
      count(file);
      return NODE_FILE_SYSTEM.readText(file);
    },
    listNames(folder) {
      count(`${folder}/`);
      return NODE_FILE_SYSTEM.listNames(folder);
    },
  };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'optimocms-project-'));
  // A monorepo: a SvelteKit app and an Express API side by side, a library without a framework.
  write('package.json', json({ name: 'monorepo', private: true, workspaces: ['apps/*', 'packages/*'], devDependencies: { turbo: '*' } }));
  write('apps/web/package.json', json({ name: 'web', devDependencies: { '@sveltejs/kit': '*', vite: '*' } }));
  write('apps/web/svelte.config.js');
  write('apps/web/src/routes/+page.svelte');
  write('apps/web/src/routes/+page.server.ts');
  write('apps/web/src/routes/blog/+page.ts');
  write('apps/api/package.json', json({ name: 'api', dependencies: { express: '*' } }));
  write('apps/api/src/client/optimocms.ts');
  write('apps/api/src/esm/package.json', json({ type: 'module' }));
  write('apps/api/src/esm/cms.client.ts');
  write('apps/site/package.json', json({ name: 'site' }));
  write('apps/site/next.config.mjs');
  write('apps/site/pages/index.tsx');
  write('apps/broken/package.json', '{ "name": "broken", ');
  write('apps/broken/nuxt.config.ts');
  write('apps/broken/components/Widget.vue');
  write('apps/edge/deno.json', json({ tasks: {} }));
  write('apps/edge/main.ts');
  write('packages/ui/package.json', json({ name: 'ui', dependencies: { zod: '*' } }));
  write('packages/ui/src/client/index.ts');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createProjectResolver', () => {
  it('finds each app of a monorepo and its framework', () => {
    const resolver = createProjectResolver();
    const web = resolver.fileContext(path.join(root, 'apps/web/src/routes/blog/+page.ts'));
    expect(web.project.root).toBe(path.join(root, 'apps/web'));
    expect(web.project.detected).toEqual(['sveltekit', 'vite']);
    expect(web.project.framework).toBe('sveltekit');
    expect(web.project.source).toBe('detected');
    expect(web.relativePath).toBe('src/routes/blog/+page.ts');
    expect(web.role).toBe('universal');
    expect(resolver.fileContext(path.join(root, 'apps/web/src/routes/+page.server.ts')).role).toBe('server');

    const api = resolver.fileContext(path.join(root, 'apps/api/src/client/optimocms.ts'));
    expect(api.project.framework).toBe('node-server');
    expect(api.role).toBe('server');
  });

  it('detects by config file names when dependencies say nothing', () => {
    const site = createProjectResolver().fileContext(path.join(root, 'apps/site/pages/index.tsx'));
    expect(site.project.detected).toEqual(['next']);
    expect(site.role).toBe('universal');
    expect(site.rule?.exports?.getServerSideProps).toBe('server');
  });

  it('walks past a package.json that only sets the module type', () => {
    const context = createProjectResolver().fileContext(path.join(root, 'apps/api/src/esm/cms.client.ts'));
    expect(context.project.root).toBe(path.join(root, 'apps/api'));
    expect(context.relativePath).toBe('src/esm/cms.client.ts');
    expect(context.role).toBe('server');
  });

  it('reports a malformed package.json instead of throwing, and still uses config files', () => {
    const context = createProjectResolver().fileContext(path.join(root, 'apps/broken/components/Widget.vue'));
    expect(context.project.root).toBe(path.join(root, 'apps/broken'));
    expect(context.project.problems).toHaveLength(1);
    expect(context.project.problems[0]?.file).toBe(path.join(root, 'apps/broken/package.json'));
    expect(context.project.problems[0]?.message).toMatch(/not valid JSON/);
    expect(context.project.framework).toBe('nuxt');
    expect(context.role).toBe('universal');
  });

  it('takes a Deno project root from deno.json', () => {
    const context = createProjectResolver().fileContext(path.join(root, 'apps/edge/main.ts'));
    expect(context.project.manifestPath).toBe(path.join(root, 'apps/edge/deno.json'));
    expect(context.project.framework).toBe('deno');
    expect(context.role).toBe('server');
  });

  it('a package without a framework keeps only the universal rules', () => {
    const context = createProjectResolver().fileContext(path.join(root, 'packages/ui/src/client/index.ts'));
    expect(context.project.detected).toEqual([]);
    expect(context.project.source).toBe('none');
    expect(context.role).toBe('unknown');
  });

  it('an override wins, per resolver or per call', () => {
    const file = path.join(root, 'packages/ui/src/client/index.ts');
    const forced = createProjectResolver({ framework: 'vite' }).fileContext(file);
    expect(forced.project).toMatchObject({ framework: 'vite', source: 'override', detected: [] });
    expect(forced.role).toBe('client');
    const resolver = createProjectResolver();
    expect(resolver.fileContext(file, 'angular').project.framework).toBe('angular');
    expect(resolver.fileContext(file).project.framework).toBeUndefined();
  });

  it('reads each package.json once per resolver', () => {
    const fileSystem = countingFileSystem();
    const resolver = createProjectResolver({ fileSystem });
    for (const file of ['src/routes/+page.svelte', 'src/routes/+page.server.ts', 'src/routes/blog/+page.ts', 'svelte.config.js']) {
      resolver.fileContext(path.join(root, 'apps/web', file));
    }
    resolver.fileContext(path.join(root, 'apps/api/src/client/optimocms.ts'));
    const manifestReads = [...fileSystem.reads].filter(([file]) => file.endsWith('package.json'));
    expect(manifestReads.length).toBeGreaterThan(0);
    for (const [, count] of manifestReads) expect(count).toBe(1);
    expect(fileSystem.reads.get(`${path.join(root, 'apps/web')}/`)).toBe(1);
    resolver.clear();
    resolver.fileContext(path.join(root, 'apps/web/svelte.config.js'));
    expect(fileSystem.reads.get(path.join(root, 'apps/web/package.json'))).toBe(2);
  });

  it('stops at stopAt and outside any project', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'optimocms-noproject-'));
    try {
      mkdirSync(path.join(outside, 'a/b'), { recursive: true });
      const context = createProjectResolver({ stopAt: outside }).fileContext(path.join(outside, 'a/b/c.ts'));
      expect(context.project.root).toBeUndefined();
      expect(context.relativePath).toBe('c.ts');
      expect(context.role).toBe('unknown');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
