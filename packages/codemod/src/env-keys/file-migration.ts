// The ts-morph side of env-keys, loaded only when a file holds a candidate: a run with nothing to migrate never loads the compiler.
import type { KeyToken } from '@optimocms/secret-scan';
import { applyEdits, type NameOf } from './apply-edits.js';
import { TYPESCRIPT } from '../ast/code-files.js';
import { createParsingProject, parseSource } from '../ast/parse-source.js';
import { processingFailure } from '../ast/processing-failure.js';
import { findSecretSites } from './secret-sites.js';
import type { FileError, ManualItem, SecretSite } from './types.js';

/** A parsed file with secrets to replace, waiting for the run to name the variables. */
export interface PendingFile {
  file: string;
  text: string;
  sites: SecretSite[];
  /** Applies the edits once every secret has its name; returns the new text and releases the parse tree. */
  apply(nameOf: NameOf): string;
}

export interface FileMigrator {
  migrate(input: { file: string; text: string; tokens: readonly KeyToken[]; checkGeneric: boolean }): { error: FileError } | { manual: ManualItem[]; pending?: PendingFile };
}

/** One parsing project for the whole run; each file is parsed once, edited, then dropped. */
export function createFileMigrator(): FileMigrator {
  const project = createParsingProject();
  const migrateParsed: FileMigrator['migrate'] = ({ file, text, tokens, checkGeneric }) => {
    const parsed = parseSource(project, file, text);
    if ('error' in parsed) return { error: parsed.error };
    const { sourceFile } = parsed;
    const found = findSecretSites(sourceFile, { file, text, tokens, checkGeneric });
    if (found.edits.length === 0) {
      project.removeSourceFile(sourceFile);
      return { manual: found.manual };
    }
    const sites = found.edits.flatMap((edit) => edit.sites).sort((a, b) => a.start - b.start);
    return {
      manual: found.manual,
      pending: {
        file,
        text,
        sites,
        apply(nameOf) {
          const after = applyEdits(sourceFile, found.edits, nameOf, TYPESCRIPT.test(file));
          project.removeSourceFile(sourceFile);
          return after;
        },
      },
    };
  };
  return {
    migrate(input) {
      try {
        return migrateParsed(input);
      } catch (error) {
        const broken = project.getSourceFile(`/${input.file}`);
        if (broken) project.removeSourceFile(broken);
        return { error: { file: input.file, message: processingFailure(error) } };
      }
    },
  };
}
