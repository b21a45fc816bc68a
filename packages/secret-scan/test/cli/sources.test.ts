import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import { Notices } from '../../src/cli/notices.js';
import { scanUnits } from '../../src/cli/scan/scan-units.js';
import { openSource } from '../../src/cli/sources/index.js';
import type { SourceUnit } from '../../src/cli/sources/source.js';
import { createRepo, git, liveKey, remember, write } from './helpers.js';

async function unitsOf(repo: string, argv: string[]): Promise<SourceUnit[]> {
  const options = parseArgs(argv);
  const source = await openSource({ options, cwd: repo, absolutePaths: [], notices: new Notices(() => undefined) });
  expect(source.root).toEqual({ dir: repo, git: true });
  const units: SourceUnit[] = [];
  for await (const batch of source.units()) units.push(...batch);
  return units;
}

describe('every source yields the same unit', () => {
  it('tree, staged and history: a path, its content or why it was skipped, and its origin', async () => {
    const repo = createRepo();
    const key = liveKey('Sr5Tq8Wn2Yx7Kp');
    remember(key);
    write(repo, 'src/a.ts', `const key = '${key}';\n`);
    write(repo, 'image.png', Buffer.from([0x89, 0x50, 0x00, 0x01]));
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'one');
    write(repo, 'src/b.ts', `export const b = '${key}';\n`);
    git(repo, 'add', 'src/b.ts');

    const tree = await unitsOf(repo, []);
    expect(tree.map((unit) => unit.path).sort()).toEqual(['image.png', 'src/a.ts', 'src/b.ts']);
    expect(tree.find((unit) => unit.path === 'src/a.ts')).toEqual({ path: 'src/a.ts', committed: true, content: { kind: 'file', absolute: `${repo}/src/a.ts` } });

    const staged = await unitsOf(repo, ['--staged']);
    expect(staged).toEqual([{ path: 'src/b.ts', committed: true, content: { kind: 'bytes', bytes: Buffer.from(`export const b = '${key}';\n`) } }]);

    const history = await unitsOf(repo, ['--history']);
    const commit = git(repo, 'rev-parse', 'HEAD').trim();
    expect(history.map((unit) => ({ ...unit, origin: { ...unit.origin, authorDate: 'date' } }))).toEqual([
      { path: 'image.png', committed: true, origin: { commit, authorDate: 'date' }, skipped: 'binary' },
      { path: 'src/a.ts', committed: true, origin: { commit, authorDate: 'date' }, content: { kind: 'text', text: `const key = '${key}';`, lineNumbers: [1] } },
    ]);

    // One scan stage for all three: the same finding from a file, a blob and a commit's added lines.
    const scanOptions = { maxFileSize: 1 << 20, followSymlinks: false, jobs: 1 };
    for (const units of [tree.filter((unit) => unit.path === 'src/a.ts'), staged, history.filter((unit) => unit.path === 'src/a.ts')]) {
      const [outcome] = await scanUnits(units, scanOptions, () => undefined);
      expect(outcome?.kind === 'scanned' && outcome.matches.map((match) => `${match.rule} ${match.line}:${match.column} ${match.secret}`)).toEqual([`live-key 1:${staged === units ? 19 : 14} ${key.slice(0, 16)}…`]);
    }
  });

  it('history counts a change without any marker from its bytes, and decodes only changes that may hold a finding', async () => {
    const repo = createRepo();
    const key = liveKey('Hx7Rt2Wq9Zp4Lm');
    remember(key);
    write(repo, 'notes.md', 'first line\nsecond, with é\n');
    write(repo, 'src/c.ts', 'export const a = 1;\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'one');
    write(repo, 'notes.md', 'first line\ninserted\nsecond, with é\nlast without LF');
    write(repo, 'src/c.ts', `export const a = 1;\nconst key = '${key}';\n`);
    git(repo, 'commit', '-q', '-am', 'two');

    const history = await unitsOf(repo, ['--history']);
    const byPath = (path: string) => history.filter((unit) => unit.path === path).map((unit) => ('content' in unit ? unit.content : unit.skipped));
    // The bytes the engine would have been given: the added lines without their `+`, joined with LF.
    expect(byPath('notes.md')).toEqual([{ kind: 'no-marker', bytes: Buffer.byteLength('inserted\nlast without LF') }, { kind: 'no-marker', bytes: Buffer.byteLength('first line\nsecond, with é') }]);
    expect(byPath('src/c.ts')).toEqual([{ kind: 'text', text: `const key = '${key}';`, lineNumbers: [2] }, { kind: 'no-marker', bytes: Buffer.byteLength('export const a = 1;') }]);
    // --max-file-size holds for them as for decoded changes: the added lines' bytes, their `+` included.
    const small = await unitsOf(repo, ['--history', '--max-file-size', '20']);
    expect(small.filter((unit) => unit.path === 'notes.md').map((unit) => ('content' in unit ? unit.content.kind : unit.skipped))).toEqual(['tooLarge', 'tooLarge']);
    const outcomes = await scanUnits(history, { maxFileSize: 1 << 20, followSymlinks: false, jobs: 1 }, () => undefined);
    expect(outcomes.filter((outcome) => outcome.kind === 'scanned' && outcome.matches.length === 0).map((outcome) => outcome.kind === 'scanned' && outcome.bytes)).toEqual([Buffer.byteLength('inserted\nlast without LF'), Buffer.byteLength('first line\nsecond, with é'), Buffer.byteLength('export const a = 1;')]);
  });
});
