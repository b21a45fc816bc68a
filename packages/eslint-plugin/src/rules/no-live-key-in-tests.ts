import path from 'node:path';
import { ENV_VARS, isOptimoSecretEnvName } from '@optimocms/auth-types';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/createRule.js';
import { envReadOfMember, envReadsOfPattern, type EnvRead } from '../util/env-reads.js';
import { matchesGlobs } from '../util/file-globs.js';
import { isSandboxPlace, keyEnvironmentOfName } from '../util/key-environment.js';

export type Options = [
  {
    testFilePatterns?: string[];
  },
];
export type MessageIds = 'liveKeyInTest' | 'readSandboxKey';

export default createRule<Options, MessageIds>({
  name: 'no-live-key-in-tests',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading a live OptimoCMS key variable in tests, fixtures and stories',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      liveKeyInTest: '{{name}} holds a live key, and this file runs in tests or development: tests touch production data and cost money. Read a sandbox key ({{sandbox}}) here.',
      readSandboxKey: 'Read {{sandbox}} instead.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          testFilePatterns: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: "Globs (relative to the working directory) that identify test files. Default: the scanner's development and test places (test files, fixtures, Storybook).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [options]) {
    const relative = path.relative(context.cwd, context.filename).replaceAll('\\', '/');
    const inTests = options.testFilePatterns ? matchesGlobs(options.testFilePatterns, relative) : isSandboxPlace(relative);
    if (!inTests) return {};

    /** The new text of the name: the identifier, or the string in the quotes it was written with. */
    const renamed = (property: TSESTree.Node): string => {
      if (property.type === AST_NODE_TYPES.Identifier) return ENV_VARS.sandbox;
      const quote = context.sourceCode.getText(property)[0] ?? "'";
      return `${quote}${ENV_VARS.sandbox}${quote}`;
    };

    const report = (read: EnvRead) => {
      if (!isOptimoSecretEnvName(read.name) || keyEnvironmentOfName(read.name) !== 'live') return;
      // Renaming is safe where the name is written once, as a member: `process.env.X` or `process.env['X']`.
      const property = read.node.type === AST_NODE_TYPES.MemberExpression ? read.node.property : undefined;
      context.report({
        node: read.node,
        messageId: 'liveKeyInTest',
        data: { name: read.name, sandbox: ENV_VARS.sandbox },
        suggest: property ? [{ messageId: 'readSandboxKey', data: { sandbox: ENV_VARS.sandbox }, fix: (fixer) => fixer.replaceText(property, renamed(property)) }] : [],
      });
    };

    return {
      MemberExpression(node) {
        const read = envReadOfMember(node);
        if (read) report(read);
      },
      VariableDeclarator(node) {
        if (node.id.type === AST_NODE_TYPES.ObjectPattern && node.init) for (const read of envReadsOfPattern(node.id, node.init)) report(read);
      },
    };
  },
});
