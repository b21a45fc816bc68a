import { KEY_PREFIXES } from '@optimocms/auth-types';
import { isCodeFile, isDotenvFile, InlineAllow, LineLocator, redact, type KeyToken } from '@optimocms/secret-scan';
import type { ManualItem, ManualKind } from './types.js';

interface Advice {
  kind: ManualKind;
  message: string;
  step: string;
}

const ROTATE = 'then rotate the key if the file was ever committed';

/** What to do about a key in a file the codemod does not rewrite, by kind of file. */
export function adviceFor(file: string): Advice {
  const base = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  if (isDotenvFile(file)) {
    return { kind: 'dotenv-file', message: 'key in a dotenv file that git does not ignore', step: `add ${base} to .gitignore (or move the value into .env), ${ROTATE}` };
  }
  if (/\.env\.(?:example|sample|template|defaults|dist)$/.test(base)) {
    return { kind: 'non-code-file', message: 'real key in a dotenv template', step: `leave the value empty in ${base} (the template is committed), ${ROTATE}` };
  }
  if (/\.(?:json|jsonc|json5)$/.test(base)) {
    return { kind: 'non-code-file', message: 'key in a JSON file', step: `replace the value with the environment-variable reference your tool expands (e.g. "\${OPTIMOCMS_API_KEY}" in an .mcp.json env block) or keep the file out of git, ${ROTATE}` };
  }
  if (/\.(?:ya?ml)$/.test(base)) {
    return { kind: 'non-code-file', message: 'key in a YAML file', step: `reference a secret instead (\${{ secrets.OPTIMOCMS_API_KEY }} in GitHub Actions, \${OPTIMOCMS_API_KEY} in docker compose), ${ROTATE}` };
  }
  if (/\.(?:md|mdx|markdown|txt|rst|adoc)$/.test(base)) {
    return { kind: 'non-code-file', message: 'key in documentation', step: `replace it with a placeholder such as ${KEY_PREFIXES.live}xxxxxxxxxxxx, ${ROTATE}` };
  }
  if (isCodeFile(file)) {
    return { kind: 'unsupported-file', message: 'key in a kind of code file the codemod does not rewrite', step: `read the key from the environment (OPTIMOCMS_API_KEY) by hand, ${ROTATE}` };
  }
  return { kind: 'non-code-file', message: 'key in a file the codemod does not rewrite', step: `move the key to an environment variable by hand, ${ROTATE}` };
}

/** One manual item per key token of a file the codemod does not rewrite (keys an inline allow marker covers are skipped, as in the scanner). */
export function manualItemsFor(file: string, text: string, tokens: readonly KeyToken[], advice: Advice = adviceFor(file)): ManualItem[] {
  const locator = new LineLocator(text);
  const inlineAllow = new InlineAllow(text);
  const items: ManualItem[] = [];
  for (const token of tokens) {
    const { line, column } = locator.locate(token.start);
    if (inlineAllow.covers(token.start, token.end)) continue;
    items.push({ file, line, column, kind: advice.kind, secret: redact(token.value), message: advice.message, step: advice.step });
  }
  return items;
}
