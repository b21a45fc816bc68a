import { describe, expect, it } from 'vitest';
import { PUBLIC_ENV_PREFIXES } from '@optimocms/auth-types';
import { scanText } from '../../src/index.js';
import { GENERIC, LIVE_KEY, NEXT_PUBLIC_KEY, brief, publicName } from './fixtures.js';

const exposures = (text: string, file = 'a.txt') => scanText(text, { file, rules: ['public-env-exposure'] });

describe('public-env-exposure', () => {
  for (const { prefix } of PUBLIC_ENV_PREFIXES) {
    for (const rest of ['OPTIMOCMS_API_KEY', 'OPTIMOCMS_TOKEN', 'OPTIMOCMS_CLIENT_SECRET', 'MY_OPTIMOCMS_LIVE_KEY']) {
      const name = publicName(prefix, rest);
      it(`reports ${prefix}… ${rest} assigned in a dotenv file`, () => {
        expect(brief(`${name}=${GENERIC}\n`, { file: '.env.local', rules: ['public-env-exposure'] })).toEqual([
          { rule: 'public-env-exposure', line: 1, column: 1, endColumn: name.length + 1 },
        ]);
      });
    }
  }

  it('names the variable and redacts the value', () => {
    const [match] = exposures(`${NEXT_PUBLIC_KEY}=${LIVE_KEY}\n`, '.env');
    expect(match).toMatchObject({ rule: 'public-env-exposure', severity: 'error', secret: `${NEXT_PUBLIC_KEY}=optimo_live_Q1w2…` });
    expect(JSON.stringify(match)).not.toContain(LIVE_KEY);
  });

  it('reports a name that holds the marker twice once', () => {
    expect(exposures(`${publicName('VITE_', 'OPTIMOCMS_OPTIMOCMS_KEY')}=${GENERIC}`, '.env')).toHaveLength(1);
  });

  const assigned: [string, string, string][] = [
    ['a dotenv file', `${NEXT_PUBLIC_KEY}=${GENERIC}`, '.env'],
    ['a dotenv file with export and quotes', `export ${NEXT_PUBLIC_KEY}="${GENERIC}"`, '.env.production'],
    ['an .env.example with a placeholder (it teaches the exposure)', `${NEXT_PUBLIC_KEY}=your-key-here`, '.env.example'],
    ['CI YAML from a secret', `jobs:\n  build:\n    env:\n      ${NEXT_PUBLIC_KEY}: \${{ secrets.OPTIMOCMS_API_KEY }}\n`, '.github/workflows/ci.yml'],
    ['docker-compose map form', `services:\n  web:\n    environment:\n      ${NEXT_PUBLIC_KEY}: ${GENERIC}\n`, 'docker-compose.yml'],
    ['docker-compose list form', `services:\n  web:\n    environment:\n      - ${NEXT_PUBLIC_KEY}=${GENERIC}\n`, 'compose.yaml'],
    ['docker-compose quoted list form', `    environment:\n      - "${NEXT_PUBLIC_KEY}=\${KEY}"\n`, 'compose.yaml'],
    ['docker-compose interpolation from the host', `    environment:\n      ${NEXT_PUBLIC_KEY}: \${${NEXT_PUBLIC_KEY}:-}\n`, 'compose.yaml'],
    ['a Dockerfile ENV with =', `FROM node:20\nENV ${NEXT_PUBLIC_KEY}=${GENERIC}\n`, 'Dockerfile'],
    ['a Dockerfile ENV with a space', `FROM node:20\nENV ${NEXT_PUBLIC_KEY} ${GENERIC}\n`, 'Dockerfile'],
    ['a CR-only Dockerfile ENV with a space', `FROM node:20\rENV ${NEXT_PUBLIC_KEY} ${GENERIC}\r`, 'Dockerfile'],
    ['a Dockerfile ENV from a build argument', `ARG KEY\nENV ${NEXT_PUBLIC_KEY}=$KEY\n`, 'Dockerfile'],
    ['a shell export', `export ${NEXT_PUBLIC_KEY}="$(vault read -field=key secret/optimocms)"\nnpm run build\n`, 'build.sh'],
    ['a shell prefix assignment', `${NEXT_PUBLIC_KEY}=$OPTIMOCMS_API_KEY next build`, 'build.sh'],
    ['a next.config env block', `module.exports = { env: { ${NEXT_PUBLIC_KEY}: process.env.OPTIMOCMS_API_KEY } };`, 'next.config.js'],
    ['JSON', `{ "${NEXT_PUBLIC_KEY}": "${GENERIC}" }`, 'vercel.json'],
    ['a Kubernetes env pair', `env:\n  - name: ${NEXT_PUBLIC_KEY}\n    value: ${GENERIC}\n`, 'k8s/web.yaml'],
    ['an assignment to process.env', `process.env.${NEXT_PUBLIC_KEY} = '${GENERIC}';`, 'scripts/setup.ts'],
  ];
  for (const [name, text, file] of assigned) {
    it(`reports an assignment in ${name}`, () => {
      const matches = exposures(text, file);
      expect(matches).toHaveLength(1);
      expect(matches[0]?.secret.startsWith(`${NEXT_PUBLIC_KEY}=`)).toBe(true);
    });
  }

  const notAssigned: [string, string, string][] = [
    ['a read', `const key = process.env.${NEXT_PUBLIC_KEY};`, 'src/a.ts'],
    ['a Vite read', `const key = import.meta.env.${publicName('VITE_')} as string;`, 'src/a.ts'],
    ['a read with a fallback', `const key = process.env.${NEXT_PUBLIC_KEY} ?? '';`, 'src/a.ts'],
    ['a read in a ternary', `const key = dev ? process.env.${NEXT_PUBLIC_KEY} : undefined;`, 'src/a.ts'],
    ['a read in a ternary on one line with a literal', `const k = ok ? process.env.${NEXT_PUBLIC_KEY} : 'none';`, 'src/a.ts'],
    ['a comparison', `if (process.env.${NEXT_PUBLIC_KEY} === undefined) throw new Error('missing');`, 'src/a.ts'],
    ['a loose comparison', `if (name == '${NEXT_PUBLIC_KEY}') warn();`, 'src/a.ts'],
    ['a switch case label', `switch (name) {\n  case '${NEXT_PUBLIC_KEY}': return true;\n}`, 'src/a.ts'],
    ['an arrow function', `const f = (${NEXT_PUBLIC_KEY}) => 1;`, 'src/a.ts'],
    ['a type declaration', `interface ProcessEnv {\n  ${NEXT_PUBLIC_KEY}: string;\n  readonly ${publicName('VITE_')}?: string;\n}`, 'env.d.ts'],
    ['a union type declaration', `type Env = { ${NEXT_PUBLIC_KEY}: string | undefined };`, 'env.d.ts'],
    ['a schema declaration', `const schema = z.object({ ${NEXT_PUBLIC_KEY}: z.string().min(1) });`, 'env.ts'],
    ['a non-secret public name', 'NEXT_PUBLIC_OPTIMOCMS_SITE_ID=site_123', '.env'],
    ['a secret name without a public prefix', `OPTIMOCMS_API_KEY=${GENERIC}`, '.env'],
    ['an empty value', `${NEXT_PUBLIC_KEY}=`, '.env'],
    ['an empty quoted value', `${NEXT_PUBLIC_KEY}=""`, '.env'],
    ['a YAML key without a value', `env:\n  ${NEXT_PUBLIC_KEY}:\n  OTHER: 1\n`, 'ci.yml'],
    ['a value that is only a comment', `${NEXT_PUBLIC_KEY}= # do not set`, '.env'],
    ['a docker-compose pass-through without a value', `    environment:\n      - ${NEXT_PUBLIC_KEY}\n`, 'compose.yaml'],
    ['a Dockerfile ARG without a default', `ARG ${NEXT_PUBLIC_KEY}\n`, 'Dockerfile'],
    ['a mention in prose', `Never set \`${NEXT_PUBLIC_KEY}\` in production.`, 'README.md'],
    ['a shell reference', `echo "$${NEXT_PUBLIC_KEY}"`, 'a.sh'],
    ['a GitHub expression reference', `run: echo \${{ env.${NEXT_PUBLIC_KEY} }}`, 'ci.yml'],
    ['a longer name that only contains the prefix later', `MY_NEXT_PUBLIC_OPTIMOCMS_API_KEY_X=${GENERIC}`, '.env'],
  ];
  for (const [name, text, file] of notAssigned) {
    it(`does not report ${name}`, () => expect(exposures(text, file)).toEqual([]));
  }
});

describe('Markdown prose', () => {
  it('does not take inline code followed by a colon for an assignment', () => {
    const name = `NEXT_PUBLIC_${['OPTIMOCMS', 'API', 'KEY'].join('_')}`;
    expect(scanText(`- \`${name}\`: a public variable, shipped to every visitor.\n`, { file: 'README.md' })).toEqual([]);
    expect(scanText(`${name}: shipped\n`, { file: 'ci.yml' })).toHaveLength(1);
  });
});
