// Phase one of generation: decide every file's kind, path, size and extras (cheap, no content),
// so planted keys can be placed in files of the right kind before any content exists.
import { Random } from '../prng.mjs';
import { NOUNS, ADJECTIVES, LOCALES, VERBS, capitalize } from './vocabulary.mjs';
import { PLANTED_KEY_SITES } from './secret-shapes.mjs';

/** Files per unit of scale: about 200 MB at scale 1 with the size distributions below. */
export const FILES_AT_SCALE_1 = 10_600;

const KIND_WEIGHTS = { ts: 34, tsx: 15, js: 12, mjs: 2, cjs: 2, jsx: 1, json: 12, md: 14, yml: 1.5, bundle: 0.5 };
const JSON_FLAVOURS = { package: 25, tsconfig: 10, messages: 25, fixtures: 20, config: 20 };
const APPS = ['web', 'admin', 'storefront', 'docs-site', 'preview'];
const PACKAGE_NAMES = ['ui', 'content', 'analytics', 'checkout', 'search', 'auth', 'media-tools', 'i18n', 'editor', 'sync'];
const SOURCE_DIRS = ['lib', 'services', 'hooks', 'utils', 'api', 'store', 'server', 'features', 'models', 'jobs'];

const clamp = (n, min, max) => Math.max(min, Math.min(max, Math.round(n)));

export function planCorpus(seed, scale) {
  const rng = new Random(`${seed}:plan`);
  const count = Math.max(60, Math.round(FILES_AT_SCALE_1 * scale));
  const used = new Set();
  const files = [];
  const unique = (path) => {
    let candidate = path;
    for (let i = 2; used.has(candidate); i++) candidate = path.replace(/(\.[a-z]+)$/, `-${i}$1`);
    used.add(candidate);
    return candidate;
  };
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(KIND_WEIGHTS);
    const file = { index: i, kind, ...pathAndSize(rng, kind) };
    file.path = unique(file.path);
    file.nearMiss = rng.chance(kind === 'json' || kind === 'md' ? 0.2 : 0.04);
    file.vendorToken = rng.chance(0.015);
    file.optimoUsage = rng.chance(0.03);
    files.push(file);
  }
  // Planted keys: one per site, each in a distinct file of the site's kind with no other OptimoCMS code.
  const planted = [];
  for (const [siteIndex, site] of PLANTED_KEY_SITES.entries()) {
    const candidates = files.filter((f) => f.kind === site.kind && !f.optimoUsage && !f.plant && (site.kind !== 'json' || f.flavour === 'config'));
    if (candidates.length === 0) throw new Error(`no ${site.kind} file to plant key ${siteIndex} in (scale too small)`);
    const file = rng.pick(candidates);
    file.plant = siteIndex;
    planted.push(file);
  }
  return { files, planted };
}

function pathAndSize(rng, kind) {
  const app = () => (rng.chance(0.6) ? `apps/${rng.pick(APPS)}` : `packages/${rng.pick(PACKAGE_NAMES)}`);
  const base = () => `${rng.pick(VERBS)}-${rng.pick(NOUNS)}`;
  switch (kind) {
    case 'ts': {
      const suffix = rng.weighted({ '': 80, '.server': 5, '.test': 12, '.config': 3 });
      return { path: `${app()}/src/${rng.pick(SOURCE_DIRS)}/${rng.pick(NOUNS)}/${base()}${suffix}.ts`, targetBytes: clamp(rng.logNormal(11000, 0.8), 300, 160000) };
    }
    case 'tsx': {
      const route = rng.chance(0.3);
      const path = route
        ? `apps/${rng.pick(APPS)}/app/${rng.pick(NOUNS)}/${rng.chance(0.5) ? '[slug]/' : ''}${rng.pick(['page', 'layout', 'loading'])}.tsx`
        : `${app()}/src/components/${rng.pick(NOUNS)}/${capitalize(rng.pick(ADJECTIVES))}${capitalize(rng.pick(NOUNS))}.tsx`;
      return { path, targetBytes: clamp(rng.logNormal(10000, 0.7), 400, 120000), clientDirective: rng.chance(0.3) };
    }
    case 'js':
      return { path: `${rng.chance(0.5) ? 'scripts' : app() + '/lib'}/${rng.pick(NOUNS)}/${base()}.js`, targetBytes: clamp(rng.logNormal(11000, 0.8), 300, 160000) };
    case 'mjs':
      return { path: `tools/${rng.pick(NOUNS)}/${base()}.mjs`, targetBytes: clamp(rng.logNormal(6000, 0.7), 300, 60000) };
    case 'cjs':
      return { path: `${app()}/config/${base()}.cjs`, targetBytes: clamp(rng.logNormal(6000, 0.7), 300, 60000), module: 'cjs' };
    case 'jsx':
      return { path: `${app()}/src/legacy/${capitalize(rng.pick(NOUNS))}${capitalize(rng.pick(NOUNS))}.jsx`, targetBytes: clamp(rng.logNormal(8000, 0.6), 400, 60000) };
    case 'json': {
      const flavour = rng.weighted(JSON_FLAVOURS);
      const paths = {
        package: () => `${app()}/${rng.pick(NOUNS)}/package.json`,
        tsconfig: () => `${app()}/${rng.pick(NOUNS)}/tsconfig.json`,
        messages: () => `${app()}/locales/${rng.pick(LOCALES)}/${rng.pick(NOUNS)}.json`,
        fixtures: () => `${app()}/test/fixtures/${rng.pick(NOUNS)}-${rng.pick(NOUNS)}.json`,
        config: () => `${app()}/config/${rng.pick(NOUNS)}.json`,
      };
      const sizes = { package: 1000, tsconfig: 400, messages: clamp(rng.logNormal(15000, 0.9), 500, 400000), fixtures: clamp(rng.logNormal(60000, 1.0), 2000, 2500000), config: clamp(rng.logNormal(4000, 0.7), 300, 80000) };
      return { path: paths[flavour](), flavour, targetBytes: sizes[flavour] };
    }
    case 'md':
      return { path: rng.chance(0.8) ? `docs/${rng.pick(NOUNS)}/${base()}.md` : `${app()}/${rng.pick(NOUNS)}/README.md`, targetBytes: clamp(rng.logNormal(8000, 0.8), 300, 150000) };
    case 'yml':
      return { path: `.github/workflows/${rng.pick(NOUNS)}-${rng.pick(['ci', 'deploy', 'preview', 'nightly'])}.yml`, targetBytes: 600 };
    default:
      return { path: `apps/${rng.pick(APPS)}/public/assets/${rng.pick(NOUNS)}-${rng.string('0123456789abcdef', 8)}.js`, targetBytes: clamp(rng.logNormal(450000, 0.5), 80000, 1500000) };
  }
}
