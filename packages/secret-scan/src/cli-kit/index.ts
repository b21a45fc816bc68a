// `@optimocms/secret-scan/cli-kit`: what every OptimoCMS CLI needs, implemented once (the scanner and the codemod
// list, read, decode and write files, run git, colour and report progress the same way).
export { CliError, EXIT, failureLine, oneLine } from './cli-error.js';
export { GitFailedError, GitMissingError, GitRefusedError, NotARepositoryError, gitExit, runGit, runGitSync, spawnGit, splitNul, type SyncGitOptions } from './git.js';
export { findFileRoot, gitTopLevel, isInside, resolveArgument, slashRelative, type FileRoot } from './file-root.js';
export { listFiles, type FileListing, type ListOptions, type UnreadableFolder } from './list-files.js';
export { walkFiles, type WalkOptions } from './walk.js';
export type { ListedFile } from './listed-file.js';
export { BINARY_PROBE, decodeText, decodeWithBom, detectBom, looksBinary, type Bom, type Decoded, type DecodedText } from './decode-text.js';
export { checkWritable, writeFileAtomic, type AtomicWriteOptions } from './atomic-write.js';
export { palette, useColor, type Palette } from './colors.js';
export { Progress, type ProgressOptions } from './progress.js';
export { ignoreClosedPipes } from './closed-pipe.js';
