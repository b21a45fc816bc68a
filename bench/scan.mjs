// Scanner benchmark: optimocms-scan against rg -j1, a plain Node read loop, secretlint (pattern rule)
// and git-secrets, in one run, on two corpora side by side: the generated one and a copy of this
// workspace's installed packages (real code: many small files). Plus `optimocms-scan --staged` on a
// 20-file commit in each, and `optimocms-scan --history` on the real corpus' history against
// `git log -p -U0 --all | rg -j1`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from './lib/prng.mjs';
import { makeKey } from './lib/corpus/secret-shapes.mjs';
import { ensureExecutable } from './lib/system-packages.mjs';
import { measureSeries, runMeasured } from './lib/measure.mjs';
import { CORPUS_DIR, GIT_ENV, SCANNER, SECRETLINT, SECRETLINT_PATTERN_RULE } from './lib/paths.mjs';
import { ensureGitRepo, git } from './lib/git-fixture.mjs';
import { ensureRealGitRepo } from './lib/real-history.mjs';
import { describeRealCorpus, ensureRealCorpus, REAL_TREE_DIR } from './real-corpus.mjs';
import { ERE_KEY_PATTERN, JS_KEY_PATTERN, RUST_KEY_PATTERN } from './lib/key-patterns.mjs';
import { comparePlanted, describeComparison, locationKey } from './lib/planted-check.mjs';
import { formatTable, megabytes, millis, ratio, seconds, verdict } from './lib/table.mjs';

const NODE_READ_LOOP = fileURLToPath(new URL('./lib/node-read-loop.mjs', import.meta.url));

const KEY_RULES = new Set(['live-key', 'sandbox-key']);
/** What results/latest.json keeps of a measured series. */
const pick = (m) => (m ? { wallMs: m.wallMs, wallMsAll: m.wallMsAll, cpuMs: m.cpuMs, peakRssMb: m.peakRssMb, runs: m.runs } : null);
const STAGED_FILES = 20;

/** Exit codes 0 (nothing found) and 1 (found) are both a finished scan; anything else is a harness error. */
const expectExit = (label, ok = [0, 1]) => (result) => {
  if (!ok.includes(result.exitCode)) {
    const tail = result.stderr.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`${label} exited with ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}: ${tail}`);
  }
};

function scannerFindings(stdout) {
  const report = JSON.parse(stdout);
  const keys = new Set();
  const otherRules = {};
  for (const f of report.findings) {
    if (KEY_RULES.has(f.rule)) keys.add(locationKey(f.file, f.line));
    else otherRules[f.rule] = (otherRules[f.rule] ?? 0) + 1;
  }
  return { keys, otherRules, summary: report.summary };
}

const rgFindings = (stdout) => new Set(stdout.split('\n').filter(Boolean).map((l) => {
  const [file, line] = l.split(':');
  return locationKey(file, line);
}));

const secretlintFindings = (stdout, root) => {
  const keys = new Set();
  for (const file of JSON.parse(stdout)) for (const m of file.messages) keys.add(locationKey(relative(root, file.filePath), m.loc.start.line));
  return keys;
};

// git-secrets prints `file:line:content` on stderr (then its advice, which has no line number).
const gitSecretsFindings = (stderr) => new Set(stderr.split('\n').map((l) => /^([^:\n]+):(\d+):/.exec(l)).filter(Boolean).map((m) => locationKey(m[1], m[2])));

export async function runScanBenchmark({ settings, manifest, treeDir, timeBinary, log }) {
  const scanner = settings.scanner ?? SCANNER();
  if (!existsSync(scanner)) throw new Error(`optimocms-scan is not built (${scanner}): run pnpm turbo run build --filter=@optimocms/secret-scan`);
  const rg = ensureExecutable('rg', 'ripgrep', log);
  const gitSecrets = ensureExecutable('git-secrets', 'git-secrets', log);
  const secretlintrc = join(CORPUS_DIR, 'secretlintrc.json');
  writeFileSync(secretlintrc, JSON.stringify({
    rules: [{ id: SECRETLINT_PATTERN_RULE(), options: { patterns: [{ name: 'OptimoCMS API key', patterns: [`/${JS_KEY_PATTERN}/`] }] } }],
  }, null, 2));
  const realManifest = ensureRealCorpus({ seed: settings.seed, log });
  log(describeRealCorpus(realManifest));
  const corpora = [
    { id: 'generated', title: 'generated corpus', manifest, treeDir, repo: ensureGitRepo(treeDir, manifest, log) },
    { id: 'real', title: 'real corpus (installed packages)', manifest: realManifest, treeDir: REAL_TREE_DIR, repo: ensureRealGitRepo(realManifest, log) },
  ];
  const tools = { scanner, rg, gitSecrets, secretlintrc, timeBinary, log };
  const results = {};
  for (const corpus of corpora) {
    log(`--- scan: ${corpus.title} ---`);
    results[corpus.id] = await scanCorpus(corpus, settings, tools);
  }
  const real = corpora[1];
  const history = await historyBenchmark({ settings, repo: real.repo, manifest: real.manifest, ...tools });

  printSideBySide(corpora, results);
  const targets = [];
  for (const corpus of corpora) {
    const { tools: t, staged } = results[corpus.id];
    const base = t['optimocms-scan'];
    const on = ` (${corpus.id})`;
    targets.push(
      { target: `wall ≤ 2× rg -j1${on}`, value: t.rg ? `${(base.wallMs / t.rg.wallMs).toFixed(2)}× rg` : null, pass: t.rg ? base.wallMs <= 2 * t.rg.wallMs : null },
      { target: `≥ 20× faster than secretlint${on}`, value: `${(t.secretlint.wallMs / base.wallMs).toFixed(2)}× faster`, pass: t.secretlint.wallMs >= 20 * base.wallMs },
      { target: `peak RSS < 150 MB, folder walk${on}`, value: megabytes(base.peakRssMb), pass: base.peakRssMb === null ? null : base.peakRssMb < 150 },
      { target: `peak RSS < 150 MB, git repo${on}`, value: megabytes(t['optimocms-scan-git'].peakRssMb), pass: t['optimocms-scan-git'].peakRssMb === null ? null : t['optimocms-scan-git'].peakRssMb < 150 },
      { target: `--staged on a ${STAGED_FILES}-file commit < 150 ms${on}`, value: `${millis(staged.optimocms.wallMs)} (Node startup ${millis(staged.nodeStartup.wallMs)})`, pass: staged.optimocms.wallMs < 150 },
      { target: `every planted key found, nothing else${on}`, value: `${base.planted.found}/${base.planted.planted}, ${base.planted.extra} other`, pass: base.planted.missed.length === 0 && base.planted.extra === 0 },
    );
  }
  if (history.pipeline) targets.push({ target: '--history ≤ 1.2× git log -p -U0 --all | rg -j1 (real)', value: `${(history.optimocms.wallMs / history.pipeline.wallMs).toFixed(2)}×`, pass: history.optimocms.wallMs <= 1.2 * history.pipeline.wallMs });
  targets.push({ target: '--history: every planted key, nothing else (real)', value: `${history.optimocms.planted.found}/${history.optimocms.planted.planted}, ${history.optimocms.planted.extra} other`, pass: history.optimocms.planted.missed.length === 0 && history.optimocms.planted.extra === 0 });
  console.log('\nScanner targets');
  console.log(formatTable(['target', 'measured', 'result'], targets.map((t) => [t.target, t.value, verdict(t.pass)]), { align: [false, true, false] }));
  return {
    corpora: Object.fromEntries(corpora.map((c) => [c.id, { files: c.manifest.files, bytes: c.manifest.bytes, sha256: c.manifest.sha256, ...results[c.id] }])),
    history,
    targets,
  };
}

/** Every tool on one corpus (interleaved), then --staged in its git copy. */
async function scanCorpus(corpus, settings, { scanner, rg, gitSecrets, secretlintrc, timeBinary, log }) {
  const { manifest, treeDir, repo } = corpus;
  restoreClean(repo);
  if (gitSecrets) {
    // Registered in the copy's own .git/config, exactly as `git secrets --add` does for a user.
    const registered = gitConfigAll(repo, 'secrets.patterns');
    if (!registered.includes(ERE_KEY_PATTERN)) git(repo, ['secrets', '--add', ERE_KEY_PATTERN]);
  }
  const node = process.execPath;
  const commands = [
    { id: 'optimocms-scan', label: 'optimocms-scan --format json (folder walk)', command: node, args: [scanner, '--format', 'json', '.'], cwd: treeDir, env: GIT_ENV, findings: (r) => scannerFindings(r.stdout) },
    { id: 'optimocms-scan-git', label: 'optimocms-scan --format json (git repo)', command: node, args: [scanner, '--format', 'json', '.'], cwd: repo, env: GIT_ENV, findings: (r) => scannerFindings(r.stdout) },
  ];
  if (settings.baselineScanner) {
    commands.push(
      { id: 'baseline-scan', label: 'baseline build: optimocms-scan (folder walk)', command: node, args: [settings.baselineScanner, '--format', 'json', '.'], cwd: treeDir, env: GIT_ENV, findings: (r) => scannerFindings(r.stdout) },
      { id: 'baseline-scan-git', label: 'baseline build: optimocms-scan (git repo)', command: node, args: [settings.baselineScanner, '--format', 'json', '.'], cwd: repo, env: GIT_ENV, findings: (r) => scannerFindings(r.stdout) },
    );
  }
  if (rg) commands.push({ id: 'rg', label: 'rg -j1 (key pattern)', command: rg, args: ['-j1', '--hidden', '--no-ignore', '--no-heading', '-n', '--column', '-o', '-e', RUST_KEY_PATTERN, '.'], cwd: treeDir, env: GIT_ENV, ok: [0, 1], findings: (r) => ({ keys: rgFindings(r.stdout) }) });
  commands.push({ id: 'node-read-loop', label: 'plain Node loop: read + indexOf, 1 thread', command: node, args: [NODE_READ_LOOP, '.'], cwd: treeDir, ok: [0], findings: () => null });
  commands.push({ id: 'secretlint', label: 'secretlint (pattern rule)', command: node, args: [SECRETLINT(), '**/*', '--secretlintrc', secretlintrc, '--format', 'json', '--no-color'], cwd: treeDir, env: GIT_ENV, findings: (r) => ({ keys: secretlintFindings(r.stdout, treeDir) }) });
  if (gitSecrets) commands.push({ id: 'git-secrets', label: 'git secrets --scan (git repo)', command: gitSecrets, args: ['--scan'], cwd: repo, env: GIT_ENV, findings: (r) => ({ keys: gitSecretsFindings(r.stderr) }) });
  for (const c of commands) c.check = expectExit(c.label, c.ok);

  log('warming the page cache …');
  if (rg) for (const dir of [treeDir, repo]) await runMeasured({ command: rg, args: ['-j1', '--hidden', '--no-ignore', '-c', 'zzzzzz', dir] });

  log(`scan: ${settings.reps} repetitions per tool (interleaved) …`);
  const measured = await measureSeries(commands, { reps: settings.reps, timeBinary, log });
  const base = measured.find((m) => m.id === 'optimocms-scan');
  const rgBase = measured.find((m) => m.id === 'rg');
  const rows = [];
  const tools = {};
  for (const m of measured) {
    const command = commands.find((c) => c.id === m.id);
    const found = command.findings(m.first);
    const comparison = found ? comparePlanted(manifest.plantedKeys, found.keys) : null;
    tools[m.id] = { label: m.label, runs: m.runs, wallMs: m.wallMs, wallMsAll: m.wallMsAll, cpuMs: m.cpuMs, peakRssMb: m.peakRssMb, ratioToOptimocmsScan: m.wallMs / base.wallMs, ratioToRg: rgBase ? m.wallMs / rgBase.wallMs : null, cpuRatioToRg: rgBase?.cpuMs && m.cpuMs !== null ? m.cpuMs / rgBase.cpuMs : null, planted: comparison, otherRules: found?.otherRules, summary: found?.summary };
    rows.push([m.label, seconds(m.wallMs), ratio(m.wallMs, base.wallMs), ratio(m.wallMs, rgBase?.wallMs), seconds(m.cpuMs), ratio(m.cpuMs, rgBase?.cpuMs), megabytes(m.peakRssMb), m.runs, comparison ? `${comparison.found}/${comparison.planted}` : '–', comparison?.extra]);
  }
  console.log(`\nScanner, ${corpus.title}: ${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.files} files; median of runs; ratio = wall / optimocms-scan (folder walk); CPU = user + system of all threads`);
  console.log(formatTable(['tool', 'wall', 'ratio', '× rg', 'CPU', 'CPU × rg', 'peak RSS', 'runs', 'planted', 'other lines'], rows));
  for (const [id, t] of Object.entries(tools)) {
    if (t.planted) console.log(`  ${id}: ${describeComparison(t.planted)}${t.otherRules && Object.keys(t.otherRules).length ? `; other rules: ${JSON.stringify(t.otherRules)}` : ''}`);
  }

  const staged = await stagedBenchmark({ settings, repo, scanner, gitSecrets, timeBinary, log, manifest, title: corpus.title });
  restoreClean(repo);
  return { tools, staged };
}

/** The two corpora's main figures next to each other: each tool's wall time as a multiple of rg -j1's on the same corpus. */
function printSideBySide(corpora, results) {
  const ids = Object.keys(results[corpora[0].id].tools);
  const cell = (corpus, id) => {
    const t = results[corpus.id].tools[id];
    const times = (value) => (value === null ? null : `${value.toFixed(2)}×`);
    return t ? [seconds(t.wallMs), times(t.ratioToRg), times(t.cpuRatioToRg), megabytes(t.peakRssMb)] : [null, null, null, null];
  };
  console.log('\nBoth corpora side by side (× rg = wall / rg -j1 on the same corpus, same run; CPU × rg the same for user + system time)');
  console.log(formatTable(['tool', ...corpora.flatMap((c) => [`${c.id} wall`, '× rg', 'CPU × rg', 'peak RSS'])], [
    ...ids.map((id) => [results[corpora[0].id].tools[id].label, ...corpora.flatMap((c) => cell(c, id))]),
    ['optimocms-scan --staged (20 files)', ...corpora.flatMap((c) => [millis(results[c.id].staged.optimocms.wallMs), null, null, megabytes(results[c.id].staged.optimocms.peakRssMb)])],
  ]));
}

/** Findings of a --history report as file:line, and the planted keys they cover. */
async function historyBenchmark({ settings, repo, manifest, scanner, rg, timeBinary, log }) {
  const commands = [{
    id: 'optimocms-scan --history', label: 'optimocms-scan --history --format json', command: process.execPath, args: [scanner, '--history', '--format', 'json'], cwd: repo, env: GIT_ENV, check: expectExit('optimocms-scan --history', [1]),
  }];
  if (settings.baselineScanner) commands.push({ id: 'baseline --history', label: 'baseline build: optimocms-scan --history', command: process.execPath, args: [settings.baselineScanner, '--history', '--format', 'json'], cwd: repo, env: GIT_ENV, check: expectExit('baseline --history', [1]) });
  // The peer a user would write: every added and removed line of every commit, through ripgrep.
  const pipeline = `git log -p -U0 --all | ${rg} -j1 -e '${RUST_KEY_PATTERN}'`;
  if (rg) commands.push({ id: 'pipeline', label: 'git log -p -U0 --all | rg -j1 (key pattern)', command: 'bash', args: ['-o', 'pipefail', '-c', pipeline], cwd: repo, env: GIT_ENV, check: expectExit('git log | rg', [0]) });
  // git's own share: what any history scanner reading `git log -p` cannot go below.
  commands.push({ id: 'git-log', label: 'git log -p -U0 --all > /dev/null (git alone)', command: 'bash', args: ['-c', 'git log -p -U0 --all > /dev/null'], cwd: repo, env: GIT_ENV, check: expectExit('git log', [0]) });
  log(`history: ${settings.reps} repetitions …`);
  const measured = await measureSeries(commands, { reps: settings.reps, timeBinary, log });
  const byId = (id) => measured.find((m) => m.id === id) ?? null;
  const [ours, pipelineRun, gitAlone, baseline] = [byId('optimocms-scan --history'), byId('pipeline'), byId('git-log'), byId('baseline --history')];
  const found = scannerFindings(ours.first.stdout);
  const planted = comparePlanted(manifest.plantedKeys, found.keys);
  const commits = found.summary.commits;
  const rows = measured.map((m) => [m.label, seconds(m.wallMs), ratio(m.wallMs, pipelineRun?.wallMs), seconds(m.cpuMs), ratio(m.cpuMs, pipelineRun?.cpuMs), megabytes(m.peakRssMb), m.runs]);
  console.log(`\nHistory: ${commits} commits of the real corpus (the packages in ${commits - 1} commits, then one adding the keys); median of runs; ratio = wall / the rg pipeline`);
  console.log(formatTable(['command', 'wall', '× pipeline', 'CPU', 'CPU × pipeline', 'peak RSS', 'runs'], rows));
  console.log(`  optimocms-scan --history: ${describeComparison(planted)}; ${found.summary.files} file changes, ${(found.summary.bytes / 1e6).toFixed(1)} MB of added lines`);
  if (pipelineRun) console.log(`  the pipeline printed ${pipelineRun.first.stdout.split('\n').filter(Boolean).length} matching lines`);
  return { commits, optimocms: { ...pick(ours), planted, summary: found.summary }, pipeline: pick(pipelineRun), gitAlone: pick(gitAlone), baseline: pick(baseline) };
}

function gitConfigAll(repo, name) {
  try {
    return git(repo, ['config', '--get-all', name]).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** Puts the git copy back to its single commit (a previous run may have been interrupted mid-way). */
function restoreClean(repo) {
  const status = git(repo, ['status', '--porcelain', '--untracked-files=no']).trim();
  if (status) git(repo, ['checkout', '-q', 'HEAD', '--', '.']);
}

async function stagedBenchmark({ settings, repo, scanner, gitSecrets, timeBinary, log, manifest, title }) {
  const plantedFiles = new Set(manifest.plantedKeys.map((k) => k.file));
  const candidates = git(repo, ['ls-files', '--', '*.ts']).split('\n').filter((f) => f && !plantedFiles.has(f));
  if (candidates.length < STAGED_FILES) throw new Error('corpus too small for the staged benchmark');
  const step = Math.floor(candidates.length / STAGED_FILES);
  const files = Array.from({ length: STAGED_FILES }, (_, i) => candidates[i * step]);
  // One staged file gets a new key, so the measurement also proves --staged reads the index.
  const stagedKey = makeKey(new Random(`${settings.seed}:staged`), 'live');
  let expected;
  files.forEach((file, i) => {
    const path = join(repo, file);
    const text = readFileSync(path, 'utf8');
    const added = i === 7 ? `const stagedClient = { apiKey: '${stagedKey}' };\n` : `export const benchTouched${i} = ${i};\n`;
    if (i === 7) expected = locationKey(file, text.split('\n').length);
    writeFileSync(path, text + added);
  });
  git(repo, ['add', '--', ...files]);
  const reps = Math.max(10, settings.reps * 2);
  const stagedRun = (id, label, path) => ({
    id, label, command: process.execPath, args: [path, '--staged', '--format', 'json'], cwd: repo, env: GIT_ENV,
    check: (r) => {
      expectExit(label, [1])(r);
      const keys = scannerFindings(r.stdout).keys;
      if (keys.size !== 1 || !keys.has(expected)) throw new Error(`${label} reported ${[...keys].join(', ') || 'nothing'}, expected the staged key at ${expected}`);
    },
  });
  const commands = [stagedRun('optimocms-scan --staged', `optimocms-scan --staged --format json (${STAGED_FILES} files)`, scanner)];
  if (settings.baselineScanner) commands.push(stagedRun('baseline --staged', `baseline build: optimocms-scan --staged (${STAGED_FILES} files)`, settings.baselineScanner));
  // The floor of any Node CLI on this machine: what a pre-commit hook written in Node cannot go below.
  commands.push({ id: 'node-startup', label: "node -e '' (Node startup floor)", command: process.execPath, args: ['-e', ''], cwd: repo, check: expectExit('node -e', [0]) });
  if (gitSecrets) commands.push({ id: 'git-secrets --pre_commit_hook', label: `git secrets --pre_commit_hook (${STAGED_FILES} files)`, command: gitSecrets, args: ['--pre_commit_hook'], cwd: repo, env: GIT_ENV, check: expectExit('git secrets --pre_commit_hook', [1]) });
  log(`staged: ${reps} repetitions …`);
  try {
    const measured = await measureSeries(commands, { reps, timeBinary, log });
    const byId = (id) => measured.find((m) => m.id === id);
    const [ours, floor, peer, baseline] = [byId('optimocms-scan --staged'), byId('node-startup'), byId('git-secrets --pre_commit_hook'), byId('baseline --staged')];
    const rows = measured.map((m) => [m.label, millis(m.wallMs), ratio(m.wallMs, ours.wallMs), millis(m.cpuMs), megabytes(m.peakRssMb), m.runs]);
    console.log(`\nStaged, ${title}: ${STAGED_FILES} staged files (one with a new key) in the ${manifest.files}-file git copy; median of runs`);
    console.log(formatTable(['tool', 'wall', 'ratio', 'CPU', 'peak RSS', 'runs'], rows));
    return {
      files: STAGED_FILES,
      optimocms: pick(ours),
      nodeStartup: pick(floor),
      gitSecrets: pick(peer),
      baseline: pick(baseline),
    };
  } finally {
    git(repo, ['checkout', '-q', 'HEAD', '--', ...files]);
  }
}
