/** Folders never listed by default: `.git` holds git's own objects, `node_modules` other people's code. */
const NEVER = '.git';
const DEPENDENCIES = 'node_modules';

/** True when a root-relative path lies in `.git`, or in `node_modules` unless ignore rules are off. */
export function isExcludedPath(path: string, noIgnore: boolean): boolean {
  // Most paths hold neither name: two searches instead of splitting every listed path.
  if (!path.includes(NEVER) && (noIgnore || !path.includes(DEPENDENCIES))) return false;
  for (const segment of path.split('/')) {
    if (segment === NEVER) return true;
    if (segment === DEPENDENCIES && !noIgnore) return true;
  }
  return false;
}

export function isExcludedName(name: string, noIgnore: boolean): boolean {
  return name === NEVER || (name === DEPENDENCIES && !noIgnore);
}
