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
 * unmatchedRows document by document, so that a streamed run can drop each document once added:
 * it holds one row per distinct predicate, actor and series, not the documents.
 */
export class UnmatchedCounter {
  private readonly found = new Map<string, UnmatchedRow>();

  constructor(private readonly series?: SeriesMatcher) {}

  private count(kind: UnmatchedRow['kind'], words: string, doc: string, sentence: number, text: string) {
    // Inflections of one predicate ("elaborated", "elaborates") are one row, shown as first seen.
    const key = `${kind}\u0000${kind === 'predicate' ? words.split(' ').map(porterStem).join(' ') : words}`;
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

  add(document: AnalyzedDocument): void {
    const { series } = this;
    // A series is reported once per document that names it (sentence 0: the document's metadata).
    for (const meeting of series ? document.structure.metadata.meetings : []) {
      if (meeting.series !== '' && series?.find(meeting.series) === null)
        this.count('series', meeting.series, document.source.id, 0, meeting.named || meeting.series);
    }
    for (const statement of document.statements) {
      const doc = document.source.id;
      if (statement.side !== 'none' && statement.cue === '' && statement.predicate !== '') {
        this.count(
          'predicate',
          statement.predicate.toLowerCase().replace(/\s+/g, ' '),
          doc,
          statement.sentence,
          statement.text,
        );
      }
      if (statement.unknownActor !== '') {
        this.count(
          'actor',
          statement.unknownActor.replace(/\s+/g, ' '),
          doc,
          statement.sentence,
          statement.text,
        );
      }
    }
  }

  rows(): UnmatchedRow[] {
    const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.found.values()].sort(
      (a, b) => byCode(a.kind, b.kind) || b.count - a.count || byCode(a.words, b.words),
    );
  }
}
