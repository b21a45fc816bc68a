// no-hardcoded-api-key in template markup, parsed by the frameworks' real ESLint parsers: a Vue <template>
// (vue-eslint-parser's template body visitor), Svelte markup, an Angular template, Astro markup.
import angularTemplateParser from '@angular-eslint/template-parser';
import astroParser from 'astro-eslint-parser';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import rule from '../../src/rules/no-hardcoded-api-key.js';
import { LIVE_KEY, SANDBOX_KEY, testRule } from '../rule-tester.js';

const vue = { parser: vueParser } as const;
const svelte = { parser: svelteParser } as const;
const angular = { parser: angularTemplateParser } as const;
const astro = { parser: astroParser } as const;
const ASTRO = `---\nconst site = 'docs';\n---\n<p data-key="${LIVE_KEY}">${SANDBOX_KEY}</p>\n<Cms apiKey={'${LIVE_KEY}'} />\n`;

/** The three places a key sits in markup: an attribute value, text, and a string in an expression. */
const MARKUP_ERRORS = (line: number, attribute: number, text: number, expressionLine: number, expression: number) => [
  { messageId: 'hardcodedKey' as const, line, column: attribute, endLine: line, endColumn: attribute + LIVE_KEY.length, suggestions: [] },
  { messageId: 'hardcodedKey' as const, line, column: text, endLine: line, endColumn: text + SANDBOX_KEY.length, suggestions: [] },
  { messageId: 'hardcodedKey' as const, line: expressionLine, column: expression, endLine: expressionLine, endColumn: expression + LIVE_KEY.length, suggestions: [] },
];

testRule('no-hardcoded-api-key (templates)', rule, {
  valid: [
    { code: '<template>\n  <p :data-site="siteId">{{ title }}</p>\n</template>\n', filename: 'Card.vue', languageOptions: vue },
    { code: "<script>\n  export let siteId;\n</script>\n<p data-site={siteId}>{'optimo_live_xxxxxxxxxxxxxxxx'}</p>\n", filename: 'Card.svelte', languageOptions: svelte },
    { code: '<p [attr.data-site]="siteId">{{ title }}</p>\n', filename: 'card.component.html', languageOptions: angular },
  ],
  invalid: [
    {
      code: `<script setup lang="ts">\nconst site = 'docs';\n</script>\n<template>\n  <p data-key="${LIVE_KEY}">${SANDBOX_KEY}</p>\n  <Cms :api-key="'${LIVE_KEY}'" />\n</template>\n`,
      filename: 'Card.vue',
      languageOptions: vue,
      errors: MARKUP_ERRORS(5, 16, 46, 6, 19),
    },
    {
      code: `<script>\n  const site = 'docs';\n</script>\n<p data-key="${LIVE_KEY}">${SANDBOX_KEY}</p>\n<Cms apiKey={'${LIVE_KEY}'} />\n`,
      filename: 'Card.svelte',
      languageOptions: svelte,
      errors: MARKUP_ERRORS(4, 14, 44, 5, 15),
    },
    {
      code: `<p data-key="${LIVE_KEY}">${SANDBOX_KEY}</p>\n<app-cms [apiKey]="'${LIVE_KEY}'"></app-cms>\n`,
      filename: 'card.component.html',
      languageOptions: angular,
      errors: MARKUP_ERRORS(1, 14, 44, 2, 21),
    },
    {
      code: ASTRO,
      filename: 'Card.astro',
      languageOptions: astro,
      // Astro markup is JSX: the attribute and the expression string get the JSX suggestions (as before).
      errors: MARKUP_ERRORS(4, 14, 44, 5, 15).map((error, index) => ({
        ...error,
        suggestions: [
          [{ messageId: 'useEnvVar' as const, output: ASTRO.replace(`"${LIVE_KEY}"`, '{process.env.OPTIMOCMS_LIVE_KEY}') }],
          [],
          [{ messageId: 'useEnvVar' as const, output: ASTRO.replace(`'${LIVE_KEY}'`, 'process.env.OPTIMOCMS_LIVE_KEY') }],
        ][index] ?? [],
      })),
    },
    // A Vue <script> is still checked as script, with the suggestion.
    {
      code: `<script setup>\nconst key = '${LIVE_KEY}';\n</script>\n<template><p>{{ key.length }}</p></template>\n`,
      filename: 'Key.vue',
      languageOptions: vue,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 14 + LIVE_KEY.length,
          suggestions: [{ messageId: 'useEnvVar', data: { replacement: 'process.env.OPTIMOCMS_LIVE_KEY' }, output: `<script setup>\nconst key = process.env.OPTIMOCMS_LIVE_KEY;\n</script>\n<template><p>{{ key.length }}</p></template>\n` }],
        },
      ],
    },
  ],
});
