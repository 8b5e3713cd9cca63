import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import city from '../../resources/city/tasikmalaya.json' with { type: 'json' };
import { api } from './page-api.ts';
import { signIn } from './sign-in.ts';

// The supervisor's dashboard against the web host seeded with the 5,000 demo complaints of the last 90
// days (see playwright.config.ts): a period, a drill-down, the XLSX export and the A4 report as PDF.

const scorecard = (page: Page) => page.getByRole('table', { name: 'Kinerja per dinas' });
const views = (page: Page) => page.getByRole('navigation', { name: 'Tampilan' });
const inboxCount = (page: Page) =>
  page.getByRole('main', { name: 'Kotak masuk' }).getByRole('status').first();

/** "2026-03-18" for a day `daysAgo` before today in Jakarta. */
const wibDay = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );

/** A number as the screen writes it in Indonesian ("1.234"). */
const readCount = (text: string) => Number(text.replaceAll('.', ''));

/** Per dinas (short name), a scorecard figure as its button's accessible name states it. */
async function figures(page: Page, metric: string): Promise<Map<string, number>> {
  const pattern = new RegExp(`^(.+), ${metric}: ([\\d.]+)$`);
  const labels = await scorecard(page)
    .getByRole('button', { name: pattern })
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return new Map(
    labels.map((label) => {
      const [, name = '', value = ''] = pattern.exec(label) ?? [];
      return [name, readCount(value)];
    }),
  );
}

/** The rows of an exported sheet below its header, as plain values. */
function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/**
 * Today's desk work, through the API from the signed-in page (the forms have their own specs): the
 * oldest new complaints verified and disposed to Dinas PUPR, and one rejected as spam, so the period's
 * figures include work the test knows about.
 */
async function workTheDesk(page: Page, disposals: number): Promise<void> {
  const fresh = await api<{ rows: { id: string }[] }>(page, 'complaints.list', {
    filters: { status: ['baru'] },
    sort: { by: 'receivedAt', dir: 'asc' },
    offset: 0,
    limit: disposals + 1,
  });
  const [spam, ...grievances] = fresh.rows.map((r) => r.id);
  const verify = {
    name: 'verify',
    args: { type: 'pengaduan', categoryId: 'jalan-rusak', priority: 'sedang', confidentiality: 'biasa' },
  };
  for (const id of grievances) {
    await api(page, 'complaints.apply', { complaintId: id, operation: verify });
    await api(page, 'complaints.apply', {
      complaintId: id,
      operation: { name: 'dispose', args: { dinasId: 'pupr' } },
    });
  }
  const reject = { name: 'reject', args: { reason: 'spam', note: 'Iklan.' } };
  await api(page, 'complaints.apply', { complaintId: spam, operation: reject });
}

/** Clicks a download button and opens the XLSX file it gives. */
async function workbookOf(page: Page, button: Locator): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.read(createReadStream(await download.path()));
  return book;
}

test('a supervisor reads the dashboard, drills into the latest dinas, exports and prints it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The charts draw under the page's strict CSP (no inline styles): any violation fails the test.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) violations.push(m.text());
  });
  await signIn(page, 'supervisor');
  await workTheDesk(page, 3);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByRole('heading', { name: /^Dasbor kinerja dinas/ })).toBeVisible();
  await expect(scorecard(page).getByRole('row')).toHaveCount(city.dinas.length + 1);

  await test.step('the period: a preset, then typed dates covering all the demo data', async () => {
    const presets = page.getByRole('group', { name: 'Periode cepat' });
    await presets.getByRole('button', { name: 'Bulan ini' }).click();
    await expect(presets.getByRole('button', { name: 'Bulan ini' })).toHaveAttribute('aria-pressed', 'true');
    expect(page.url()).toContain(`dari=${wibDay(0).slice(0, 8)}01`);

    const dates = page.getByRole('form', { name: 'Tanggal periode' });
    await dates.getByLabel('Dari').fill(wibDay(89));
    await dates.getByLabel('Sampai').fill(wibDay(0));
    await dates.getByRole('button', { name: 'Tampilkan' }).click();
    await expect(page).toHaveURL(new RegExp(`dari=${wibDay(89)}&sampai=${wibDay(0)}`));
    await expect(presets.getByRole('button', { pressed: true })).toHaveCount(0);
    // The heading names the period shown; the figures below are those of the new period once it does.
    const day = new Intl.DateTimeFormat('id-ID', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const asDay = (d: string) => day.format(new Date(`${d}T00:00:00Z`));
    await expect(page.getByText(`Periode ${asDay(wibDay(89))} – ${asDay(wibDay(0))} (WIB)`)).toBeVisible();
    await expect(scorecard(page).getByRole('row')).toHaveCount(city.dinas.length + 1);
  });

  const overdue = await figures(page, 'Terlambat kini');
  const received = await figures(page, 'Diterima');
  expect(overdue.size).toBe(city.dinas.length);
  const [latest, most] = [...overdue.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  expect(most).toBeGreaterThan(0);
  expect(received.get('Dinas PUPR')).toBeGreaterThanOrEqual(3);
  const dashboardUrl = page.url();

  await test.step('drill-down: the inbox lists exactly that dinas’s overdue items', async () => {
    await scorecard(page)
      .getByRole('button', { name: `${latest}, Terlambat kini: ${most.toLocaleString('id-ID')}` })
      .click();
    await expect(views(page).getByRole('button', { name: `${latest}: terlambat` })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(inboxCount(page)).toHaveText(`${most.toLocaleString('id-ID')} pengaduan`);
    await expect(page.getByRole('grid', { name: 'Daftar pengaduan' }).getByRole('row').nth(1)).toContainText(
      'terlambat',
    );
  });

  await test.step('the inbox list as XLSX: the same items', async () => {
    const book = await workbookOf(
      page,
      page.getByRole('group', { name: 'Ekspor daftar' }).getByRole('button', { name: 'XLSX' }),
    );
    const rows = sheetRows(book, 'Pengaduan');
    expect(rows).toHaveLength(most);
    const fullName = city.dinas.find((d) => d.shortName === latest)?.name;
    expect(new Set(rows.map((r) => r[12]))).toEqual(new Set([fullName]));
  });

  await test.step('drill-down from a desk figure: the items verified in the period', async () => {
    await page.goto(dashboardUrl);
    const verified = page
      .getByRole('table', { name: 'Verifikasi' })
      .getByRole('button', { name: /^Diverifikasi: / });
    const count = readCount((await verified.textContent()) ?? '');
    expect(count).toBeGreaterThanOrEqual(3);
    await verified.click();
    await expect(views(page).getByRole('button', { name: 'Meja pengaduan: Diverifikasi' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(inboxCount(page)).toHaveText(`${count.toLocaleString('id-ID')} pengaduan`);
  });

  await test.step('the dashboard as XLSX: the figures on screen', async () => {
    await page.goto(dashboardUrl);
    await expect(scorecard(page).getByRole('row')).toHaveCount(city.dinas.length + 1);
    const book = await workbookOf(page, page.getByRole('button', { name: 'Ekspor XLSX' }));
    const rows = sheetRows(book, 'Dinas');
    expect(rows).toHaveLength(city.dinas.length);
    for (const row of rows) {
      const name = city.dinas.find((d) => d.id === row[0])?.shortName ?? '';
      expect({ name, received: row[1], overdue: row[11] }).toEqual({
        name,
        received: received.get(name),
        overdue: overdue.get(name),
      });
    }
  });

  await test.step('the weekly summary names who followed up and who is late', async () => {
    await page.getByRole('link', { name: 'Ringkasan mingguan' }).click();
    await expect(page.getByRole('heading', { name: /^Ringkasan mingguan untuk pimpinan/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Dinas yang terlambat' })).toContainText(`${latest}:`);
    await expect(page.getByRole('table', { name: /pengaduan terbuka tertua/ }).getByRole('row')).toHaveCount(
      11,
    );
    await page.goto(dashboardUrl);
  });

  await test.step('the A4 report as PDF names every dinas', async () => {
    await page.getByRole('link', { name: 'Laporan A4' }).click();
    await expect(page.getByRole('heading', { name: /^Laporan kinerja penanganan pengaduan/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Jumlah per dinas' }).getByRole('row')).toHaveCount(
      city.dinas.length + 1,
    );
    // In a browser the button opens the print dialog; here it is only watched, page.pdf() prints.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Cetak / Simpan PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain('Laporan kinerja penanganan pengaduan');
    for (const dinas of city.dinas) expect(words).toContain(dinas.name);
  });
  expect(violations).toEqual([]);
});
