// unmatched.csv: what the codebook did not cover, most frequent first, with an example each —
// predicates of statements that have a side but no stance cue, and actor-like subjects that no
// side alias matched (PETRARCH's null-verbs / null-actors reports do the same job), and meeting
// series the codebook's `series` list does not know, so a user can add them.

import type { SeriesMatcher } from '../codebook/types.js';
import { porterStem } from '../lang/en/stem.js';
import type { AnalyzedDocument } from '../types.js';

export interface UnmatchedRow {
  kind: 'predicate' | 'actor' | 'series';
  words: string;
  count: number;
  exampleDoc: string;
  exampleSentence: number;
  exampleText: string;
}

/** `series` is the codebook's list: without it, no `series` rows. */
export function unmatchedRows(
  documents: readonly AnalyzedDocument[],
  series?: SeriesMatcher,
): UnmatchedRow[] {
  const unmatched = new UnmatchedCounter(series);
  for (const document of documents) unmatched.add(document);
  return unmatched.rows();
}

/**
 * A copy of `text` that does not share its characters: a string cut from a document's text may
 * keep the whole text alive, and the counter outlives the documents.
 */
const detached = (text: string): string => Buffer.from(text, 'utf16le').toString('utf16le');

/**
 * One thing a document's statements or meetings left unmatched, as UnmatchedCounter counts it:
 * `key` says which row it counts in (a predicate's is its stemmed words). Found per document, apart
 * from the counting, so that a worker thread finds them and the main thread only counts.
 */
export interface UnmatchedFind {
  kind: UnmatchedRow['kind'];
  key: string;
  words: string;
  doc: string;
  sentence: number;
  text: string;
}

/** What `document` leaves unmatched, in the order unmatchedRows meets it. */
export function unmatchedFinds(document: AnalyzedDocument, series?: SeriesMatcher): UnmatchedFind[] {
  const finds: UnmatchedFind[] = [];
  const doc = document.source.id;
  const found = (kind: UnmatchedRow['kind'], words: string, sentence: number, text: string) => {
    // Inflections of one predicate ("elaborated", "elaborates") are one row, shown as first seen.
    const key = `${kind}\u0000${kind === 'predicate' ? words.split(' ').map(porterStem).join(' ') : words}`;
    finds.push({ kind, key, words, doc, sentence, text });
  };
  // A series is reported once per document that names it (sentence 0: the document's metadata).
  for (const meeting of series ? document.structure.metadata.meetings : []) {
    if (meeting.series !== '' && series?.find(meeting.series) === null)
      found('series', meeting.series, 0, meeting.named || meeting.series);
  }
  for (const statement of document.statements) {
    if (statement.side !== 'none' && statement.cue === '' && statement.predicate !== '')
      found(
        'predicate',
        statement.predicate.toLowerCase().replace(/\s+/g, ' '),
        statement.sentence,
        statement.text,
      );
    if (statement.unknownActor !== '')
      found('actor', statement.unknownActor.replace(/\s+/g, ' '), statement.sentence, statement.text);
  }
  return finds;
}

/**
 * unmatchedRows document by document, so that a streamed run can drop each document once added:
 * it holds one row per distinct predicate, actor and series, not the documents.
 */
export class UnmatchedCounter {
  private readonly found = new Map<string, UnmatchedRow>();

  constructor(private readonly series?: SeriesMatcher) {}

  add(document: AnalyzedDocument): void {
    this.addFinds(unmatchedFinds(document, this.series));
  }

  /** Counts finds, documents in run order: the first find of a row gives its example. */
  addFinds(finds: readonly UnmatchedFind[]): void {
    for (const { kind, key, words, doc, sentence, text } of finds) {
      const row = this.found.get(key);
      if (row) row.count++;
      else
        this.found.set(key, {
          kind,
          words: detached(words),
          count: 1,
          exampleDoc: doc,
          exampleSentence: sentence,
          exampleText: detached(text),
        });
    }
  }

  rows(): UnmatchedRow[] {
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.found.values()].sort(
      (a, b) => byCode(a.kind, b.kind) || b.count - a.count || byCode(a.words, b.words),
    );
  }
}
