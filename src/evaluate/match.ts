// Finds the statement each gold row is about. The rule is score-gold.mjs's, to the character, so our
// accuracy agrees with it: fold both texts, take the first statement of the same doc (in output order)
// whose text contains the snippet. What score-gold passes over silently we also report: a snippet
// found in several statements (the first still scores) and a snippet found in none.
import type { StatementRow } from '../types.js';
import type { GoldRow } from './gold.js';

/** Curly quotes to straight, runs of whitespace to one space, trimmed, lower case. */
export function foldForMatch(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type UnmatchedReason = 'doc-not-found' | 'snippet-not-found';

export type GoldMatch =
  | { gold: GoldRow; status: 'matched'; statement: StatementRow }
  /** `statement` is the first of `candidates` (>= 2), the one that is scored. */
  | { gold: GoldRow; status: 'ambiguous'; statement: StatementRow; candidates: number }
  | { gold: GoldRow; status: 'unmatched'; reason: UnmatchedReason };

export interface MatchOptions {
  /**
   * Ids of the documents the statements come from. A gold row of one of them that no statement
   * contains is `snippet-not-found` even when the document yielded no statement at all; only a row of
   * a document not listed is `doc-not-found`. By default the documents are those of the statements.
   */
  documents?: readonly string[];
}

/** One result per gold row, in the gold rows' order. */
export function matchGold(
  statements: readonly StatementRow[],
  gold: readonly GoldRow[],
  options: MatchOptions = {},
): GoldMatch[] {
  const byDoc = new Map<string, { row: StatementRow; folded: string }[]>();
  for (const doc of options.documents ?? []) byDoc.set(doc, []);
  for (const row of statements) {
    const list = byDoc.get(row.doc) ?? [];
    list.push({ row, folded: foldForMatch(row.text) });
    byDoc.set(row.doc, list);
  }
  return gold.map((goldRow): GoldMatch => {
    const docStatements = byDoc.get(goldRow.doc);
    if (!docStatements) return { gold: goldRow, status: 'unmatched', reason: 'doc-not-found' };
    const snippet = foldForMatch(goldRow.snippet);
    const hits = docStatements.filter(({ folded }) => folded.includes(snippet));
    const [first] = hits;
    if (!first) return { gold: goldRow, status: 'unmatched', reason: 'snippet-not-found' };
    if (hits.length > 1) {
      return { gold: goldRow, status: 'ambiguous', statement: first.row, candidates: hits.length };
    }
    return { gold: goldRow, status: 'matched', statement: first.row };
  });
}
