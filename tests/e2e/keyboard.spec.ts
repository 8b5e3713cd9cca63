import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './sign-in.ts';

// Runs against the web host seeded with demo complaints (see playwright.config.ts).
const grid = (page: Page) => page.getByRole('grid', { name: 'Daftar pengaduan' });
const bodyRows = (page: Page) => grid(page).getByRole('rowgroup').nth(1).getByRole('row');
const detail = (page: Page) => page.getByRole('complementary', { name: 'Rincian pengaduan' });
const heading = (page: Page) => detail(page).getByRole('heading', { level: 2 });
const views = (page: Page) => page.getByRole('navigation', { name: 'Tampilan' });
const count = (page: Page) => page.getByRole('main', { name: 'Kotak masuk' }).getByRole('status').first();
const caseNoOf = async (row: Locator) => (await row.getByRole('gridcell').nth(1).textContent()) ?? '';

async function openInbox(page: Page) {
  // The supervisor: bulk actions and the queue are theirs, besides the moderator's work.
  await signIn(page, 'supervisor');
  await expect(bodyRows(page).first()).toBeVisible();
}

/** Tabs forward until the focused element has this accessible text; never more than `limit` times. */
async function tabTo(page: Page, name: string, limit = 15) {
  for (let i = 0; i < limit; i++) {
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.trim() === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`no "${name}" within ${limit} tabs`);
}

test('keyboard only: j/k to an item, Enter opens, v verifies, d disposes, ? lists the shortcuts', async ({
  page,
}) => {
  await openInbox(page);
  await views(page).getByRole('button', { name: 'Belum diverifikasi' }).focus();
  await page.keyboard.press('Enter');
  await expect(views(page).getByRole('button', { name: 'Belum diverifikasi' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(bodyRows(page).first()).toBeVisible();
  const second = await caseNoOf(bodyRows(page).nth(1));

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(bodyRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(second);

  await page.keyboard.press('v');
  const verify = page.getByRole('form', { name: 'Verifikasi pengaduan' });
  await expect(verify).toBeVisible();
  await expect(verify.getByLabel('Jenis')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(verify.getByLabel('Kategori')).toBeFocused();
  await page.keyboard.type('Jalan rusak');
  await expect(verify.getByLabel('Kategori')).toHaveValue('jalan-rusak');
  await tabTo(page, 'Simpan verifikasi');
  await page.keyboard.press('Enter');
  await expect(verify).toBeHidden();
  await expect(detail(page).getByText('Terverifikasi', { exact: true }).first()).toBeVisible();

  await page.keyboard.press('d');
  const dispose = detail(page).getByRole('form');
  await expect(dispose).toBeVisible();
  await expect(dispose.getByLabel('Dinas', { exact: true })).toBeFocused();
  await page.keyboard.type('Dinas PUPR');
  await tabTo(page, 'Simpan disposisi');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByText('Didisposisikan', { exact: true }).first()).toBeVisible();

  // "/" goes to the search box, where letters are typing again, not shortcuts.
  await page.keyboard.press('Escape');
  await grid(page).focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Cari' })).toBeFocused();
  await page.keyboard.type('jv');
  await expect(page.getByRole('searchbox', { name: 'Cari' })).toHaveValue('jv');
  await page.getByRole('searchbox', { name: 'Cari' }).fill('');

  await bodyRows(page).first().focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
  await expect(help).toBeVisible();
  for (const does of ['Pengaduan berikutnya', 'Verifikasi', 'Disposisi', 'Ke kotak pencarian']) {
    await expect(help.getByRole('cell', { name: does, exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('bulk: shift-click picks a range, archive lists the refused item, verify applies to all', async ({
  page,
}) => {
  await openInbox(page);
  // Only items still on the desk, which archive accepts: except one, verified here, waiting for disposal.
  await views(page).getByRole('button', { name: 'Belum diverifikasi' }).click();
  await expect(bodyRows(page).first()).toBeVisible();
  await bodyRows(page).nth(2).click();
  await detail(page).getByRole('button', { name: 'Verifikasi', exact: true }).click();
  const verify = page.getByRole('form', { name: 'Verifikasi pengaduan' });
  await verify.getByLabel('Kategori').selectOption({ label: 'Jalan rusak' });
  await verify.getByRole('button', { name: 'Simpan verifikasi' }).click();
  await expect(verify).toBeHidden();
  const refusedCase = await caseNoOf(bodyRows(page).nth(2));

  await bodyRows(page).nth(0).getByRole('gridcell').nth(2).click();
  await bodyRows(page)
    .nth(3)
    .getByRole('gridcell')
    .nth(2)
    .click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Tindakan massal' });
  await expect(bar).toContainText('4 dipilih');
  await bodyRows(page)
    .nth(5)
    .getByRole('gridcell')
    .nth(2)
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(bar).toContainText('5 dipilih');

  await bar.getByRole('button', { name: 'Arsipkan' }).click();
  await bar.getByRole('button', { name: 'Terapkan' }).click();
  const progress = bar.getByRole('progressbar', { name: 'Kemajuan' });
  await expect(progress).toHaveAttribute('aria-valuenow', '5');
  await expect(progress).toHaveAttribute('aria-valuemax', '5');
  await expect(bar.getByRole('status')).toHaveText('4 diterapkan, 1 ditolak.');
  await expect(bar.getByRole('listitem')).toHaveText(
    `${refusedCase}: Tindakan ini tidak dapat dilakukan pada status pengaduan sekarang. (Cannot archive an item with status terverifikasi)`,
  );
  await bar.getByRole('button', { name: 'Tutup dan lepas pilihan' }).click();
  await expect(bar).toBeHidden();

  await views(page).getByRole('button', { name: 'Belum diverifikasi' }).click();
  await expect(bodyRows(page).first()).toBeVisible();
  await bodyRows(page).nth(0).getByRole('gridcell').nth(0).getByRole('checkbox').check();
  await bodyRows(page).nth(1).getByRole('gridcell').nth(0).getByRole('checkbox').check();
  await bodyRows(page).nth(2).focus();
  await page.keyboard.press(' ');
  await expect(bar).toContainText('3 dipilih');
  await bar.getByRole('button', { name: 'Verifikasi' }).click();
  const form = bar.getByRole('form', { name: 'Verifikasi semua yang dipilih' });
  await form.getByLabel('Kategori').selectOption({ label: 'Sampah dan kebersihan' });
  await form.getByRole('button', { name: 'Terapkan' }).click();
  await expect(bar.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
  await expect(bar.getByRole('status')).toHaveText('3 diterapkan, 0 ditolak.');
});

test('supervisor queue: a figure drills down to exactly its items', async ({ page }) => {
  await openInbox(page);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Antrean' }).click();
  const dinasTable = page.getByRole('table', { name: 'Per dinas' });
  await expect(dinasTable).toBeVisible();
  const open = dinasTable
    .getByRole('row', { name: /Dinas PUPR|PUPR/ })
    .getByRole('button')
    .first();
  const figure = Number(await open.textContent());
  expect(figure).toBeGreaterThan(0);
  await open.click();
  await expect(views(page).getByRole('button', { name: /terbuka/ })).toHaveAttribute('aria-current', 'true');
  await expect(count(page)).toHaveText(`${figure} pengaduan`);
  // The grid draws only the rows on screen; each of those is one of the dinas's open items.
  await expect(bodyRows(page).first()).toBeVisible();
  for (const row of await bodyRows(page).all()) {
    await expect(row).toContainText(/Didisposisikan|Diproses|Ditindaklanjuti/);
  }
});
