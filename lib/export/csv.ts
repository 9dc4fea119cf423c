/**
 * CSV per RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF
 * is wrapped in double quotes with inner quotes doubled.
 *
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with = + - @, a tab or a CR is run as a
 * formula by Excel/Sheets/LibreOffice. Page text (provider names, denial reasons) is untrusted, so such cells get a
 * leading apostrophe, which spreadsheets show as text. Numbers are written by us (never text from the page) and
 * are left as numbers, so a negative amount stays a number.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would run as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(cell: CsvCell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else if (typeof cell === 'boolean') text = cell ? 'true' : 'false';
  else text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows → CSV text (CRLF after every record, including the last). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
