import path from 'node:path';
import { COMPONENT_SOURCE_EXTENSIONS, fileRuleFor, type FrameworkId, type KnownRole } from '@optimocms/auth-types';
import { sharedProjectResolver, type ProjectInfo } from '@optimocms/secret-scan/project';

/** A linted file placed in its project: the framework that decides roles and the path the model's globs match. */
export interface FilePlace {
  readonly project: ProjectInfo;
  readonly framework: FrameworkId | undefined;
  /** From the package root (the folder of the nearest package.json), `/` separators; a processor's block keeps its virtual name (`Card.astro/0_0.ts`). */
  readonly projectPath: string;
  /** From the working directory, `/` separators (the rule options' globs match this). */
  readonly cwdPath: string;
  /** For a block a processor took out of a component file (an Astro `<script>`): where that block runs. */
  readonly blockRole: KnownRole | undefined;
}

// eslint-plugin-astro's client-side processor names each <script> `Card.astro/0_0.ts`: a block of a component format
// (the framework model's source extensions: `vue`, `svelte`, `astro`).
const COMPONENT_BLOCK = new RegExp(`^(.*\\.(${COMPONENT_SOURCE_EXTENSIONS.join('|')}))\\/[^/]+$`);

/**
 * Where the linted file sits. The project comes from the shared resolver
 * (`@optimocms/secret-scan/project`): each package.json is read once per
 * process, however many files and rules ask.
 */
export function filePlace(context: { cwd: string; filename: string; physicalFilename: string }, framework?: FrameworkId): FilePlace {
  const absolute = path.resolve(context.cwd, context.filename);
  const physical = path.resolve(context.cwd, context.physicalFilename);
  const project = sharedProjectResolver().project(physical, framework);
  const projectPath = path.relative(project.root ?? path.dirname(physical), absolute).split(path.sep).join('/');
  const cwdPath = path.relative(context.cwd, absolute).split(path.sep).join('/');
  const block = absolute !== physical ? COMPONENT_BLOCK.exec(projectPath) : null;
  const blockRole = block ? (fileRuleFor(project.framework, block[1] as string)?.blocks?.script ?? (block[2] === 'astro' ? 'client' : undefined)) : undefined;
  return { project, framework: project.framework, projectPath, cwdPath, blockRole };
}
