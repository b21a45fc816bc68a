import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { runEnvKeys } from '../src/index.js';
import { LIVE, LIVE_2, SANDBOX } from './helpers/keys.js';
import { tempFolder } from './helpers/project.js';

/** A piece of the generated file: bytes that must come out unchanged, or a literal the codemod may rewrite. */
type Piece = { fixed: Buffer } | { literal: Buffer; key: string };

const fixed = (text: string | Buffer): Piece => ({ fixed: typeof text === 'string' ? Buffer.from(text) : text });

// Where a key can sit: before the literal, the literal (all the codemod may touch), after it.
const POSITIONS: readonly ((key: string, index: number) => [string, string, string])[] = [
  (key, index) => [`const a${index} = `, `'${key}'`, ';'],
  (key, index) => [`export const h${index} = { 'X-Api-Key': `, `"${key}"`, ' };'],
  (key, index) => [`call${index}(`, `'${key}'`, ', 1);'],
  (key, index) => [`const t${index} = `, `\`Bearer ${key}\``, ';'],
  (key, index) => [`const c${index} = Math.random() > 0.5 ? `, `'${key}'`, ' : null;'],
  (key, index) => [`class C${index} { k = `, `'${key}'`, '; }'],
  (key, index) => [`function g${index}(k = `, `'${key}'`, ') { return k; }'],
  (key, index) => [`const u${index} = `, `'https://x.example/?key=${key}&a=\\t1'`, ';'],
  (key, index) => [`const z${index} = `, `'${key}' as const`, ';'],
  (key, index) => [`const x${index} = [`, `'${key}'`, '];'],
  (key, index) => [`const y${index} = 'a' + `, `'${key}'`, ';'],
  (key) => ['// ', key, ''],
  (key, index) => [`const e${index} = `, `'${key}'`, '; // 😀\t'],
];

// Only in .tsx files: JSX attributes, plain, with HTML entities, and single-quoted.
const JSX_POSITIONS: readonly ((key: string, index: number) => [string, string, string])[] = [
  (key, index) => [`export const j${index} = <W a=`, `"${key}"`, ' />;'],
  (key, index) => [`export const k${index} = <W a=`, `"x &amp; ${key} &#x41;\\"`, ' b="😀" />;'],
  (key, index) => [`export const l${index} = <W\ta=`, `'${key}'`, '>text 😀</W>;'],
];

const FILLERS = ['// plain comment', '/* block é 😀 */', '\t\tconst tab = 1;', 'let emoji = "😀 ☃ \\u00e9";', '', '   ', 'export {};'];

// Keys by index: a failing case is printed, and no output may hold a whole key.
const KEYS = [LIVE, LIVE_2, SANDBOX];

const EOL = fc.constantFrom('\n', '\r\n', '\r');
const INVALID = fc.constantFrom(Buffer.from([0xe9]), Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0x80, 0x80]));

const LINE = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: POSITIONS.length + JSX_POSITIONS.length - 1 }), fc.integer({ min: 0, max: KEYS.length - 1 })).map(([position, key]) => ({ position, key })) },
  { weight: 3, arbitrary: fc.constantFrom(...FILLERS).map((filler) => ({ filler })) },
  { weight: 1, arbitrary: INVALID.map((bytes) => ({ invalid: bytes })) },
);

const FILE = fc.record({ extension: fc.constantFrom('ts', 'tsx'), bom: fc.boolean(), eol: EOL, lines: fc.array(LINE, { minLength: 1, maxLength: 14 }) });
type GeneratedFile = typeof FILE extends fc.Arbitrary<infer T> ? T : never;

function piecesOf(file: GeneratedFile): Piece[] {
  const pieces: Piece[] = file.bom ? [fixed('\uFEFF')] : [];
  file.lines.forEach((line, index) => {
    if ('position' in line) {
      const key = KEYS[line.key] as string;
      // A .ts file has no JSX: its JSX draws stand for the other positions.
      const positions = file.extension === 'tsx' ? [...POSITIONS, ...JSX_POSITIONS] : POSITIONS;
      const position = positions[line.position % positions.length] as (typeof POSITIONS)[number];
      const [before, literal, after] = position(key, index);
      pieces.push(fixed(before), { literal: Buffer.from(literal), key }, fixed(after));
    } else if ('filler' in line) {
      pieces.push(fixed(line.filler));
    } else {
      pieces.push(fixed('// legacy '), fixed(line.invalid));
    }
    pieces.push(fixed(file.eol));
  });
  return pieces;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseErrors(file: string, text: string): number {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics: unknown[] };
  return sourceFile.parseDiagnostics.length;
}

describe('random files (BOM, LF/CRLF/CR, tabs, emoji, invalid UTF-8, keys in many positions)', () => {
  it('every byte outside the edited literals is identical, edited literals hold no key, and the output parses', async () => {
    await fc.assert(
      fc.asyncProperty(FILE, async (file) => {
        const pieces = piecesOf(file);
        const name = `f.${file.extension}`;
        const input = Buffer.concat(pieces.map((piece) => ('fixed' in piece ? piece.fixed : piece.literal)));
        const folder = tempFolder();
        writeFileSync(join(folder, name), input);
        const invalid = file.lines.some((line) => 'invalid' in line);
        if (!invalid) expect(parseErrors(name, input.toString('utf8'))).toBe(0);

        const report = await runEnvKeys({ cwd: folder, write: true });
        const output = readFileSync(join(folder, name));

        // Bytes as latin1: one character per byte, so the comparison is byte for byte.
        const pattern = new RegExp(`^${pieces.map((piece) => ('fixed' in piece ? escapeRegExp(piece.fixed.toString('latin1')) : '([\\s\\S]*?)')).join('')}$`);
        const match = pattern.exec(output.toString('latin1'));
        expect(match, 'a byte outside the edited literals changed').not.toBeNull();
        const literals = pieces.filter((piece): piece is { literal: Buffer; key: string } => 'literal' in piece);
        literals.forEach((piece, index) => {
          const now = Buffer.from((match as RegExpExecArray)[index + 1] as string, 'latin1');
          if (now.equals(piece.literal)) return;
          expect(now.toString('utf8').includes(piece.key)).toBe(false);
          expect(now.toString('utf8')).toMatch(/process\.env\.OPTIMOCMS_[A-Z_0-9]+/);
        });

        if (invalid) {
          expect(output.equals(input)).toBe(true);
          if (literals.length > 0) expect(report.errors.map((error) => error.file)).toEqual([name]);
        } else {
          expect(report.errors).toEqual([]);
          expect(output.subarray(0, 3).equals(Buffer.from('\uFEFF')) === file.bom).toBe(true);
          expect(parseErrors(name, output.toString('utf8'))).toBe(0);
        }
      }),
      { numRuns: 120 },
    );
  });
});
