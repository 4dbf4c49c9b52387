// crosslang.csv: a check of the tool across a translation. Where a meeting is reported in both
// languages, the counts of each side, topic and stance coded from each release are set side by
// side; a meeting's agreement is the share of statements that fall in the same cell in both,
// sum over cells of min(a, b) / max(total a, total b): 1 when the two codings match exactly.
import type { LanguageId } from '../lang/types.js';
import type { Stance, StatementRow } from '../types.js';
import { compareStances, isParty, type OrderOptions, sideComparator, topicComparator } from './order.js';
import type { Report } from './releases.js';

export interface CrossLangRow {
  series: string;
  meeting: number | null;
  date: string | null;
  doc_ja: string;
  doc_en: string;
  side: string;
  topic: string;
  stance: Stance;
  ja: number;
  en: number;
  difference: number;
  meeting_agreement: number;
}

export const CROSSLANG_COLUMNS = [
  'series',
  'meeting',
  'date',
  'doc_ja',
  'doc_en',
  'side',
  'topic',
  'stance',
  'ja',
  'en',
  'difference',
  'meeting_agreement',
] as const satisfies readonly (keyof CrossLangRow)[];

/** Counts by cell (side, topic, stance) of one release's statements about one meeting. */
function cells(
  statements: readonly StatementRow[],
  doc: string,
  meeting: Report['meeting'],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of statements) {
    if (row.doc !== doc || !isParty(row.side)) continue;
    if (row.series !== meeting.series || row.meeting !== meeting.meeting || row.date !== meeting.date)
      continue;
    const key = cellKey(row.side, row.topic, row.stance);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

export function crossLangRows(
  meetings: readonly Report[][],
  statements: readonly StatementRow[],
  options: OrderOptions = {},
): CrossLangRow[] {
  return crossLangRowsOf(meetings, (doc, meeting) => cells(statements, doc, meeting), options);
}

/** The counts by cell of one release's statements about one meeting (see `cells`). */
export type CellCounts = (doc: string, meeting: Report['meeting']) => ReadonlyMap<string, number>;

/** The key of a cell in CellCounts: JSON of [side, topic, stance]. */
export const cellKey = (side: string, topic: string, stance: Stance): string =>
  JSON.stringify([side, topic, stance]);

/** crosslang.csv from the counts alone, for a run that no longer holds the statements. */
export function crossLangRowsOf(
  meetings: readonly Report[][],
  cellsOf: CellCounts,
  options: OrderOptions = {},
): CrossLangRow[] {
  const compareSides = sideComparator(options);
  const compareTopics = topicComparator(options);
  const rows: CrossLangRow[] = [];
  for (const reports of meetings) {
    const first = (lang: LanguageId) => reports.find((r) => r.lang === lang);
    const ja = first('ja');
    const en = first('en');
    if (!ja || !en) continue;
    const a = cellsOf(ja.doc, ja.meeting);
    const b = cellsOf(en.doc, en.meeting);
    let shared = 0;
    const keys = [...new Set([...a.keys(), ...b.keys()])];
    for (const key of keys) shared += Math.min(a.get(key) ?? 0, b.get(key) ?? 0);
    const largest = Math.max(total(a), total(b));
    const agreement = largest === 0 ? 1 : Math.round((shared / largest) * 10000) / 10000;
    const meetingRows = keys.map((key) => {
      const [side, topic, stance] = JSON.parse(key) as [string, string, Stance];
      const countJa = a.get(key) ?? 0;
      const countEn = b.get(key) ?? 0;
      return {
        series: ja.meeting.series,
        meeting: ja.meeting.meeting,
        date: ja.meeting.date ?? en.meeting.date,
        doc_ja: ja.doc,
        doc_en: en.doc,
        side,
        topic,
        stance,
        ja: countJa,
        en: countEn,
        difference: countJa - countEn,
        meeting_agreement: agreement,
      };
    });
    meetingRows.sort(
      (x, y) =>
        compareSides(x.side, y.side) || compareTopics(x.topic, y.topic) || compareStances(x.stance, y.stance),
    );
    rows.push(...meetingRows);
  }
  return rows;
}
