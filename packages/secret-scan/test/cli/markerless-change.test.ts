import { describe, expect, it } from 'vitest';
import { markerlessChange } from '../../src/cli/sources/markerless-change.js';

const newPath = (line: string): string | undefined => (line.startsWith('+++ b/') ? line.slice(6) : undefined);

describe('markerlessChange on a record cut short (git stopped mid-output)', () => {
  it('never reads past the record: a short last line is not a header it could match', () => {
    for (const tail of ['de', 'B', '+', '+++', '+++ b/x\n@@ -', '+++ b/x\n@@ -1,', '+++ b/x\n@@ -1 +1', '+++ b/x\n@@ -0,0 +1 @', '+++ b/x\n@@ -0,0 +1 @@\n']) {
      expect(() => markerlessChange(Buffer.from(`diff --git a/x b/x\n${tail}`, 'latin1'), newPath), tail).not.toThrow();
    }
  });
});
