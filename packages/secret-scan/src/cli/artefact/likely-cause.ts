import { publicEnvBundler, publicEnvPrefix } from '@optimocms/auth-types';
import { moduleKind } from '../../engine/module-kind.js';

/** Why a key most likely reached the client build: said with each finding so that the fix is the right one. */
export type CauseKind = 'public-prefix' | 'env-prefix' | 'define' | 'server-prop' | 'server-module' | 'hardcoded' | 'unknown';

export interface LikelyCause {
  kind: CauseKind;
  text: string;
}

/** What the build configuration says (read once from vite.config.*, next.config.*, …; text only, never run). */
export interface BuildHints {
  /** Prefixes an `envPrefix` setting adds (Vite, Astro): variables with them are inlined like VITE_ ones. */
  envPrefixes: string[];
  /** The config files' text mentions these variable names (a `define`, next.config `env`). */
  definedNames: string[];
  /** The config file the hints come from, for the message. */
  configFile?: string;
}

export interface CauseInput {
  /** The build output file, root-relative. */
  file: string;
  variables?: readonly string[];
  /** The original file the source map points at, and its text when the map holds it. */
  original?: { file: string; line: number; content: string | null };
  /** The raw text of the finding in the build output (a key, or a value's spelling). */
  found: string;
  hints: BuildHints;
}

/** Output a server renders and sends as is: prerendered HTML, RSC payloads, route bodies, page data. */
const SERVER_RENDERED = /\.(?:html?|rsc|body|json|txt|xml)$/i;

const ENV_READ = /(?:process\.env|import\.meta\.env)(?:\.|\[\s*['"`])([A-Za-z_][A-Za-z0-9_]*)/g;

// The last text split, kept: the findings of one file usually share one original source.
let split: { text: string; lines: string[] } | undefined;

function lineOf(text: string, line: number): string {
  if (split?.text !== text) split = { text, lines: text.split(/\r\n|\r|\n|\u2028|\u2029/) };
  return split.lines[line - 1] ?? '';
}

/**
 * The likely cause of a key in build output, from what can be seen: the
 * variable's name, the original source line (through the source map), the
 * kind of output file and the build config. Heuristic, and said as such.
 */
export function likelyCause({ file, variables = [], original, found, hints }: CauseInput): LikelyCause {
  const publicName = variables.find((name) => publicEnvPrefix(name) !== undefined);
  if (publicName !== undefined) {
    return { kind: 'public-prefix', text: `${publicName} has the browser-public prefix ${publicEnvPrefix(publicName)}, so ${publicEnvBundler(publicName)} inlines it into client code: rename it without the prefix and read it in server code only` };
  }
  const sourceLine = original?.content ? lineOf(original.content, original.line) : '';
  const read = [...sourceLine.matchAll(ENV_READ)].map((match) => match[1] as string);
  const byPrefix = read.find((name) => hints.envPrefixes.some((prefix) => name.startsWith(prefix)));
  if (byPrefix !== undefined) {
    return { kind: 'env-prefix', text: `the envPrefix setting${hints.configFile ? ` of ${hints.configFile}` : ''} includes a prefix of ${byPrefix}, so the bundler inlines it into client code: remove that prefix from envPrefix` };
  }
  const defined = [...read, ...variables].find((name) => hints.definedNames.includes(name)) ?? read[0];
  if (defined !== undefined) {
    return { kind: 'define', text: `${original?.file ?? 'client code'} reads ${defined}, which the build inlines (a define${hints.configFile ? ` in ${hints.configFile}` : ''}, DefinePlugin or next.config env): remove it from the build settings and call OptimoCMS from server code` };
  }
  if (original?.content && moduleKind(original.file, original.content) === 'server') {
    return { kind: 'server-module', text: `${original.file} is server-only code, yet it is in the client bundle: a client module imports it; import it from server code only` };
  }
  if (original && sourceLine.includes(found)) {
    return { kind: 'hardcoded', text: `written in ${original.file}: move it to an environment variable read in server code only` };
  }
  if (SERVER_RENDERED.test(file)) {
    return { kind: 'server-prop', text: 'serialised into server-rendered output: a server component, load function or getStaticProps passes it to the page as a prop or data; pass only what the page needs' };
  }
  return { kind: 'unknown', text: 'in client code: look for a define or envPrefix that inlines a key variable, a prop passed from server code, or a client import of a server module' };
}
