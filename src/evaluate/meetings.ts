// Metadata against gold: a meetings gold file (`doc,series,meeting,date`, one row per meeting a
// release reports) scored field by field. Trends are only as good as their series, numbers and
// dates, so these are scored like side, stance and topic.
import { parse } from 'csv-parse/sync';
import { DialogueStanceError } from '../errors.js';
import type { AnalyzedDocument, DocumentMeeting } from '../types.js';

export interface MeetingGold {
  doc: string;
  series: string;
  meeting: number | null;
  date: string | null;
  file: string;
  line: number;
}

export const MEETING_GOLD_COLUMNS = ['doc', 'series', 'meeting', 'date'] as const;

export function parseMeetingsGold(text: string, file: string): MeetingGold[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<
      string,
      string
    >[];
  } catch (error) {
    throw new DialogueStanceError(
      'GOLD_INVALID',
      `${file}: not readable as CSV (${(error as Error).message})`,
    );
  }
  const header = Object.keys(records[0] ?? {});
  const missing = MEETING_GOLD_COLUMNS.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0)
    throw new DialogueStanceError(
      'GOLD_INVALID',
      `${file}:1: a meetings gold file needs the columns ${MEETING_GOLD_COLUMNS.join(',')}`,
    );
  return records.map((record, i) => {
    const line = i + 2;
    const meeting = record.meeting ?? '';
    const date = record.date ?? '';
    if (meeting !== '' && !/^\d+$/.test(meeting))
      throw new DialogueStanceError(
        'GOLD_INVALID',
        `${file}:${line}: "meeting" must be a whole number, not "${meeting}"`,
      );
    if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new DialogueStanceError(
        'GOLD_INVALID',
        `${file}:${line}: "date" must be like 2021-11-17, not "${date}"`,
      );
    return {
      doc: record.doc ?? '',
      series: record.series ?? '',
      meeting: meeting === '' ? null : Number(meeting),
      date: date === '' ? null : date,
      file,
      line,
    };
  });
}

export interface MeetingMiss {
  doc: string;
  field: 'series' | 'meeting' | 'date';
  gold: string;
  predicted: string;
}

export interface MeetingsReport {
  /** Gold rows of documents among the inputs. */
  rows: number;
  series: number;
  meeting: number;
  date: number;
  /** Correct fields over all scored fields. */
  accuracy: number;
  misses: MeetingMiss[];
  notEvaluated: { rows: number; docs: string[] };
}

const fold = (series: string) => series.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Pairs each gold meeting with one the tool found in the same document: the same number and
 * series, else the same number, else the same series, else the next unpaired one in order.
 */
function pair(gold: readonly MeetingGold[], found: readonly DocumentMeeting[]): (DocumentMeeting | null)[] {
  const used = new Set<number>();
  const take = (test: (m: DocumentMeeting) => boolean): DocumentMeeting | null => {
    const at = found.findIndex((m, i) => !used.has(i) && test(m));
    if (at < 0) return null;
    used.add(at);
    return found[at] ?? null;
  };
  const paired: (DocumentMeeting | null)[] = gold.map(() => null);
  const passes: ((g: MeetingGold) => (m: DocumentMeeting) => boolean)[] = [
    (g) => (m) => g.meeting !== null && m.meeting === g.meeting && fold(m.series) === fold(g.series),
    (g) => (m) => g.meeting !== null && m.meeting === g.meeting,
    (g) => (m) => fold(m.series) === fold(g.series),
    () => () => true,
  ];
  for (const pass of passes)
    gold.forEach((g, i) => {
      if (paired[i] === null) paired[i] = take(pass(g));
    });
  return paired;
}

export function scoreMeetings(
  documents: readonly AnalyzedDocument[],
  gold: readonly MeetingGold[],
): MeetingsReport {
  const byDoc = new Map(documents.map((d) => [d.source.id, d.structure.metadata.meetings]));
  const scored = gold.filter((g) => byDoc.has(g.doc));
  const notEvaluated = gold.filter((g) => !byDoc.has(g.doc));
  const misses: MeetingMiss[] = [];
  const correct = { series: 0, meeting: 0, date: 0 };
  const docs = [...new Set(scored.map((g) => g.doc))];
  for (const doc of docs) {
    const rows = scored.filter((g) => g.doc === doc);
    const paired = pair(rows, byDoc.get(doc) ?? []);
    rows.forEach((g, i) => {
      const found = paired[i];
      const fields: [MeetingMiss['field'], string, string][] = [
        ['series', g.series, found?.series ?? ''],
        [
          'meeting',
          g.meeting === null ? '' : String(g.meeting),
          found?.meeting == null ? '' : String(found.meeting),
        ],
        ['date', g.date ?? '', found?.date ?? ''],
      ];
      for (const [field, expected, predicted] of fields) {
        const ok = field === 'series' ? fold(expected) === fold(predicted) : expected === predicted;
        if (ok) correct[field]++;
        else misses.push({ doc, field, gold: expected, predicted });
      }
    });
  }
  const n = scored.length;
  const ratio = (k: number) => (n === 0 ? 1 : k / n);
  return {
    rows: n,
    series: ratio(correct.series),
    meeting: ratio(correct.meeting),
    date: ratio(correct.date),
    accuracy: n === 0 ? 1 : (correct.series + correct.meeting + correct.date) / (3 * n),
    misses,
    notEvaluated: { rows: notEvaluated.length, docs: [...new Set(notEvaluated.map((g) => g.doc))].sort() },
  };
}

export function formatMeetings(report: MeetingsReport): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `Meetings gold rows ${report.rows}: series ${f(report.series)}, meeting ${f(report.meeting)}, date ${f(report.date)} (all fields ${f(report.accuracy)})`,
  ];
  if (report.notEvaluated.rows > 0)
    lines.push(
      `  not evaluated: ${report.notEvaluated.rows} rows of ${report.notEvaluated.docs.length} documents not among the inputs`,
    );
  for (const miss of report.misses)
    lines.push(`  ${miss.doc}: ${miss.field} gold "${miss.gold}" got "${miss.predicted}"`);
  return `${lines.join('\n')}\n`;
}
