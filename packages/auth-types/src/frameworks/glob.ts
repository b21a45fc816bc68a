// The model's globs compiled without a dependency (auth-types has none): `**`, `*`, `?`, one level of `{a,b}`.
// Dotfiles match, as with picomatch's `dot: true` and ESLint's `files`.

const SPECIAL = /[.+^$()|[\]\\]/;

function compile(glob: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let at = 0; at < glob.length; at++) {
    const char = glob[at] as string;
    if (char === '*' && glob[at + 1] === '*') {
      const slashAfter = glob[at + 2] === '/';
      const atSegmentStart = at === 0 || glob[at - 1] === '/';
      if (atSegmentStart && slashAfter) {
        source += '(?:[^/]*/)*'; // `**/`: zero or more folders
        at += 2;
      } else {
        source += '.*'; // trailing `/**`: everything below
        at += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{' && !inBraces) {
      source += '(?:';
      inBraces = true;
    } else if (char === '}' && inBraces) {
      source += ')';
      inBraces = false;
    } else if (char === ',' && inBraces) source += '|';
    else source += SPECIAL.test(char) ? `\\${char}` : char;
  }
  return new RegExp(`^${source}$`);
}

const compiled = new Map<string, RegExp>();

/** True when a `/`-separated relative path matches one of the model's globs. */
export function matchesGlob(glob: string, path: string): boolean {
  let pattern = compiled.get(glob);
  if (!pattern) {
    pattern = compile(glob);
    compiled.set(glob, pattern);
  }
  return pattern.test(path);
}

/** A relative path in the model's form: `/` separators, no leading `./`. */
export function normalizeRelativePath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(?:\.\/)+/, '');
}
