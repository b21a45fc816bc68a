import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FRAMEWORK_IDS, isFrameworkId, type FrameworkId } from '@optimocms/auth-types';
import { CodemodError } from '../codemod-error.js';

export type Command = 'env-keys' | 'scopes';

export type ParsedArgs =
  | { kind: 'help'; command?: Command }
  | { kind: 'version' }
  | { kind: 'env-keys'; paths: string[]; write: boolean; check: boolean; json: boolean; force: boolean; envVar?: string; framework?: FrameworkId }
  | { kind: 'scopes'; paths: string[]; json: boolean; framework?: FrameworkId };

/** `--framework ID`: one of auth-types' framework ids, or a one-line usage error. */
function frameworkOption(value: string | boolean | undefined): { framework?: FrameworkId } {
  if (value === undefined) return {};
  if (!isFrameworkId(value)) throw new CodemodError(`--framework must be one of ${FRAMEWORK_IDS.join(', ')}`, 'usage');
  return { framework: value };
}

const COMMANDS: readonly Command[] = ['env-keys', 'scopes'];

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are multi-line and mention parseArgs: keep the first line, in our words.
    throw new CodemodError(((error as Error).message.split('\n')[0] ?? 'invalid arguments').replace(/\. To specify a positional argument.*$/, ''), 'usage');
  }
}

/** Parses `optimocms-codemod <command> [options] [paths…]`; bad usage throws a one-line CodemodError. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '-v' || first === '--version') return { kind: 'version' };
  if (!COMMANDS.includes(first as Command)) throw new CodemodError(`unknown command "${first}" (expected ${COMMANDS.join(' or ')})`, 'usage');
  const command = first as Command;
  if (command === 'scopes') {
    const { values, positionals } = parse(rest, { json: { type: 'boolean' }, framework: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help === true) return { kind: 'help', command };
    return { kind: 'scopes', paths: positionals, json: values.json === true, ...frameworkOption(values.framework) };
  }
  const { values, positionals } = parse(rest, {
    write: { type: 'boolean' },
    check: { type: 'boolean' },
    json: { type: 'boolean' },
    force: { type: 'boolean' },
    'env-var': { type: 'string' },
    framework: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) return { kind: 'help', command };
  if (values.write === true && values.check === true) throw new CodemodError('--check is a dry run: use it without --write', 'usage');
  const envVar = values['env-var'];
  if (envVar !== undefined && typeof envVar !== 'string') throw new CodemodError('--env-var needs a NAME', 'usage');
  return {
    kind: 'env-keys',
    paths: positionals,
    write: values.write === true,
    check: values.check === true,
    json: values.json === true,
    force: values.force === true,
    ...(envVar === undefined ? {} : { envVar }),
    ...frameworkOption(values.framework),
  };
}
