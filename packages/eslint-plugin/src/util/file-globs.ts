import picomatch from 'picomatch';

/** Compiled matchers by their globs: options are re-created per linted file, the globs they hold are not. */
const matchers = new Map<string, picomatch.Matcher>();

/** True when `relative` (from the working directory, `/` separators) matches one of `globs` (dot files included); each glob list is compiled once per run. */
export function matchesGlobs(globs: readonly string[], relative: string): boolean {
  const key = globs.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = picomatch([...globs], { dot: true });
    matchers.set(key, matcher);
  }
  return matcher(relative);
}
