/** A build folder to walk, and which of its files ship to browsers (all when `include` is absent). */
export interface BundleFolder {
  absolute: string;
  include?: (absoluteShown: string) => boolean;
}
