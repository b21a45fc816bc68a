import { describe, expect, it } from 'vitest';
import type { FrameworkId } from '@optimocms/auth-types';
import { directivesOf, moduleKind, type ModuleKind } from '../../src/index.js';

describe('directivesOf', () => {
  it('reads the directive prologue after a shebang, comments and other directives', () => {
    const text = "#!/usr/bin/env node\n// Copyright\n/* license\n * text */\n'use strict';\n\"use client\"\nimport x from 'y';\n'not a directive';";
    expect(directivesOf(text)).toEqual(['use strict', 'use client']);
  });

  it('reads a directive after a long license header', () => {
    expect(directivesOf(`/*\n${' * MIT License text.\n'.repeat(400)} */\n'use client';\n`)).toEqual(['use client']);
  });

  it('reads a directive after a byte-order mark', () => {
    expect(directivesOf("\uFEFF'use client';")).toEqual(['use client']);
  });

  it('stops at the first statement', () => {
    expect(directivesOf("import 'a';\n'use client';")).toEqual([]);
    expect(directivesOf('')).toEqual([]);
  });
});

describe('moduleKind', () => {
  it.each([
    ["'use client'", "'use client';\nexport default function Page() {}"],
    ['"use client" without a semicolon', '"use client"\nexport const a = 1;'],
    ["'use client' after 'use strict' and comments", "// @ts-check\n'use strict';\n/* x */ 'use client';\n"],
    ["'use client' after a shebang", "#!/usr/bin/env node\n'use client'\n"],
    ['an import of client-only', "import 'client-only';\nexport const a = 1;"],
    ['a require of client-only', "require('client-only');\n"],
    ['a const require of client-only', 'const x = require("client-only");\n'],
  ])('is client for %s', (_name, text) => {
    expect(moduleKind('src/widget.ts', text)).toBe('client');
  });

  it.each([
    ["'use server'", "'use server';\nexport async function save() {}", 'app/actions.ts'],
    ['an import of server-only', "import 'server-only';\n", 'src/db.ts'],
    ['a require of server-only', "require('server-only');\n", 'src/db.js'],
    ['a *.server.ts file', '', 'app/routes/page.server.ts'],
    ['a .server/ folder', '', 'app/.server/db.ts'],
    ['a SvelteKit $lib/server/ file', '', 'src/lib/server/cms.ts'],
  ])('is server for %s', (_name, text, file) => {
    expect(moduleKind(file, text)).toBe('server');
  });

  it('lets server markers win over client markers', () => {
    expect(moduleKind('src/x.client.ts', "import 'server-only';")).toBe('server');
    expect(moduleKind('src/lib/server/x.ts', "'use client';")).toBe('server');
    expect(moduleKind('app/page.server.tsx', "import 'client-only';")).toBe('server');
  });

  it.each(['src/App.vue', 'src/Header.svelte', '/home/me/project/src/App.vue', 'C:\\repo\\src\\Header.svelte'])(
    'is client for %s without a framework (a Vue or Svelte component)',
    (file) => expect(moduleKind(file, 'export const a = 1;')).toBe('client'),
  );

  it.each(['src/Button.client.tsx', 'src/client/api.ts'])('is shared for %s without a framework: client/ and *.client.* are framework conventions', (file) => {
    expect(moduleKind(file, 'export const a = 1;')).toBe('shared');
  });

  it.each<[FrameworkId, string, ModuleKind]>([
    ['vite', 'src/lib/cms.ts', 'client'],
    ['expo', 'app/(tabs)/index.tsx', 'client'],
    ['angular', 'src/environments/environment.ts', 'client'],
    ['sveltekit', 'src/routes/+page.ts', 'client'],
    ['sveltekit', 'src/routes/api/+server.ts', 'server'],
    ['nuxt', 'composables/useCms.ts', 'client'],
    ['nuxt', 'components/Chart.client.vue', 'client'],
    ['nuxt', 'components/Cms.server.vue', 'server'],
    ['react-router', 'app/utils/track.client.ts', 'client'],
    ['react-router', 'app/routes/home.tsx', 'mixed'],
    ['next', 'pages/index.tsx', 'mixed'],
    ['next', 'app/page.tsx', 'server'],
    ['next', 'lib/cms.ts', 'shared'],
    ['node-server', 'src/client/optimocms.ts', 'server'],
    ['node-server', 'src/cms/cms.client.ts', 'server'],
    ['cloudflare-workers', 'src/index.ts', 'server'],
  ])('%s: %s is %s', (framework, projectPath, kind) => {
    expect(moduleKind(`apps/web/${projectPath}`, 'export const a = 1;', { framework, projectPath })).toBe(kind);
  });

  it('lets the universal markers win in every framework', () => {
    expect(moduleKind('src/lib/cms.ts', "import 'server-only';", { framework: 'vite' })).toBe('server');
    expect(moduleKind('src/cms.server.ts', '', { framework: 'vite' })).toBe('server');
    expect(moduleKind('src/cms.ts', "'use client'", { framework: 'node-server' })).toBe('client');
    expect(moduleKind('pages/index.tsx', "'use server'", { framework: 'next' })).toBe('server');
  });

  it('is shared for plain modules', () => {
    expect(moduleKind('src/lib/cms.ts', "import { OptimoCMS } from '@optimocms/sdk';\n")).toBe('shared');
    expect(moduleKind('src/a.ts', "const s = 'use client';\n")).toBe('shared');
    expect(moduleKind('src/a.ts', "// import 'client-only';\n")).toBe('shared');
    expect(moduleKind('src/a.ts', "import x from 'client-only-polyfill';\n")).toBe('shared');
  });

  it('honours custom client globs, and none at all', () => {
    expect(moduleKind('web/widgets/a.ts', '', { clientGlobs: ['web/**'] })).toBe('client');
    expect(moduleKind('src/client/a.ts', '', { clientGlobs: ['**/client/**'], framework: 'node-server' })).toBe('client');
    expect(moduleKind('src/a.client.ts', '', { clientGlobs: [] })).toBe('shared');
    expect(moduleKind('src/a.client.ts', "'use client'", { clientGlobs: [] })).toBe('client');
  });
});

describe('line breaks other than LF', () => {
  // ECMAScript ends a `//` comment or a shebang at CR, LF, U+2028 and U+2029: a CR-only file must not lose its directive.
  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('reads the directive after a comment and a shebang ended by %s', (_name, eol) => {
    expect(directivesOf(`#!/usr/bin/env node${eol}// Copyright${eol}'use client';${eol}export const a = 1;`)).toEqual(['use client']);
    expect(moduleKind('src/a.ts', `// comment${eol}'use client'${eol}`)).toBe('client');
    expect(moduleKind('src/a.ts', `export const a = 1;${eol}import 'server-only';${eol}`)).toBe('server');
  });

  it('does not read a directive across a line break inside the quotes', () => {
    expect(directivesOf("'use\rclient'")).toEqual([]);
  });
});
