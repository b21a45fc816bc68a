// checkUsage's component files are listed by the scanner's walker: what it cannot read makes every scope uncertain.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentUsage } from '../../src/util/component-usage.js';

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'component-usage-'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'src/List.vue'), '<script setup>\nconst pages = await cms.pages.list();\n</script>\n');
  return root;
}

describe('componentUsage', () => {
  it('reads component files as the scanner lists them: .gitignore honoured, node_modules never', () => {
    const root = project();
    writeFileSync(path.join(root, '.gitignore'), 'generated/\n');
    for (const folder of ['generated', 'node_modules/lib']) {
      mkdirSync(path.join(root, folder), { recursive: true });
      writeFileSync(path.join(root, folder, 'Publish.svelte'), '<script>cms.publish.create();</script>\n');
    }
    const usage = componentUsage(root);
    expect(usage.files).toEqual(['src/List.vue']);
    expect([...usage.needed.keys()]).toEqual(['pages:read']);
    expect(usage.uncertain).toEqual(new Set());
  });

  it('makes every scope uncertain when a folder could not be read (its files may call OptimoCMS)', () => {
    const root = project();
    // A folder name that is not UTF-8 cannot be walked (root reads any folder, so permissions cannot stand in here).
    mkdirSync(Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x66, 0xff, 0x6f])]));
    expect(componentUsage(root).uncertain).toBe('all');
  });
});
