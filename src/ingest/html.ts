// HTML -> plain text plus block hints. The text is what every later offset points into, so it is
// built here once, block by block, and each hint records exactly where its block landed.

import { createRequire } from 'node:module';
import type { Parser as HtmlParser } from 'htmlparser2';
import type { BlockHint } from '../types.js';

/**
 * htmlparser2, required on the first HTML document (its CommonJS build: the same code, loaded
 * synchronously): with its entity tables it costs a run of plain text files 70 ms to load.
 */
let ParserClass: typeof HtmlParser | undefined;
const htmlParser = (): typeof HtmlParser =>
  (ParserClass ??= (createRequire(import.meta.url)('htmlparser2') as typeof import('htmlparser2')).Parser);

export interface ExtractedText {
  text: string;
  hints: BlockHint[];
  /** An HTML page's <title>, outside the text ("... ｜外務省", "... | EEAS"): it may name the site. */
  pageTitle?: string;
}

// ---------------------------------------------------------------------------------------------
// Shared with the Markdown extractor (markdown.ts imports these): one writer and one footnote test
// keep the two formats producing the same text layout.

/** Folds every whitespace run (NBSP and other Unicode spaces included) to one space and trims. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// A term of a gloss: letters and digits with at most a few joiners ("GDPR", "5G", "IoT", "EU-US").
const TERM = /^[A-Za-z0-9][A-Za-z0-9&./-]*$/;

/**
 * True for a term that reads as an acronym: mostly capitals. "Japan" or "Note" must not count, or a
 * line such as "* Japan: ..." would be filed away as a footnote and lost to the analysis.
 */
function isAcronym(term: string): boolean {
  if (!TERM.test(term)) return false;
  const upper = term.replace(/[^A-Z]/g, '').length;
  const lower = term.replace(/[^a-z]/g, '').length;
  const digits = term.replace(/[^0-9]/g, '').length;
  return upper >= 1 && upper + digits >= 2 && upper >= lower;
}

// "*" or the Japanese note mark "※", an optional footnote number set off by a space ("*1 GPAI"),
// then up to four words before the colon; the words are checked one by one below.
const GLOSS = /^[*※]\s*(?:\d+\s+)?([^\s:：]+(?:\s+[^\s:：]+){0,3})\s*[:：]/;

/** True if `text` is a gloss such as "* ISAC: Information Sharing and Analysis Center". */
export function isGloss(text: string): boolean {
  const match = GLOSS.exec(text);
  if (!match?.[1]) return false;
  return match[1].split(/\s+/).every(isAcronym);
}

/** Same test without the leading mark, for Markdown items whose "*" bullet is the mark. */
export function isGlossBody(text: string): boolean {
  return isGloss(`*${text}`);
}

/** Collects blocks into the one-blank-line layout and records a hint per block. */
export class BlockWriter {
  private parts: string[] = [];
  private offset = 0;
  readonly hints: BlockHint[] = [];

  /** Adds a block; `text` is folded here so a hint can never cover stray whitespace. */
  add(kind: BlockHint['kind'], text: string, level?: number): boolean {
    const folded = foldSpace(text);
    if (folded === '') return false;
    if (this.parts.length > 0) this.offset += 2; // the "\n\n" before this block
    const span = { start: this.offset, end: this.offset + folded.length };
    this.hints.push(level === undefined ? { kind, span } : { kind, span, level });
    this.parts.push(folded);
    this.offset = span.end;
    return true;
  }

  result(): ExtractedText {
    // An empty document stays empty rather than becoming a lone "\n".
    const text = this.parts.length > 0 ? `${this.parts.join('\n\n')}\n` : '';
    return { text, hints: this.hints };
  }
}

// ---------------------------------------------------------------------------------------------
// A small tree of our own: htmlparser2's streaming callbacks give the nesting (with implied end tags
// already resolved), and owning the node type keeps domhandler, a transitive dependency, out of the
// imports.

interface ElementNode {
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
}
type HtmlNode = ElementNode | string;

/**
 * htmlparser2 keeps its open elements, and whether each is foreign content (SVG, MathML), in
 * arrays used top-first: unshift() to open, shift() to close, indexOf() to find the element an
 * end tag closes. Each of those is linear in the nesting depth, which makes a page nested 100,000
 * deep (or 100,000 stray end tags inside deep nesting) quadratic: minutes. This stands in for such
 * an array with the same interface at constant cost per call: the items bottom-first in an array,
 * and per value the depths where it is open. Only the parser sees it; the deep-nesting cases of
 * tests/ingest/bounded.test.ts fail if a new htmlparser2 uses these arrays otherwise.
 */
function topFirstStack<T>(initial: readonly T[] = []): T[] {
  const items: T[] = [];
  const depths = new Map<T, number[]>();
  const opened = (value: T, depth: number): void => {
    const at = depths.get(value);
    if (at) at.push(depth);
    else depths.set(value, [depth]);
  };
  const methods = {
    unshift(value: T): number {
      opened(value, items.length);
      return items.push(value);
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const value = items.pop() as T;
      depths.get(value)?.pop();
      return value;
    },
    indexOf(value: T): number {
      const at = depths.get(value);
      const depth = at?.[at.length - 1];
      return depth === undefined ? -1 : items.length - 1 - depth;
    },
  };
  for (const value of [...initial].reverse()) methods.unshift(value);
  return new Proxy(items, {
    get(target, key) {
      if (key === 'length') return target.length;
      if (key === 'unshift' || key === 'shift' || key === 'indexOf') return methods[key];
      if (typeof key === 'string' && /^\d+$/.test(key)) return target[target.length - 1 - Number(key)];
      return undefined;
    },
    set(target, key, value) {
      // The parser only ever empties the arrays (`length = 0` at the end).
      if (key !== 'length') return false;
      target.length = value;
      depths.clear();
      target.forEach(opened);
      return true;
    },
  });
}

function parseHtml(html: string): ElementNode {
  const root: ElementNode = { name: '#root', attribs: {}, children: [] };
  const open: ElementNode[] = [root];
  const current = (): ElementNode => open[open.length - 1] ?? root;
  const parser = new (htmlParser())(
    {
      onopentag(name, attribs) {
        const element: ElementNode = { name, attribs, children: [] };
        current().children.push(element);
        open.push(element);
      },
      ontext(text) {
        current().children.push(text);
      },
      onclosetag() {
        // The parser only reports end tags of elements it opened, so the two stacks stay in step.
        if (open.length > 1) open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const internals = parser as unknown as { stack: string[]; foreignContext: boolean[] };
  internals.stack = topFirstStack<string>();
  internals.foreignContext = topFirstStack([...internals.foreignContext]);
  parser.write(html);
  parser.end();
  return root;
}

// Never part of the main text. <title> goes too: the visible <h1> carries the title. Media
// elements only hold fallback text ("Your browser does not support video").
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'form',
  'button',
  'svg',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo']);

// A <header>/<footer> is the page banner/contentinfo only outside these; inside an article it holds
// the article's own heading, date or contact lines (the same rule ARIA uses for their roles).
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);

// Elements that end the current line of text. Everything else (a, span, em, sup, abbr, unknown
// custom elements ...) stays inline, so a stray wrapper never splits a sentence.
const BOUNDARY = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const LISTS = new Set(['ul', 'ol', 'menu', 'dir']);

function isHidden(element: ElementNode): boolean {
  const { attribs } = element;
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  // Inline styles are the one bit of CSS we can see; hidden blocks there are usually menus or popups.
  const style = (attribs.style ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

// Government sites mark page chrome with ids and classes rather than <nav>/<header>: "gnav",
// "breadcrumb", "topicpath", "pagetop", "footer" ... A class or id that is one of these whole is chrome.
const CHROME =
  /^(?:site-?|page-?|global-?)?(?:header|footer|g?navi?(?:gation)?|menu|breadcrumbs?|topic-?path|pankuzu|side-?bar|side-?nav|skip(?:-?links?)?|page-?top|sns|share|social|search(?:-?box)?|utility|banner)$/i;

function isChrome(element: ElementNode): boolean {
  const names = `${element.attribs.id ?? ''} ${element.attribs.class ?? ''}`.split(/\s+/);
  return names.some((name) => CHROME.test(name));
}

function isDropped(element: ElementNode, inSectioning: boolean): boolean {
  if (DROPPED.has(element.name) || isHidden(element) || isChrome(element)) return true;
  const role = element.attribs.role?.trim().toLowerCase();
  if (role !== undefined && DROPPED_ROLES.has(role)) return true;
  return (element.name === 'header' || element.name === 'footer') && !inSectioning;
}

function isFootnoteContainer(element: ElementNode): boolean {
  if (element.name === 'aside') return true;
  return /note/i.test(element.attribs.class ?? '') || /note/i.test(element.attribs.id ?? '');
}

/** Ids that sites give their main text container instead of a <main>. */
const MAIN_ID = /^(?:main|main-?contents?|contents?|article|content-?main)$/i;

function isMain(element: ElementNode): boolean {
  if (element.name === 'main' || element.attribs.role?.trim().toLowerCase() === 'main') return true;
  return MAIN_ID.test(element.attribs.id ?? '');
}

/**
 * The elements holding the main text: the first <main> (or role="main"); failing that every
 * outermost <article>; failing that the whole document. Dropped subtrees are not searched, so a
 * <main> inside a <template> does not count.
 */
function mainContent(root: ElementNode): ElementNode[] {
  const articles: ElementNode[] = [];
  // Depth first, in document order, with an explicit stack: a page nested 100,000 deep is only
  // a long page, not a stack overflow.
  interface Visit {
    node: HtmlNode;
    inSectioning: boolean;
    inArticle: boolean;
  }
  const stack: Visit[] = [];
  const pushChildren = (element: ElementNode, inSectioning: boolean, inArticle: boolean): void => {
    for (let i = element.children.length - 1; i >= 0; i--)
      stack.push({ node: element.children[i] as HtmlNode, inSectioning, inArticle });
  };
  pushChildren(root, false, false);
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { node, inSectioning, inArticle } = visit;
    if (typeof node === 'string' || isDropped(node, inSectioning)) continue;
    if (isMain(node)) return [node];
    const article = node.name === 'article';
    if (article && !inArticle) articles.push(node);
    pushChildren(node, inSectioning || SECTIONING.has(node.name), inArticle || article);
  }
  return articles.length > 0 ? articles : [root];
}

// ---------------------------------------------------------------------------------------------
// The walk. Text gathers in a buffer until a boundary element opens or closes; the buffer then
// becomes one block, classified by the context of the element it belongs to.

interface ListState {
  ordered: boolean;
  next: number;
  step: 1 | -1;
}

interface ItemState {
  prefix: string;
  /** Set once the item has written its first block; later blocks in it are paragraphs. */
  used: boolean;
}

interface Context {
  heading: number | null;
  footnote: boolean;
  list: ListState | null;
  item: ItemState | null;
  inSectioning: boolean;
}

function parseInteger(value: string | undefined): number | null {
  if (value === undefined || !/^\s*[-+]?\d+\s*$/.test(value)) return null;
  return Number.parseInt(value, 10);
}

/** Counts the items that belong to `list` itself, not to lists nested in it. */
function countItems(list: ElementNode): number {
  let count = 0;
  const stack: HtmlNode[] = [...list.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string' || LISTS.has(node.name)) continue;
    if (node.name === 'li') count += 1;
    else stack.push(...node.children);
  }
  return count;
}

function listState(list: ElementNode): ListState {
  if (list.name !== 'ol') return { ordered: false, next: 0, step: 1 };
  const reversed = 'reversed' in list.attribs;
  const start = parseInteger(list.attribs.start) ?? (reversed ? countItems(list) : 1);
  return { ordered: true, next: start, step: reversed ? -1 : 1 };
}

function itemPrefix(item: ElementNode, list: ListState | null): string {
  if (!list?.ordered) return '• ';
  const number = parseInteger(item.attribs.value) ?? list.next;
  list.next = number + list.step;
  return `${number}. `;
}

class HtmlWalker {
  private buffer = '';
  readonly writer = new BlockWriter();

  /** Turns the buffered text into a block belonging to the element whose context is `context`. */
  private flush(context: Context): void {
    const text = foldSpace(this.buffer);
    this.buffer = '';
    if (text === '') return;
    const { item } = context;
    const fresh = item !== null && !item.used;
    if (item) item.used = true;
    if (context.footnote) {
      // A footnote list keeps its numbers; a "*" gloss already carries its own mark.
      this.writer.add('footnote', fresh && !isGloss(text) ? item.prefix + text : text);
    } else if (context.heading !== null) {
      this.writer.add('heading', text, context.heading);
    } else if (isGloss(text)) {
      // "• * ISAC: ..." would hide the mark the structure stage looks for, so no bullet here.
      this.writer.add('footnote', text);
    } else if (fresh) {
      this.writer.add('item', item.prefix + text);
    } else {
      this.writer.add('paragraph', text);
    }
  }

  /**
   * Walks `start` and its subtree in document order. The stack holds the nodes still to enter and,
   * below each boundary element's children, the flush that ends it; an explicit stack keeps any
   * nesting depth off the call stack.
   */
  walk(start: HtmlNode, context: Context): void {
    const stack: ({ node: HtmlNode; context: Context } | { end: Context })[] = [{ node: start, context }];
    for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
      if ('end' in step) {
        this.flush(step.end);
        continue;
      }
      const { node, context: outer } = step;
      if (typeof node === 'string') {
        this.buffer += node;
        continue;
      }
      if (isDropped(node, outer.inSectioning)) continue;
      if (node.name === 'br') {
        this.buffer += ' ';
        continue;
      }
      const inner: Context = { ...outer };
      if (SECTIONING.has(node.name)) inner.inSectioning = true;
      if (isFootnoteContainer(node)) inner.footnote = true;
      const heading = /^h([1-6])$/.exec(node.name);
      if (heading?.[1]) inner.heading = Number(heading[1]);
      if (LISTS.has(node.name)) {
        inner.list = listState(node);
        inner.item = null;
      }
      if (node.name === 'li') inner.item = { prefix: itemPrefix(node, outer.list), used: false };

      if (BOUNDARY.has(node.name)) {
        this.flush(outer);
        stack.push({ end: inner });
      }
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i] as HtmlNode, context: inner });
    }
  }

  finish(context: Context): void {
    this.flush(context);
  }
}

/** Extracts the main text of an HTML page as blocks separated by blank lines, with block hints. */
export function extractHtml(html: string): ExtractedText {
  const root = parseHtml(html);
  const walker = new HtmlWalker();
  const top: Context = { heading: null, footnote: false, list: null, item: null, inSectioning: false };
  for (const container of mainContent(root)) {
    // The container itself is never a footnote container: a main text made of footnotes is a
    // misread class name, not a page of glosses.
    const context: Context = { ...top, inSectioning: container !== root };
    for (const child of container.children) walker.walk(child, context);
    // Each container is a block of its own; text must not run on from one article into the next.
    walker.finish(context);
  }
  const pageTitle = foldSpace(textOf(findElement(root, 'title'))).trim();
  return { ...walker.writer.result(), ...(pageTitle ? { pageTitle } : {}) };
}

/** Elements whose <title> is their own (an icon's name), not the page's. */
const FOREIGN = new Set(['svg', 'math']);

/** The first element of this name in document order; a loop, not recursion: pages nest deeply. */
function findElement(root: ElementNode, name: string): ElementNode | null {
  const stack: HtmlNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string' || FOREIGN.has(node.name)) continue;
    if (node.name === name) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return null;
}

/** The text inside an element, its tags dropped. */
function textOf(element: ElementNode | null): string {
  if (!element) return '';
  const parts: string[] = [];
  const stack: HtmlNode[] = [...element.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return parts.join('');
}
