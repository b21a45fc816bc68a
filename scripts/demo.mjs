// `pnpm demo` (after `turbo run build`): every optimocms-guard tool on a temporary copy of
// examples/demo-app, in the order a team adopting the toolkit would run them. The example itself is
// never modified. Exits 0 when every tool behaved as expected, 1 with a one-line reason otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** `run` without blocking this process: for the step whose stand-in API server lives in the demo itself. */
function runAsync(step, bin, args, expected, env) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: workdir, env: { ...process.env, ...(tty ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new DemoFailure(`${step}: ${error.message}`)));
    child.on('close', (status) => {
      if (status !== expected) reject(new DemoFailure(`${step} exited ${status}, expected ${expected}: ${(stderr || stdout).trim().split('\n')[0] ?? ''}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * A stand-in for api.optimocms.com on 127.0.0.1, answering GET /v1/sites the way the guide says the API
 * answers: the teammate's new key lacks sites:read (403 FORBIDDEN), the other live keys work on Pro
 * (200, X-RateLimit-Limit: 600), the app's old sandbox keys were revoked (401 UNAUTHORIZED).
 */
async function startStandInApi(scopedKey) {
  const requests = new Map();
  const meta = { requestId: 'req_demo', timestamp: new Date().toISOString() };
  const server = createServer((request, response) => {
    const key = String(request.headers['x-api-key'] ?? '');
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const answer = (status, body, headers = {}) => {
      response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (key === scopedKey) answer(403, { error: { code: 'FORBIDDEN', message: 'API key does not have scope: sites:read' }, meta });
    else if (key.startsWith('optimo_live_')) answer(200, { data: [], meta }, { 'X-RateLimit-Limit': '600', 'X-RateLimit-Remaining': '599', 'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 60) });
    else answer(401, { error: { code: 'UNAUTHORIZED', message: 'Missing or invalid API key' }, meta });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

function scanFindings() {
  return JSON.parse(run('optimocms-scan --format json', BINS.scan, ['--format', 'json'], 1)).findings;
}

async function main() {
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
    // Dated when the keys were first written: older than the guide's quarter, so the inventory shows them overdue.
    git('commit', '--quiet', '--no-verify', '--message', 'demo-app as found', `--date=${new Date(Date.now() - 200 * 86_400_000).toISOString()}`);
    // As found, it was already pushed: a bare repository stands in for the shared remote.
    git('init', '--quiet', '--bare', '--initial-branch=main', path.join(base, 'origin.git'));
    git('remote', 'add', 'origin', path.join(base, 'origin.git'));
    git('push', '--quiet', 'origin', 'main');

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

    section('Every key ever committed, and how far it went', 'optimocms-scan --history --inventory');
    git('add', '--all');
    git('commit', '--quiet', '--no-verify', '--message', 'read keys from the environment (optimocms-codemod env-keys)');
    // Meanwhile a teammate commits a new sandbox key in a script, not pushed yet. Assembled here so that no key sits in this file.
    const teammateKey = ['optimo', 'sandbox', 'Dm7Qk2Vx9Rt4Lp8W'].join('_');
    writeFileSync(path.join(workdir, 'scripts-seed.sh'), `#!/bin/sh\nexport OPTIMOCMS_SANDBOX_KEY=${teammateKey}\n`);
    git('add', 'scripts-seed.sh');
    git('commit', '--quiet', '--no-verify', '--message', 'seed script');
    say(run('optimocms-scan --history --inventory', BINS.scan, ['--history', '--inventory'], 1));
    const inventory = JSON.parse(run('optimocms-scan --history --inventory --format json', BINS.scan, ['--history', '--inventory', '--format', 'json'], 1));
    if (!inventory.keys.some((row) => row.exposure === 'pushed' && row.action === 'revoke' && row.rotationOverdue)) fail('the inventory shows no pushed, overdue key to revoke');
    const teammateRow = inventory.keys.find((row) => row.exposure === 'local');
    if (teammateRow?.action !== 'rewrite-then-rotate' || !teammateRow.inHead) fail("the inventory does not show the teammate's unpushed key as local, in HEAD, to rewrite");
    say(dim('\nThe keys of the first commit are on origin, and 200 days old: revoke them. The new one is only in a local commit: drop it'));
    say(dim('from that commit before pushing (git rebase -i), then rotate it. --format markdown gives the same table for a ticket.'));

    const api = await startStandInApi(teammateKey);
    try {
      section('Which of them still work?', `OPTIMOCMS_API_URL=${api.url} optimocms-scan --history --inventory --verify`);
      say(dim('A stand-in for api.optimocms.com on 127.0.0.1 answers GET /v1/sites as the guide documents (200 with X-RateLimit-Limit,'));
      say(dim('403 FORBIDDEN, 401 UNAUTHORIZED). Without --verify nothing is ever sent; with it, one request per distinct key.\n'));
      const env = { OPTIMOCMS_API_URL: api.url };
      const { stdout, stderr } = await runAsync('optimocms-scan --history --inventory --verify', BINS.scan, ['--history', '--inventory', '--verify'], 1, env);
      say(`${stderr.trim()}\n\n${stdout}`);
      const verified = JSON.parse((await runAsync('optimocms-scan --history --inventory --verify --format json', BINS.scan, ['--history', '--inventory', '--verify', '--format', 'json'], 1, env)).stdout);
      const statuses = new Set(verified.keys.map((row) => row.verification?.status));
      for (const status of ['active', 'invalid']) if (!statuses.has(status)) fail(`--verify found no ${status} key against the stand-in API`);
      const scoped = verified.keys.find((row) => row.key === teammateRow.key);
      if (scoped?.verification?.missingScope !== 'sites:read') fail("--verify did not read the teammate key's missing scope from the 403");
      if (!verified.keys.some((row) => row.verification?.tier === 'pro')) fail('--verify did not read the Pro tier from X-RateLimit-Limit');
      if (!verified.keys.filter((row) => row.verification?.status === 'invalid').every((row) => row.action === 'none')) fail('a revoked key still asks for action');
      if ([...api.requests.values()].some((count) => count !== 2)) fail('--verify sent more than one request per key and run');
    } finally {
      await api.close();
    }
    say(dim('\nRevoked keys need nothing more; working ones are revoked first (and an ignore never hides a working key).'));

    section('Which scopes does the code need?', 'optimocms-codemod scopes');
    say(run('optimocms-codemod scopes', BINS.codemod, ['scopes'], 1));

    console.log(`\n${bold('✔ Demo complete')}: every tool behaved as expected.${keep ? ` The copy is kept at ${workdir}.` : ''}`);
  } finally {
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  if (!(error instanceof DemoFailure)) throw error;
  console.error(`\ndemo: ${error.message}`);
  process.exitCode = 1;
}
