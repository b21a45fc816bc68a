import { COMPONENT_SOURCE_EXTENSIONS } from '@optimocms/auth-types';

/** A component file whose code sits in blocks (`.vue`, `.svelte`, `.astro`): the framework model's source extensions. */
export const COMPONENT_FILE = new RegExp(`\\.(?:${COMPONENT_SOURCE_EXTENSIONS.join('|')})$`, 'i');

/**
 * One block of code in a component file, by offsets into the file's text
 * (`start`/`end` enclose the code only, never the fences or tags).
 * `frontmatter`: Astro's `---` fenced script; `script`: a `<script>` element's content.
 */
export interface ScriptBlock {
  kind: 'frontmatter' | 'script';
  start: number;
  end: number;
  /** TypeScript: `lang="ts"` (Vue, Svelte) or any Astro block (Astro parses TypeScript everywhere). */
  typescript: boolean;
  /** The opening tag's attributes (`setup lang="ts"`, `context="module"`), '' for frontmatter. */
  attributes: string;
}

// Astro: the frontmatter opens the file (blank space may precede it) and closes at the next line that is `---`.
const FRONTMATTER = /^(\s*---[^\S\r\n]*(?:\r\n|\r|\n))([\s\S]*?)(?:\r\n|\r|\n)---[^\S\r\n]*(?=\r\n|\r|\n|$)/;
// An HTML comment hides a <script> tag; a <script> element ends at the first `</script` (HTML's rule).
const SCRIPT_OR_COMMENT = /<!--[\s\S]*?(?:-->|$)|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const TS_LANG = /\blang\s*=\s*["']?(?:ts|typescript)\b/i;

/** The code blocks of a `.vue`, `.svelte` or `.astro` file, in file order. Text outside them is markup. */
export function scriptBlocks(file: string, text: string): ScriptBlock[] {
  const astro = /\.astro$/i.test(file);
  const blocks: ScriptBlock[] = [];
  let from = 0;
  if (astro) {
    const frontmatter = FRONTMATTER.exec(text);
    if (frontmatter) {
      const start = (frontmatter[1] as string).length;
      blocks.push({ kind: 'frontmatter', start, end: start + (frontmatter[2] as string).length, typescript: true, attributes: '' });
      from = frontmatter[0].length;
    }
  }
  SCRIPT_OR_COMMENT.lastIndex = from;
  for (let match = SCRIPT_OR_COMMENT.exec(text); match; match = SCRIPT_OR_COMMENT.exec(text)) {
    if (match[2] === undefined) continue;
    const attributes = (match[1] as string).trim();
    // The content ends where the closing tag starts (the last `</` of the match).
    const end = match.index + match[0].lastIndexOf('</');
    const start = end - match[2].length;
    blocks.push({ kind: 'script', start, end, typescript: astro || TS_LANG.test(attributes), attributes });
  }
  return blocks;
}

/** The block that holds `offset`, if any. */
export function blockAt(blocks: readonly ScriptBlock[], offset: number): ScriptBlock | undefined {
  return blocks.find((block) => block.start <= offset && offset < block.end);
}

/**
 * The file's text with everything outside `block` blanked (line breaks kept,
 * other characters turned into spaces): parsed as TypeScript, its offsets,
 * lines and columns are the file's own, and edits made on it can be spliced
 * into the original text at the same offsets.
 */
export function isolateBlock(text: string, block: ScriptBlock): string {
  return isolateBlocks(text, [block]);
}

const blank = (part: string) => part.replace(/[^\r\n\u2028\u2029]/g, ' ');

/** The same, keeping every block of `blocks` (a component's whole code, for analysis: `<script>` and `<script setup>` together). */
export function isolateBlocks(text: string, blocks: readonly ScriptBlock[]): string {
  let out = '';
  let cursor = 0;
  for (const block of [...blocks].sort((a, b) => a.start - b.start)) {
    out += blank(text.slice(cursor, block.start)) + text.slice(block.start, block.end);
    cursor = block.end;
  }
  return out + blank(text.slice(cursor));
}
