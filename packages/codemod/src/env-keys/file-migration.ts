// The ts-morph side of env-keys, loaded only when a file holds a candidate: a run with nothing to migrate never loads the compiler.
import { TYPESCRIPT_FILE_PATTERN, type Handoff, type ModuleRole } from '@optimocms/auth-types';
import { redact, type KeyToken } from '@optimocms/secret-scan';
import { applyEdits, type NameOf } from './apply-edits.js';
import { createParsingProject, parseSource } from '../ast/parse-source.js';
import { processingFailure } from '../ast/processing-failure.js';
import { isolateBlock, type ScriptBlock } from '../ast/script-blocks.js';
import { declaresName, importInsertions } from './env-imports.js';
import { exportNamesAt } from './export-names.js';
import { handoffAt } from './handoffs.js';
import { findSecretSites, type LiteralEdit } from './secret-sites.js';
import { serverReadOf, type ServerRead } from './server-reads.js';
import type { FileError, ManualItem, SecretSite } from './types.js';

/** A parsed file with secrets to replace, waiting for the run to name the variables. */
export interface PendingFile {
  file: string;
  text: string;
  sites: SecretSite[];
  /** Applies the edits once every secret has its name; returns the new text and releases the parse tree. */
  apply(nameOf: NameOf): string;
}

/** A key the file's place does not allow to rewrite (browser code, a Worker), as a manual item. */
export interface Refusal {
  kind: ManualItem['kind'];
  message: string;
  step: string;
}

export interface MigrationInput {
  file: string;
  text: string;
  tokens: readonly KeyToken[];
  checkGeneric: boolean;
  /** How the rewritten code reads the key (default `process.env`). */
  read?: ServerRead;
  /** A component file's server block: only it is parsed and edited, every other byte stays. */
  block?: ScriptBlock;
  /** A mixed file (a route module): where each export runs; a key outside a server-only export is refused. */
  exportRole?: (name: string) => ModuleRole;
  /** The manual item for a key that stays in browser code (a mixed file's client export). */
  clientRefusal?: Refusal;
  /** The manual item for every key when `read` is a binding (a Worker's `env`). */
  bindingRefusal?: Refusal;
  /** The framework's handoffs for this file: a key a server export returns into the page, or a server component passes as a prop, is refused. */
  handoffs?: readonly Handoff[];
}

/** A key that server code hands to the page ships from an env read too: a human must keep it on the server. */
function handoffRefusal(handoff: Handoff): Refusal {
  return {
    kind: 'handoff',
    message: `key handed to the browser: ${handoff.what}`,
    step: 'keep the key on the server: make the OptimoCMS call here, with the key read from the environment, and hand the page only the data it needs; then rotate the key',
  };
}

export interface FileMigrator {
  migrate(input: MigrationInput): { error: FileError } | { manual: ManualItem[]; pending?: PendingFile };
}

function refuse(edits: readonly LiteralEdit[], refusal: Refusal): ManualItem[] {
  return edits.flatMap((edit) => edit.sites.map((site) => ({ file: site.file, line: site.line, column: site.column, kind: refusal.kind, secret: redact(site.value), message: refusal.message, step: refusal.step })));
}

/** One parsing project for the whole run; each file is parsed once, edited, then dropped. */
export function createFileMigrator(): FileMigrator {
  const project = createParsingProject();
  const migrateParsed: FileMigrator['migrate'] = (input) => {
    const { file, text, block } = input;
    const read = input.read ?? serverReadOf(undefined);
    // A block is parsed as TypeScript with the rest of the file blanked: offsets, lines and columns stay the file's.
    const parsedText = block ? isolateBlock(text, block) : text;
    const tokens = block ? input.tokens.filter((token) => token.start >= block.start && token.end <= block.end) : input.tokens;
    const parsed = parseSource(project, block ? `${file}.ts` : file, parsedText, file);
    if ('error' in parsed) return { error: parsed.error };
    const { sourceFile } = parsed;
    const found = findSecretSites(sourceFile, { file, text: parsedText, tokens, checkGeneric: input.checkGeneric });
    const manual = [...found.manual];
    let edits = found.edits;
    if (input.exportRole) {
      const roleOf = input.exportRole;
      const onServer = (edit: LiteralEdit) => {
        const names = exportNamesAt(sourceFile, edit.start);
        return names.length > 0 && names.every((name) => roleOf(name) === 'server');
      };
      if (input.clientRefusal) manual.push(...refuse(edits.filter((edit) => !onServer(edit)), input.clientRefusal));
      edits = edits.filter(onServer);
    }
    if (input.handoffs && input.handoffs.length > 0) {
      const handoffs = input.handoffs;
      edits = edits.filter((edit) => {
        const handoff = handoffAt(sourceFile, edit.start, handoffs);
        if (handoff) manual.push(...refuse([edit], handoffRefusal(handoff)));
        return handoff === undefined;
      });
    }
    if (read.kind === 'binding') {
      if (input.bindingRefusal) manual.push(...refuse(edits, input.bindingRefusal));
      edits = [];
    }
    if (edits.length === 0) {
      project.removeSourceFile(sourceFile);
      return { manual };
    }
    const sites = edits.flatMap((edit) => edit.sites).sort((a, b) => a.start - b.start);
    const typescript = block ? block.typescript : TYPESCRIPT_FILE_PATTERN.test(file);
    return {
      manual,
      pending: {
        file,
        text,
        sites,
        apply(nameOf) {
          let names = nameOf;
          const insertions = [];
          if (read.kind === 'import') {
            // A name the file already declares is imported under an alias, so the two never clash.
            const alias = (name: string) => (declaresName(sourceFile, name, read.module) ? `${name}_PRIVATE` : name);
            names = (site) => alias(nameOf(site));
            const specifiers = [...new Set(sites.map(nameOf))].map((name) => (alias(name) === name ? name : `${name} as ${alias(name)}`));
            insertions.push(...importInsertions(sourceFile, read.module, specifiers));
          }
          const after = applyEdits(text, edits, names, typescript, read, insertions);
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
        const broken = project.getSourceFile(`/${input.block ? `${input.file}.ts` : input.file}`);
        if (broken) project.removeSourceFile(broken);
        return { error: { file: input.file, message: processingFailure(error) } };
      }
    },
  };
}
