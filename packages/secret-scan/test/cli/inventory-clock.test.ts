// The inventory's age against the quarterly rotation, with the clock injected: the boundary to the day.
import { describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { buildInventory } from '../../src/cli/inventory/build-inventory.js';
import type { Finding } from '../../src/cli/scan/finding.js';
import { createRepo, git, parseReport, remember, runCli, write } from './helpers.js';

const KEY = testKey('live', 'inventory-clock');
remember(KEY);

describe('buildInventory with an injected clock', () => {
  const repo = createRepo();
  write(repo, 'a.ts', `export const key = '${KEY}';\n`);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'key', '--date', '2026-01-01T12:00:00+00:00');
  const findings = parseReport(runCli(['--history', '--format', 'json'], { cwd: repo })).findings as unknown as Finding[];
  const at = (now: string) => buildInventory(findings, { dir: repo, mode: 'history', now: new Date(now) });

  it('90 days old is due, not overdue; 91 days is overdue', async () => {
    const due = (await at('2026-04-01T12:00:00Z')).keys[0];
    expect([due?.ageDays, due?.rotationOverdue]).toEqual([90, false]);
    const overdue = (await at('2026-04-02T12:00:00Z')).keys[0];
    expect([overdue?.ageDays, overdue?.rotationOverdue]).toEqual([91, true]);
    expect((await at('2026-04-02T12:00:00Z')).generatedAt).toBe('2026-04-02T12:00:00.000Z');
  });

  it('without a remote or a tag, every key is local and still in HEAD', async () => {
    const inventory = await at('2026-01-02T00:00:00Z');
    expect(inventory.keys.map((row) => [row.exposure, row.inHead, row.action])).toEqual([['local', true, 'rewrite-then-rotate']]);
    expect(inventory.summary).toMatchObject({ keys: 1, needAction: 1, local: 1, overdue: 0 });
  });
});
