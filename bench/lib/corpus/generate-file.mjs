// Phase two: the content of one planned file, a pure function of (seed, plan entry, planted key).
import { Random } from '../prng.mjs';
import { codeFile, scopesSnippet, envHeaderSnippet } from './code-file.mjs';
import { jsonFile, workflowFile } from './data-file.mjs';
import { markdownFile } from './docs-file.mjs';
import { bundleFile } from './bundle-file.mjs';

const CODE_LANGUAGE = { ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', cjs: 'js', jsx: 'jsx' };

export function generateFile(seed, file, plantLines) {
  const rng = new Random(`${seed}:file:${file.index}`);
  const common = { targetBytes: file.targetBytes, plant: plantLines, nearMiss: file.nearMiss };
  switch (file.kind) {
    case 'json':
      return jsonFile(rng, { ...common, flavour: file.flavour });
    case 'md':
      return markdownFile(rng, common);
    case 'yml':
      return workflowFile(rng, common);
    case 'bundle':
      return bundleFile(rng, common);
    default: {
      const extraBlocks = [];
      const cjs = file.module === 'cjs';
      if (file.optimoUsage && rng.chance(0.5)) extraBlocks.push(scopesSnippet(rng, cjs));
      if (file.optimoUsage && rng.chance(0.5)) extraBlocks.push(envHeaderSnippet(cjs));
      return codeFile(rng, {
        ...common,
        language: CODE_LANGUAGE[file.kind],
        module: file.module ?? 'esm',
        clientDirective: file.clientDirective ?? false,
        vendorToken: file.vendorToken,
        optimoUsage: file.optimoUsage,
        extraBlocks,
      });
    }
  }
}
