import { PROCESS_ENV, SCRIPT, staticFolder } from './shared.js';
import type { FrameworkModel } from './types.js';

// Framework convention (Gatsby docs): https://www.gatsbyjs.com/docs/reference/config-files/,
// https://www.gatsbyjs.com/docs/how-to/local-development/environment-variables/, https://www.gatsbyjs.com/docs/reference/functions/
export const GATSBY: FrameworkModel = {
  id: 'gatsby',
  name: 'Gatsby',
  docs: [
    'https://www.gatsbyjs.com/docs/reference/config-files/',
    'https://www.gatsbyjs.com/docs/how-to/local-development/environment-variables/',
    'https://www.gatsbyjs.com/docs/reference/functions/',
    'https://www.gatsbyjs.com/docs/reference/rendering-options/server-side-rendering/',
  ],
  detect: { dependencies: ['gatsby'], configFiles: ['gatsby-config.*'] },
  sourceExtensions: [],
  files: [
    { glob: `gatsby-{config,node}.${SCRIPT}`, role: 'server', what: 'build configuration and Node APIs' },
    { glob: `gatsby-ssr.${SCRIPT}`, role: 'server', what: 'server rendering APIs' },
    { glob: `gatsby-browser.${SCRIPT}`, role: 'client', what: 'browser APIs' },
    { glob: 'src/api/**', role: 'server', what: 'Gatsby Function' },
    {
      glob: `src/{pages,templates}/**/*.${SCRIPT}`,
      role: 'universal',
      what: 'page or template',
      exports: { getServerData: 'server', config: 'server', query: 'server', pageQuery: 'server', default: 'universal', Head: 'universal' },
      otherExports: 'universal',
    },
    { glob: 'src/components/**', role: 'universal', what: 'component' },
    staticFolder('static'),
  ],
  defaultRole: 'unknown',
  publicEnv: { prefixes: [{ prefix: 'GATSBY_' }], access: [PROCESS_ENV] },
  serverEnv: [PROCESS_ENV],
  inlineSettings: [
    { file: `gatsby-node.${SCRIPT}`, setting: 'onCreateWebpackConfig', effect: 'values', what: 'a DefinePlugin or EnvironmentPlugin added there inlines its values' },
  ],
  handoffs: [{ kind: 'export-return', files: [`src/{pages,templates}/**/*.${SCRIPT}`], exports: ['getServerData'], what: 'the returned props are serialized into the page' }],
  clientOutput: [{ glob: 'public/**', what: 'the built site' }],
  serverPlace: 'a Gatsby Function in src/api/ (or getServerData on a server-rendered page) that reads the key from process.env and calls OptimoCMS; the page fetches that function',
};
