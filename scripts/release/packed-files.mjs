// What `npm pack` would put in a package, and which of those files must never reach a registry: dotenv
// files, and any file (test fixture, source map with sourcesContent, README) holding a key-shaped token.
// Keys are found by the repository's own engine, so the release agrees with optimocms-scan on what a key is.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENGINE = path.join(root, 'packages/secret-scan/dist/index.js');
const KEY_RULES = ['live-key', 'sandbox-key'];

/** The paths, relative to `dir`, that `npm pack` would pack (its own file list, no scripts run). */
export function packedFiles(dir) {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
  const [report] = JSON.parse(output);
  return report.files.map((file) => file.path).sort();
}

/**
 * One reason per packed file that must not be published. `repoRoot` is where `.optimocms-scan.json` lives:
 * its reviewed fingerprints (a documented example key in a README) are honoured, its path allowlist is
 * not, since that is what lets test fixtures hold keys in the repository.
 */
export async function refusedFiles(dir, files, repoRoot = root) {
  if (!existsSync(ENGINE)) throw new Error(`the scanner engine is not built (${path.relative(root, ENGINE)}): run pnpm build`);
  const { scanText } = await import(pathToFileURL(ENGINE).href);
  const allowed = new Set(allowlistedFingerprints(repoRoot));
  const refused = [];
  for (const file of files) {
    if (/^\.env(\..*)?$/.test(path.posix.basename(file))) {
      refused.push({ file, reason: 'is a dotenv file' });
      continue;
    }
    const relativeToRepo = path.relative(repoRoot, path.join(dir, file)).split(path.sep).join('/');
    // Source maps are scanned whole: their sourcesContent carries the sources' string literals.
    const keys = scanText(readFileSync(path.join(dir, file), 'utf8'), { file: relativeToRepo, rules: KEY_RULES })
      .filter((match) => !allowed.has(match.fingerprint));
    if (keys.length > 0) {
      const what = file.endsWith('.map') ? 'is a source map holding' : 'holds';
      refused.push({ file, reason: `${what} a key (${keys[0].secret} at line ${keys[0].line}${keys.length > 1 ? `, and ${keys.length - 1} more` : ''})` });
    }
  }
  return refused;
}

function allowlistedFingerprints(repoRoot) {
  const configFile = path.join(repoRoot, '.optimocms-scan.json');
  if (!existsSync(configFile)) return [];
  return JSON.parse(readFileSync(configFile, 'utf8')).allowlist?.fingerprints ?? [];
}
