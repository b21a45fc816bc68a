import { STAGE_KEY_ENVIRONMENT, type GuideStage, type KeyEnvironment } from '@optimocms/auth-types';
import { createLineBreakPattern } from './line-breaks.js';

/**
 * The stage a place belongs to: the guide's development, test, staging and
 * production, and preview (Netlify deploy previews, Vercel preview
 * deployments), which is none of them.
 */
export type Stage = GuideStage | 'preview';

/** In the order places are compared: the earliest stage of a reused key is where it "belongs". */
export const STAGES: readonly Stage[] = ['development', 'test', 'preview', 'staging', 'production'];

// Project convention (not in the OptimoCMS guide): the words that name a stage in file, job, environment and context names.
/** The words that name each stage; a name whose words name two stages is no place (`prod-smoke-test`). */
export const STAGE_WORDS: Readonly<Record<Stage, readonly string[]>> = {
  development: ['development', 'develop', 'dev'],
  test: ['test', 'tests', 'testing', 'e2e'],
  preview: ['preview'],
  staging: ['staging', 'stage', 'stg', 'uat'],
  production: ['production', 'prod', 'prd', 'live'],
};

/** Words that make a dotenv or compose file a template, never a place (`.env.production.example`). */
const TEMPLATE_WORDS = new Set(['example', 'sample', 'template', 'defaults', 'dist', 'schema']);

/** What kind of place; reports name it. */
export type PlaceKind = 'dotenv' | 'compose' | 'test-file' | 'fixture' | 'storybook' | 'ci-job' | 'ci-workflow' | 'netlify-context' | 'vercel-target';

/** Where a key is used, and for which stage. */
export interface EnvironmentPlace {
  stage: Stage;
  kind: PlaceKind;
  /** The part of the file that is the place (`job deploy (environment production)`, `[context.production]`); absent when it is the whole file. */
  section?: string;
}

// Project convention (not in the OptimoCMS guide): paths whose name alone decides the stage. Checked in order: a
// fixture's `.env.production` is test data, so test, fixture and Storybook folders come before file names.
/** Paths that are a place by name: the stage is fixed, or read from the file name (`stageFrom`). */
export const PATH_PLACES: readonly { kind: PlaceKind; pattern: RegExp; stage?: Stage; description: string }[] = [
  { kind: 'storybook', pattern: /(?:^|\/)\.storybook\/|\.stories\.[^/]+$/, stage: 'development', description: 'Storybook stories and .storybook/ config' },
  { kind: 'fixture', pattern: /(?:^|\/)(?:__fixtures__|fixtures?|__mocks__|testdata)\//, stage: 'test', description: 'fixtures/, __fixtures__/, __mocks__/, testdata/' },
  {
    kind: 'test-file',
    pattern: /\.(?:test|spec|e2e|cy)\.[^/]+$|(?:^|\/)(?:__tests__|tests?|e2e|cypress|playwright)\//,
    stage: 'test',
    description: '*.test.*, *.spec.*, *.e2e.*, *.cy.*, __tests__/, test/, tests/, e2e/, cypress/, playwright/',
  },
  { kind: 'dotenv', pattern: /(?:^|\/)\.env\.([^/]+)$|(?:^|\/)([^/.]+)\.env$/, description: '.env.<stage>, .env.<stage>.local, <stage>.env' },
  { kind: 'compose', pattern: /(?:^|\/)(?:docker-)?compose\.([^/]+)\.ya?ml$/, description: 'docker-compose.<stage>.yml, compose.<stage>.yaml; docker-compose.override.yml is development' },
];

// Project convention (not in the OptimoCMS guide): Docker Compose applies the override file by default, on developer machines.
const COMPOSE_OVERRIDE = 'override';

/** Files whose structure decides the place of each line: a CI job, a Netlify context, a Vercel target. */
// A new pattern here, or a new dotenv or compose form above, needs its literal in ENVIRONMENT_CONFIG_MARKERS.
const STRUCTURED_FILES = {
  githubWorkflow: /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/,
  gitlabCi: /(?:^|\/)\.gitlab-ci\.ya?ml$/,
  netlify: /(?:^|\/)netlify\.toml$/,
  vercel: /(?:^|\/)vercel\.json$/,
} as const;

// GitLab CI top-level keys that are settings, not jobs.
const GITLAB_RESERVED = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script']);

/** The words of a name: split at anything but letters and digits, and at camelCase humps; lower case. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The one stage a name's words name (`deploy-prod` → production), or undefined for none, two, or a template. */
export function stageOfName(name: string): Stage | undefined {
  const words = nameWords(name);
  if (words.some((word) => TEMPLATE_WORDS.has(word))) return undefined;
  const stages = STAGES.filter((stage) => words.some((word) => STAGE_WORDS[stage].includes(word)));
  return stages.length === 1 ? stages[0] : undefined;
}

/** The key environment the guide gives a stage; undefined for staging and preview (the guide does not say). */
export function expectedKeyEnvironment(stage: Stage): KeyEnvironment | undefined {
  return stage === 'preview' ? undefined : STAGE_KEY_ENVIRONMENT[stage];
}

/** The place a path alone decides (dotenv, compose, test, fixture and Storybook files), or undefined. */
export function pathPlace(path: string): EnvironmentPlace | undefined {
  for (const { kind, pattern, stage } of PATH_PLACES) {
    const found = pattern.exec(path);
    if (!found) continue;
    if (stage) return { stage, kind };
    const name = found[1] ?? found[2] ?? '';
    const named = kind === 'compose' && name === COMPOSE_OVERRIDE ? 'development' : stageOfName(name);
    return named ? { stage: named, kind } : undefined;
  }
  return undefined;
}

/** True when the place of a line depends on the file's text (CI YAML, netlify.toml, vercel.json). */
export function isStructuredPlaceFile(path: string): boolean {
  return Object.values(STRUCTURED_FILES).some((pattern) => pattern.test(path));
}

/**
 * True for configuration files that can be a place: what `--staged` also
 * reads from the index to compare staged keys with (test files, fixtures and
 * stories are compared only when they are staged themselves).
 */
export function isEnvironmentConfigFile(path: string): boolean {
  if (isStructuredPlaceFile(path)) return true;
  const place = pathPlace(path);
  return place !== undefined && (place.kind === 'dotenv' || place.kind === 'compose');
}

/**
 * Text that every path {@link isEnvironmentConfigFile} accepts contains (one
 * literal of each pattern above, `.env` for both dotenv forms): `--staged`
 * looks for these in the index listing instead of classifying every path.
 */
export const ENVIRONMENT_CONFIG_MARKERS: readonly string[] = ['.github/workflows/', '.gitlab-ci.', 'netlify.toml', 'vercel.json', '.env', 'compose.'];

/**
 * The place of each line of a file: `(line) => place`, lines 1-based. The
 * path decides for dotenv, compose, test, fixture and Storybook files; for
 * CI YAML, netlify.toml and vercel.json a light structural read of `text`
 * does (see below); any other file is no place.
 */
export function environmentPlaces(path: string, text: string | undefined): (line: number) => EnvironmentPlace | undefined {
  const byPath = pathPlace(path);
  if (byPath?.kind !== 'dotenv' && byPath?.kind !== 'compose' && byPath !== undefined) return () => byPath;
  if (text === undefined || !isStructuredPlaceFile(path)) return () => byPath;
  if (STRUCTURED_FILES.vercel.test(path)) return (line) => vercelPlace(text, line - 1);
  const lines = text.split(createLineBreakPattern());
  if (STRUCTURED_FILES.netlify.test(path)) return (line) => netlifyPlace(lines, line - 1);
  const github = STRUCTURED_FILES.githubWorkflow.test(path);
  const workflowStage = github ? stageOfName(path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '')) : undefined;
  return (line) => ciPlace(lines, line - 1, github) ?? (workflowStage ? { stage: workflowStage, kind: 'ci-workflow' } : undefined);
}

// ---- YAML: indentation decides which key a line belongs to. No anchors, aliases or flow mappings across lines.

interface YamlKey {
  key: string;
  indent: number;
  index: number;
}

const YAML_KEY = /^(\s*)(?:-\s+)?(["']?)([^"'#:\s][^"'#:]*?)\2\s*:(?:\s|$)/;

function isBlank(line: string): boolean {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The keys a line is nested in, outermost first: each is the nearest less-indented key line above. */
function yamlAncestors(lines: readonly string[], index: number): YamlKey[] {
  const chain: YamlKey[] = [];
  let indent = indentOf(lines[index] ?? '');
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i] as string;
    if (isBlank(line) || indentOf(line) >= indent) continue;
    indent = indentOf(line);
    const found = YAML_KEY.exec(line);
    if (found) chain.unshift({ key: found[3] as string, indent, index: i });
  }
  return chain;
}

/** The value of a job's `environment:` (`environment: production`, `{ name: production }` or a nested `name:`). */
function jobEnvironment(lines: readonly string[], job: YamlKey): string | undefined {
  let childIndent: number | undefined;
  for (let i = job.index + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBlank(line)) continue;
    const indent = indentOf(line);
    if (indent <= job.indent) return undefined;
    childIndent ??= indent;
    if (indent !== childIndent) continue;
    const found = /^\s*environment\s*:\s*(.*)$/.exec(line);
    if (!found) continue;
    const value = (found[1] as string).replace(/\s+#.*$/, '').trim();
    if (value.startsWith('{')) return /\bname\s*:\s*["']?([^,"'}]+)/.exec(value)?.[1]?.trim();
    if (value !== '') return value.replace(/^["']|["']$/g, '');
    for (let j = i + 1; j < lines.length; j++) {
      const inner = lines[j] as string;
      if (isBlank(inner)) continue;
      if (indentOf(inner) <= indent) return undefined;
      const name = /^\s*name\s*:\s*["']?([^"'#]+?)["']?\s*(?:#.*)?$/.exec(inner);
      if (name) return name[1];
    }
    return undefined;
  }
  return undefined;
}

/**
 * A GitHub Actions job (`jobs.<id>`) or a GitLab CI job (a top-level key that
 * is not a setting): its `environment:` name decides the stage, else its id.
 * An environment given by an expression (`${{ inputs.env }}`) is no stage.
 */
function ciPlace(lines: readonly string[], index: number, github: boolean): EnvironmentPlace | undefined {
  const chain = yamlAncestors(lines, index);
  const job = github ? (chain[0]?.key === 'jobs' && chain[0].indent === 0 ? chain[1] : undefined) : chain[0]?.indent === 0 && !GITLAB_RESERVED.has(chain[0].key) ? chain[0] : undefined;
  if (!job) return undefined;
  const environment = jobEnvironment(lines, job);
  if (environment !== undefined) {
    const stage = environment.includes('$') ? undefined : stageOfName(environment);
    return stage ? { stage, kind: 'ci-job', section: `job ${job.key} (environment ${environment})` } : undefined;
  }
  const stage = stageOfName(job.key);
  return stage ? { stage, kind: 'ci-job', section: `job ${job.key}` } : undefined;
}

// ---- TOML (netlify.toml): the nearest section header above a line decides.

/** `[context.production]`, `[context.production.environment]`, `[context."deploy-preview".environment]`. */
function netlifyPlace(lines: readonly string[], index: number): EnvironmentPlace | undefined {
  for (let i = index; i >= 0; i--) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(lines[i] as string);
    if (!header) continue;
    const parts = (header[1] as string).split('.').map((part) => part.trim().replace(/^["']|["']$/g, ''));
    if (parts[0] !== 'context' || parts[1] === undefined) return undefined;
    const stage = stageOfName(parts[1]);
    return stage ? { stage, kind: 'netlify-context', section: `[context.${parts[1]}]` } : undefined;
  }
  return undefined;
}

// ---- JSON (vercel.json): the innermost object around a line with a "target" decides.

/** Start and end offsets of the objects that enclose `offset`, innermost first; strings are skipped. */
function enclosingObjects(text: string, offset: number): { start: number; end: number }[] {
  const open: number[] = [];
  const enclosing: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '{') open.push(i);
    else if (char === '}') {
      const start = open.pop();
      if (start !== undefined && start <= offset && i >= offset) enclosing.push({ start, end: i + 1 });
    }
  }
  return enclosing;
}

/** Offset where line `index` (0-based) starts; lines end where the engine ends them. */
function lineStart(text: string, index: number): number {
  const lineBreak = createLineBreakPattern();
  let start = 0;
  for (let i = 0; i < index; i++) {
    const found = lineBreak.exec(text);
    if (!found) return text.length;
    start = found.index + found[0].length;
  }
  return start;
}

/** The text of the value of member `name` of the object at `start`…`end`, among its own members only (not nested objects'). */
function directMember(text: string, start: number, end: number, name: string): string | undefined {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === '"') {
      const from = i;
      for (i++; i < end && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth !== 1 || text.slice(from + 1, i) !== name) continue;
      const value = /^\s*:\s*(\[[^\]]*\]|"[^"]*")/.exec(text.slice(i + 1, end));
      if (value) return value[1];
    }
  }
  return undefined;
}

/**
 * Vercel's targets are production, preview and development: the innermost
 * object around the line (from its first character) with its own `"target"`
 * decides; an entry for several stages is no one place.
 */
function vercelPlace(text: string, index: number): EnvironmentPlace | undefined {
  const start = lineStart(text, index);
  const offset = start + (/^[ \t]*/.exec(text.slice(start, start + 200))?.[0].length ?? 0) + 1;
  for (const object of enclosingObjects(text, offset)) {
    const target = directMember(text, object.start, object.end, 'target');
    if (target === undefined) continue;
    const names = [...target.matchAll(/"([^"]*)"/g)].map((found) => found[1] as string);
    const stages = new Set(names.map(stageOfName));
    const [stage] = stages;
    return stages.size === 1 && stage ? { stage, kind: 'vercel-target', section: `target ${names.join(', ')}` } : undefined;
  }
  return undefined;
}

/** How reports name a place: the file, and the part of it when that is the place. */
export function describePlace(file: string, place: EnvironmentPlace): string {
  return place.section ? `${file} ${place.section}` : file;
}
