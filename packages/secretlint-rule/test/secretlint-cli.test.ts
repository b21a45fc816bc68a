// The real secretlint CLI, configured exactly as the README says, on a fixture project built at runtime.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findKeyTokens, scanText } from '@optimocms/secret-scan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_IDS } from '../src/index.js';
import { LIVE, LIVE_KEY, SANDBOX_KEY } from './keys.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const secretlintBin = path.join(path.dirname(require.resolve('secretlint/package.json')), 'bin/secretlint.js');

/** The `.secretlintrc.json` the README shows, read from the README itself. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(packageRoot, 'README.md'), 'utf8');
  const block = /```json\n(\{ "rules": \[\{ "id": "@optimocms\/secretlint-rule-api-key" \}\] \})\n```/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no .secretlintrc.json block');
  return block[1];
}

const FILES: Record<string, string> = {
  'src/cms.ts': `import { OptimoCMS } from '@optimocms/sdk';\n\nexport const cms = new OptimoCMS({ apiKey: '${LIVE_KEY}' });\n`,
  '.mcp.json': `{\n  "mcpServers": { "cms": { "env": { "OPTIMOCMS_API_KEY": "${SANDBOX_KEY}" } } }\n}\n`,
  'deploy.sh': `#!/bin/sh\ncurl -X POST -H "X-Api-Key: ${LIVE_KEY}" https://api.optimocms.com/v1/sites/site_1/publish\n`,
  'docs/setup.md': `Set \`OPTIMOCMS_API_KEY=${LIVE}your_key_here\` in your shell.\n`,
  'src/clean.ts': 'export const cms = new OptimoCMS({ apiKey: process.env.OPTIMOCMS_API_KEY! });\n',
};

let project: string;

function secretlint(args: string[], config = readmeConfig(), targets = ['**/*']) {
  writeFileSync(path.join(project, '.secretlintrc.json'), config);
  return spawnSync(process.execPath, [secretlintBin, '--no-color', ...args, ...targets], { cwd: project, encoding: 'utf8' });
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'secretlint-rule-'));
  // secretlint resolves rule ids from the working directory, as an installed package.
  mkdirSync(path.join(project, 'node_modules/@optimocms'), { recursive: true });
  symlinkSync(packageRoot, path.join(project, 'node_modules/@optimocms/secretlint-rule-api-key'), 'dir');
  for (const [file, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), content);
  }
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('secretlint with the README config', () => {
  it('exits 1 and lists each key with its message id, masked', () => {
    const run = secretlint([]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/cms\.ts\n\s+3:44\s+error\s+\[LIVE_API_KEY\] found OptimoCMS live API key: \*+\./);
    expect(run.stdout).toMatch(/\.mcp\.json\n\s+2:58\s+error\s+\[SANDBOX_API_KEY\]/);
    expect(run.stdout).toContain('3 problems (3 errors, 0 warnings, 0 infos)');
    expect(findKeyTokens(run.stdout)).toEqual([]);
  });

  it('reports, file by file, exactly what the engine reports as live-key and sandbox-key', () => {
    const run = secretlint(['--format', 'json', '--no-maskSecrets']);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { messageId: string; range: [number, number]; message: string }[] }[];
    const reported = results.flatMap((result) => result.messages.map((message) => `${path.relative(project, result.filePath)} ${message.range.join('-')} ${message.messageId}`));
    const expected = Object.entries(FILES).flatMap(([file, content]) =>
      scanText(content, { file, rules: ['live-key', 'sandbox-key'] }).map((match) => `${file} ${match.start}-${match.end} ${MESSAGE_IDS[match.environment ?? 'live']}`),
    );
    expect(reported.sort()).toEqual(expected.sort());
    expect(reported).toHaveLength(3);
    // Unmasked, a message shows the engine's redaction and nothing more.
    for (const result of results) for (const message of result.messages) expect(findKeyTokens(message.message)).toEqual([]);
  });

  it('maps the configured severity; secretlint fails the run on any report', () => {
    const run = secretlint([], '{ "rules": [{ "id": "@optimocms/secretlint-rule-api-key", "severity": "warning" }] }');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('3 problems (0 errors, 3 warnings, 0 infos)');
  });

  it('honours allows and allowMessageIds from .secretlintrc.json', () => {
    const config = JSON.stringify({
      rules: [{ id: '@optimocms/secretlint-rule-api-key', options: { allows: [`/${LIVE}Q1w2/`] }, allowMessageIds: ['SANDBOX_API_KEY'] }],
    });
    const run = secretlint([], config);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 2 with the pattern named when an allow pattern is not a regular expression', () => {
    const run = secretlint([], JSON.stringify({ rules: [{ id: '@optimocms/secretlint-rule-api-key', options: { allows: ['/(unclosed/'] } }] }));
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('@optimocms/secretlint-rule-api-key: allow pattern /(unclosed/ is not a valid regular expression');
  });

  it('masks keys in place with --format=mask-result', () => {
    const run = secretlint(['--format', 'mask-result'], readmeConfig(), ['src/cms.ts']);
    // secretlint adds one newline after the masked content.
    expect(run.stdout).toBe(`${FILES['src/cms.ts']?.replace(LIVE_KEY, '*'.repeat(LIVE_KEY.length)) ?? ''}\n`);
  });
});
