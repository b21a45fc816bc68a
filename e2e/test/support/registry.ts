// A local npm registry for the suite: Verdaccio (pinned in e2e/registry/package.json, installed there with
// npm ci on first use) on 127.0.0.1, a free port and temporary storage. @optimocms/* exist only in it;
// every other package is proxied from the npm registry, so consumers can point npm and pnpm at it alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './packages.js';
import { runOk } from './run.js';

const VERDACCIO_DIR = path.join(repoRoot, 'e2e/registry');

export interface Registry {
  url: string;
  /** An auth token of the one registered user, who may publish @optimocms/*. */
  token: string;
  /** `.npmrc` lines that select the registry and authenticate to it. */
  npmrc: string;
  stop: () => Promise<void>;
}

function installVerdaccio(): string {
  const pinned = (JSON.parse(readFileSync(path.join(VERDACCIO_DIR, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.verdaccio;
  const manifest = path.join(VERDACCIO_DIR, 'node_modules/verdaccio/package.json');
  const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
  if (installed !== pinned) runOk('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: VERDACCIO_DIR });
  return path.join(VERDACCIO_DIR, 'node_modules/verdaccio/bin/verdaccio');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// The uplink: a registry set through npm_config_registry (a mirror in some CI setups), else npm's own.
const UPLINK = process.env.npm_config_registry ?? 'https://registry.npmjs.org/';

const CONFIG = `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 1
uplinks:
  npmjs:
    url: ${UPLINK}
    timeout: 120s
packages:
  '@optimocms/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: npmjs
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;

export async function startRegistry(): Promise<Registry> {
  const bin = installVerdaccio();
  const home = mkdtempSync(path.join(tmpdir(), 'optimocms-e2e-registry-'));
  writeFileSync(path.join(home, 'config.yaml'), CONFIG);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [bin, '--config', path.join(home, 'config.yaml'), '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));

  const stop = async () => {
    server.kill();
    await exited;
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForPing(url, () => server.exitCode !== null, () => log);
    const token = await addUser(url);
    const npmrc = `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`;
    return { url, token, npmrc, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForPing(url: string, hasExited: () => boolean, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`verdaccio exited: ${log()}`);
    try {
      if ((await fetch(new URL('-/ping', url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within 60 s: ${log()}`);
}

/** Registers the publishing user the way `npm adduser` does, and returns its token. */
async function addUser(url: string): Promise<string> {
  const response = await fetch(new URL('-/user/org.couchdb.user:e2e-publisher', url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'e2e-publisher', password: 'e2e-publisher-password' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`verdaccio refused the publishing user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}
