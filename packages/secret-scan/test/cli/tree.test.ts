import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRepo, expectOneLineError, git, liveKey, locations, parseReport, redacted, remember, runCli, sandboxKey, temporaryDirectory, write } from './helpers.js';

const KEY = liveKey('Tr33Sc4nK3yA1');
const OTHER = sandboxKey('H1dd3nF1l3sB2');
remember(KEY, OTHER);

describe('plain scans inside a git work tree', () => {
  const repo = createRepo();
  write(repo, '.gitignore', 'ignored/\n*.log\n.env.local\n');
  write(repo, 'tracked.ts', `const k = '${KEY}';\n`);
  write(repo, '.github/workflows/deploy.yml', `env:\n  OPTIMOCMS_API_KEY: ${OTHER}\n`);
  write(repo, '.mcp.json', `{ "env": { "X": "${OTHER}" } }\n`);
  write(repo, 'ignored/secret.ts', `const k = '${KEY}';\n`);
  write(repo, 'debug.log', `${KEY}\n`);
  write(repo, '.env.local', `OPTIMOCMS_API_KEY=${KEY}\n`);
  write(repo, 'node_modules/pkg/index.js', `module.exports = '${KEY}';\n`);
  git(repo, 'add', '.gitignore', 'tracked.ts');
  git(repo, 'commit', '-q', '-m', 'initial');
  write(repo, 'untracked.ts', `const k = '${OTHER}';\n`);

  it('scans tracked and untracked-not-ignored files, hidden ones included, never node_modules or ignored files', () => {
    const result = runCli(['--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(locations(parseReport(result))).toEqual([
      '.github/workflows/deploy.yml:2:22 sandbox-key',
      '.mcp.json:1:18 sandbox-key',
      'tracked.ts:1:12 live-key',
      'untracked.ts:1:12 sandbox-key',
    ]);
  });

  it('with --no-ignore also scans ignored files and node_modules, and does not call an ignored .env committed', () => {
    const report = parseReport(runCli(['--format', 'json', '--no-ignore'], { cwd: repo }));
    expect(locations(report)).toEqual([
      '.env.local:1:19 live-key',
      '.github/workflows/deploy.yml:2:22 sandbox-key',
      '.mcp.json:1:18 sandbox-key',
      'debug.log:1:1 live-key',
      'ignored/secret.ts:1:12 live-key',
      'node_modules/pkg/index.js:1:19 live-key',
      'tracked.ts:1:12 live-key',
      'untracked.ts:1:12 sandbox-key',
    ]);
  });

  it('scans the paths it is given, relative to the working directory', () => {
    const report = parseReport(runCli(['--format', 'json', 'tracked.ts', '.github'], { cwd: repo }));
    expect(locations(report)).toEqual(['.github/workflows/deploy.yml:2:22 sandbox-key', 'tracked.ts:1:12 live-key']);
    const fromSubfolder = parseReport(runCli(['--format', 'json', '..'], { cwd: join(repo, '.github') }));
    expect(fromSubfolder.findings.map((finding) => finding.file)).toEqual(['workflows/deploy.yml', '../.mcp.json', '../tracked.ts', '../untracked.ts'].sort());
  });

  it('scans an ignored file named on the command line, as not committed', () => {
    expect(locations(parseReport(runCli(['--format', 'json', 'debug.log', '.env.local'], { cwd: repo })))).toEqual(['.env.local:1:19 live-key', 'debug.log:1:1 live-key']);
  });

  it('a missing path is a one-line usage error', () => {
    expectOneLineError(runCli(['no-such-dir'], { cwd: repo }), /no-such-dir: no such file or directory/);
  });

  it('without git on PATH, walks the folder honouring .gitignore and says so in one line', () => {
    const result = runCli(['--format', 'json'], { cwd: repo, env: { PATH: temporaryDirectory() } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/git: not found on PATH: walking the folders/)]);
    expect(locations(parseReport(result))).toEqual(['.github/workflows/deploy.yml:2:22 sandbox-key', '.mcp.json:1:18 sandbox-key', 'tracked.ts:1:12 live-key', 'untracked.ts:1:12 sandbox-key']);
  });

  it('without git on PATH, --staged and --history fail with one line and exit 2', () => {
    expectOneLineError(runCli(['--staged'], { cwd: repo, env: { PATH: temporaryDirectory() } }), /git was not found on PATH/);
    expectOneLineError(runCli(['--history'], { cwd: repo, env: { PATH: temporaryDirectory() } }), /git was not found on PATH/);
  });
});

describe('plain scans outside git', () => {
  it('walks the folder honouring nested .gitignore files (with negation) and skips .git and node_modules', () => {
    const dir = temporaryDirectory();
    write(dir, '.gitignore', 'build/\n*.tmp\n');
    write(dir, 'build/out.js', `${KEY}\n`);
    write(dir, 'a.tmp', `${KEY}\n`);
    write(dir, 'pkg/.gitignore', 'fixtures/*\n!fixtures/keep.txt\n');
    write(dir, 'pkg/fixtures/drop.txt', `${KEY}\n`);
    write(dir, 'pkg/fixtures/keep.txt', `${KEY}\n`);
    write(dir, '.git/config', `${KEY}\n`);
    write(dir, 'node_modules/x.js', `${KEY}\n`);
    write(dir, '.env', `OPTIMOCMS_LIVE_KEY="${KEY}"\n`);
    const report = parseReport(runCli(['--format', 'json'], { cwd: dir }));
    expect(locations(report)).toEqual(['.env:1:21 env-file-committed', '.env:1:21 live-key', 'pkg/fixtures/keep.txt:1:1 environment-mismatch', 'pkg/fixtures/keep.txt:1:1 live-key']);
    const all = parseReport(runCli(['--format', 'json', '--no-ignore'], { cwd: dir }));
    expect(all.findings.map((finding) => finding.file)).not.toContain('.git/config');
    expect(all.findings.map((finding) => finding.file)).toEqual(expect.arrayContaining(['build/out.js', 'a.tmp', 'pkg/fixtures/drop.txt', 'node_modules/x.js']));
  });
});

describe('file contents', () => {
  const dir = temporaryDirectory();
  const line = `token = "${KEY}"`;
  write(dir, 'crlf.ini', `[a]\r\n\r\n${line}\r\n`);
  write(dir, 'utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`x\n${line}\n`, 'utf16le')]));
  write(dir, 'utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`x\n${line}\n`, 'utf16le').swap16()]));
  write(dir, 'utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${line}\n`)]));
  write(dir, 'latin1.txt', Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9, 0xff]), Buffer.from(` ${line}\n`)]));
  write(dir, 'binary.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(`${line}\n`)]));
  write(dir, 'big.txt', `${'a'.repeat(600 * 1024)}\n${line}\n`);

  it('decodes CRLF, UTF-16 LE/BE and UTF-8 BOM files with the right columns; binaries are skipped and counted', () => {
    const result = runCli(['--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(locations(report)).toEqual([
      'big.txt:2:10 live-key',
      'crlf.ini:3:10 live-key',
      'latin1.txt:1:16 live-key',
      'utf16be.txt:2:10 live-key',
      'utf16le.txt:2:10 live-key',
      'utf8bom.txt:1:10 live-key',
    ]);
    expect(report.findings.every((finding) => finding.secret === redacted(KEY) && finding.endColumn === finding.column + KEY.length)).toBe(true);
    expect(report.summary.skipped).toEqual({ binary: 1, tooLarge: 0, symlink: 0, unreadable: 0 });
    // Invalid UTF-8 is still scanned, with a one-line note.
    expect(result.stderr.trim()).toBe('optimocms-scan: latin1.txt: not valid UTF-8: scanned with replacement characters');
  });

  it('skips and counts files over --max-file-size (512k style sizes)', () => {
    const report = parseReport(runCli(['--format', 'json', '--max-file-size', '512k'], { cwd: dir }));
    expect(report.findings.map((finding) => finding.file)).not.toContain('big.txt');
    expect(report.summary.skipped['tooLarge']).toBe(1);
    const text = runCli(['--max-file-size=512k'], { cwd: dir });
    expect(text.stdout).toMatch(/skipped 1 binary, 1 over --max-file-size/);
    expectOneLineError(runCli(['--max-file-size', 'ten'], { cwd: dir }), /--max-file-size expects a size such as 10MB/);
  });
});

describe('symlinks and unreadable files', () => {
  const dir = temporaryDirectory();
  write(dir, 'real/key.ts', `const k = '${KEY}';\n`);
  symlinkSync('real', join(dir, 'loop-to-real'));
  symlinkSync('.', join(dir, 'real/self'));
  symlinkSync('missing.ts', join(dir, 'broken.ts'));
  symlinkSync('a-link', join(dir, 'b-link'));
  symlinkSync('b-link', join(dir, 'a-link'));

  it('does not follow symlinks by default: counted as skipped, no loop, exit by findings', () => {
    const result = runCli(['--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = parseReport(result);
    expect(locations(report)).toEqual(['real/key.ts:1:12 live-key']);
    expect(report.summary.skipped['symlink']).toBe(5);
    expect(result.stderr).toBe('');
  });

  it('with --follow-symlinks reads through links, stops at loops, and names broken links in one line each', () => {
    const result = runCli(['--format', 'json', '--follow-symlinks'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(locations(parseReport(result))).toEqual(['real/key.ts:1:12 live-key']);
    const notes = result.stderr.trim().split('\n').sort();
    expect(notes).toEqual([
      'optimocms-scan: a-link: symbolic link loop, skipped',
      'optimocms-scan: b-link: symbolic link loop, skipped',
      'optimocms-scan: broken.ts: broken symbolic link, skipped',
      'optimocms-scan: loop-to-real: links to a folder scanned already, not followed',
      'optimocms-scan: real/self: symbolic link loop, not followed',
    ]);
  });

  it('an unreadable file is named in one line and makes a clean scan exit 2 (incomplete)', () => {
    const unreadable = temporaryDirectory();
    write(unreadable, 'ok.ts', 'export {};\n');
    write(unreadable, 'locked.ts', `const k = '${KEY}';\n`);
    chmodSync(join(unreadable, 'locked.ts'), 0o000);
    // root reads anything: run as nobody then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const result = runCli([], { cwd: unreadable, ...asUser });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['optimocms-scan: locked.ts: cannot read file: permission denied', 'optimocms-scan: 1 file could not be read: the scan is incomplete']);
    expect(result.stdout).toMatch(/skipped 1 unreadable/);
  });
});

describe('large file lists use worker threads with the same, deterministic result', () => {
  it('600 files: --jobs 2 and --jobs 1 agree, sorted by file, line, column', () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, 'src', `f${String(i).padStart(3, '0')}.js`), i % 150 === 7 ? `// ${i}\nconst a = '${KEY}', b = '${OTHER}';\n` : `export const n${i} = ${i};\n`);
    const pooled = runCli(['--format', 'json'], { cwd: dir });
    const single = runCli(['--format', 'json', '--jobs', '1'], { cwd: dir });
    const forced = runCli(['--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(locations(parseReport(pooled))).toEqual([
      'src/f007.js:2:12 live-key',
      'src/f007.js:2:45 sandbox-key',
      'src/f157.js:2:12 live-key',
      'src/f157.js:2:45 sandbox-key',
      'src/f307.js:2:12 live-key',
      'src/f307.js:2:45 sandbox-key',
      'src/f457.js:2:12 live-key',
      'src/f457.js:2:45 sandbox-key',
    ]);
    expect(parseReport(single).findings).toEqual(parseReport(pooled).findings);
    expect(parseReport(forced).findings).toEqual(parseReport(pooled).findings);
    expect(parseReport(pooled).summary.files).toBe(600);
  });
});
