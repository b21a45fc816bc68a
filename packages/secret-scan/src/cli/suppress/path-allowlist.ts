import picomatch from 'picomatch';

/** Gitignore-like reading of a glob: `/x` is anchored at the root, `dir/` means everything below it. */
function normalise(pattern: string): string {
  let glob = pattern.trim().replace(/^\.\//, '').replace(/^\//, '');
  if (glob.endsWith('/')) glob += '**';
  return glob;
}

/**
 * A matcher for root-relative paths. Dot files match like any other; a
 * pattern without `/` matches the file name in any folder (`*.snap`).
 */
export function pathAllowlist(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const rooted = patterns.map(normalise).filter((glob) => glob.includes('/'));
  const anywhere = patterns.map(normalise).filter((glob) => !glob.includes('/'));
  const matchers = [
    ...(rooted.length > 0 ? [picomatch(rooted, { dot: true })] : []),
    ...(anywhere.length > 0 ? [picomatch(anywhere, { dot: true, basename: true })] : []),
  ];
  return (path) => matchers.some((matches) => matches(path));
}
