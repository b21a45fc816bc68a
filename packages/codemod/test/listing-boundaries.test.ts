import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE, LIVE_2, leakedSecrets } from './helpers/keys.js';
import { commitAll, git, runCli, tempFolder, write } from './helpers/project.js';

const sdkFile = (key: string) => `import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: '${key}' });\n`;

describe('what the shared listing finds beyond the project: the codemod says so and leaves it alone', () => {
  it('a nested repository is named in the notes and never rewritten, even with --write', () => {
    const folder = tempFolder();
    write(folder, '.gitignore', '.env\n');
    write(folder, 'src/cms.ts', sdkFile(LIVE));
    commitAll(folder);
    const nested = join(folder, 'tools/other');
    mkdirSync(nested, { recursive: true });
    write(nested, 'cms.ts', sdkFile(LIVE_2));
    commitAll(nested);
    const result = runCli(folder, ['env-keys', '--write', '--json']);
    expect(result.status).toBe(0);
    expect(leakedSecrets(result.stdout + result.stderr)).toBe(0);
    const report = JSON.parse(result.stdout) as { notes: string[]; files: { file: string }[] };
    expect(report.files.map((file) => file.file)).toEqual(['src/cms.ts']);
    expect(report.notes).toContain('tools/other is a submodule or nested repository: left alone (run the codemod there)');
    expect(readFileSync(join(nested, 'cms.ts'), 'utf8')).toBe(sdkFile(LIVE_2));
    expect(git(nested, 'status', '--porcelain')).toBe('');
  });

  it('a file whose name is not valid UTF-8 is an error item (exit 1), not dropped in silence; scopes calls the run incomplete', () => {
    const folder = tempFolder();
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/bad`), Buffer.from([0xff]), Buffer.from('.ts')]), sdkFile(LIVE));
    const result = runCli(folder, ['env-keys', '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { errors: { file: string; message: string }[]; summary: { filesUnchanged: number } };
    expect(report.errors).toEqual([{ file: 'bad\\xff.ts', message: 'the file name is not valid UTF-8: rename it so that it can be checked' }]);
    expect(report.summary.filesUnchanged).toBe(0);
    const scopes = runCli(folder, ['scopes']);
    expect(scopes.status).toBe(2);
    expect(scopes.stderr).toMatch(/^optimocms-codemod: .*: the check is incomplete\n$/);
  });
});
