import { FRAMEWORK_IDS, KEY_PREFIXES } from '@optimocms/auth-types';

// The ids wrapped to the help's width, indented under the option.
const FRAMEWORK_LIST = FRAMEWORK_IDS.join(', ').replace(/(.{1,60})(?:, |$)/g, '                    $1,\n').replace(/,\n$/, '\n');

export const MAIN_HELP = `Usage: optimocms-codemod <command> [options] [paths…]

Commands:
  env-keys [paths…]   Move hardcoded OptimoCMS keys into .env and read them from process.env
  scopes [paths…]     List the minimal scopes the code needs and compare them with the declared keys

Options:
  -h, --help          Show help (optimocms-codemod <command> --help for a command)
  -v, --version       Show the version

Exit codes: 0 nothing to do, 1 changes pending / findings, 2 usage or runtime error.
`;

export const ENV_KEYS_HELP = `Usage: optimocms-codemod env-keys [options] [paths…]

Moves every hardcoded OptimoCMS key (${KEY_PREFIXES.live}…, ${KEY_PREFIXES.sandbox}…) in .ts .tsx
.mts .cts .js .jsx .mjs .cjs files (and Astro frontmatter) into .env and rewrites
server code to read it the framework's way (process.env, $env/static/private,
import.meta.env, Deno.env.get). A key in browser code is never rewritten: it is
listed as manual work with the framework's server place for the call. Dry run
by default: prints a unified diff per file and a summary. Paths default to the
current folder, which must be the project root (.env, .env.example and
.gitignore are written there).

Options:
  --write           Apply the changes (atomic writes; .gitignore is updated before .env)
  --check           Dry run that exits 1 when anything would change or needs manual work (CI)
  --json            Print a JSON report on stdout instead of diffs
  --env-var NAME    Variable name for the single key found (default OPTIMOCMS_API_KEY)
  --framework ID    The framework of every file (default: detected per file from the
                    nearest package.json). One of:
${FRAMEWORK_LIST}  --force           Write even with uncommitted changes to the files, or a git-tracked .env
  -h, --help        Show this help

Exit codes: 0 done or nothing to change; 1 --check found pending changes or manual
work, or a file did not parse; 2 usage error, refusal or runtime error.
`;

export const SCOPES_HELP = `Usage: optimocms-codemod scopes [options] [paths…]

Finds every OptimoCMS SDK call (cms.<resource>.<operation>() on an OptimoCMS client)
and every raw REST call to api.optimocms.com (fetch, axios), in script files and in
the script blocks of .vue, .svelte and .astro files, maps each to the scope it
needs, and prints the minimal scope set per key environment variable (read by any
framework's access form) with the calls that justify each scope. No scope is called
unused while a candidate file could not be analysed. Compares it with the keys the project declares
(optimocms.keys.ts with defineKeys, or scopes passed to cms.apiKeys.create).

Options:
  --json            Print a JSON report on stdout
  --framework ID    The framework of every file (default: detected per file from the
                    nearest package.json). One of:
${FRAMEWORK_LIST}  -h, --help        Show this help

Exit codes: 0 declared keys match the code (or none are declared); 1 a declared key
is over-broad or misses a scope the code uses; 2 usage or runtime error.
`;
