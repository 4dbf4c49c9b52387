// The rows a researcher reads to fix the codebook: every gold row where the tool differs, with the
// statement's own words and the cue that decided it. One row per differing field; a gold row that
// matched no statement, or several, gets one `match` row instead, since its snippet needs fixing first.
// A gold row of a document that was not analysed is not a disagreement: evaluate reports it once as
// "not evaluated", and it is left out here.
import { stringify } from 'csv-stringify/sync';
import type { ScoredField } from './evaluate.js';
import { isNotEvaluated, SCORED_FIELDS, scoredPair } from './evaluate.js';
import type { GoldMatch } from './match.js';

export interface DisagreementRow {
  doc: string;
  snippet: string;
  /** A scored field, or `match` for a snippet found in no statement or in several. */
  field: ScoredField | 'match';
  /** The gold value as written, alternatives joined by `|`; for `match` rows, "". */
  gold: string;
  /** The tool's value; for `match` rows the problem: snippet-not-found or ambiguous (n statements). */
  predicted: string;
  /** The scored statement's text and cue; "" when nothing matched. */
  text: string;
  cue: string;
}

export const DISAGREEMENT_COLUMNS = ['doc', 'snippet', 'field', 'gold', 'predicted', 'text', 'cue'] as const;

export function disagreementRows(matches: readonly GoldMatch[]): DisagreementRow[] {
  const rows: DisagreementRow[] = [];
  for (const match of matches) {
    const { doc, snippet } = match.gold;
    if (isNotEvaluated(match)) continue;
    if (match.status === 'unmatched') {
      rows.push({ doc, snippet, field: 'match', gold: '', predicted: match.reason, text: '', cue: '' });
      continue;
    }
    const { text, cue } = match.statement;
    if (match.status === 'ambiguous') {
      const predicted = `ambiguous (${match.candidates} statements)`;
      rows.push({ doc, snippet, field: 'match', gold: '', predicted, text, cue });
    }
    for (const field of SCORED_FIELDS) {
      const pair = scoredPair(match, field);
      if (!pair || pair[0] === pair[1]) continue;
      const gold = match.gold[field].join('|');
      rows.push({ doc, snippet, field, gold, predicted: match.statement[field], text, cue });
    }
  }
  return rows;
}

/** CSV with a header row, columns as DISAGREEMENT_COLUMNS; a header alone when nothing differs. */
export function disagreementsCsv(rows: readonly DisagreementRow[]): string {
  return stringify(rows as DisagreementRow[], { header: true, columns: [...DISAGREEMENT_COLUMNS] });
}
