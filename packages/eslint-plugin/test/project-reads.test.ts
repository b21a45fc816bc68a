// The framework of each file comes from its nearest package.json, read once per lint run however many
// files and rules ask (the shared resolver of @optimocms/secret-scan/project), counted on its file system.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FILE_SYSTEM, sharedProjectResolver } from '@optimocms/secret-scan/project';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

const frameworks = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/frameworks');
const FILES = ['next/app/page.tsx', 'next/app/about/page.tsx', 'next/pages/index.tsx', 'next/lib/cms.ts', 'vite/src/main.ts', 'vite/src/api/cms.ts', 'vite/vite.config.ts', 'express/src/client/cms.ts'];

describe('package.json reads', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads each package.json once for a run of every rule over many files', () => {
    sharedProjectResolver().clear();
    const readText = vi.spyOn(NODE_FILE_SYSTEM, 'readText');
    const config: Linter.Config[] = [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: parser as Linter.Parser } }, plugin.configs.recommended as Linter.Config];
    const linter = new Linter({ cwd: frameworks });
    const code = "import { OptimoCMS } from '@optimocms/sdk';\nexport const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });\n";
    // Twice over: a second pass (an editor re-linting) reads nothing again.
    const reports = [...FILES, ...FILES].map((file) => linter.verify(code, config, { filename: path.join(frameworks, file) }).map((message) => message.messageId));
    const reads = readText.mock.calls.map(([file]) => path.relative(frameworks, file));
    const counts = Object.fromEntries([...new Set(reads)].map((file) => [file, reads.filter((read) => read === file).length]));
    expect(Object.values(counts).every((count) => count === 1), JSON.stringify(counts)).toBe(true);
    expect(['next/package.json', 'vite/package.json', 'express/package.json'].every((file) => counts[file] === 1)).toBe(true);
    // The Vite SPA's src/ ships; the Express app's src/client/ does not.
    expect(reports[4]).toEqual(['clientConstructor', 'clientEnvRead']);
    expect(reports[7]).toEqual([]);
  });
});
