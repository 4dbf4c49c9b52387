// Topics: every codebook topic whose terms occur in some words, and the primary topic of a
// statement: its section's (from the heading, inherited from enclosing headings), else its own
// words' (a fallback topic such as "joint research" only when nothing more specific occurs).
import { type CompiledCodebook, longestPhraseAt } from '../codebook/compile.js';
import { GENERAL_TOPIC } from '../codebook/schema.js';
import { tokenize } from '../nlp/tokens.js';
import type { Section } from '../types.js';

export interface TopicHit {
  id: string;
  /** Token index of the first mention. */
  first: number;
  count: number;
}

/** Topics mentioned in `text`, in codebook order. The longest term at a position claims its words. */
export function topicHits(codebook: CompiledCodebook, text: string): TopicHit[] {
  const tokens = tokenize(text);
  const hits = new Map<string, TopicHit>();
  for (let i = 0; i < tokens.length; ) {
    const term = longestPhraseAt(codebook.topicTerms, tokens, i);
    if (!term) {
      i++;
      continue;
    }
    const hit = hits.get(term.topic);
    if (hit) hit.count++;
    else hits.set(term.topic, { id: term.topic, first: i, count: 1 });
    i += term.words.length;
  }
  return codebook.topics.flatMap((topic) => hits.get(topic.id) ?? []);
}

/** The primary topic among hits: the most mentioned, then the first mentioned; fallbacks last. */
export function primaryTopic(codebook: CompiledCodebook, hits: readonly TopicHit[]): string | null {
  const fallback = new Set(codebook.topics.filter((t) => t.fallback).map((t) => t.id));
  const ranked = [...hits].sort(
    (a, b) =>
      Number(fallback.has(a.id)) - Number(fallback.has(b.id)) || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.id ?? null;
}

/** Topic ids each section points to, itself or through the headings that enclose it. */
export function sectionTopics(codebook: CompiledCodebook, sections: readonly Section[]): string[][] {
  const own = sections.map((section) => topicHits(codebook, section.heading));
  const resolved: string[][] = [];
  for (const section of sections) {
    const hits = own[section.index] ?? [];
    const ids = hits.length > 0 ? [...hits].sort((a, b) => a.first - b.first).map((h) => h.id) : [];
    resolved.push(ids.length > 0 || section.parent === null ? ids : (resolved[section.parent] ?? []));
  }
  return resolved;
}

export interface TopicDecision {
  topic: string;
  topics: string[];
}

export function decideTopic(
  codebook: CompiledCodebook,
  text: string,
  fromSection: readonly string[],
): TopicDecision {
  const hits = topicHits(codebook, text);
  const mentioned = new Set([...hits.map((h) => h.id), ...fromSection]);
  const topics = codebook.topics.map((t) => t.id).filter((id) => mentioned.has(id));
  // A heading naming two topics ("Data and AI"): the statement's own words choose between them.
  const sectionTopic = fromSection.find((id) => hits.some((h) => h.id === id)) ?? fromSection[0];
  return { topic: sectionTopic ?? primaryTopic(codebook, hits) ?? GENERAL_TOPIC, topics };
}
