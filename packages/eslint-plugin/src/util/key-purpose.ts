/**
 * Words that mark a key as browser-facing or read-only by its name,
 * description or variable: such a key needs no write or publish scope
 * (the guide: "A frontend integration doesn't need publish:write").
 */
const MARKERS: readonly { marker: string; words: readonly string[] }[] = [
  { marker: 'frontend', words: ['frontend'] },
  { marker: 'frontend', words: ['front', 'end'] },
  { marker: 'client', words: ['client'] },
  { marker: 'browser', words: ['browser'] },
  { marker: 'public', words: ['public'] },
  { marker: 'preview', words: ['preview'] },
  { marker: 'read-only', words: ['readonly'] },
  { marker: 'read-only', words: ['read', 'only'] },
];

/** `frontendKey`, `FRONTEND_SCOPES`, `Website (read-only)` → lower-case words. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The first marker found in the labels (`'read-only'`, `'frontend'`, …), or `undefined`. */
export function readOnlyMarker(labels: readonly string[]): string | undefined {
  for (const label of labels) {
    const words = wordsOf(label);
    for (const { marker, words: sequence } of MARKERS) {
      if (words.some((_, index) => sequence.every((word, offset) => words[index + offset] === word))) return marker;
    }
  }
  return undefined;
}
