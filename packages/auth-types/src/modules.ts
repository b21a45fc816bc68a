/** The OptimoCMS SDK package and the class that takes `apiKey`. */
export const SDK = {
  packageName: '@optimocms/sdk',
  clientClass: 'OptimoCMS',
  apiKeyOption: 'apiKey',
  apiHost: 'api.optimocms.com',
  apiVersionPrefix: '/v1',
} as const;

// Project convention (not in the OptimoCMS guide): the guide says "never client-side"; these markers are the frameworks' own.
/**
 * How frameworks mark a module as browser code or as server-only code. A key
 * is client-side when it sits in a client module; server-only markers win.
 */
export const MODULE_CONVENTIONS = {
  clientDirective: 'use client',
  serverDirective: 'use server',
  clientOnlyImports: ['client-only'],
  serverOnlyImports: ['server-only'],
  /**
   * Globs of files that were client-side by name before the framework model. `**\/*.client.*` and
   * `**\/client/**` are framework conventions (Nuxt, React Router), not universal ones: `moduleKind` no
   * longer applies these unless a caller passes them (the ESLint rule's `clientGlobs` default, for now).
   */
  clientGlobs: [
    '**/*.client.{js,jsx,ts,tsx,mjs,mts,cjs,cts}',
    '**/client/**/*.{js,jsx,ts,tsx,mjs,mts}',
    '**/*.{svelte,vue}',
  ],
  /** Paths that frameworks guarantee to be server-only (`*.server.*` of any extension, Nuxt's `*.server.vue` too; `.server/`, SvelteKit `$lib/server/`). */
  serverOnlyPathPatterns: [/\.server\.[^/]+$/, /(^|\/)[^/]*\.server\//, /(^|\/)lib\/server\//],
  /** Next.js inlines the `env` block of these files into the browser bundle. */
  nextConfigPattern: /(^|\/)next\.config\.[cm]?[jt]s$/,
} as const;

/** True when a path is server-only by a framework convention (`/` or `\` separators). */
export function isServerOnlyPath(path: string): boolean {
  const normalized = path.replaceAll('\\', '/');
  return MODULE_CONVENTIONS.serverOnlyPathPatterns.some((pattern) => pattern.test(normalized));
}

/** Host name of an absolute http(s) URL, lower-cased; `undefined` for relative or malformed URLs. */
export function urlHost(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * True when the written-out URLs of a request all point at hosts other than
 * the OptimoCMS API (and at least one does): its `X-Api-Key` belongs to
 * another vendor. Relative URLs say nothing either way.
 */
export function targetsOtherHost(urls: readonly string[]): boolean {
  const hosts = urls.map(urlHost).filter((host) => host !== undefined);
  return hosts.length > 0 && hosts.every((host) => host !== SDK.apiHost);
}
