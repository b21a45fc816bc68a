import { describe, expect, it } from 'vitest';
import { listFiles } from '../src/files/list-files.js';
import { redactedUnifiedDiff, redactSecrets } from '../src/report/redacted-diff.js';
import { LIVE, SANDBOX, leakedSecrets } from './helpers/keys.js';
import { tempFolder, write } from './helpers/project.js';

describe('listFiles outside git', () => {
  it('honours nested .gitignore files, skips node_modules and .git, takes named files', () => {
    const folder = tempFolder();
    for (const file of ['a.ts', 'dist/out.js', 'src/b.ts', 'src/gen/c.ts', 'src/keep.log', 'node_modules/x/i.js', 'deep/node_modules/y.js', '.git/config', '.env.local', 'docs/d.md']) write(folder, file, 'x');
    write(folder, '.gitignore', 'dist/\n*.log\n');
    write(folder, 'src/.gitignore', 'gen/\n!keep.log\n');
    // As in git, the deeper `!keep.log` re-includes what the root's `*.log` ignores.
    expect(listFiles(folder, [])).toEqual(['.env.local', '.gitignore', 'a.ts', 'docs/d.md', 'src/.gitignore', 'src/b.ts', 'src/keep.log']);
    expect(listFiles(folder, ['src'])).toEqual(['src/.gitignore', 'src/b.ts', 'src/keep.log']);
    expect(listFiles(folder, ['dist/out.js', 'docs'])).toEqual(['dist/out.js', 'docs/d.md']);
  });

  it('refuses missing paths and paths outside the project', () => {
    const folder = tempFolder();
    expect(() => listFiles(folder, ['nope'])).toThrow(/^nope: no such file or directory$/);
    expect(() => listFiles(folder, ['..'])).toThrow(/outside the current folder/);
  });
});

describe('redaction in diffs', () => {
  it('never shows a full key on either side, and keeps the rest', () => {
    const before = `const a = '${LIVE}';\nconst b = '${SANDBOX}';\nconst c = 'optimo_live_xxxxxxxxxxxx';\n`;
    const after = `const a = process.env.A!;\nconst b = '${SANDBOX}';\nconst c = 'optimo_live_xxxxxxxxxxxx';\n`;
    const diff = redactedUnifiedDiff('x.ts', before, after);
    expect(leakedSecrets(diff)).toBe(0);
    expect(diff).toBe("--- a/x.ts\n+++ b/x.ts\n@@ -1,3 +1,3 @@\n-const a = 'optimo_live_Q1w2…';\n+const a = process.env.A!;\n const b = 'optimo_sandbox_A1s2…';\n const c = 'optimo_live_xxxxxxxxxxxx';\n");
    expect(redactSecrets('token=abcdefghijkl1234', ['abcdefghijkl1234'])).toBe('token=abcd…');
  });
});
