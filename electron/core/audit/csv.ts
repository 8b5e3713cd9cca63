/** Characters that make a spreadsheet read a cell as a formula (OWASP's list, tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: a leading formula character gets a single quote in front so Excel or LibreOffice show
 * the text instead of running it, then RFC 4180 quoting (double quotes doubled) where needed.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF as RFC 4180 asks, the last one terminated too. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
