// JSON (manifests, tsconfig, translations, fixtures, app config) and CI YAML, as real repositories hold them.
import { SCOPES, ENV_VARS, SDK } from '@optimocms/auth-types';
import { NOUNS, ADJECTIVES, LOCALES, PACKAGES, nounCamel, sentence, capitalize } from './vocabulary.mjs';
import { otherVendorToken, placeholderKeys } from './secret-shapes.mjs';

/** A JSON document as lines of a pretty-printed top-level object; `plant` lines go in as one of its properties. */
export function jsonFile(rng, { flavour, targetBytes, plant, nearMiss }) {
  const entries = [];
  const push = (key, value) => entries.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
  switch (flavour) {
    case 'package': {
      push('name', `@acme/${rng.pick(NOUNS)}-${rng.pick(NOUNS)}`);
      push('version', `${rng.int(0, 4)}.${rng.int(0, 20)}.${rng.int(0, 30)}`);
      push('private', true);
      push('type', 'module');
      push('scripts', { build: 'tsc -p tsconfig.build.json', test: 'vitest run', lint: 'eslint .', dev: 'next dev' });
      const deps = {};
      for (let i = 0; i < rng.int(4, 18); i++) deps[rng.pick(PACKAGES).replace(/^node:.*/, 'tslib')] = `^${rng.int(1, 19)}.${rng.int(0, 12)}.${rng.int(0, 9)}`;
      push('dependencies', deps);
      break;
    }
    case 'tsconfig':
      push('extends', '../../tsconfig.base.json');
      push('compilerOptions', { outDir: 'dist', rootDir: 'src', strict: true, module: 'NodeNext', jsx: 'react-jsx', paths: { '@/*': ['./src/*'] } });
      push('include', ['src']);
      break;
    case 'messages': {
      for (let i = 0; entries.join(',\n').length < targetBytes; i++) {
        push(`${rng.pick(NOUNS)}.${rng.pick(ADJECTIVES)}.${i}`, sentence(rng, 3, 14));
      }
      break;
    }
    case 'fixtures': {
      const rows = [];
      let size = 0;
      while (size < targetBytes) {
        const row = {
          id: `${rng.pick(NOUNS)}_${rng.int(100000, 999999)}`,
          slug: `${rng.pick(ADJECTIVES)}-${rng.pick(NOUNS)}-${rng.int(1, 999)}`,
          title: capitalize(sentence(rng, 2, 7).replace(/\.$/, '')),
          status: rng.pick(['draft', 'published', 'archived', 'scheduled']),
          locale: rng.pick(LOCALES),
          updatedAt: new Date(Date.UTC(2023, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59))).toISOString(),
          tags: [rng.pick(NOUNS), rng.pick(NOUNS)],
          metrics: { views: rng.int(0, 100000), shares: rng.int(0, 500) },
        };
        rows.push(row);
        size += 260;
      }
      push('data', rows);
      push('meta', { total: rows.length, page: 1 });
      break;
    }
    default: {
      // Application config: where keys end up in real repositories.
      push('apiBaseUrl', `https://${SDK.apiHost}${SDK.apiVersionPrefix}`);
      push('apiKeyEnv', ENV_VARS.apiKey);
      push('scopes', [...new Set([rng.pick(SCOPES), rng.pick(SCOPES)])]);
      push('features', Object.fromEntries([rng.pick(NOUNS), rng.pick(NOUNS), rng.pick(NOUNS)].map((n) => [n, rng.chance(0.5)])));
      if (nearMiss) push('exampleApiKey', rng.pick(placeholderKeys()));
      if (rng.chance(0.2)) push(`${rng.pick(['stripe', 'github', 'aws', 'slack'])}Token`, otherVendorToken(rng));
      while (entries.join(',\n').length < targetBytes) push(nounCamel(rng) + rng.int(1, 9999), { enabled: rng.chance(0.5), ttl: rng.int(1, 3600), label: sentence(rng, 2, 6) });
    }
  }
  if (plant) {
    // The planted property goes before an existing one, so the trailing comma keeps the JSON valid.
    const at = rng.int(0, entries.length - 1);
    entries.splice(at, 0, '  ' + plant.join('\n  ').replace(/,$/, ''));
  }
  return `{\n${entries.join(',\n')}\n}\n`;
}

/** A GitHub Actions workflow reading the key from secrets (plant lines go in its env block). */
export function workflowFile(rng, { plant }) {
  const env = plant ? plant.map((l) => `      ${l}`) : [`      ${ENV_VARS.apiKey}: \${{ secrets.${ENV_VARS.apiKey} }}`];
  return [
    `name: ${capitalize(rng.pick(NOUNS))} ${rng.pick(['CI', 'deploy', 'preview', 'nightly'])}`,
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    'jobs:',
    `  ${rng.pick(['build', 'test', 'deploy'])}:`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: pnpm/action-setup@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '          cache: pnpm',
    '      - run: pnpm install --frozen-lockfile',
    `      - run: pnpm ${rng.pick(['build', 'test', 'lint', 'deploy'])}`,
    '    env:',
    ...env,
    '',
  ].join('\n');
}
