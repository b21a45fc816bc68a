// Writes a corpus tree file by file (into a temporary folder renamed into place at the end, so an
// interrupted build never looks finished) and records what a manifest holds: counts and bytes per
// kind, the content hash, and where each planted key sits.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { redact } from '@optimocms/secret-scan';
import { locate } from './locate.mjs';

export class TreeBuilder {
  /** `treeDir` null: hash and count only (a reproducibility check in memory). */
  constructor(treeDir) {
    this.treeDir = treeDir;
    this.target = treeDir ? `${treeDir}.tmp-${process.pid}` : null;
    if (this.target) rmSync(this.target, { recursive: true, force: true });
    this.hash = createHash('sha256');
    this.madeDirs = new Set();
    this.files = 0;
    this.bytes = 0;
    this.byKind = {};
    this.plantedKeys = [];
  }

  /** `planted`: { text, key, environment, site } when the file holds a planted key (`text` is its content). */
  add(path, data, kind, planted) {
    this.hash.update(path).update('\0').update(data).update('\0');
    this.files++;
    this.bytes += data.length;
    (this.byKind[kind] ??= { files: 0, bytes: 0 }).files++;
    this.byKind[kind].bytes += data.length;
    if (planted) {
      const { line, column } = locate(planted.text, planted.key);
      // The manifest never holds the key itself: position, environment and the redacted form are enough to compare.
      this.plantedKeys.push({ file: path, line, column, environment: planted.environment, rule: `${planted.environment}-key`, redacted: redact(planted.key), site: planted.site });
    }
    if (this.target) {
      const dir = dirname(join(this.target, path));
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      writeFileSync(join(this.target, path), data);
    }
  }

  /** Moves the finished tree into place; returns the manifest's counts and hash. */
  finish() {
    if (this.target) {
      rmSync(this.treeDir, { recursive: true, force: true });
      renameSync(this.target, this.treeDir);
    }
    return { files: this.files, bytes: this.bytes, sha256: this.hash.digest('hex'), byKind: this.byKind, plantedKeys: this.plantedKeys };
  }
}
