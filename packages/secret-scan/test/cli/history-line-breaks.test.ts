// The engine ends lines at CR, LF, CRLF, U+2028 and U+2029, as ESLint does; a diff counts lines at LF
// only. --history reports git's positions (the only ones a diff gives): the line of the hunk, and the
// column from that line's start, whatever other line breaks an added line holds.
import { describe, expect, it } from 'vitest';
import { testKey } from '@optimocms/test-keys';
import { createRepo, git, locations, parseReport, remember, runCli, write } from './helpers.js';

const FIRST = testKey('live', 'history-cr-1');
const SECOND = testKey('sandbox', 'history-cr-2');
remember(FIRST, SECOND);

function commit(repo: string, message: string): void {
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=Test', 'commit', '-q', '-m', message);
}

describe('--history on added lines that hold CR, U+2028 or U+2029 line breaks', () => {
  const repo = createRepo();
  const firstLine = `// one\r// two\rconst k = '${FIRST}';`;
  write(repo, 'cr.ts', `${firstLine}\n`);
  commit(repo, 'first');
  const secondLine = `const j = 1;\u2028const m = '${SECOND}';`;
  write(repo, 'cr.ts', `${firstLine}\n${secondLine}\n`);
  commit(repo, 'second');

  it('reports the line git counts and the column from its start', () => {
    const report = parseReport(runCli(['--history', '--format', 'json'], { cwd: repo }));
    expect(locations(report)).toEqual([`cr.ts:1:${firstLine.indexOf(FIRST) + 1} live-key`, `cr.ts:2:${secondLine.indexOf(SECOND) + 1} sandbox-key`]);
    expect(report.findings.map((finding) => finding.endColumn - finding.column)).toEqual([FIRST.length, SECOND.length]);
  });

  it('scans the same text in the tree, where lines end where ESLint ends them', () => {
    const report = parseReport(runCli(['--format', 'json', 'cr.ts'], { cwd: repo }));
    expect(locations(report)).toEqual(['cr.ts:3:12 live-key', 'cr.ts:5:12 sandbox-key']);
  });
});
