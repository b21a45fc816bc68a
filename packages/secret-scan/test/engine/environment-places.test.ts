import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePlace, environmentPlaces, expectedKeyEnvironment, isEnvironmentConfigFile, pathPlace, stageOfName } from '../../src/index.js';
import { ENVIRONMENT_CONFIG_MARKERS } from '../../src/engine/environment-places.js';

/** The stage and section of `line` in `path` holding `text`. */
function placeOf(path: string, text: string | undefined, line: number): string | undefined {
  const place = environmentPlaces(path, text)(line);
  return place && `${place.stage} ${place.kind}${place.section ? ` ${place.section}` : ''}`;
}

describe('stageOfName', () => {
  it.each([
    ['production', 'production'],
    ['deploy-prod', 'production'],
    ['deployProd', 'production'],
    ['STAGING', 'staging'],
    ['deploy-preview', 'preview'],
    ['dev', 'development'],
    ['e2e_tests', 'test'],
    ['prod-smoke-test', undefined],
    ['branch-deploy', undefined],
    ['local', undefined],
    ['production.example', undefined],
    ['product', undefined],
  ])('%s → %s', (name, stage) => {
    expect(stageOfName(name)).toBe(stage);
  });
});

describe('the guide gives each stage a key environment', () => {
  it('sandbox for development and test, live for production, none for staging and preview', () => {
    expect(['development', 'test', 'preview', 'staging', 'production'].map((stage) => expectedKeyEnvironment(stage as 'test'))).toEqual(['sandbox', 'sandbox', undefined, undefined, 'live']);
  });
});

describe('places decided by the path', () => {
  it.each([
    ['.env.production', 'production dotenv'],
    ['config/.env.staging', 'staging dotenv'],
    ['.env.development.local', 'development dotenv'],
    ['.vercel/.env.production.local', 'production dotenv'],
    ['deploy/prod.env', 'production dotenv'],
    ['.env.test', 'test dotenv'],
    ['.env', undefined],
    ['.env.local', undefined],
    ['.env.production.example', undefined],
    ['docker-compose.prod.yml', 'production compose'],
    ['compose.staging.yaml', 'staging compose'],
    ['docker-compose.override.yml', 'development compose'],
    ['docker-compose.yml', undefined],
    ['src/cms.test.ts', 'test test-file'],
    ['src/__tests__/cms.ts', 'test test-file'],
    ['e2e/login.ts', 'test test-file'],
    ['cypress/e2e/login.cy.ts', 'test test-file'],
    ['test/fixtures/.env.production', 'test fixture'],
    ['src/Button.stories.tsx', 'development storybook'],
    ['.storybook/preview.ts', 'development storybook'],
    ['src/cms.ts', undefined],
    ['src/latest/cms.ts', undefined],
  ])('%s → %s', (path, expected) => {
    const place = pathPlace(path);
    expect(place && `${place.stage} ${place.kind}`).toBe(expected);
  });

  it('config files are what --staged also reads from the index; test files are not', () => {
    expect(['.env.production', 'docker-compose.prod.yml', '.github/workflows/deploy.yml', '.gitlab-ci.yml', 'netlify.toml', 'vercel.json'].every(isEnvironmentConfigFile)).toBe(true);
    expect(['.env', 'src/cms.test.ts', 'src/cms.ts', 'docker-compose.yml'].some(isEnvironmentConfigFile)).toBe(false);
  });
});

describe('property: every environment config file holds a marker (what --staged searches the index listing for)', () => {
  // Path segments around every form a config file takes, its near misses, stage words, case and non-ASCII.
  const segments = ['.env', '.env.production', '.env.staging.local', '.env.dev.example', 'prod.env', 'Prod.env', 'compose.prod.yml', 'docker-compose.staging.yaml', 'docker-compose.override.yml', 'Compose.prod.yml', '.github', 'workflows', 'deploy-prod.yml', 'ci.yaml', '.gitlab-ci.yml', '.gitlab-ci.yaml', 'netlify.toml', 'vercel.json', 'test', 'fixtures', '.storybook', 'src', 'ünï', 'production', 'a b'];
  const path = fc.array(fc.oneof(fc.constantFrom(...segments), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
  const hasMarker = (candidate: string) => ENVIRONMENT_CONFIG_MARKERS.some((marker) => candidate.includes(marker));

  it('on generated paths', () => {
    fc.assert(fc.property(path, (candidate) => !isEnvironmentConfigFile(candidate) || hasMarker(candidate)));
  });

  it('on every kind of config file, nested and at the top', () => {
    const configFiles = ['.env.production', 'a/b/.env.staging.local', 'deploy/prod.env', 'compose.prod.yml', 'x/docker-compose.override.yml', '.github/workflows/ci.yml', 'p/.github/workflows/a.yaml', '.gitlab-ci.yml', 'c/.gitlab-ci.yaml', 'netlify.toml', 's/netlify.toml', 'vercel.json', 'v/vercel.json'];
    expect(configFiles.filter((file) => !isEnvironmentConfigFile(file))).toEqual([]);
    expect(configFiles.filter((file) => !hasMarker(file))).toEqual([]);
  });
});

describe('GitHub Actions workflows: the job, its environment or its id', () => {
  const workflow = [
    'name: deploy', //                                           1
    'env:', //                                                   2
    '  OPTIMOCMS_API_KEY: a', //                                 3
    'jobs:', //                                                  4
    '  test:', //                                                5
    '    runs-on: ubuntu-latest', //                             6
    '    env:', //                                               7
    '      OPTIMOCMS_API_KEY: b', //                             8
    '  ship:', //                                                9
    '    environment: production # the protected one', //       10
    '    steps:', //                                             11
    '      - run: ./deploy', //                                  12
    '        env:', //                                           13
    '          OPTIMOCMS_API_KEY: c', //                         14
    '  preview:', //                                             15
    '    environment:', //                                       16
    '      name: "staging"', //                                  17
    '      url: https://staging.example.com', //                 18
    '    env: { OPTIMOCMS_API_KEY: d }', //                      19
    '  dynamic:', //                                             20
    '    environment: ${{ inputs.environment }}', //             21
    '    env:', //                                               22
    '      OPTIMOCMS_API_KEY: e', //                             23
    '  flow:', //                                                24
    '    environment: { name: prod, url: https://x }', //        25
    '    env:', //                                               26
    '      OPTIMOCMS_API_KEY: f', //                             27
  ].join('\n');

  it('reads each line\'s job', () => {
    const path = '.github/workflows/ci.yml';
    expect([3, 8, 14, 19, 23, 27].map((line) => placeOf(path, workflow, line))).toEqual([
      undefined,
      'test ci-job job test',
      'production ci-job job ship (environment production)',
      'staging ci-job job preview (environment staging)',
      undefined,
      'production ci-job job flow (environment prod)',
    ]);
  });

  it('a workflow named for a stage is that stage where no job says otherwise; CRLF lines too', () => {
    const path = '.github/workflows/deploy-production.yml';
    const crlf = workflow.replaceAll('\n', '\r\n');
    expect([3, 8, 23].map((line) => placeOf(path, crlf, line))).toEqual(['production ci-workflow', 'test ci-job job test', 'production ci-workflow']);
  });
});

describe('GitLab CI: top-level jobs', () => {
  const gitlab = ['variables:', '  OPTIMOCMS_API_KEY: a', 'deploy_prod:', '  script: ./deploy', '  variables:', '    OPTIMOCMS_API_KEY: b', 'review:', '  environment:', '    name: review/$CI_COMMIT_REF_NAME', '  variables:', '    OPTIMOCMS_API_KEY: c', 'e2e:', '  environment: testing', '  variables:', '    OPTIMOCMS_API_KEY: d'].join('\n');

  it('the job environment, else the job name; settings and dynamic environments are no place', () => {
    expect([2, 6, 11, 15].map((line) => placeOf('.gitlab-ci.yml', gitlab, line))).toEqual([undefined, 'production ci-job job deploy_prod', undefined, 'test ci-job job e2e (environment testing)']);
  });
});

describe('netlify.toml: contexts', () => {
  const netlify = ['[build.environment]', '  OPTIMOCMS_API_KEY = "a"', '[context.production.environment]', '  OPTIMOCMS_API_KEY = "b"', '[context."deploy-preview"]', '  environment = { OPTIMOCMS_API_KEY = "c" }', '[context.branch-deploy.environment]', '  OPTIMOCMS_API_KEY = "d"', '[context.staging.environment]', '  OPTIMOCMS_API_KEY = "e"'].join('\n');

  it('the nearest section header decides', () => {
    expect([2, 4, 6, 8, 10].map((line) => placeOf('netlify.toml', netlify, line))).toEqual([
      undefined,
      'production netlify-context [context.production]',
      'preview netlify-context [context.deploy-preview]',
      undefined,
      'staging netlify-context [context.staging]',
    ]);
  });
});

describe('vercel.json: entries with a target', () => {
  const vercel = [
    '{',
    '  "env": { "OPTIMOCMS_API_KEY": "a" },',
    '  "environmentVariables": [',
    '    { "key": "OPTIMOCMS_API_KEY", "value": "b", "target": ["production"] },',
    '    {',
    '      "key": "OPTIMOCMS_API_KEY",',
    '      "value": "c {not a brace}",',
    '      "target": "preview"',
    '    },',
    '    { "key": "OPTIMOCMS_API_KEY", "value": "d", "target": ["preview", "development"] }',
    '  ]',
    '}',
  ].join('\n');

  it('the innermost object with a "target" decides; several stages are no place', () => {
    expect([2, 4, 7, 10].map((line) => placeOf('vercel.json', vercel, line))).toEqual([undefined, 'production vercel-target target production', 'preview vercel-target target preview', undefined]);
  });
});

describe('describePlace', () => {
  it('names the file, and the section when it is the place', () => {
    expect(describePlace('.env.production', { stage: 'production', kind: 'dotenv' })).toBe('.env.production');
    expect(describePlace('netlify.toml', { stage: 'production', kind: 'netlify-context', section: '[context.production]' })).toBe('netlify.toml [context.production]');
  });
});

describe('property: the structural read', () => {
  const fragments = ['jobs:', '  deploy:', '  test:', '    environment: production', '    environment:', '      name: staging', '    env:', '      OPTIMOCMS_API_KEY: v', '[context.production]', '[context.deploy-preview.environment]', '  KEY = "v"', '{', '}', '  "target": ["preview"],', '"value": "{ not a brace }",', '', '# comment', '- run: x'];
  const text = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 })), { maxLength: 25 });
  const paths = ['.github/workflows/ci.yml', '.gitlab-ci.yml', 'netlify.toml', 'vercel.json'];

  it('never throws, and gives each line the same place whatever its line breaks (LF, CRLF, CR, U+2028)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...paths), fc.constantFrom('\r\n', '\r', '\u2028'), (lines, path, lineBreak) => {
        // Fragments are one line each: a generated string with a line break of its own would shift the lines.
        if (lines.some((line) => /[\r\n\u2028\u2029]/.test(line))) return;
        const lf = environmentPlaces(path, lines.join('\n'));
        const other = environmentPlaces(path, lines.join(lineBreak));
        for (let line = 1; line <= lines.length; line++) expect(other(line)).toEqual(lf(line));
      }),
    );
  });
});
