import type { PublicEnvPrefix } from '../env.js';

/**
 * The frameworks and runtimes of the model, in detection precedence:
 * meta-frameworks before Vite, Vite before server runtimes.
 */
export const FRAMEWORK_IDS = [
  'next',
  'nuxt',
  'sveltekit',
  'astro',
  'react-router',
  'gatsby',
  'expo',
  'angular',
  'vite',
  'cloudflare-workers',
  'node-server',
  'deno',
  'bun',
] as const;

export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/**
 * Where a module runs. `client`: shipped to the browser or device only.
 * `server`: never shipped. `universal`: rendered on the server and shipped
 * too (or, with `exports`, a file whose exports run in different places).
 * `unknown`: the framework does not say (e.g. a helper module, whose place
 * depends on who imports it: the build-output check decides).
 */
export type ModuleRole = 'client' | 'server' | 'universal' | 'unknown';

/** A role the model states for certain. */
export type KnownRole = Exclude<ModuleRole, 'unknown'>;

/**
 * Files of one convention. `glob` is relative to the package root (the folder
 * of the nearest package.json), `/` separators, the subset `**`, `*`, `?` and
 * one level of `{a,b}`: usable as an ESLint `files` entry or a picomatch glob.
 */
export interface FileRule {
  readonly glob: string;
  readonly role: KnownRole;
  /** What the files are, for messages: 'pages-router page', 'route handler'. */
  readonly what: string;
  /**
   * A mixed file: where each named export runs. The framework removes the
   * server exports (and code only they reach) from the client bundle.
   */
  readonly exports?: Readonly<Record<string, KnownRole>>;
  /** Where exports not named in `exports` run (the file's `role` when absent). */
  readonly otherExports?: KnownRole;
  /** A component file whose blocks run in different places (`.astro`: frontmatter on the server, `<script>` in the browser). */
  readonly blocks?: Readonly<Record<string, KnownRole>>;
}

/** How code reads an environment variable (`NAME` stands for the variable). */
export type EnvAccessForm =
  /** `process.env.NAME`, `import.meta.env.NAME`, `Bun.env.NAME`, computed `['NAME']` too. */
  | { readonly kind: 'member'; readonly object: string; readonly example: string }
  /** `import { NAME } from '$env/static/public'`; with `binding`, `import { env } from '$env/dynamic/public'` then `env.NAME`. */
  | { readonly kind: 'import'; readonly module: string; readonly binding?: string; readonly example: string }
  /** `Deno.env.get('NAME')`; with `path`, a member path on the call's result: `useRuntimeConfig().public.NAME`. */
  | { readonly kind: 'call'; readonly callee: string; readonly path?: string; readonly example: string }
  /** A Worker's `env` parameter: `fetch(request, env) { env.NAME }`. */
  | { readonly kind: 'parameter'; readonly name: string; readonly example: string };

/** A browser-public prefix as one framework uses it. */
export interface PublicPrefixUse {
  readonly prefix: PublicEnvPrefix;
  /** A dependency that must be present for the prefix to be public (`@ngx-env/builder` for `NG_APP_`). */
  readonly requires?: string;
}

/** A build setting that puts values into client bundles, or changes which variables are public. */
export interface InlineSetting {
  /** Glob of the config file (relative to the package root). */
  readonly file: string;
  /** The setting as written in the file: `env`, `define`, `runtimeConfig.public`, `extra`. */
  readonly setting: string;
  /** `values`: every value of the setting ships; `prefix`: the setting changes the public prefix. */
  readonly effect: 'values' | 'prefix';
  readonly what: string;
}

/** A value that a server export or server component hands to browser code (serialized into the page). */
export interface Handoff {
  /** `export-return`: what the named exports return ships; `component-props`: props passed across the server/client component boundary; `island-props`: props of a `client:*` island. */
  readonly kind: 'export-return' | 'component-props' | 'island-props';
  /** Globs of the files concerned (relative to the package root). */
  readonly files: readonly string[];
  /** For `export-return`: the exports whose result ships. */
  readonly exports?: readonly string[];
  /** For `island-props`: the directives that make a component an island. */
  readonly directives?: readonly string[];
  readonly what: string;
}

/** Build output served to browsers: files matching `glob` and none of `exclude` (relative to the package root). */
export interface OutputDir {
  readonly glob: string;
  readonly exclude?: readonly string[];
  readonly what: string;
}

/**
 * An import alias the framework generates (into a tsconfig it writes and git
 * ignores): `alias` and `alias/…` mean the first of `targets` (folders
 * relative to the package root, `.` for the root) that holds the file.
 */
export interface PathAlias {
  readonly alias: string;
  readonly targets: readonly string[];
  readonly what: string;
}

/** One framework or runtime. Every list is data; the helpers are loops over it. */
export interface FrameworkModel {
  readonly id: FrameworkId;
  readonly name: string;
  /** The framework's documentation this entry follows. */
  readonly docs: readonly string[];
  readonly detect: {
    /** Any of these in dependencies, devDependencies, peerDependencies or optionalDependencies. */
    readonly dependencies: readonly string[];
    /** File names (globs without `/`) in the package root. */
    readonly configFiles: readonly string[];
  };
  /** Source extensions beyond JavaScript/TypeScript that hold code (`svelte`, `vue`, `astro`). */
  readonly sourceExtensions: readonly string[];
  /** First match wins; path markers (docs/architecture.md) are applied before these. */
  readonly files: readonly FileRule[];
  /** The role of a file no rule names. */
  readonly defaultRole: ModuleRole;
  readonly publicEnv: {
    readonly prefixes: readonly PublicPrefixUse[];
    /** How browser code reads public values. */
    readonly access: readonly EnvAccessForm[];
  };
  /** How server code reads secrets. */
  readonly serverEnv: readonly EnvAccessForm[];
  readonly inlineSettings: readonly InlineSetting[];
  readonly handoffs: readonly Handoff[];
  /** Build output that is served to browsers (issue #13's bundle check). */
  readonly clientOutput: readonly OutputDir[];
  /** Where to move a key found in browser code, in one sentence (the codemod prints it). */
  readonly serverPlace: string;
  /** Dotenv-format files of local secrets besides `.env*` (file-name globs), which must stay out of git (Wrangler's `.dev.vars`). */
  readonly secretEnvFiles?: readonly string[];
  /** Import aliases the framework defines without the project's tsconfig naming them (SvelteKit `$lib`, Nuxt `~`). */
  readonly pathAliases?: readonly PathAlias[];
}
