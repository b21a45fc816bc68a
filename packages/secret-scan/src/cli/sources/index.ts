import type { Source, SourceContext } from './source.js';

/**
 * Opens the source the options name. Each lives in its own module, loaded
 * only when used (the pre-commit path never loads the tree walk): a new
 * mode is one more module in this folder and one more case here.
 */
export async function openSource(context: SourceContext): Promise<Source> {
  const { mode } = context.options;
  switch (mode.kind) {
    case 'staged':
      return (await import('./staged-source.js')).openStagedSource(context);
    case 'history':
      return (await import('./history-source.js')).openHistorySource(context, mode.range);
    case 'bundle':
      return (await import('./bundle-source.js')).openBundleSource(context);
    case 'pack':
      return (await import('./pack-source.js')).openPackSource(context);
    default:
      return (await import('./tree-source.js')).openTreeSource(context);
  }
}
