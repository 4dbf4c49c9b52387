// Who published a document: its first person ("I", "we", 「当省」) speaks for that side. A
// metadata.csv `publisher` says so outright; otherwise the text does: a joint statement's title,
// a byline ("By Katrin Holmberg, Director-General ...", "Joint Press Release with the Ministry of
// ..." — the other party), the dateline and publisher lines, the site named in an HTML page's
// <title>, the contact block, and last the way
// the first person names the other side ("with our Japanese counterparts").
import type { CompiledCodebook } from '../codebook/compile.js';
import type { CompiledLanguage, DocumentKnowledge } from '../lang/types.js';
import type { Block, DocumentStructure } from '../types.js';
import { BOTH } from './decide/side.js';

/** A line under the title this long may still be its subtitle ("Joint Statement", 「共同声明」). */
const SUBTITLE_CHARS = 60;
/** How many blocks from the top may hold the visible title the page's <title> repeats. */
const TITLE_SEARCH = 4;
/** A shorter line is no title to find inside the page's <title> ("EU"); 「日EU外相会談」 is one. */
const MIN_TITLE_CHARS = 6;

/** Width, dashes and spaces folded, for comparing a page's <title> with its visible title. */
const foldTitle = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();

export type PublisherBasis =
  | 'metadata'
  | 'joint-statement'
  | 'byline'
  | 'front-matter'
  | 'page-title'
  | 'contact'
  | 'first-person'
  | 'none';

export interface Publisher {
  side: string | null;
  basis: PublisherBasis;
}

export function inferPublisher(
  text: string,
  structure: DocumentStructure,
  language: CompiledLanguage,
  codebook: CompiledCodebook,
  knowledge: DocumentKnowledge,
  pageTitle = '',
): Publisher {
  const parties = codebook.parties.map((p) => p.id);
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  // The title, or a short line right under it ("EU-Japan Summit, Brussels" / "Joint Statement").
  const at = structure.blocks.findIndex((b) => b.kind === 'title');
  const under = at >= 0 ? structure.blocks[at + 1] : undefined;
  const short = (b: Block) => b.content.end - b.content.start <= SUBTITLE_CHARS;
  const headline = [structure.blocks[at], under && short(under) ? under : undefined];
  if (headline.some((b) => b && language.structure.jointStatement.test(slice(b.content))))
    return { side: BOTH, basis: 'joint-statement' };
  // "We, the leaders of Japan and the European Union, ...": a first person that names both parties.
  const opening = structure.blocks.find((b) => b.kind === 'paragraph' || b.kind === 'item');
  const self = opening ? language.structure.jointSelf.exec(slice(opening.content)) : null;
  if (self && new Set(language.partiesIn(self[0])).size === parties.length)
    return { side: BOTH, basis: 'joint-statement' };
  const only = (found: readonly string[]) => (found.length === 1 ? (found[0] ?? null) : null);
  const front = structure.blocks.filter((b) => b.kind === 'dateline').map((b) => slice(b.content));
  // "Press Conference by Foreign Minister KAMIYA Naoko": a title may be the byline.
  const titleLine = headline[0] ? [slice(headline[0].content)] : [];
  for (const line of [...titleLine, ...front]) {
    if (!language.structure.byline.test(line)) continue;
    const named = only(language.partiesIn(line));
    if (!named) continue;
    // "Joint Press Release with MIC": written by the party the byline does not name.
    const side = /\bwith\b/i.test(line) ? (parties.find((p) => p !== named) ?? null) : named;
    if (side) return { side, basis: 'byline' };
  }
  const frontSide = only([...new Set(front.flatMap((line) => language.partiesIn(line)))]);
  if (frontSide) return { side: frontSide, basis: 'front-matter' };
  // 「第12回日EUサイバー対話の開催（結果）｜外務省」, "... (METI/経済産業省)": the site's name is
  // what the page's <title> adds to the visible title.
  // The visible title is the title block, or where none was found, an early heading that the
  // <title> repeats.
  // Compared folded: a <title> may write 「第１２回」 where the page has 「第12回」, or an en dash.
  const page = foldTitle(pageTitle);
  const title = [headline[0], ...structure.blocks.slice(0, TITLE_SEARCH)]
    .map((b) => (b ? foldTitle(slice(b.content)) : ''))
    .find((line) => line.length >= MIN_TITLE_CHARS && page.includes(line));
  const site = title ? page.replace(title, ' ') : '';
  const siteSide = only([...new Set(language.partiesIn(site))]);
  if (siteSide) return { side: siteSide, basis: 'page-title' };
  const contact = structure.blocks.filter((b) => b.kind === 'contact').map((b) => slice(b.content));
  const contactSide = only([...new Set(contact.flatMap((line) => language.partiesIn(line)))]);
  if (contactSide) return { side: contactSide, basis: 'contact' };
  if (knowledge.publisher) return { side: knowledge.publisher, basis: 'first-person' };
  return { side: null, basis: 'none' };
}
