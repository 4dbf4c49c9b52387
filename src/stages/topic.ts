// Topics: every codebook topic whose terms occur in some words, and the primary topic of a
// statement: its section's (from the heading, inherited from enclosing headings), else its own
// words' (a fallback topic such as "joint research" only when nothing more specific occurs).
import type { CompiledCodebook } from '../codebook/compile.js';
import { GENERAL_TOPIC } from '../codebook/schema.js';
import type { About, CompiledLanguage, Token } from '../lang/types.js';
import type { DocumentMetadata, Section } from '../types.js';

/** The codebook's topics and the language that finds their terms. */
export interface TopicReader {
  topics: CompiledCodebook['topics'];
  language: Pick<CompiledLanguage, 'topicTerms' | 'tokenize'>;
}

/** This many topics named in one statement make it an overview (topic `general`). */
export const OVERVIEW_TOPICS = 4;

export interface TopicHit {
  id: string;
  /** Token index of the first mention. */
  first: number;
  count: number;
  /** The words that matched the topic's terms, as written. */
  words: string[];
}

/** The tokens [from, to) as one string, with a space where they stood apart. */
function written(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    text += (i > from && token.start > (tokens[i - 1] as Token).end ? ' ' : '') + token.text;
  }
  return text;
}

/** Topics mentioned in some words, in codebook order. The longest term at a position claims its words. */
export function topicHits(reader: TopicReader, tokens: readonly Token[]): TopicHit[] {
  const { topicTerms } = reader.language;
  const hits = new Map<string, TopicHit>();
  const count = (topic: string, at: number, words: string) => {
    const hit = hits.get(topic);
    if (hit) {
      hit.count++;
      if (!hit.words.includes(words)) hit.words.push(words);
    } else hits.set(topic, { id: topic, first: at, count: 1, words: [words] });
  };
  for (let i = 0; i < tokens.length; ) {
    const term = topicTerms.at(tokens, i);
    if (term) {
      count(term.phrase.topic, i, written(tokens, i, term.end));
      i = term.end;
      continue;
    }
    // Unlike actors, topics live inside compounds too: "ICT-ISAC", "AI-based", "data-driven".
    const parts = tokens[i]?.parts;
    if (parts) {
      for (let j = 0; j < parts.length; j++) {
        const part = topicTerms.at(parts, j);
        if (part) count(part.phrase.topic, i, written(parts, j, part.end));
      }
    }
    i++;
  }
  return reader.topics.flatMap((topic) => hits.get(topic.id) ?? []);
}

/** The primary topic among hits: the most mentioned, then the first mentioned; fallbacks last. */
export function primaryTopic(reader: TopicReader, hits: readonly TopicHit[]): string | null {
  const fallback = new Set(reader.topics.filter((t) => t.fallback).map((t) => t.id));
  const ranked = [...hits].sort(
    (a, b) =>
      Number(fallback.has(a.id)) - Number(fallback.has(b.id)) || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.id ?? null;
}

/** Topic ids each section points to, itself or through the headings that enclose it. */
export function sectionTopics(
  reader: TopicReader,
  sections: readonly Section[],
  /** Sections whose heading names a meeting (「１．日EUサイバー対話（第5回）」): no agenda topic. */
  meetingSections: ReadonlySet<number> = new Set(),
): string[][] {
  const own = sections.map((section) =>
    meetingSections.has(section.index) ? [] : topicHits(reader, reader.language.tokenize(section.heading, 0)),
  );
  const resolved: string[][] = [];
  for (const section of sections) {
    const hits = own[section.index] ?? [];
    const ids = hits.length > 0 ? [...hits].sort((a, b) => a.first - b.first).map((h) => h.id) : [];
    resolved.push(ids.length > 0 || section.parent === null ? ids : (resolved[section.parent] ?? []));
  }
  return resolved;
}

/** Where a statement's primary topic came from, in order of precedence. */
export type TopicSource = 'section' | 'words' | 'paragraph' | 'document' | 'general';

export interface TopicDecision {
  topic: string;
  topics: string[];
  source: TopicSource;
  /** The words of the statement that matched topic terms, by topic id. */
  terms: Record<string, string[]>;
}

/** Topics a statement may fall back on when neither its section nor its words name one. */
export interface TopicContext {
  /** Topic ids of the sentence's section (with inheritance from enclosing headings). */
  section: readonly string[];
  /** The last topic named in the same paragraph ("On 5G, the EU side ... Both sides agreed ..."). */
  paragraph: string | null;
  /** The topics the title names ("Japan-EU Cybersecurity Dialogue"). */
  document: readonly string[];
  /**
   * What the statement is about besides its words: `logistics` ("The next dialogue will be held
   * in Brussels") takes no topic but its own words'; `meeting` ("The workshop consisted of ...",
   * "... attended") none from its paragraph or the title; `topic` any.
   */
  about: About;
}

/**
 * Topics a meeting's series names ("Japan-EU Cybersecurity Dialogue"), else the title does, first
 * mentioned first: for each of the document's meetings (the first one's for a document without).
 */
export function documentTopics(reader: TopicReader, metadata: DocumentMetadata): string[][] {
  const meetings = metadata.meetings.length > 0 ? metadata.meetings : [null];
  return meetings.map((meeting) => seriesTopics(reader, meeting?.named || meeting?.series || metadata.title));
}

function seriesTopics(reader: TopicReader, name: string): string[] {
  // The series as the text names it, in the document's language (「日EUサイバー対話」), else its
  // canonical name, else the title.
  const hits = topicHits(reader, reader.language.tokenize(name, 0));
  return [...hits].sort((a, b) => a.first - b.first).map((hit) => hit.id);
}

/** The topic of a statement whose words (less its actor's title) are `words`. */
export function decideTopic(
  reader: TopicReader,
  words: readonly Token[],
  context: TopicContext,
): TopicDecision {
  const hits = topicHits(reader, words);
  // A heading naming two topics ("Data and AI"): the statement's own words choose between them.
  const section = context.about === 'logistics' ? [] : context.section;
  const fromSection = section.find((id) => hits.some((h) => h.id === id)) ?? section[0];
  // "discussed digital infrastructure, mobile networks, AI, online platforms and quantum": a list
  // of four or more topics is an overview, about none of them in particular.
  const specific = hits.filter((hit) => !reader.topics.find((t) => t.id === hit.id)?.fallback);
  const fromWords = specific.length >= OVERVIEW_TOPICS ? null : primaryTopic(reader, hits);
  const inherits = context.about === 'topic';
  const [topic, source]: [string, TopicSource] = fromSection
    ? [fromSection, 'section']
    : fromWords
      ? [fromWords, 'words']
      : context.paragraph && inherits
        ? [context.paragraph, 'paragraph']
        : context.document[0] && inherits
          ? [context.document[0], 'document']
          : [GENERAL_TOPIC, 'general'];
  const mentioned = new Set([...hits.map((h) => h.id), ...section, topic]);
  const topics = reader.topics.map((t) => t.id).filter((id) => mentioned.has(id));
  return { topic, topics, source, terms: Object.fromEntries(hits.map((hit) => [hit.id, hit.words])) };
}
