import type { BundleFolder } from './bundle-folders-type.js';
export type { BundleFolder };
export function defaultBundleFolders(_cwd: string): BundleFolder[] {
  return [];
}
