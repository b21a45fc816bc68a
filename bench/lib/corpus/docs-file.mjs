// Markdown documentation: prose, lists, tables and code blocks (TypeScript, shell, dotenv samples).
import { SDK, ENV_VARS, API_KEY_HEADER, SCOPES } from '@optimocms/auth-types';
import { NOUNS, VERBS, capitalize, paragraph, sentence } from './vocabulary.mjs';
import { placeholderKeys } from './secret-shapes.mjs';

export function markdownFile(rng, { targetBytes, plant, nearMiss }) {
  const sections = [[`# ${capitalize(rng.pick(VERBS))} ${rng.pick(NOUNS)}s`, '', paragraph(rng)]];
  let size = sections[0].join('\n').length;
  while (size < targetBytes) {
    const section = [`## ${capitalize(rng.pick(VERBS))} the ${rng.pick(NOUNS)}`, '', paragraph(rng, 2, 7), ''];
    switch (rng.int(0, 5)) {
      case 0:
        section.push('```ts', `import { ${SDK.clientClass} } from '${SDK.packageName}';`, '',
          `const cms = new ${SDK.clientClass}({ ${SDK.apiKeyOption}: process.env.${ENV_VARS.apiKey}! });`,
          `const ${rng.pick(NOUNS)}s = await cms.${rng.pick(['pages', 'media', 'sites'])}.list({ limit: ${rng.int(5, 100)} });`, '```');
        break;
      case 1:
        section.push('```bash', `curl -H "${API_KEY_HEADER}: $${ENV_VARS.apiKey}" https://${SDK.apiHost}${SDK.apiVersionPrefix}/${rng.pick(NOUNS)}s`, '```');
        break;
      case 2:
        section.push('| Option | Type | Default |', '| --- | --- | --- |');
        for (let i = 0; i < rng.int(2, 8); i++) section.push(`| \`${rng.pick(NOUNS)}\` | \`${rng.pick(['string', 'number', 'boolean'])}\` | \`${rng.int(0, 100)}\` |`);
        break;
      case 3:
        for (let i = 0; i < rng.int(2, 6); i++) section.push(`- ${sentence(rng, 4, 12)}`);
        break;
      case 4:
        section.push('Required scopes: ' + [...new Set([rng.pick(SCOPES), rng.pick(SCOPES)])].map((s) => `\`${s}\``).join(', ') + '.');
        break;
      default:
        section.push('```dotenv', `${ENV_VARS.apiKey}=${nearMiss ? rng.pick(placeholderKeys()) : ''}`, '```');
    }
    sections.push(section);
    size += section.join('\n').length;
  }
  if (plant) sections.splice(rng.int(1, sections.length), 0, ['Try it from a terminal:', '', ...plant]);
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}
