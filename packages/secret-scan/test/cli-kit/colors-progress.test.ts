import { describe, expect, it } from 'vitest';
import { palette, Progress, useColor } from '../../src/cli-kit/index.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = { isTTY, written: '', write(chunk: string) { stream.written += chunk; return true; } };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('colour decision', () => {
  it('follows the TTY, NO_COLOR and FORCE_COLOR', () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColor({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(useColor({ isTTY: true }, { FORCE_COLOR: 'false' })).toBe(false);
    expect(useColor({ isTTY: false }, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('paints with ANSI codes only when asked', () => {
    expect(palette(true).red('x')).toBe('\x1b[31mx\x1b[39m');
    expect(palette(false).red('x')).toBe('x');
  });
});

describe('progress', () => {
  it('draws on a TTY once a run has lasted a second, at most every 100 ms, and clears itself', () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = new Progress(stream, 'scanning', { now: () => now });
    progress.update(10, 1000);
    expect(stream.written).toBe('');
    now = 1000;
    progress.update(500, 1000);
    expect(stream.written).toBe('\r\x1b[Kscanning [############------------] 500/1000 files');
    now = 1050;
    progress.update(600, 1000);
    expect(stream.written.endsWith('500/1000 files')).toBe(true);
    progress.finish();
    expect(stream.written.endsWith('\r\x1b[K')).toBe(true);
  });

  it('stays silent off a TTY, and for runs that end within a second', () => {
    let now = 0;
    for (const tty of [false, true]) {
      const stream = fakeStream(tty);
      const progress = new Progress(stream, 'scanning', { now: () => now });
      now = tty ? 500 : 5000;
      progress.update(1000, 1000);
      progress.finish();
      expect(stream.written).toBe('');
    }
  });
});
