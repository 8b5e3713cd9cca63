import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;
export type Sheet = { name: string; header: readonly string[]; rows: Iterable<Cell[]> };

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A workbook of plain sheets (a bold-free header row, then values: numbers stay numbers) as base64.
 * Written with the streaming writer without styles or shared strings, each row committed as it comes:
 * every sheet is written in one synchronous pass over its rows (an open database iterator allows
 * nothing else on its connection), then the zip is finished.
 */
export async function workbookBase64(sheets: readonly Sheet[]): Promise<string> {
  const stream = new PassThrough();
  const chunks: Uint8Array[] = [];
  stream.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  for (const sheet of sheets) {
    const out = book.addWorksheet(sheet.name);
    out.addRow([...sheet.header]).commit();
    for (const row of sheet.rows) out.addRow(row).commit();
    out.commit();
  }
  await book.commit();
  await done;
  return Buffer.concat(chunks).toString('base64');
}
