// An inline allow marker covers keys near it on its line (INLINE_ALLOW_REACH characters), as in the
// scanner: in a minified line one marker must not hide every key, in code or in a file the codemod does not rewrite.
import { INLINE_ALLOW_REACH } from '@optimocms/secret-scan';
import { describe, expect, it } from 'vitest';
import { runEnvKeys } from '../src/index.js';
import { LIVE } from './helpers/keys.js';
import { read, tempFolder, write } from './helpers/project.js';

const padding = 'x'.repeat(INLINE_ALLOW_REACH + 10);

describe('an inline allow marker in a long line', () => {
  it('covers the key beside it, not one far along the same line', async () => {
    const folder = tempFolder();
    write(folder, 'a.js', `const a = '${LIVE}'; /* optimocms-scan-allow */ const pad = '${padding}'; const b = '${LIVE}';\n`);
    await runEnvKeys({ cwd: folder, write: true });
    const after = read(folder, 'a.js');
    // The allowed key stays as written; the far one is moved.
    expect(after.split(LIVE)).toHaveLength(2);
    expect(after.endsWith("const b = process.env.OPTIMOCMS_API_KEY;\n")).toBe(true);
  });

  it('in a file the codemod does not rewrite, lists the far key as manual work', async () => {
    const folder = tempFolder();
    write(folder, 'notes.md', `${LIVE} <!-- optimocms-scan-allow --> ${padding} ${LIVE}\n`);
    const report = await runEnvKeys({ cwd: folder });
    expect(report.manual.map(({ kind, line }) => ({ kind, line }))).toEqual([{ kind: 'non-code-file', line: 1 }]);
  });
});
