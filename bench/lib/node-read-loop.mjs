// The floor of a single-threaded Node scanner: walk the folder, read every file whole and search
// it for the key prefixes' common part. No filtering, no engine, no workers: what a scanner built on
// Node's synchronous file API cannot go below on one core. Prints the number of files that hold it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_TOKEN } from '@optimocms/auth-types';

const needle = Buffer.from(KEY_TOKEN.commonPrefix);
let files = 0;
let hits = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git') walk(path);
    } else if (entry.isFile()) {
      files++;
      if (readFileSync(path).includes(needle)) hits++;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${JSON.stringify({ files, hits })}\n`);
