// The headings and fenced code blocks of a Markdown file: the part of CommonMark that rule docs use.

export interface Heading {
  depth: number;
  text: string;
  /** 1-based line of the heading. */
  line: number;
}

export interface CodeBlock {
  /** The info string's first word: `ts`, `tsx`, `js`, `jsx`, `sh`. */
  lang: string;
  /** The rest of the info string, where `option='…'` and the like go. */
  meta: string;
  code: string;
  /** 1-based line of the block's first code line. */
  line: number;
  /** The headings the block sits under, outermost first (`## Examples`, `### ❌ Incorrect`). */
  headings: Heading[];
}

export interface MarkdownOutline {
  headings: Heading[];
  blocks: CodeBlock[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

/** Reads headings and fenced blocks; headings inside a fence are code, not headings. */
export function outlineOf(text: string): MarkdownOutline {
  const lines = text.split(/\r\n|\r|\n/);
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  const open: Heading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      const [, marker = '', lang = '', meta = ''] = fence;
      const body: string[] = [];
      let end = index + 1;
      // A fence closes at a line of the same character, at least as long, and nothing else.
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      while (end < lines.length && !closing.test(lines[end] ?? '')) body.push(lines[end++] ?? '');
      blocks.push({ lang, meta, code: `${body.join('\n')}\n`, line: index + 2, headings: [...open] });
      index = end;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const entry = { depth: heading[1]?.length ?? 1, text: heading[2] ?? '', line: index + 1 };
      while ((open.at(-1)?.depth ?? 0) >= entry.depth) open.pop();
      open.push(entry);
      headings.push(entry);
    }
  }
  return { headings, blocks };
}

/** The text of an h2 section, up to the next h2 or h1, or `undefined` without such a heading. */
export function sectionText(text: string, title: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const { headings } = outlineOf(text);
  const start = headings.find((heading) => heading.depth === 2 && heading.text === title);
  if (!start) return undefined;
  const next = headings.find((heading) => heading.line > start.line && heading.depth <= 2);
  return lines.slice(start.line, next ? next.line - 1 : lines.length).join('\n').trim();
}
