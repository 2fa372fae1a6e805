/**
 * CSV for spreadsheets (RFC 4180 quoting). Cells a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or carriage return: a learner may type one as a nickname) get a
 * leading apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: unknown[]): string => cells.map(csvCell).join(',');
