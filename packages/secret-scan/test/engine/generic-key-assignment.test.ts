import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { API_KEY_VAR, GENERIC, LIVE_KEY, LIVE_KEY_VAR, OTHER_VENDOR_KEYS, SANDBOX_KEY_VAR, brief, positionOf } from './fixtures.js';

const generic = (text: string, file = 'notes.txt') => scanText(text, { file, rules: ['generic-key-assignment'] });

/** One finding, exactly on `value`. */
function expectGenericAt(text: string, file: string, value = GENERIC): void {
  const { line, column } = positionOf(text, value);
  expect(brief(text, { file, rules: ['generic-key-assignment'] })).toEqual([
    { rule: 'generic-key-assignment', line, column, endColumn: column + value.length },
  ]);
}

describe('generic-key-assignment', () => {
  const assignments: [string, string, string, string?][] = [
    ['a dotenv file', `${API_KEY_VAR}=${GENERIC}\n`, '.env.example'],
    ['a quoted dotenv value', `${LIVE_KEY_VAR}="${GENERIC}"\n`, '.env.sample'],
    ['YAML', `env:\n  ${SANDBOX_KEY_VAR}: ${GENERIC}\n`, '.github/workflows/ci.yml'],
    ['quoted YAML', `env:\n  ${API_KEY_VAR}: '${GENERIC}'\n`, 'app.yaml'],
    ['a shell export', `export ${API_KEY_VAR}=${GENERIC}\n`, 'setup.sh'],
    ['a shell prefix assignment', `${API_KEY_VAR}=${GENERIC} node deploy.js\n`, 'deploy.sh'],
    ['JSON', `{\n  "${API_KEY_VAR}": "${GENERIC}"\n}\n`, 'config.json'],
    ['escaped JSON', `{"env": "{\\"${API_KEY_VAR}\\":\\"${GENERIC}\\"}"}`, 'event.json'],
    ['a package.json script', `{ "scripts": { "dev": "${API_KEY_VAR}=${GENERIC} next dev" } }`, 'package.json'],
    ['a TypeScript constant', `const ${API_KEY_VAR} = '${GENERIC}';`, 'src/config.ts'],
    ['a typed TypeScript constant', `export const ${API_KEY_VAR}: string = '${GENERIC}';`, 'src/config.ts'],
    ['a union-typed TypeScript constant', `let ${LIVE_KEY_VAR}: string | undefined = "${GENERIC}";`, 'src/config.ts'],
    ['an annotated Python constant', `${API_KEY_VAR}: str = "${GENERIC}"\n`, 'settings.py'],
    ['a JavaScript object property', `const env = {${API_KEY_VAR}: '${GENERIC}'};`, 'src/env.js'],
    ['an assignment to process.env', `process.env.${API_KEY_VAR} = '${GENERIC}';`, 'test/setup.ts'],
    ['a Python constant', `${API_KEY_VAR} = "${GENERIC}"\n`, 'settings.py'],
    ['os.environ in Python', `os.environ["${API_KEY_VAR}"] = "${GENERIC}"\n`, 'conftest.py'],
    ['a Terraform variable', `variable "key" {\n  default = "x"\n}\n${API_KEY_VAR} = "${GENERIC}"\n`, 'main.tf'],
    ['a curl header', `curl -H "X-Api-Key: ${GENERIC}" https://api.optimocms.com/v1/sites\n`, 'README.md'],
    ['a lower-case curl header', `curl -H 'x-api-key: ${GENERIC}' https://api.optimocms.com/v1/sites\n`, 'run.sh'],
    ['an upper-case header in HTTP request text', `GET /v1/sites HTTP/1.1\r\nHost: api.optimocms.com\r\nX-API-KEY: ${GENERIC}\r\n\r\n`, 'sites.http'],
    ['a JS headers object', `fetch(url, { headers: { 'x-api-key': '${GENERIC}' } });`, 'src/client.ts'],
    ['headers.set', `headers.set('X-Api-Key', '${GENERIC}');`, 'src/client.ts'],
    ['a header inside an escaped JSON string', `{"headers": "X-Api-Key: ${GENERIC}\\nAccept: */*"}`, 'har.json'],
    ['a base64 YAML value with padding', `env:\n  ${API_KEY_VAR}: ${GENERIC}==\n`, 'app.yaml', `${GENERIC}==`],
    ['a base64 header value with padding', `X-Api-Key: ${GENERIC}=\r\n`, 'req.http', `${GENERIC}=`],
    ['a HAR request header', `{"headers": [{"name": "x-api-key", "value": "${GENERIC}"}]}`, 'session.har'],
    ['a Postman collection header', `"header": [\n  {\n    "key": "X-Api-Key",\n    "value": "${GENERIC}",\n    "type": "text"\n  }\n]`, 'collection.json'],
    ['a Kubernetes env pair', `env:\n  - name: ${API_KEY_VAR}\n    value: "${GENERIC}"\n`, 'k8s/deployment.yaml'],
    ['an ECS task definition pair', `"environment": [{ "name": "${API_KEY_VAR}", "value": "${GENERIC}" }]`, 'task-definition.json'],
    ['a Terraform pair', `env { name = "${LIVE_KEY_VAR}", value = "${GENERIC}" }`, 'main.tf'],
  ];
  for (const [name, text, file, value] of assignments) {
    it(`reports a literal in ${name}`, () => expectGenericAt(text, file, value));
  }

  it('reports a UUID-shaped value of an older key format', () => {
    const uuid = ['123e4567', 'e89b', '12d3', 'a456', '426614174000'].join('-');
    expect(generic(`${API_KEY_VAR}=${uuid}\n`)).toHaveLength(1);
  });

  it('is a warning and shows the redacted value', () => {
    expect(generic(`${API_KEY_VAR}=${GENERIC}`)[0]).toMatchObject({ severity: 'warning', secret: 'aB3d…' });
  });

  const notFindings: [string, string, string][] = [
    ['a braced reference', `${API_KEY_VAR}=\${${API_KEY_VAR}}`, 'a.sh'],
    ['a bare reference', `curl -H "X-Api-Key: $${API_KEY_VAR}" https://x`, 'a.sh'],
    ['a reference with a default', `key: \${${API_KEY_VAR}:-${GENERIC}}`, 'compose.yaml'],
    ['a reference with an error message', `\${${API_KEY_VAR}:?${GENERIC}}`, 'a.sh'],
    ['process.env', `const key = process.env.${API_KEY_VAR};`, 'src/a.ts'],
    ['process.env on both ternary branches', `const k = prod ? process.env.${LIVE_KEY_VAR} : process.env.${SANDBOX_KEY_VAR};`, 'src/a.ts'],
    ['a ternary read with a literal fallback on the other branch', `const k = prod ? process.env.${LIVE_KEY_VAR} : '${GENERIC}';`, 'src/a.ts'],
    ['a comparison', `if (process.env.${API_KEY_VAR} === '${GENERIC}') {}`, 'src/a.ts'],
    ['GitHub secrets', `env:\n  ${API_KEY_VAR}: \${{ secrets.${API_KEY_VAR} }}\n`, 'ci.yml'],
    ['a secrets property', `const key = secrets.${API_KEY_VAR};`, 'src/a.ts'],
    ['an empty value', `${API_KEY_VAR}=\n`, '.env.example'],
    ['empty quotes', `${API_KEY_VAR}=""\n`, '.env.example'],
    ['an empty header', `X-Api-Key: \r\n`, 'req.http'],
    ['a your-… placeholder', `${API_KEY_VAR}=your-api-key-here`, '.env.example'],
    ['an angle-bracket placeholder', `curl -H "X-Api-Key: <YOUR_KEY>"`, 'README.md'],
    ['an x-run placeholder', `${API_KEY_VAR}=xxxxxxxxxxxxxxxxxxxx`, '.env.example'],
    ['a changeme placeholder', `${API_KEY_VAR}=changeme-changeme-123`, '.env.example'],
    ['a template placeholder', `X-Api-Key: {{apiKey}}`, 'collection.json'],
    ['a typed declaration without a value', `declare const ${API_KEY_VAR}: string;\ninterface Env { ${LIVE_KEY_VAR}: string }`, 'src/env.d.ts'],
    ['a typed constant holding an identifier', `const ${API_KEY_VAR}: string = readSecretFromVault();`, 'src/a.ts'],
    ['an identifier in a code file', `const ${API_KEY_VAR} = configuredApiKeyValue;`, 'src/a.ts'],
    ['an identifier as a header value in a code file', `headers.set('X-Api-Key', resolvedKeyFromVault);`, 'src/a.ts'],
    ['a call in a dotenv-like file', `${API_KEY_VAR}=$(vault read -field=key secret/optimocms)`, 'a.sh'],
    ['a short value', `${API_KEY_VAR}=abc123`, '.env.example'],
    ['a value of one character class', `${API_KEY_VAR}=abcdefghqrstuvwxyzab`, '.env.example'],
    ['a key-shaped value (live-key reports it)', `${API_KEY_VAR}=${LIVE_KEY}`, '.env.example'],
    ['a dotted reference', `${API_KEY_VAR}=config.optimocms.apiKey`, 'a.yml'],
    ['a longer variable name', `${API_KEY_VAR}_FILE=${GENERIC}`, '.env.example'],
    ['a prefixed variable name', `OLD_${API_KEY_VAR}=${GENERIC}`, '.env.example'],
    ['a longer header name', `X-Api-Key-Id: ${GENERIC}`, 'req.http'],
    ['a header name in prose', 'Send the key in the `X-Api-Key` header on every request.', 'README.md'],
    ['an OpenAPI header declaration', `parameters:\n  - name: X-Api-Key\n    in: header\n`, 'openapi.yaml'],
    ['a case label', `switch (name) { case '${API_KEY_VAR}': return '${GENERIC}'; }`, 'src/a.ts'],
    ['a Kubernetes secret reference', `env:\n  - name: ${API_KEY_VAR}\n    valueFrom:\n      secretKeyRef: { name: optimocms, key: apiKey }\n`, 'k8s/deployment.yaml'],
    ['a Postman variable', `{ "key": "X-Api-Key", "value": "{{optimocmsApiKey}}" }`, 'collection.json'],
    ['an OpenAPI header parameter', `- name: X-Api-Key\n  in: header\n  required: true\n`, 'openapi.yaml'],
    ['a pair with an empty value', `{ "name": "${API_KEY_VAR}", "value": "" }`, 'task.json'],
    ['another vendor\'s variable', `STRIPE_SECRET_KEY=${OTHER_VENDOR_KEYS.stripe}`, '.env.example'],
  ];
  for (const [name, text, file] of notFindings) {
    it(`does not report ${name}`, () => expect(generic(text, file)).toEqual([]));
  }
});
