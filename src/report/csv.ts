// CSV per RFC 4180 via csv-stringify. Plain UTF-8 with LF for R and pandas; `excel` adds a BOM and
// CRLF (and quotes fields holding line breaks, or other readers split the record there).
import { stringify } from 'csv-stringify/sync';

export interface CsvOptions {
  excel?: boolean;
  /** Prefix cells that a spreadsheet would run as formulas (=, +, -, @) with a quote. Default on. */
  escapeFormulas?: boolean;
}

export type Cell = string | number | null | undefined;

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvOptions = {},
): string {
  return csvRecords([header, ...rows], options, { first: true });
}

/**
 * Records of a CSV file made in pieces: toCsv(header, rows) is csvRecords([header], first) followed
 * by csvRecords of the rows in any number of pieces, since each record is written on its own.
 * `first`: the piece that starts the file (only it gets Excel's BOM).
 */
export function csvRecords(
  records: readonly (readonly Cell[])[],
  options: CsvOptions = {},
  { first }: { first: boolean } = { first: false },
): string {
  const excel = options.excel === true;
  return stringify(
    records.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell))),
    {
      bom: excel && first,
      record_delimiter: excel ? '\r\n' : '\n',
      quote_record_delimiter: true,
      escape_formulas: options.escapeFormulas !== false,
      cast: { number: (value) => String(value) },
    },
  );
}
