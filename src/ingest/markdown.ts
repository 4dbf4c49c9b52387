// Markdown -> plain text plus block hints, in the same layout as the HTML extractor (one block per
// line, blank line between blocks), so later stages cannot tell which markup a document came in.

import { createRequire } from 'node:module';
import type { fromMarkdown as FromMarkdown } from 'mdast-util-from-markdown';
import { BlockWriter, type ExtractedText, foldSpace, isGloss, isGlossBody } from './html.js';

export type { ExtractedText } from './html.js';

// Node types derived from the parser's own result, so no undeclared `mdast` import is needed.
type Root = ReturnType<typeof FromMarkdown>;

/**
 * The parser, required on the first Markdown document: micromark's forty modules cost a run of
 * plain text files 80 ms to load. The package is ES modules only; Node loads those with require()
 * since 20.19 (package.json's engines).
 */
let parse: typeof FromMarkdown | undefined;
function fromMarkdown(text: string): Root {
  parse ??= (
    createRequire(import.meta.url)('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')
  ).fromMarkdown;
  return parse(text);
}

type MdNode = Root['children'][number];
type NodeOf<T extends MdNode['type']> = Extract<MdNode, { type: T }>;

interface ItemState {
  prefix: string;
  /** A gloss written as a "*" list item: the "*" is the footnote mark, not a bullet. */
  footnote: boolean;
  /** Set once the item has written its first block; later blocks in it are paragraphs. */
  used: boolean;
}

// A GFM footnote definition "[^1]: ...". The parser knows no GFM, so it reads one as a paragraph
// (or, with a one-word body, as a link definition); the source tells both apart.
export const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*/;

// Front matter is not part of the summary, and without the extension the parser would turn its
// closing "---" into a setext heading. It must open with a "key:" line, so a document that merely
// starts with a thematic break keeps its text.
// A footnote reference left as text. The label excludes "[" so that a flood of "[^" is one linear
// scan, not one scan per "[^" (which made 100,000 of them take minutes).
export const FOOTNOTE_REFERENCE = /\[\^([^[\]\s]+)\]/g;

export const FRONT_MATTER =
  /^---[ \t]*\r?\n(?=[A-Za-z_][\w -]*:)[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

class MarkdownWalker {
  constructor(
    private readonly source: string,
    readonly writer: BlockWriter,
  ) {}

  private sourceOf(node: MdNode): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? '' : this.source.slice(start, end);
  }

  /** Visible text of inline content: link text but not URLs, no images, no raw HTML. */
  private inline(nodes: readonly MdNode[]): string {
    let text = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          text += node.value;
          break;
        case 'break':
          text += ' ';
          break;
        case 'html':
          // A <br> still separates words; other tags vanish and leave their text ("ISAC<sup>*</sup>").
          if (/^<br\b/i.test(node.value)) text += ' ';
          break;
        case 'linkReference':
          // "[^1]" becomes a link reference when a definition "[^1]: x" exists; show it as "[1]".
          text += node.label?.startsWith('^') ? `[${node.label.slice(1)}]` : this.inline(node.children);
          break;
        case 'footnoteReference':
          text += `[${node.label ?? node.identifier}]`;
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
          text += this.inline(node.children);
          break;
        default:
          break; // images and anything unknown have no visible text
      }
    }
    // A footnote reference left as literal text ("ISAC[^1]") reads as "[1]", like the linked form.
    return text.replace(FOOTNOTE_REFERENCE, '[$1]');
  }

  /** Writes one block of body text, deciding between item, footnote and paragraph. */
  private body(text: string, item: ItemState | null, footnote = false): void {
    const folded = foldSpace(text);
    if (folded === '') return;
    const fresh = item !== null && !item.used;
    if (item) item.used = true;
    if (footnote) {
      this.writer.add('footnote', folded);
    } else if (fresh && item.footnote) {
      this.writer.add('footnote', item.prefix + folded);
    } else if (isGloss(folded)) {
      this.writer.add('footnote', folded);
    } else if (fresh) {
      this.writer.add('item', item.prefix + folded);
    } else {
      this.writer.add('paragraph', folded);
    }
  }

  private paragraph(node: NodeOf<'paragraph'>, item: ItemState | null): void {
    const text = this.inline(node.children);
    if (FOOTNOTE_DEFINITION.test(this.sourceOf(node))) {
      // The inline text starts "[1]:" (references are rewritten above); keep "[1] " as the mark.
      this.body(foldSpace(text).replace(/^\[([^\]\s]+)\]:\s*/, '[$1] '), item, true);
    } else {
      this.body(text, item);
    }
  }

  private definition(node: NodeOf<'definition'>, item: ItemState | null): void {
    // Only footnote definitions carry text; link definitions are invisible.
    const match = FOOTNOTE_DEFINITION.exec(this.sourceOf(node));
    if (!match) return;
    const rest = this.sourceOf(node).slice(match[0].length);
    this.body(`[${match[1]}] ${rest}`, item, true);
  }

  private list(node: NodeOf<'list'>): void {
    const start = node.start ?? 1;
    // A "*" list made only of glosses ("* ISAC: ...") is the Markdown form of a footnote; a list
    // with any other item is an ordinary list, so one "* EU: ..." bullet is not lost from it.
    const glossList =
      !node.ordered && node.children.length > 0 && node.children.every((child) => this.isGlossItem(child));
    node.children.forEach((child, index) => {
      const item: ItemState = glossList
        ? { prefix: '* ', footnote: true, used: false }
        : { prefix: node.ordered ? `${start + index}. ` : '• ', footnote: false, used: false };
      for (const grandchild of child.children) this.block(grandchild, item);
    });
  }

  private isGlossItem(item: NodeOf<'listItem'>): boolean {
    const first = item.children[0];
    if (!this.sourceOf(item).startsWith('*') || first?.type !== 'paragraph') return false;
    return isGlossBody(foldSpace(this.inline(first.children)));
  }

  block(node: MdNode, item: ItemState | null): void {
    switch (node.type) {
      case 'paragraph':
        this.paragraph(node, item);
        break;
      case 'heading': {
        const text = this.inline(node.children);
        if (this.writer.add('heading', text, node.depth) && item) item.used = true;
        break;
      }
      case 'list':
        this.list(node);
        break;
      case 'blockquote':
        for (const child of node.children) this.block(child, item);
        break;
      case 'code':
        // Like HTML <pre>: a block of its own, whitespace folded.
        this.body(node.value, item);
        break;
      case 'definition':
        this.definition(node, item);
        break;
      default:
        break; // html, thematic breaks, front matter: not text
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Bounded work. The parser (micromark) is linear on text as people write it but not on some
// shapes: containers nested thousands deep ("> > > ...", "- - - ...", ever deeper indentation)
// cost time per line in the depth and overflow the call stack of any tree walk, and a paragraph
// with thousands of emphasis or bracket delimiters ("**...**", "[[[[") is matched in quadratic
// time. Neither changes the visible text, so a line's container prefix is cut to a depth no summary
// needs, and the delimiters of a paragraph with more than any summary has are escaped (shown as
// written). Everything here is one pass over the lines.

/** Container markers (">", bullets, "1.") kept at the start of a line, and columns of indentation. */
export const MAX_CONTAINER_MARKERS = 32;
export const MAX_INDENT_COLUMNS = 128;
/** Emphasis or bracket delimiters in one paragraph past which they are escaped. */
export const MAX_DELIMITERS = 256;

export const PREFIX_SPACE = /[ \t]*/y;
export const PREFIX_MARKER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/y;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

/** `line` with its leading markers and indentation cut to the limits above. */
function boundPrefix(line: string): string {
  let at = 0;
  let kept = '';
  let markers = 0;
  let columns = 0;
  for (;;) {
    PREFIX_SPACE.lastIndex = at;
    const space = PREFIX_SPACE.exec(line)?.[0] ?? '';
    const width = space.replace(/\t/g, '    ').length;
    // White space after a dropped marker goes with it.
    if (markers <= MAX_CONTAINER_MARKERS)
      kept +=
        columns + width <= MAX_INDENT_COLUMNS ? space : ' '.repeat(Math.max(0, MAX_INDENT_COLUMNS - columns));
    columns = Math.min(MAX_INDENT_COLUMNS, columns + width);
    at += space.length;
    PREFIX_MARKER.lastIndex = at;
    const marker = PREFIX_MARKER.exec(line)?.[0];
    if (marker === undefined) break;
    if (markers < MAX_CONTAINER_MARKERS) kept += marker;
    markers += 1;
    at += marker.length;
  }
  return at === kept.length ? line : kept + line.slice(at);
}

const DELIMITER = /[*_[\]]/g;

/** Escapes the emphasis and bracket delimiters of each paragraph that has too many of them. */
function escapeDelimiterFloods(lines: string[]): void {
  let start = 0;
  let count = 0;
  let fenced = false;
  const flush = (end: number): void => {
    if (count > MAX_DELIMITERS)
      for (let i = start; i < end; i++) {
        const line = lines[i] ?? '';
        // The line's own prefix (a bullet, a thematic break) keeps its meaning.
        const body = line.search(/[^\s>*+-]/);
        if (body >= 0) lines[i] = line.slice(0, body) + line.slice(body).replace(DELIMITER, '\\$&');
      }
    start = end + 1;
    count = 0;
  };
  lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || line.trim() === '') flush(i);
    else count += line.match(DELIMITER)?.length ?? 0;
  });
  flush(lines.length);
}

/** The source with pathological nesting and delimiter floods defused (see above). */
export function boundMarkdown(source: string): string {
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = boundPrefix(lines[i] ?? '');
  escapeDelimiterFloods(lines);
  return lines.join('\n');
}

// A long document is parsed in pieces: micromark keeps an event list of some hundred bytes per
// character of input, so a 50 MB file would need gigabytes (and some of its list operations grow
// with the list). Pieces end at a blank line before a line that starts flush left, outside fenced
// code and HTML blocks (which may hold blank lines), where no block can continue into the next
// piece. Documents under the piece size, every real summary, are parsed whole as before; in a long
// one, a link reference defined in another piece stays literal text.
export const PIECE_CHARS = 256 * 1024;

const HTML_BLOCK_START = /^ {0,3}<(?:(script|pre|style|textarea)\b|(!--))/i;
const HTML_BLOCK_END: Record<string, RegExp> = {
  script: /<\/script>/i,
  pre: /<\/pre>/i,
  style: /<\/style>/i,
  textarea: /<\/textarea>/i,
  '!--': /-->/,
};

/** `source` cut into pieces of about PIECE_CHARS at safe blank lines (see above). */
export function markdownPieces(source: string): string[] {
  if (source.length <= PIECE_CHARS) return [source];
  const pieces: string[] = [];
  const lines = source.split('\n');
  let start = 0; // offset of the current piece
  let offset = 0; // offset of the current line
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let blankBefore = false;
  for (const line of lines) {
    const safe = fence === null && htmlEnd === null && blankBefore && /^[^\s]/.test(line);
    if (safe && offset - start >= PIECE_CHARS) {
      pieces.push(source.slice(start, offset));
      start = offset;
    }
    if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else {
      const opened = FENCE.exec(line)?.[0]?.trim();
      if (opened) fence = opened.slice(0, 3);
      const html = HTML_BLOCK_START.exec(line);
      if (!opened && html) {
        const end = HTML_BLOCK_END[(html[1] ?? html[2] ?? '').toLowerCase()];
        if (end && !end.test(line.slice(html[0].length))) htmlEnd = end;
      }
    }
    blankBefore = line.trim() === '';
    offset += line.length + 1;
  }
  pieces.push(source.slice(start));
  return pieces;
}

/** Extracts the text of a Markdown document as blocks separated by blank lines, with block hints. */
export function extractMarkdown(markdown: string): ExtractedText {
  const source = boundMarkdown(markdown.replace(/^\uFEFF/, '').replace(FRONT_MATTER, ''));
  const writer = new BlockWriter();
  for (const piece of markdownPieces(source)) {
    const walker = new MarkdownWalker(piece, writer);
    for (const node of fromMarkdown(piece).children) walker.block(node, null);
  }
  return writer.result();
}
