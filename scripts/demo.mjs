// `pnpm demo` (after `turbo run build`): every optimocms-guard tool on a temporary copy of
// examples/demo-app, in the order a team adopting the toolkit would run them. The example itself is
// never modified. Exits 0 when every tool behaved as expected, 1 with a one-line reason otherwise.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/demo-app');
const keep = process.argv.includes('--keep');
const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (tty ? `\u001B[1m${text}\u001B[22m` : text);
const dim = (text) => (tty ? `\u001B[2m${text}\u001B[22m` : text);

class DemoFailure extends Error {}
const fail = (reason) => {
  throw new DemoFailure(reason);
};

/** The JS file behind a package's bin, resolved from the demo app (where pnpm linked the workspace packages). */
function binOf(packageName, binName) {
  const require = createRequire(path.join(example, 'package.json'));
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  const file = path.join(path.dirname(manifestPath), bin ?? '');
  if (!bin || !existsSync(file)) fail(`${packageName} is not built (no ${binName} bin): run pnpm demo, which builds first`);
  return file;
}

const BINS = {
  scan: binOf('@optimocms/secret-scan', 'optimocms-scan'),
  codemod: binOf('@optimocms/codemod', 'optimocms-codemod'),
  eslint: binOf('eslint', 'eslint'),
};

let workdir;

/** Runs a tool in the copy; fails the demo unless it exits with `expected`. */
function run(step, bin, args, expected) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: workdir,
    encoding: 'utf8',
    env: { ...process.env, ...(tty ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) fail(`${step}: ${result.error.message}`);
  if (result.status !== expected) {
    const firstLine = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
    fail(`${step} exited ${result.status}, expected ${expected}${firstLine ? `: ${firstLine}` : ''}`);
  }
  return result.stdout;
}

function git(...args) {
  const result = spawnSync('git', ['-c', 'user.name=OptimoCMS demo', '-c', 'user.email=demo@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: workdir, encoding: 'utf8' });
  if (result.error) fail(`git is needed for the demo: ${result.error.message}`);
  if (result.status !== 0) fail(`git ${args[0]}: ${result.stderr.trim().split('\n')[0]}`);
  return result.stdout;
}

let sectionNumber = 0;
function section(title, command) {
  sectionNumber++;
  console.log(`\n${bold(`── ${sectionNumber}. ${title}`)}  ${dim(`$ ${command}`)}\n`);
}

const indent = (text) => text.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
const say = (text) => console.log(indent(text));

/** ESLint's JSON report as short lines: `file:line:col  rule  first clause of the message`. */
function eslintLines(json) {
  const lines = [];
  for (const result of JSON.parse(json)) {
    for (const message of result.messages) {
      const file = path.relative(workdir, result.filePath).replaceAll('\\', '/');
      const sentence = message.message.split('. ')[0];
      const clause = sentence.length > 110 ? `${sentence.slice(0, 109)}…` : sentence;
      lines.push({ file, rule: (message.ruleId ?? 'fatal').replace('@optimocms/', ''), text: `${file}:${message.line}:${message.column}  ${(message.ruleId ?? 'fatal').replace('@optimocms/', '')}  ${clause}` });
    }
  }
  return lines;
}

/** The codemod's dry-run output with only the first `keep` file diffs; the plan and summary stay whole. */
function shortenDiff(output, keep) {
  const blocks = output.split(/\n(?=--- a\/|Environment variables)/);
  const diffs = blocks.filter((block) => block.startsWith('--- a/'));
  const rest = blocks.filter((block) => !block.startsWith('--- a/'));
  if (diffs.length <= keep) return output;
  return [...diffs.slice(0, keep), dim(`… and the same change in ${diffs.length - keep} more files (${diffs.slice(keep).map((block) => block.slice(6, block.indexOf('\n'))).join(', ')})\n`), ...rest].join('\n');
}

function scanFindings() {
  return JSON.parse(run('optimocms-scan --format json', BINS.scan, ['--format', 'json'], 1)).findings;
}

function main() {
  const base = mkdtempSync(path.join(tmpdir(), 'optimocms-demo-'));
  workdir = path.join(base, 'demo-app');
  try {
    console.log(bold('optimocms-guard demo'));
    console.log(`A small app with OptimoCMS keys in all the wrong places (examples/demo-app, see its README),`);
    console.log(`copied to ${workdir} and committed to a fresh git repository. The example itself is not touched.`);
    cpSync(example, workdir, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
    // The copy uses the example's installed ESLint, plugin and parser.
    symlinkSync(path.join(example, 'node_modules'), path.join(workdir, 'node_modules'), 'dir');
    git('init', '--quiet', '--initial-branch=main');
    git('add', '--all');
    git('commit', '--quiet', '--no-verify', '--message', 'demo-app as found');

    section('Find the keys', 'optimocms-scan');
    say(run('optimocms-scan', BINS.scan, [], 1));
    const rulesFound = new Set(scanFindings().map((finding) => finding.rule));
    for (const rule of ['live-key', 'sandbox-key', 'env-file-committed', 'public-env-exposure', 'generic-key-assignment']) {
      if (!rulesFound.has(rule)) fail(`optimocms-scan did not report ${rule} on the demo app`);
    }

    section('Lint the code', 'eslint .  (eslint.config.js: @optimocms/eslint-plugin configs.recommended)');
    const lintBefore = eslintLines(run('eslint', BINS.eslint, ['--format', 'json', '.'], 1));
    say(lintBefore.map((line) => line.text).join('\n'));
    say(`\n✖ ${lintBefore.length} problems`);
    for (const rule of ['no-hardcoded-api-key', 'no-client-side-api-key', 'no-overbroad-scopes', 'no-unknown-scope']) {
      if (!lintBefore.some((line) => line.rule === rule)) fail(`ESLint did not report @optimocms/${rule} on the demo app`);
    }

    section('Preview the migration (dry run)', 'optimocms-codemod env-keys');
    say(shortenDiff(run('optimocms-codemod env-keys', BINS.codemod, ['env-keys'], 0), 2));
    if (git('status', '--porcelain') !== '') fail('the dry run changed files');
    const plan = JSON.parse(run('optimocms-codemod env-keys --json', BINS.codemod, ['env-keys', '--json'], 0));
    const manualFiles = new Set(plan.manual.map((item) => item.file));

    section('Apply it', 'optimocms-codemod env-keys --write');
    const written = run('optimocms-codemod env-keys --write', BINS.codemod, ['env-keys', '--write'], 0);
    say(written.slice(written.lastIndexOf('\n', written.trimEnd().lastIndexOf('\n') - 1) + 1));
    const envFile = path.join(workdir, '.env');
    if (!existsSync(envFile)) fail('the codemod did not write .env');
    if ((statSync(envFile).mode & 0o077) !== 0) fail('.env is readable by other users');
    if (spawnSync('git', ['check-ignore', '--quiet', '.env'], { cwd: workdir }).status !== 0) fail('.env is not git-ignored after the codemod');
    say(dim(`.env (mode 0600, git-ignored) now holds the keys; the code reads process.env; .env.example lists the names.`));

    section('Check again', 'optimocms-scan && eslint .');
    const left = scanFindings();
    const outside = left.filter((finding) => !manualFiles.has(finding.file));
    if (outside.length > 0) fail(`optimocms-scan still reports ${outside[0].rule} at ${outside[0].file}:${outside[0].line}, which the codemod did not list as manual work`);
    say(`optimocms-scan: ${left.length} findings left, all in the ${manualFiles.size} files the codemod listed as manual work:`);
    say([...manualFiles].sort().map((file) => `  ${file}`).join('\n'));
    const lintAfter = eslintLines(run('eslint', BINS.eslint, ['--format', 'json', '.'], 1));
    const hardcoded = lintAfter.filter((line) => line.rule === 'no-hardcoded-api-key' && !manualFiles.has(line.file));
    if (hardcoded.length > 0) fail(`ESLint still reports a hardcoded key at ${hardcoded[0].text}`);
    say(`\nESLint: ${lintAfter.length} problems left (${lintBefore.length} before); no hardcoded key outside the manual work:`);
    say(lintAfter.map((line) => `  ${line.text}`).join('\n'));
    say(dim('\nWhat is left needs a person: a browser component must call a backend route instead of holding a key,'));
    say(dim('.env.production must leave git (git rm --cached), .mcp.json should read ${OPTIMOCMS_API_KEY}, and'));
    say(dim('the key manifest needs the scopes below. Then rotate every key that was ever committed.'));

    section('Which scopes does the code need?', 'optimocms-codemod scopes');
    say(run('optimocms-codemod scopes', BINS.codemod, ['scopes'], 1));

    console.log(`\n${bold('✔ Demo complete')}: every tool behaved as expected.${keep ? ` The copy is kept at ${workdir}.` : ''}`);
  } finally {
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof DemoFailure)) throw error;
  console.error(`\ndemo: ${error.message}`);
  process.exitCode = 1;
}
